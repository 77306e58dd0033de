// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/homepage.h"

#include "ui/models/itemlistmodel.h"
#include "ui/pages/homesection.h"
#include "ui/widgets/plainlabel.h"
#include "ui/widgets/posterrow.h"

#include <QVBoxLayout>

namespace marquee {

HomePage::HomePage(MergedHome &home, ImageCache &images, QWidget *parent)
    : Page(parent)
    , m_home(home)
    , m_images(images)
{
    setObjectName(QStringLiteral("homePage"));
    setAccessibleName(tr("Home"));
    QWidget *content = makeScrollingContent();

    m_sections = new QVBoxLayout(content);
    m_sections->setContentsMargins(20, 16, 12, 16);
    m_sections->setSpacing(18);
    m_emptyText = makeEmptyText(content);
    m_sections->addWidget(m_emptyText);
    m_continueWatching = addSection(tr("Continue Watching"), QStringLiteral("continueWatching"), -1);
    m_nextUp = addSection(tr("Next Up"), QStringLiteral("nextUp"), -1);
    m_nextUp->row()->setShape(PosterDelegate::Shape::Still);
    m_sections->addStretch(1);
    setSyncing(false);
    reload();
}

void HomePage::setSyncing(bool syncing)
{
    m_emptyText->setText(syncing ? tr("Syncing your library… what arrives shows here at once")
                                 : tr("Nothing cached yet — press Refresh or F5"));
}

QString HomePage::emptyStateText() const
{
    return m_emptyText->text();
}

HomeSection *HomePage::addSection(const QString &title, const QString &objectName, int position)
{
    auto *section = new HomeSection(title, m_images, m_sections->parentWidget());
    section->setObjectName(objectName);
    m_sections->insertWidget(position, section);
    offerItemsOf(section);
    connect(section->row(), &PosterRow::stepRequested, this,
            [this, section](int rows) { moveFocus(visibleSections(), section, rows); });
    return section;
}

QList<HomeSection *> HomePage::visibleSections() const
{
    QList<HomeSection *> sections;
    for (int i = 0; i < m_sections->count(); ++i) {
        auto *section = qobject_cast<HomeSection *>(m_sections->itemAt(i)->widget());
        if (section && !section->isHidden())
            sections << section;
    }
    return sections;
}

void HomePage::showLatest(const QList<MergedHome::LatestRow> &rows)
{
    // Libraries come and go with refreshes; the rows of those that stay are updated in place, so a reload neither
    // blinks nor loses where the user had scrolled to.
    QList<HomeSection *> sections;
    const int firstIndex = m_sections->indexOf(m_nextUp) + 1;
    for (const MergedHome::LatestRow &latest : rows) {
        // Two servers may use the same library id.
        const QString objectName = latest.serverId.isEmpty()
            ? QStringLiteral("latest:") + latest.library.id
            : QStringLiteral("latest:%1:%2").arg(latest.serverId, latest.library.id);
        const QString title = latest.serverName.isEmpty()
            ? tr("Latest in %1").arg(latest.library.name)
            : tr("Latest in %1 · %2", "library, then the server it is on").arg(latest.library.name, latest.serverName);
        const int position = firstIndex + int(sections.size());
        HomeSection *section = nullptr;
        for (HomeSection *existing : std::as_const(m_latest)) {
            if (existing->objectName() == objectName)
                section = existing;
        }
        if (!section) {
            section = addSection(title, objectName, position);
        } else {
            m_latest.removeOne(section);
            section->setTitle(title);
            if (m_sections->indexOf(section) != position) {
                m_sections->removeWidget(section);
                m_sections->insertWidget(position, section);
            }
        }
        section->setItems(latest.items);
        sections.append(section);
    }
    qDeleteAll(m_latest);
    m_latest = sections;
}

bool HomePage::isEmptyStateShown() const
{
    return !m_emptyText->isHidden();
}

void HomePage::reload()
{
    const MergedHome::Rows rows = m_home.read(RowLimit);
    m_continueWatching->model()->setServerNames(rows.otherServerNames);
    m_nextUp->model()->setServerNames(rows.otherServerNames);
    m_continueWatching->setItems(rows.continueWatching);
    m_nextUp->setItems(rows.nextUp);
    showLatest(rows.latest);

    bool empty = m_continueWatching->model()->rowCount() == 0 && m_nextUp->model()->rowCount() == 0;
    for (const HomeSection *section : std::as_const(m_latest))
        empty = empty && section->isHidden();
    m_emptyText->setVisible(empty);
}

} // namespace marquee
