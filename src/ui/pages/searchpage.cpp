// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/searchpage.h"

#include "services/librarysearch.h"
#include "ui/pages/homesection.h"
#include "ui/widgets/posterrow.h"
#include "ui/widgets/plainlabel.h"

#include <QVBoxLayout>

namespace marquee {

SearchPage::SearchPage(LibrarySearch &search, ImageCache &images, QWidget *parent)
    : Page(parent)
    , m_search(search)
    , m_images(images)
{
    setObjectName(QStringLiteral("searchPage"));
    setAccessibleName(tr("Search"));
    QWidget *content = makeScrollingContent();
    m_layout = new QVBoxLayout(content);
    m_layout->setContentsMargins(20, 16, 12, 16);
    m_layout->setSpacing(18);
    m_emptyText = makeEmptyText(content);
    m_layout->addWidget(m_emptyText);
    m_layout->addStretch(1);
    show({});
}

void SearchPage::setQuery(const QString &text)
{
    if (text != m_query)
        scrollToTop();
    m_query = text;
    reload();
}

bool SearchPage::isEmptyStateShown() const
{
    return !m_emptyText->isHidden();
}

QString SearchPage::emptyStateText() const
{
    return m_emptyText->text();
}

void SearchPage::focusResultsWhenShown()
{
    m_focusResults = true;
}

void SearchPage::reload()
{
    const quint64 search = ++m_searches;
    m_search.search(m_query, ResultsPerServer)
        .then(this, [this, search](const QList<MergedSearch::ServerResults> &results) {
            if (search == m_searches)
                show(results);
        });
}

void SearchPage::show(const QList<MergedSearch::ServerResults> &results)
{
    // A refresh re-reads the results: the rows of servers that still match are updated in place, so where the user
    // was in them stays.
    QList<HomeSection *> sections;
    for (const MergedSearch::ServerResults &server : results) {
        const QString objectName = QStringLiteral("results:") + server.serverId;
        const QString title = server.serverName.isEmpty() ? tr("Results") : server.serverName;
        HomeSection *section = nullptr;
        for (HomeSection *existing : std::as_const(m_sections)) {
            if (existing->objectName() == objectName)
                section = existing;
        }
        const int position = int(sections.size()) + 1; // after the empty text
        if (!section) {
            section = new HomeSection(title, m_images, m_layout->parentWidget());
            section->setObjectName(objectName);
            offerItemsOf(section);
            connect(section->row(), &PosterRow::stepRequested, this,
                    [this, section](int rows) { moveFocus(m_sections, section, rows); });
        } else {
            m_sections.removeOne(section);
            section->setTitle(title);
            m_layout->removeWidget(section);
        }
        m_layout->insertWidget(position, section);
        section->setItems(server.items);
        sections.append(section);
    }
    qDeleteAll(m_sections);
    m_sections = sections;

    if (m_query.trimmed().isEmpty())
        m_emptyText->setText(tr("Type a title to search every server's library, offline too."));
    else
        m_emptyText->setText(tr("Nothing cached on any server matches “%1”.").arg(m_query.trimmed()));
    m_emptyText->setVisible(m_sections.isEmpty());
    if (std::exchange(m_focusResults, false) && !m_sections.isEmpty())
        m_sections.constFirst()->row()->setFocus(Qt::TabFocusReason);
    Q_EMIT resultsShown();
}

} // namespace marquee
