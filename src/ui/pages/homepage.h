// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/mergedhome.h"
#include "ui/pages/page.h"

class QVBoxLayout;

namespace marquee {

class HomeSection;
class ImageCache;
class PlainLabel;

/// @brief Continue Watching, Next Up and Latest in each library, all from the cache and local user data, over every
/// saved server (MergedHome).
///
/// The page scrolls up and down and each row sideways; Up and Down move the keyboard focus from row to row.
class HomePage : public Page
{
    Q_OBJECT

public:
    static constexpr int RowLimit = 24;

    HomePage(MergedHome &home, ImageCache &images, QWidget *parent = nullptr);

    [[nodiscard]] QString scope() const override { return QStringLiteral("home"); }
    /// Continue Watching, Next Up and Latest draw on every library's items and user data, and on every series'
    /// episodes: any scope's new rows can change them, not only Home's own refresh.
    [[nodiscard]] bool showsScope(const QString &) const override { return true; }
    [[nodiscard]] HomeSection *continueWatching() const { return m_continueWatching; }
    [[nodiscard]] HomeSection *nextUp() const { return m_nextUp; }
    [[nodiscard]] QList<HomeSection *> latestSections() const { return m_latest; }
    [[nodiscard]] bool isEmptyStateShown() const;
    [[nodiscard]] QString emptyStateText() const;
    /// A sync runs (or is about to): an empty Home says it is on its way rather than asking for a refresh.
    void setSyncing(bool syncing);

public Q_SLOTS:
    void reload() override;

private:
    HomeSection *addSection(const QString &title, const QString &objectName, int position);
    /// The rows with something in them, top to bottom.
    [[nodiscard]] QList<HomeSection *> visibleSections() const;
    void showLatest(const QList<MergedHome::LatestRow> &rows);

    MergedHome &m_home;
    ImageCache &m_images;
    QVBoxLayout *m_sections;
    PlainLabel *m_emptyText;
    HomeSection *m_continueWatching;
    HomeSection *m_nextUp;
    QList<HomeSection *> m_latest;
};

} // namespace marquee
