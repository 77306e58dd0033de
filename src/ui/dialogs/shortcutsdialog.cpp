// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace marquee {

namespace {

QString keysText(const QList<QKeySequence> &sequences)
{
    QStringList keys;
    for (const QKeySequence &sequence : sequences) {
        if (!sequence.isEmpty())
            keys << sequence.toString(QKeySequence::NativeText);
    }
    return keys.join(QStringLiteral(", "));
}

/// "&Sign in to a server…" → "Sign in to a server…"; a literal "&&" stays an ampersand.
QString withoutMnemonic(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

/// The title of the menu an action sits in, through its submenus ("View › Theme").
QString menuPath(const QAction *action)
{
    for (QObject *object : action->associatedObjects()) {
        const auto *menu = qobject_cast<const QMenu *>(object);
        if (!menu)
            continue;
        QString path = withoutMnemonic(menu->title());
        if (const QAction *parentAction = menu->menuAction()) {
            const QString parentPath = menuPath(parentAction);
            if (!parentPath.isEmpty())
                path = parentPath + QStringLiteral(" › ") + path;
        }
        return path;
    }
    return {};
}

} // namespace

QList<ShortcutEntry> ShortcutsDialog::collect(const QObject *root)
{
    QList<ShortcutEntry> entries;
    const QString window = tr("Window");
    for (const QAction *action : root->findChildren<QAction *>()) {
        const QString keys = keysText(action->shortcuts());
        if (keys.isEmpty() || action->menu())
            continue;
        const QString context = menuPath(action);
        entries.append({keys, withoutMnemonic(action->text()), context.isEmpty() ? window : context});
    }
    for (const QShortcut *shortcut : root->findChildren<QShortcut *>()) {
        const QString keys = keysText(shortcut->keys());
        if (!keys.isEmpty())
            entries.append({keys, shortcut->whatsThis(), window});
    }
    std::sort(entries.begin(), entries.end(), [](const ShortcutEntry &a, const ShortcutEntry &b) {
        return std::tie(a.context, a.description, a.keys) < std::tie(b.context, b.description, b.keys);
    });
    return entries;
}

ShortcutsDialog::ShortcutsDialog(const QList<ShortcutEntry> &entries, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *tree = new QTreeWidget(this);
    tree->setObjectName(QStringLiteral("shortcutList"));
    tree->setAccessibleName(tr("Keyboard shortcuts"));
    tree->setHeaderLabels({tr("Action"), tr("Keys")});
    tree->setRootIsDecorated(false);
    tree->setIndentation(0);
    tree->setAlternatingRowColors(true);
    QTreeWidgetItem *group = nullptr;
    for (const ShortcutEntry &entry : entries) {
        if (!group || group->text(0) != entry.context) {
            group = new QTreeWidgetItem(tree, {entry.context});
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
            group->setFlags(Qt::ItemIsEnabled);
        }
        new QTreeWidgetItem(group, {entry.description, entry.keys});
    }
    tree->expandAll();
    tree->setItemsExpandable(false);
    tree->resizeColumnToContents(0);
    tree->header()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tree, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 70, fontMetrics().height() * 26);
}

ShortcutsDialog::~ShortcutsDialog() = default;

} // namespace marquee
