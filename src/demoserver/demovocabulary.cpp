// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoserver/demovocabulary.h"

namespace marquee {

namespace {
QStringList split(const char *words)
{
    return QString::fromUtf8(words).split(QLatin1Char('|'));
}
} // namespace

const QStringList &DemoVocabulary::genres()
{
    static const QStringList list = split("Action|Adventure|Animation|Comedy|Crime|Documentary|Drama|Family|"
                                          "Fantasy|History|Horror|Music|Mystery|Romance|Science Fiction|"
                                          "Thriller|War|Western");
    return list;
}

const QStringList &DemoVocabulary::studios()
{
    static const QStringList list = split("Lumière Pictures|Northwind Studios|Blue Harbor Films|Studio Kaminari|"
                                          "Øresund Film|Paramount Peaks|Red Lantern|Sonnenschein Filmverleih|"
                                          "Mirror Lake Productions|Cinéma du Nord|Golden Reel|Tōkyō Motion");
    return list;
}

const QStringList &DemoVocabulary::officialRatings()
{
    static const QStringList list = split("G|PG|PG-13|R|NC-17|TV-PG|TV-14|TV-MA|FSK-12|16");
    return list;
}

const QStringList &DemoVocabulary::adjectives()
{
    static const QStringList list = split("Silent|Crimson|Last|Hidden|Broken|Golden|Distant|Frozen|Electric|"
                                          "Forgotten|Secret|Wild|Midnight|Endless|Fragile|Burning|Quiet|Lucky|"
                                          "Señor|Über|Café|Naïve|Étrange|Rückkehr|Hollow|Velvet|Iron|Paper");
    return list;
}

const QStringList &DemoVocabulary::nouns()
{
    static const QStringList list = split("River|Garden|Station|Empire|Promise|Horizon|Letter|Harbor|Machine|"
                                          "Kingdom|Signal|Winter|Orchard|Lighthouse|Carnival|Frontier|Archive|"
                                          "Symphony|Voyage|Mirror|Détente|Fjørd|Straße|Ωmega|Nocturne|Tides|Ember");
    return list;
}

const QStringList &DemoVocabulary::places()
{
    static const QStringList list = split("Paris|Kyoto|東京|Reykjavík|Łódź|São Paulo|Zürich|Montréal|Kraków|"
                                          "Nairobi|Québec|Málaga|Oslo|Αθήνα|Marseille|Lisbon|Nørrebro|Cairo");
    return list;
}

const QStringList &DemoVocabulary::firstNames()
{
    static const QStringList list = split("Anna|Björn|Chloé|Dmitri|Elena|François|Greta|Hiroshi|Inés|Jonas|"
                                          "Katarzyna|Liam|Maëlle|Nikolai|Olivia|Pedro|Quentin|Rosa|Søren|Tomás|"
                                          "Ulla|Valentina|Wei|Xavier|Yuki|Zoë|Amara|Jürgen|Siobhán|Mateo");
    return list;
}

const QStringList &DemoVocabulary::lastNames()
{
    static const QStringList list = split("Andersson|Bernard|Castillo|Dubois|Eriksen|Fischer|García|Hoffmann|"
                                          "Ivanova|Jensen|Kowalski|Lindqvist|Moreau|Nakamura|O'Connor|Petrović|"
                                          "Quintero|Rossi|Schäfer|Tanaka|Urquhart|Villeneuve|Wójcik|Xu|Yılmaz|Zeller");
    return list;
}

const QStringList &DemoVocabulary::overviewOpenings()
{
    static const QStringList list = split(
        "A retired cartographer|Two estranged sisters|A young archivist|An exhausted detective|"
        "A travelling circus|The last lighthouse keeper|A stubborn botanist|A disgraced chef|"
        "A pair of rival inventors|An unlikely choir|A night-shift nurse|A runaway prince");
    return list;
}

const QStringList &DemoVocabulary::overviewMiddles()
{
    static const QStringList list = split(
        " discovers a map that should not exist| returns home after twenty years| must solve one last case"
        "| inherits a crumbling hotel| stumbles upon a radio signal from the past| agrees to a wager with a stranger"
        "| is stranded in a town where it never stops snowing| finds a letter addressed to a future self"
        "| joins an expedition nobody else survived| is hired to protect a reluctant witness");
    return list;
}

const QStringList &DemoVocabulary::overviewEndings()
{
    static const QStringList list = split(
        ", and nothing will ever be the same.|, only to learn that the truth is stranger than fiction."
        "|, while an old friendship is put to the test.|; time is running out.|, and the whole city is watching."
        "|, but the past has a way of catching up.");
    return list;
}

const QStringList &DemoVocabulary::hostileTitles()
{
    static const QStringList list = {
        QStringLiteral("<b>Bold</b> & \"Quotes\""),
        QStringLiteral("O'Brien's <script>alert(1)</script> Night"),
        QStringLiteral("שלום World: A Right-to-Left Story"),
        QStringLiteral("🎬 Popcorn & Ünïcödé 🍿"),
        QStringLiteral("Back\\slash %s %n {{template}} &amp;"),
    };
    return list;
}

} // namespace marquee
