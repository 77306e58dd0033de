// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/imagestore.h"

#include <QObject>
#include <QString>
#include <functional>

namespace marquee {

class AppServices;

/**
 * @brief Help → Report a problem: a plain-text summary to paste into a bug report. Versions, system, folders,
 * cache sizes, changed settings, the playback queue and the last sync errors.
 *
 * Never a token or a password: the sign-in token lives only in the keychain and the backend, and every text that
 * came from elsewhere (errors) passes redact(), which removes secret URL parameters, Authorization values and the
 * session's own token wherever it appears. The home folder is written as "~", so the user's name stays out too.
 */
class DiagnosticReport
{
public:
    /// Gathers the report; the image store's size is counted on a pool thread, then @p done runs on @p context's.
    static void collect(AppServices &services, QObject *context, std::function<void(const QString &)> done);
    /// The report from what is known now and the image store's @p images.
    [[nodiscard]] static QString build(AppServices &services, const ImageStoreStats &images);
    /// @p text without anything that could sign someone in: secret query parameters, MediaBrowser/Bearer tokens,
    /// and each of @p secrets.
    [[nodiscard]] static QString redact(QString text, const QStringList &secrets);
};

} // namespace marquee
