// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/pages/page.h"

class QVBoxLayout;

namespace marquee {

class HomeSection;
class ImageCache;
class MergedSearch;
class PlainLabel;

/// @brief The window's search: the titles that match in every saved server's cache, one row per server under its
/// name, offline as online (MergedSearch). Opening another server's result switches to that server first.
class SearchPage : public Page
{
    Q_OBJECT

public:
    static constexpr int ResultsPerServer = 60;

    SearchPage(MergedSearch &search, ImageCache &images, QWidget *parent = nullptr);

    /// Shows what matches @p text (nothing for an empty one).
    void setQuery(const QString &text);
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

private:
    MergedSearch &m_search;
    ImageCache &m_images;
    QString m_query;
    QVBoxLayout *m_layout;
    PlainLabel *m_emptyText;
    QList<HomeSection *> m_sections;
};

} // namespace marquee
