// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/library.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <optional>

namespace marquee {

class CliContext;

/**
 * @brief Runs refresh scopes through the MetadataRefreshService and waits for them, for `sync` and `warm`:
 * progress lines on stderr ("Movies: 500 / 1,200", at most one a second per scope), cancel on Ctrl-C.
 */
class CliRefresh : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 ProgressIntervalMs = 1000;

    explicit CliRefresh(CliContext &context, QObject *parent = nullptr);

    /// Refreshes @p scopeKeys (in parallel, as far as the service allows) and returns each one's outcome;
    /// ErrorKind::None for success, Cancelled after an interrupt.
    QHash<QString, Error> run(const QStringList &scopeKeys, bool full = false);
    /// Refreshes the library list, then picks the libraries: all, or the one --library names. Empty after
    /// printing "<command> failed: …" (unknown name: exit 2).
    std::optional<QList<Library>> refreshLibraries(const QString &command);
    /// "Movies" for "library:<id>", the key itself for anything else.
    [[nodiscard]] QString displayName(const QString &scopeKey) const;

private:
    void onProgress(const QString &scope, int current, int total);
    void onFinished(const QString &scope, const Error &error);

    CliContext &m_context;
    QHash<QString, QString> m_names;
    QHash<QString, Error> m_outcomes;
    QHash<QString, qint64> m_lastPrinted;
    QStringList m_pending;
    QElapsedTimer m_clock;
};

} // namespace marquee
