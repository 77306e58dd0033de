// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/library.h"
#include "ui/pages/page.h"

class QListView;
class QTimer;

namespace marquee {

class ImageCache;
class ItemReader;
class LibraryGridModel;
class PlainLabel;

/// @brief A library as a poster grid, paged from the cache as the user scrolls.
class LibraryPage : public Page
{
    Q_OBJECT

public:
    LibraryPage(ItemReader &reader, ImageCache &images, const Library &library, QWidget *parent = nullptr);

    [[nodiscard]] QString scope() const override;
    [[nodiscard]] const Library &library() const { return m_library; }
    [[nodiscard]] LibraryGridModel *model() const { return m_model; }
    [[nodiscard]] QListView *view() const { return m_view; }

    /// While the library refreshes, an empty page says it is loading rather than that nothing is cached.
    void setRefreshing(bool refreshing);
    /// The ids of the posters on screen now (at most a screenful).
    [[nodiscard]] QStringList visibleItemIds() const;

public Q_SLOTS:
    void reload() override;

Q_SIGNALS:
    /// The posters on screen changed (scrolled, resized, reloaded); debounced so a fling sends one.
    void visibleItemsChanged(const QStringList &itemIds);

private:
    void updateEmptyState();
    void activate(const QModelIndex &index);

    Library m_library;
    LibraryGridModel *m_model;
    QListView *m_view;
    PlainLabel *m_title;
    PlainLabel *m_emptyText;
    QTimer *m_visibleItemsTimer;
};

} // namespace marquee
