// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/libraryviewbar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QToolButton>
#include <iterator>

namespace marquee {

namespace {
struct SortChoice
{
    LibrarySort sort;
    Qt::SortOrder order;
    const char *label;
};

// Each sort in the direction people mostly want first, then the other way round.
constexpr SortChoice SortChoices[] = {
    {LibrarySort::Name, Qt::AscendingOrder, QT_TRANSLATE_NOOP("marquee::LibraryViewBar", "Name A–Z")},
    {LibrarySort::Name, Qt::DescendingOrder, QT_TRANSLATE_NOOP("marquee::LibraryViewBar", "Name Z–A")},
    {LibrarySort::Year, Qt::DescendingOrder, QT_TRANSLATE_NOOP("marquee::LibraryViewBar", "Year, newest first")},
    {LibrarySort::Year, Qt::AscendingOrder, QT_TRANSLATE_NOOP("marquee::LibraryViewBar", "Year, oldest first")},
    {LibrarySort::DateAdded, Qt::DescendingOrder, QT_TRANSLATE_NOOP("marquee::LibraryViewBar", "Recently added")},
    {LibrarySort::DateAdded, Qt::AscendingOrder, QT_TRANSLATE_NOOP("marquee::LibraryViewBar", "Added longest ago")},
    {LibrarySort::CommunityRating, Qt::DescendingOrder,
     QT_TRANSLATE_NOOP("marquee::LibraryViewBar", "Rating, highest first")},
    {LibrarySort::CommunityRating, Qt::AscendingOrder,
     QT_TRANSLATE_NOOP("marquee::LibraryViewBar", "Rating, lowest first")},
};

QToolButton *makeToggle(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setText(text);
    button->setCheckable(true);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}
} // namespace

LibraryViewBar::LibraryViewBar(QWidget *parent)
    : QWidget(parent)
    , m_sort(new QComboBox(this))
    , m_unplayed(makeToggle(tr("Unplayed"), QStringLiteral("unplayedFilter"), this))
    , m_favourites(makeToggle(tr("Favourites"), QStringLiteral("favouritesFilter"), this))
    , m_downloaded(makeToggle(tr("Downloaded"), QStringLiteral("downloadedFilter"), this))
    , m_genre(new QComboBox(this))
    , m_search(new QLineEdit(this))
{
    setObjectName(QStringLiteral("libraryViewBar"));
    m_sort->setObjectName(QStringLiteral("sortChoice"));
    for (const SortChoice &choice : SortChoices)
        m_sort->addItem(tr(choice.label));
    m_genre->setObjectName(QStringLiteral("genreFilter"));
    m_genre->addItem(tr("All genres"));
    m_genre->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setAccessibleName(tr("Search this library"));
    m_search->setPlaceholderText(tr("Search this library (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(320);
    m_search->installEventFilter(this);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sort);
    layout->addWidget(m_unplayed);
    layout->addWidget(m_favourites);
    layout->addWidget(m_downloaded);
    layout->addWidget(m_genre);
    layout->addStretch(1);
    layout->addWidget(m_search, 1);

    m_searchDebounce.setSingleShot(true);
    m_searchDebounce.setInterval(SearchDebounceMs);
    connect(&m_searchDebounce, &QTimer::timeout, this, &LibraryViewBar::announce);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        if (!m_updating)
            m_searchDebounce.start();
    });
    connect(m_sort, &QComboBox::currentIndexChanged, this, &LibraryViewBar::announce);
    connect(m_genre, &QComboBox::currentIndexChanged, this, &LibraryViewBar::announce);
    connect(m_unplayed, &QToolButton::toggled, this, &LibraryViewBar::announce);
    connect(m_favourites, &QToolButton::toggled, this, &LibraryViewBar::announce);
    connect(m_downloaded, &QToolButton::toggled, this, &LibraryViewBar::announce);
}

LibraryView LibraryViewBar::view() const
{
    LibraryView view;
    const SortChoice &choice = SortChoices[qBound(0, m_sort->currentIndex(), int(std::size(SortChoices)) - 1)];
    view.sort = choice.sort;
    view.order = choice.order;
    view.unplayedOnly = m_unplayed->isChecked();
    view.favouritesOnly = m_favourites->isChecked();
    view.downloadedOnly = m_downloaded->isChecked();
    view.genre = m_genre->currentIndex() > 0 ? m_genre->currentText() : QString();
    view.searchText = m_search->text();
    return view;
}

void LibraryViewBar::setView(const LibraryView &view)
{
    const QScopedValueRollback updating(m_updating, true);
    for (int i = 0; i < int(std::size(SortChoices)); ++i) {
        if (SortChoices[i].sort == view.sort && SortChoices[i].order == view.order)
            m_sort->setCurrentIndex(i);
    }
    m_unplayed->setChecked(view.unplayedOnly);
    m_favourites->setChecked(view.favouritesOnly);
    m_downloaded->setChecked(view.downloadedOnly);
    selectGenre(view.genre);
    m_search->setText(view.searchText);
    m_searchDebounce.stop();
}

void LibraryViewBar::setGenres(const QStringList &genres)
{
    const QScopedValueRollback updating(m_updating, true);
    const QString chosen = view().genre;
    while (m_genre->count() > 1)
        m_genre->removeItem(1);
    m_genre->addItems(genres);
    selectGenre(chosen);
}

void LibraryViewBar::selectGenre(const QString &genre)
{
    if (genre.isEmpty()) {
        m_genre->setCurrentIndex(0);
        return;
    }
    int index = m_genre->findText(genre, Qt::MatchExactly);
    if (index < 0) {
        m_genre->addItem(genre);
        index = m_genre->count() - 1;
    }
    m_genre->setCurrentIndex(index);
}

void LibraryViewBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool LibraryViewBar::eventFilter(QObject *watched, QEvent *event)
{
    // Esc empties the search at once (no debounce: the user asked for everything back), and a second Esc hands the
    // keyboard back to the grid.
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        if (m_search->text().isEmpty()) {
            Q_EMIT searchDismissed();
        } else {
            m_search->clear();
            m_searchDebounce.stop();
            announce();
        }
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void LibraryViewBar::announce()
{
    if (!m_updating)
        Q_EMIT viewChanged(view());
}

} // namespace marquee
