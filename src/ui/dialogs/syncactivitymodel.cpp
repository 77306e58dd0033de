// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/syncactivitymodel.h"

#include "core/clock.h"
#include "core/usermessage.h"
#include "services/refreshscope.h"
#include "storage/itemreader.h"
#include "storage/libraryrepository.h"
#include "ui/dialogs/syncnotetext.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>
#include <QTextDocument>

namespace marquee {

namespace {
const QString Running = QStringLiteral("running");
}

SyncActivityModel::SyncActivityModel(SyncStateRepository &runs, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(&runs)
    , m_clock(clock)
{
}

void SyncActivityModel::setRepository(SyncStateRepository &runs)
{
    beginResetModel();
    m_repository = &runs;
    m_runs.clear();
    m_labels.clear();
    m_newRunsWaiting = false;
    endResetModel();
}

void SyncActivityModel::setNameSources(LibraryRepository *libraries, ItemReader *items)
{
    beginResetModel();
    m_libraries = libraries;
    m_items = items;
    m_labels.clear();
    for (const SyncRun &run : std::as_const(m_runs))
        m_labels.insert(run.scope, scopeLabel(run.scope));
    endResetModel();
}

void SyncActivityModel::setActivePredicate(std::function<bool(const QString &)> isActive)
{
    beginResetModel();
    m_isActive = std::move(isActive);
    endResetModel();
}

void SyncActivityModel::reload()
{
    const QList<SyncRun> runs = m_repository->recentRuns(m_limit);
    for (const SyncRun &run : runs) {
        if (!m_labels.contains(run.scope))
            m_labels.insert(run.scope, scopeLabel(run.scope));
    }
    const bool sameRows = runs.size() == m_runs.size()
                          && std::equal(runs.cbegin(), runs.cend(), m_runs.cbegin(),
                                        [](const SyncRun &a, const SyncRun &b) { return a.id == b.id; });
    if (m_rowsHeld) {
        m_newRunsWaiting = !updateInPlace(runs) || m_newRunsWaiting;
        return;
    }
    if (sameRows) {
        updateInPlace(runs);
        return;
    }
    beginResetModel();
    m_runs = runs;
    m_newRunsWaiting = false;
    endResetModel();
}

bool SyncActivityModel::updateInPlace(const QList<SyncRun> &runs)
{
    QHash<qint64, const SyncRun *> byId;
    for (const SyncRun &run : runs)
        byId.insert(run.id, &run);
    for (int row = 0; row < m_runs.size(); ++row) {
        const SyncRun *now = byId.value(m_runs.at(row).id);
        if (!now || *now == m_runs.at(row))
            continue;
        m_runs[row] = *now;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    QSet<qint64> shown;
    for (const SyncRun &run : std::as_const(m_runs))
        shown.insert(run.id);
    return std::all_of(runs.cbegin(), runs.cend(), [&shown](const SyncRun &run) { return shown.contains(run.id); });
}

void SyncActivityModel::setRowsHeld(bool held)
{
    m_rowsHeld = held;
    if (!held && m_newRunsWaiting)
        reload();
}

bool SyncActivityModel::isRunning(int row) const
{
    const SyncRun &r = m_runs.at(row);
    return r.status == Running && (!m_isActive || m_isActive(r.scope));
}

bool SyncActivityModel::hasRunningRun(const QString &scope) const
{
    return std::any_of(m_runs.cbegin(), m_runs.cend(),
                       [&scope](const SyncRun &r) { return r.scope == scope && r.status == Running; });
}

QString SyncActivityModel::scopeLabel(const QString &scope) const
{
    const std::optional<RefreshScope> parsed = RefreshScope::parse(scope);
    if (!parsed)
        return scope;
    switch (parsed->kind) {
    case RefreshScope::Kind::Libraries: return tr("Library list");
    case RefreshScope::Kind::Home: return tr("Home");
    case RefreshScope::Kind::Library:
    case RefreshScope::Kind::UserData: {
        const bool listing = parsed->kind == RefreshScope::Kind::Library;
        if (m_libraries) {
            if (const std::optional<Library> library = m_libraries->byId(parsed->id))
                return (listing ? tr("Library “%1”") : tr("Played state in “%1”")).arg(library->name);
        }
        return listing ? tr("A library") : tr("Played state in a library");
    }
    case RefreshScope::Kind::Series:
    case RefreshScope::Kind::Item:
        if (m_items) {
            if (const std::optional<MediaItem> item = m_items->item(parsed->id))
                return parsed->kind == RefreshScope::Kind::Series ? tr("Show “%1”").arg(item->name)
                                                                  : QStringLiteral("“%1”").arg(item->name);
        }
        return parsed->kind == RefreshScope::Kind::Series ? tr("A show") : tr("An item");
    }
    return scope;
}

int SyncActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int SyncActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SyncRun &r = m_runs.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return displayText(r, index.column());
    case Qt::ToolTipRole:
        if (index.column() == ErrorText && !noteText(r).isEmpty()) { // tooltips guess at rich text
            const QString details = r.error.isEmpty()
                    ? QString()
                    : QStringLiteral("\n\n") + tr("Details: %1").arg(SyncNoteText::errorDetails(r.error));
            return Qt::convertFromPlainText(noteText(r) + details, Qt::WhiteSpaceNormal);
        }
        if (index.column() == What)
            return r.scope;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Duration || index.column() == Fetched || index.column() == Written
            || index.column() == Deleted)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ScopeRole: return r.scope;
    case RunningRole: return isRunning(index.row());
    case RunIdRole: return r.id;
    default: return {};
    }
}

