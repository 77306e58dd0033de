// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QDialog>

#include <functional>

class QProgressBar;
class QPushButton;

namespace marquee {

class MessageBroker;
class PlainLabel;

/**
 * @brief Shown on the first launch while the cache is still empty: "Syncing your library… 5,000 / 18,432".
 *
 * Follows one scope on the broker (set by the caller, e.g. "library:<id>"): progress moves the bar, a
 * successful refreshFinished closes the dialog, a failed one shows the error once, in plain text, with Close and
 * Retry. It is not modal and offers "Continue in background", so it never stands between the user and the cache.
 */
class FirstSyncDialog : public QDialog
{
    Q_OBJECT

public:
    FirstSyncDialog(MessageBroker *broker, const QString &scope, QWidget *parent = nullptr);
    ~FirstSyncDialog() override;

    [[nodiscard]] QString scope() const { return m_scope; }
    /// Follow another scope, e.g. the first library once the library list has arrived.
    void setScope(const QString &scope);
    /// Asked when the followed scope finishes well: the scope to follow next, or empty to close.
    void setNextScope(std::function<QString(const QString &finished)> next) { m_nextScope = std::move(next); }

    [[nodiscard]] QString statusText() const;
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] bool hasFailed() const { return m_failed; }
    [[nodiscard]] QProgressBar *progressBar() const { return m_progress; }

    /// "5,000 / 18,432" in the user's locale; "5,000" while the total is unknown.
    [[nodiscard]] static QString countText(int current, int total);

Q_SIGNALS:
    /// The user chose to keep browsing; the refresh carries on.
    void continuedInBackground();
    /// The user asked to try the failed scope again (connect to MetadataRefreshService::refreshNow).
    void retryRequested(const QString &scope);

private:
    void onStarted(const QString &scope);
    void onProgress(const QString &scope, int current, int total);
    void onFinished(const QString &scope, const Error &error);
    void showSyncing();

    QString m_scope;
    std::function<QString(const QString &)> m_nextScope;
    bool m_failed = false;
    PlainLabel *m_heading;
    PlainLabel *m_count;
    QProgressBar *m_progress;
    PlainLabel *m_hint;
    PlainLabel *m_error;
    QPushButton *m_background;
    QPushButton *m_retry;
    QPushButton *m_close;
};

} // namespace marquee
