// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/library.h"
#include "core/libraryview.h"
#include "ui/pages/page.h"

#include <optional>

class QListView;
class QTimer;

namespace marquee {

class ImageCache;
class ItemReader;
class LibraryGridModel;
class LibraryViewBar;
class PlainLabel;
class SettingsRepository;
class Spinner;

/// @brief A library as a poster grid, sorted and filtered as the user chose for it last time, paged from the
/// cache as the user scrolls.
///
/// Keys: arrows move in the grid, Enter opens the poster, Ctrl+F goes to the search field, Esc clears it.
class LibraryPage : public Page
{
    Q_OBJECT

public:
    LibraryPage(ItemReader &reader, SettingsRepository &settings, ImageCache &images, const Library &library,
                QWidget *parent = nullptr);

    [[nodiscard]] QString scope() const override;
    [[nodiscard]] const Library &library() const { return m_library; }
    [[nodiscard]] LibraryGridModel *model() const { return m_model; }
    [[nodiscard]] QListView *view() const { return m_view; }
    [[nodiscard]] LibraryViewBar *viewBar() const { return m_viewBar; }

    /// Shows a quiet "Refreshing…" beside the title while the library refreshes; an empty page says it is loading
    /// rather than that nothing is cached.
    void setRefreshing(bool refreshing);
    /// Says beside the title that the server cannot be reached and the page shows what is cached.
    void setOffline(bool offline);
    /// The ids of the posters on screen now (at most a screenful).
    [[nodiscard]] QStringList visibleItemIds() const;
    /// How many items the library holds, as the grid last counted them; unknown while a filter narrows the grid.
    [[nodiscard]] std::optional<int> libraryItemCount() const;
    /// The first and last row the grid shows now; last < first when it shows none.
    [[nodiscard]] std::pair<int, int> visibleRows() const;
    /// The settings key under which a library's sort and filters are remembered.
    [[nodiscard]] static QString viewSettingsKey(const QString &libraryId);

public Q_SLOTS:
    void reload() override;

Q_SIGNALS:
    /// The posters on screen changed (scrolled, resized, reloaded); debounced so a fling sends one.
    void visibleItemsChanged(const QStringList &itemIds);

private:
    [[nodiscard]] LibraryView rememberedView() const;
    void applyView(const LibraryView &view);
    void updateEmptyState();
    void activate(const QModelIndex &index);

    ItemReader &m_reader;
    SettingsRepository &m_settings;
    Library m_library;
    LibraryGridModel *m_model;
    QListView *m_view;
    LibraryViewBar *m_viewBar;
    PlainLabel *m_title;
    Spinner *m_refreshSpinner;
    PlainLabel *m_refreshText;
    PlainLabel *m_offlineText;
    PlainLabel *m_emptyText;
    QTimer *m_visibleItemsTimer;
    bool m_refreshing = false;
};

} // namespace marquee
