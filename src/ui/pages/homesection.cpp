// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/homesection.h"

#include "ui/models/itemlistmodel.h"
#include "ui/widgets/plainlabel.h"
#include "ui/widgets/posterrow.h"

#include <QScrollBar>
#include <QStyle>
#include <QVBoxLayout>

namespace marquee {

HomeSection::HomeSection(const QString &title, ImageCache &images, QWidget *parent)
    : QWidget(parent)
    , m_heading(new PlainLabel(title, this))
    , m_model(new ItemListModel(this))
    , m_row(new PosterRow(images, this))
{
    m_heading->setObjectName(QStringLiteral("sectionTitle"));
    m_row->setAccessibleName(title);
    m_heading->setScaledFont(1.3, true);
    m_row->setModel(m_model);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_heading);
    layout->addWidget(m_row);

    connect(m_row, &QListView::activated, this, &HomeSection::activate);
    connect(m_row, &QListView::clicked, this, [this](const QModelIndex &index) {
        if (!style()->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick, nullptr, m_row))
            activate(index);
    });
    m_row->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_row, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        if (const QModelIndex index = m_row->indexAt(position); index.isValid())
            Q_EMIT menuRequested(m_model->itemAt(index.row()), m_row->viewport()->mapToGlobal(position));
    });
}

void HomeSection::setItems(const QList<ItemSummary> &items)
{
    // A refresh re-reads the row; where the user was in it (scrolled sideways, a poster selected) stays.
    const QModelIndex current = m_row->currentIndex();
    const QString currentId = current.isValid() ? m_model->itemAt(current.row()).id : QString();
    const int scrolled = m_row->horizontalScrollBar()->value();
    m_model->setItems(items);
    setVisible(!items.isEmpty());
    m_row->doItemsLayout();
    if (const int row = m_model->rowOf(currentId); row >= 0 && m_row->currentIndex().row() != row)
        m_row->setCurrentIndex(m_model->index(row));
    m_row->horizontalScrollBar()->setValue(scrolled);
}

QString HomeSection::title() const
{
    return m_heading->text();
}

void HomeSection::setTitle(const QString &title)
{
    m_heading->setText(title);
}

void HomeSection::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const ItemSummary &item = m_model->itemAt(index.row());
    Q_EMIT itemActivated(item);
}

} // namespace marquee
