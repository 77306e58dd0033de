// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/library.h"

#include <QListWidget>

namespace marquee {

/// @brief The list on the left: Home, then each library in the server's order, then Downloads once shown. Choosing
/// a row, or clicking the highlighted one, asks to go there.
class NavigationSidebar : public QListWidget
{
    Q_OBJECT

public:
    explicit NavigationSidebar(QWidget *parent = nullptr);

    void setLibraries(const QList<Library> &libraries);
    /// Moves the highlight without emitting a signal (navigation already happened).
    void selectHome();
    void selectLibrary(const QString &libraryId);
    /// Adds (or removes) the Downloads entry after the libraries.
    void setDownloadsShown(bool shown);
    void selectDownloads();
    [[nodiscard]] QString selectedLibraryId() const;

Q_SIGNALS:
    void homeRequested();
    void libraryRequested(const QString &libraryId);
    void downloadsRequested();

private:
    void requestRow(int row);
    void addDownloadsEntry();
    [[nodiscard]] int downloadsRow() const;

    bool m_downloadsShown = false;
};

} // namespace marquee
