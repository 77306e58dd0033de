// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>

namespace marquee {

/// One key binding as Help → Keyboard shortcuts lists it.
struct ShortcutEntry
{
    QString keys;        ///< in the platform's words ("Ctrl+,")
    QString description; ///< the action's text without its mnemonic, or a QShortcut's whatsThis
    QString context;     ///< the menu it sits in, or "Window"
};

/**
 * @brief Help → Keyboard shortcuts: generated from the shortcuts that really exist, never from a hand-kept list.
 *
 * It walks @p root's QActions (menus included) and QShortcuts. A QShortcut has no text of its own: its
 * whatsThis() describes it, and one without a description is listed under its keys alone (the tests make sure
 * none is left that way).
 */
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QList<ShortcutEntry> &entries, QWidget *parent = nullptr);
    ~ShortcutsDialog() override;

    /// Every shortcut under @p root, sorted by context then description.
    [[nodiscard]] static QList<ShortcutEntry> collect(const QObject *root);
};

} // namespace marquee
