// SPDX-License-Identifier: GPL-3.0-or-later
#include "player/seekpreview.h"

#include "player/clocktext.h"

#include <QLabel>
#include <QPixmap>
#include <QVBoxLayout>

namespace marquee {

SeekPreview::SeekPreview(QWidget *parent)
    : QWidget(parent)
    , m_picture(new QLabel(this))
    , m_time(new QLabel(this))
{
    setObjectName(QStringLiteral("seekPreview"));
    setAttribute(Qt::WA_StyledBackground);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    m_picture->setObjectName(QStringLiteral("seekPreviewPicture"));
    m_picture->hide();
    m_time->setObjectName(QStringLiteral("seekPreviewTime"));
    m_time->setTextFormat(Qt::PlainText);
    m_time->setAlignment(Qt::AlignCenter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(2);
    layout->addWidget(m_picture, 0, Qt::AlignHCenter);
    layout->addWidget(m_time);
}

void SeekPreview::setTime(double seconds)
{
    m_time->setText(clockText(seconds));
    adjustSize();
}

QString SeekPreview::timeText() const
{
    return m_time->text();
}

void SeekPreview::setPicture(const QImage &picture)
{
    m_picture->setVisible(!picture.isNull());
    m_picture->setPixmap(picture.isNull() ? QPixmap() : QPixmap::fromImage(picture));
    adjustSize();
}

bool SeekPreview::hasPicture() const
{
    return m_picture->isVisibleTo(this);
}

} // namespace marquee
