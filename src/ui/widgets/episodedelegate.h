// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace marquee {

/// @brief One episode row: number, title, runtime, a played mark and a progress bar when started.
class EpisodeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit EpisodeDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace marquee
