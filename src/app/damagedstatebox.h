// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QMessageBox;
class QWidget;

namespace marquee {

/// The message that stops Marquee when its state file is damaged, at start or while running: what happened, the copy
/// kept and the way out (`marquee-cli state --recover`) in words; what SQLite said only under Details. Plain text.
[[nodiscard]] QMessageBox *newDamagedStateBox(const QString &message, const QString &details, QWidget *parent = nullptr);

} // namespace marquee
