// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/aboutdialog.h"

#include "ui/widgets/plainlabel.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace marquee {

namespace {
constexpr int IconSize = 64;

QTreeWidget *table(const QStringList &headers, const QString &accessibleName, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setAccessibleName(accessibleName);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    tree->header()->setStretchLastSection(true);
    return tree;
}

/// Fits the table to its rows, so the dialog does not scroll for four lines.
void fitRows(QTreeWidget *tree)
{
    for (int column = 0; column < tree->columnCount(); ++column)
        tree->resizeColumnToContents(column);
    const int rows = std::max(1, tree->topLevelItemCount());
    const int rowHeight = tree->sizeHintForRow(0) > 0 ? tree->sizeHintForRow(0) : tree->fontMetrics().height() + 6;
    tree->setFixedHeight(tree->header()->sizeHint().height() + rows * rowHeight + 2 * tree->frameWidth() + 2);
}
} // namespace

AboutDialog::AboutDialog(const AboutInfo &info, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Marquee"));

    auto *icon = new QLabel(this);
    // QIcon renders the SVG at the screen's device pixels: crisp at any scale.
    icon->setPixmap(QIcon(QStringLiteral(":/icons/marquee.svg")).pixmap(QSize(IconSize, IconSize), devicePixelRatioF()));
    icon->setAccessibleName(tr("Marquee's icon"));
    auto *title = new PlainLabel(tr("Marquee %1").arg(info.version), this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    title->setScaledFont(1.4, true);
    auto *tagline = new PlainLabel(tr("An offline-first client for Jellyfin media servers."), this);
    tagline->setWordWrap(true);
    auto *licence = new PlainLabel(tr("Free software under the GNU General Public License, version 3 or later "
                                      "(GPL-3.0-or-later)."),
                                   this);
    licence->setWordWrap(true);
    licence->setForegroundRole(QPalette::PlaceholderText);

    auto *components = table({tr("Library"), tr("Version"), tr("Licence")}, tr("Libraries"), this);
    components->setObjectName(QStringLiteral("aboutComponents"));
    for (const ComponentInfo &component : info.components)
        new QTreeWidgetItem(components, {component.name, component.version, component.licence});
    fitRows(components);

    auto *servers = table({tr("Server"), tr("Version"), tr("Last seen")}, tr("Server versions seen"), this);
    servers->setObjectName(QStringLiteral("aboutServers"));
    const QLocale locale;
    for (const ServerVersionSeen &seen : info.servers) {
        const QString name = seen.serverName.isEmpty() ? seen.product : tr("%1 (%2)").arg(seen.product, seen.serverName);
        new QTreeWidgetItem(servers, {name, seen.version,
                                      locale.toString(QDateTime::fromMSecsSinceEpoch(seen.lastSeenAtMs),
                                                      QLocale::ShortFormat)});
    }
    if (info.servers.isEmpty())
        new QTreeWidgetItem(servers, {tr("None yet: the version shows after the first refresh.")});
    fitRows(servers);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *heading = new QHBoxLayout;
    heading->addWidget(icon, 0, Qt::AlignTop);
    auto *headingText = new QVBoxLayout;
    headingText->addWidget(title);
    headingText->addWidget(tagline);
    headingText->addWidget(licence);
    heading->addLayout(headingText, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(heading);
    layout->addSpacing(6);
    layout->addWidget(new PlainLabel(tr("Built with"), this));
    layout->addWidget(components);
    layout->addWidget(new PlainLabel(tr("Server versions seen"), this));
    layout->addWidget(servers);
    layout->addWidget(buttons);
    resize(std::max(sizeHint().width(), fontMetrics().averageCharWidth() * 80), sizeHint().height());
}

AboutDialog::~AboutDialog() = default;

} // namespace marquee
