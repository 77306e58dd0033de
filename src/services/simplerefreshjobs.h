// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/library.h"
#include "services/refreshjob.h"

#include <QSqlDatabase>

namespace marquee {

class LibraryRepository;
struct ActiveServer;

/// The server's libraries; a library the server dropped leaves the cache with its items, after a second look when
/// that would take more than a quarter of the cache.
class LibrariesRefreshJob final : public RefreshJob
{
public:
    LibrariesRefreshJob(const RefreshEnvironment &environment, RefreshJobEvents *events, CancelToken cancel);

protected:
    Outcome execute() override;

private:
    bool mayDropUnlisted(const QSqlDatabase &db, const ActiveServer &active, LibraryRepository &repository,
                         const QList<Library> &listed, Outcome &outcome);
};

/// A series' seasons and episodes; ones the server no longer has are removed (a mass removal after a second look).
class SeriesRefreshJob final : public RefreshJob
{
public:
    SeriesRefreshJob(const QString &seriesId, const RefreshEnvironment &environment, RefreshJobEvents *events,
                     CancelToken cancel);

protected:
    Outcome execute() override;
};

/// One item with everything its details page shows (cast, studios).
class ItemRefreshJob final : public RefreshJob
{
public:
    ItemRefreshJob(const QString &itemId, const RefreshEnvironment &environment, RefreshJobEvents *events,
                   CancelToken cancel);

protected:
    Outcome execute() override;
};

/// The user data of the items on screen: played state and positions set on other devices change no date that an
/// incremental listing sees, so a library refresh re-reads them for what the user is looking at.
class UserDataRefreshJob final : public RefreshJob
{
public:
    UserDataRefreshJob(const QString &libraryId, QStringList itemIds, const RefreshEnvironment &environment,
                       RefreshJobEvents *events, CancelToken cancel);

protected:
    Outcome execute() override;

private:
    QStringList m_itemIds;
};

/// Home: what the server says is resumable, next up and latest, with their user data from other devices.
class HomeRefreshJob final : public RefreshJob
{
public:
    static constexpr int SectionSize = 24;

    HomeRefreshJob(const RefreshEnvironment &environment, RefreshJobEvents *events, CancelToken cancel);

protected:
    Outcome execute() override;
};

} // namespace marquee
