// SPDX-License-Identifier: GPL-3.0-or-later
#include "player/tracklanguage.h"

#include <QCoreApplication>
#include <QLocale>

namespace marquee {

namespace {
// The English names QLocale::languageToString() gives, as keys of their translations: the languages of most
// audio and subtitle tracks. Any other keeps its English name.
[[maybe_unused]] constexpr const char *TranslatedNames[] = {
        QT_TRANSLATE_NOOP("TrackLanguage", "Arabic"),
        QT_TRANSLATE_NOOP("TrackLanguage", "Bulgarian"),
        QT_TRANSLATE_NOOP("TrackLanguage", "Catalan"),
        QT_TRANSLATE_NOOP("TrackLanguage", "Chinese"),
        QT_TRANSLATE_NOOP("TrackLanguage", "Croatian"),
        QT_TRANSLATE_NOOP("TrackLanguage", "Czech"),
        QT_TRANSLATE_NOOP("TrackLanguage", "Danish"),
        QT_TRANSLATE_NOOP("TrackLanguage", "Dutch"),
        QT_TRANSLATE_NOOP("TrackLanguage", "English"),
        QT_TRANSLATE_NOOP("TrackLanguage", "Estonian"),
        QT_TRANSLATE_NOOP("TrackLanguage", "Finnish"),
        QT_TRANSLATE_NOOP("TrackLanguage", "French"),
        QT_TRANSLATE_NOOP("TrackLanguage", "German"),
        QT_TRANSLATE_NOOP("TrackLanguage", "Greek"),
        QT_TRANSLATE_NOOP("TrackLanguage", "Hebrew"),
        QT_TRANSLATE_NOOP("TrackLanguage", "Hindi"),
        QT_TRANSLATE_NOOP("TrackLanguage", "Hungarian"),
        QT_TRANSLATE_NOOP("TrackLanguage", "Icelandic"),
        QT_TRANSLATE_NOOP("TrackLanguage", "Indonesian"),
        QT_TRANSLATE_NOOP("TrackLanguage", "Italian"),
        QT_TRANSLATE_NOOP("TrackLanguage", "Japanese"),
        QT_TRANSLATE_NOOP("TrackLanguage", "Korean"),
        QT_TRANSLATE_NOOP("TrackLanguage", "Latvian"),
        QT_TRANSLATE_NOOP("TrackLanguage", "Lithuanian"),
        QT_TRANSLATE_NOOP("TrackLanguage", "Norwegian Bokmal"),
        QT_TRANSLATE_NOOP("TrackLanguage", "Polish"),
        QT_TRANSLATE_NOOP("TrackLanguage", "Portuguese"),
        QT_TRANSLATE_NOOP("TrackLanguage", "Romanian"),
        QT_TRANSLATE_NOOP("TrackLanguage", "Russian"),
        QT_TRANSLATE_NOOP("TrackLanguage", "Serbian"),
        QT_TRANSLATE_NOOP("TrackLanguage", "Slovak"),
        QT_TRANSLATE_NOOP("TrackLanguage", "Slovenian"),
        QT_TRANSLATE_NOOP("TrackLanguage", "Spanish"),
        QT_TRANSLATE_NOOP("TrackLanguage", "Swedish"),
        QT_TRANSLATE_NOOP("TrackLanguage", "Thai"),
        QT_TRANSLATE_NOOP("TrackLanguage", "Turkish"),
        QT_TRANSLATE_NOOP("TrackLanguage", "Ukrainian"),
        QT_TRANSLATE_NOOP("TrackLanguage", "Vietnamese"),
};
} // namespace

QString TrackLanguage::name(const QString &code)
{
    const QString trimmed = code.trimmed();
    // Qt knows Norwegian only as Bokmål and Nynorsk; the macrolanguage's ISO 639-2 code is the 639-1 "no".
    const QLocale::Language language = QLocale::codeToLanguage(
            trimmed.compare(QLatin1String("nor"), Qt::CaseInsensitive) == 0 ? QStringLiteral("no") : trimmed);
    if (language == QLocale::AnyLanguage || language == QLocale::C)
        return code;
    return QCoreApplication::translate("TrackLanguage", QLocale::languageToString(language).toUtf8().constData());
}

} // namespace marquee
