// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/plainlabel.h"

namespace marquee {

PlainLabel::PlainLabel(QWidget *parent)
    : PlainLabel(QString(), parent)
{
}

PlainLabel::PlainLabel(const QString &text, QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::NoTextInteraction);
    setText(text);
}

void PlainLabel::setScaledFont(qreal factor, bool bold)
{
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * factor);
    f.setBold(bold);
    setFont(f);
}

} // namespace marquee
