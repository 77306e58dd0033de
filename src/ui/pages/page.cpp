// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/page.h"

#include <QScrollArea>
#include <QVBoxLayout>

namespace marquee {

QWidget *Page::makeScrollingContent()
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    content->setBackgroundRole(QPalette::Base);
    content->setAutoFillBackground(true);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    return content;
}

} // namespace marquee
