// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/libraryview.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QToolButton;

namespace marquee {

/// @brief The controls above a library grid: sort order, Unplayed, Favourites and Downloaded toggles, a genre list and a search
/// field over the cached titles.
///
/// Every change is announced as the whole LibraryView; typing is debounced so that a word typed quickly is one
/// search, not one per letter. Genre names come from the cache and are shown as plain text.
class LibraryViewBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int SearchDebounceMs = 200;

    explicit LibraryViewBar(QWidget *parent = nullptr);

    [[nodiscard]] LibraryView view() const;
    /// Shows @p view without announcing it.
    void setView(const LibraryView &view);
    /// The genres to offer; the chosen one stays chosen even if it is no longer among them.
    void setGenres(const QStringList &genres);
    [[nodiscard]] QLineEdit *searchField() const { return m_search; }
    /// Puts the cursor in the search field with its text selected (Ctrl+F).
    void focusSearch();

Q_SIGNALS:
    void viewChanged(const marquee::LibraryView &view);
    /// Esc in an empty search field: the user is done searching.
    void searchDismissed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void announce();
    void selectGenre(const QString &genre);

    QComboBox *m_sort;
    QToolButton *m_unplayed;
    QToolButton *m_favourites;
    QToolButton *m_downloaded;
    QComboBox *m_genre;
    QLineEdit *m_search;
    QTimer m_searchDebounce;
    bool m_updating = false;
};

} // namespace marquee