QString SyncActivityModel::displayText(const SyncRun &r, int column) const
{
    const QLocale locale;
    switch (column) {
    case What: return m_labels.value(r.scope, r.scope);
    case Kind: return kindText(r.kind);
    case Started:
        return locale.toString(QDateTime::fromMSecsSinceEpoch(r.startedAtMs).toLocalTime(), QLocale::ShortFormat);
    case Duration: {
        const qint64 end = r.finishedAtMs.value_or(m_clock.nowMs());
        const QString text = durationText(std::max<qint64>(0, end - r.startedAtMs));
        return r.finishedAtMs ? text : tr("%1 so far").arg(text);
    }
    case Status: return statusText(r);
    case Fetched: return locale.toString(r.fetched);
    case Written: return locale.toString(r.written);
    case Deleted: return locale.toString(r.deleted);
    case ErrorText: return noteText(r).replace(QLatin1Char('\n'), QLatin1Char(' '));
    default: return {};
    }
}

QString SyncActivityModel::noteText(const SyncRun &r)
{
    // Why it failed comes first; what a successful run removed and why (a mass removal, a full listing instead of
    // the changes) otherwise.
    const QString error = errorText(r);
    const QString note = SyncNoteText::display(r.note);
    if (error.isEmpty())
        return note;
    return note.isEmpty() ? error : error + QLatin1Char(' ') + note;
}

QString SyncActivityModel::statusText(const SyncRun &r) const
{
    if (r.status == Running)
        return (!m_isActive || m_isActive(r.scope)) ? tr("Running") : tr("Interrupted");
    if (r.status == QLatin1String("succeeded"))
        return tr("Done");
    if (r.status == QLatin1String("failed"))
        return tr("Failed");
    if (r.status == QLatin1String("cancelled"))
        return tr("Cancelled");
    return r.status;
}

QString SyncActivityModel::errorText(const SyncRun &r)
{
    if (r.errorKind != ErrorKind::None)
        return UserMessage::describe(r.errorKind);
    if (r.status == QLatin1String("cancelled"))
        return UserMessage::describe(ErrorKind::Cancelled);
    // A run recorded before kinds were kept has only its technical line.
    return QString(r.error).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

QVariant SyncActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case What: return tr("What");
    case Kind: return tr("Kind");
    case Started: return tr("Started");
    case Duration: return tr("Duration");
    case Status: return tr("Status");
    case Fetched: return tr("Fetched");
    case Written: return tr("Written");
    case Deleted: return tr("Deleted");
    case ErrorText: return tr("Notes");
    default: return {};
    }
}

void SyncActivityModel::tick()
{
    for (int row = 0; row < m_runs.size(); ++row) {
        if (!m_runs.at(row).finishedAtMs) {
            const QModelIndex cell = index(row, Duration);
            Q_EMIT dataChanged(cell, cell, {Qt::DisplayRole});
        }
    }
}

QString SyncActivityModel::durationText(qint64 ms)
{
    // A refresh from a near server takes tens of milliseconds: in tenths of a second every one read "0.0 s".
    if (ms < 1000)
        return tr("%1 ms").arg(QLocale().toString(ms));
    if (ms < 10'000)
        return tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    const qint64 seconds = ms / 1000;
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
}

QString SyncActivityModel::kindText(const QString &kind)
{
    if (kind == QLatin1String("incremental"))
        return tr("Changes");
    if (kind == QLatin1String("full"))
        return tr("Full");
    if (kind == QLatin1String("details"))
        return tr("Details");
    if (kind == QLatin1String("libraries"))
        return tr("Libraries");
    if (kind == QLatin1String("series"))
        return tr("Show");
    if (kind == QLatin1String("user data"))
        return tr("Played state");
    if (kind == QLatin1String("home"))
        return tr("Home");
    if (kind == QLatin1String("warm"))
        return tr("Preload");
    if (kind.isEmpty())
        return {};
    return kind.at(0).toUpper() + kind.mid(1);
}

} // namespace marquee
