// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/mergedsearch.h"
#include "ui/pages/page.h"

class QVBoxLayout;

namespace marquee {

class HomeSection;
class ImageCache;
class LibrarySearch;
class PlainLabel;

/// @brief The window's search: the titles that match in every saved server's cache, one row per server under its
/// name, offline as online (MergedSearch, read off the GUI thread by LibrarySearch). Opening another server's result
/// switches to that server first.
class SearchPage : public Page
{
    Q_OBJECT

public:
    static constexpr int ResultsPerServer = 60;

    SearchPage(LibrarySearch &search, ImageCache &images, QWidget *parent = nullptr);

    /// Shows what matches @p text (nothing for an empty one) once it is read; the rows shown until then stay.
    void setQuery(const QString &text);
    /// Enter in the search field: the keyboard goes to the first row of the results, once they are shown.
    void focusResultsWhenShown();
    [[nodiscard]] QString query() const { return m_query; }
    /// Nothing to keep fresh: the results come from the cache as it is.
    [[nodiscard]] QString scope() const override { return {}; }
    /// New rows of any library may match.
    [[nodiscard]] bool showsScope(const QString &) const override { return true; }
    /// One row per server with a match, the server in use first.
    [[nodiscard]] QList<HomeSection *> sections() const { return m_sections; }
    [[nodiscard]] bool isEmptyStateShown() const;
    [[nodiscard]] QString emptyStateText() const;

public Q_SLOTS:
    void reload() override;

Q_SIGNALS:
    /// The results of the text searched for last are on the page.
    void resultsShown();

private:
    void show(const QList<MergedSearch::ServerResults> &results);

    LibrarySearch &m_search;
    ImageCache &m_images;
    QString m_query;
    QVBoxLayout *m_layout;
    PlainLabel *m_emptyText;
    QList<HomeSection *> m_sections;
    quint64 m_searches = 0; ///< searches asked for; a result of any but the last is dropped
    bool m_focusResults = false;
};

} // namespace marquee
