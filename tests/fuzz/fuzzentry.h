// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace marquee::fuzz {

/// @brief The entry points shared by the libFuzzer targets (clang) and the corpus replay test (every build).
///
/// Each feeds one server body to the parsers the way a response reaches them and checks what a user relies on:
/// either a typed BadResponse with a message, or items that have ids, no id twice and no text beyond the limit.
/// Returns what was wrong, empty when all held.

/// Item answers: a page (with and without a Limit), an ids page, a list, one item, user data.
[[nodiscard]] QString checkItemBodies(const QByteArray &body);
/// Non-item answers: public system info, authentication, the user, the libraries; and the date reader.
[[nodiscard]] QString checkResponseBodies(const QByteArray &body);

/// Plex answers: a listing (summary and full), an ids page, a hub list, one item, the sections, identity, the
/// server root, a timeline reply, plex.tv's PIN, resources and account, and a part's preview thumbnails (BIF).
[[nodiscard]] QString checkPlexBodies(const QByteArray &body);

/// Image bytes: ImageDecoder at a poster's and a backdrop's size gives either a typed BadResponse or TooLarge
/// (a decompression bomb) with a message, or an image no larger than the place it was asked for.
[[nodiscard]] QString checkImageBytes(const QByteArray &bytes);

} // namespace marquee::fuzz
