// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace marquee {

/// The URL as it may appear in a log line or an Error: secret query items (api_key, ApiKey, token …)
/// and any user-info password are removed.
[[nodiscard]] QString redactedUrl(const QUrl &url);

/// True for query keys that carry a credential, compared case-insensitively.
[[nodiscard]] bool isSecretQueryKey(const QString &key);

} // namespace marquee
