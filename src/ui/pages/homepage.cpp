// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/homepage.h"

#include "storage/homerepository.h"
#include "storage/libraryrepository.h"
#include "ui/models/itemlistmodel.h"
#include "ui/models/libraryitemtype.h"
#include "ui/pages/homesection.h"
#include "ui/widgets/plainlabel.h"

#include <QVBoxLayout>

namespace marquee {

HomePage::HomePage(HomeRepository &home, LibraryRepository &libraries, ImageCache &images, QWidget *parent)
    : Page(parent)
    , m_home(home)
    , m_libraries(libraries)
    , m_images(images)
{
    setObjectName(QStringLiteral("homePage"));
    QWidget *content = makeScrollingContent();

    m_sections = new QVBoxLayout(content);
    m_sections->setContentsMargins(20, 16, 12, 16);
    m_sections->setSpacing(18);
    m_emptyText = new PlainLabel(QStringLiteral("Nothing cached yet — press Refresh or F5"), content);
    m_emptyText->setObjectName(QStringLiteral("emptyText"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setForegroundRole(QPalette::PlaceholderText);
    m_emptyText->setScaledFont(1.2, false);
    m_emptyText->setMinimumHeight(200);
    m_sections->addWidget(m_emptyText);
    m_continueWatching = addSection(QStringLiteral("Continue Watching"), QStringLiteral("continueWatching"), -1);
    m_nextUp = addSection(QStringLiteral("Next Up"), QStringLiteral("nextUp"), -1);
    m_sections->addStretch(1);
    reload();
}

HomeSection *HomePage::addSection(const QString &title, const QString &objectName, int position)
{
    auto *section = new HomeSection(title, m_images, m_sections->parentWidget());
    section->setObjectName(objectName);
    m_sections->insertWidget(position, section);
    connect(section, &HomeSection::itemActivated, this, &Page::itemActivated);
    return section;
}

bool HomePage::isEmptyStateShown() const
{
    return !m_emptyText->isHidden();
}

void HomePage::reload()
{
    m_continueWatching->setItems(m_home.continueWatching(RowLimit));
    m_nextUp->setItems(m_home.nextUp(RowLimit));

    // Libraries come and go with refreshes; their rows are cheap to rebuild.
    qDeleteAll(m_latest);
    m_latest.clear();
    const int stretchIndex = m_sections->count() - 1;
    const QList<Library> libraries = m_libraries.all();
    for (const Library &library : libraries) {
        HomeSection *section = addSection(QStringLiteral("Latest in ") + library.name,
                                          QStringLiteral("latest:") + library.id,
                                          stretchIndex + int(m_latest.size()));
        section->setItems(m_home.latest(library.id, libraryItemType(library), RowLimit));
        m_latest.append(section);
    }

    bool empty = m_continueWatching->model()->rowCount() == 0 && m_nextUp->model()->rowCount() == 0;
    for (const HomeSection *section : std::as_const(m_latest))
        empty = empty && section->isHidden();
    m_emptyText->setVisible(empty);
}

} // namespace marquee
