// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/usermessage.h"

#include <QMessageBox>

namespace marquee {

/**
 * @brief The message boxes Marquee shows: a short headline, what happened and what to do in words
 * (UserMessage::text), and the technical line behind the box's own "Show Details…" button.
 *
 * Every label is plain text that wraps: nothing a server sent can turn into markup, and no long line can push the
 * box past the screen and clip it.
 */
class MessageBox
{
public:
    /// A non-modal box that deletes itself when closed; the caller shows it.
    [[nodiscard]] static QMessageBox *create(QWidget *parent, QMessageBox::Icon icon, const QString &headline,
                                             const UserMessage &message);
    /// create() and show().
    static QMessageBox *show(QWidget *parent, QMessageBox::Icon icon, const QString &headline,
                             const UserMessage &message);
};

} // namespace marquee
