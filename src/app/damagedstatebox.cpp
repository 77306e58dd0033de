// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/damagedstatebox.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace marquee {

QMessageBox *newDamagedStateBox(const QString &message, const QString &details, QWidget *parent)
{
    auto *box = new QMessageBox(QMessageBox::Critical,
                                QCoreApplication::translate("DamagedStateBox", "Marquee cannot go on"),
                                QCoreApplication::translate("DamagedStateBox", "Marquee's state file is damaged."),
                                QMessageBox::Close, parent);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(message);
    box->setDetailedText(details);
    return box;
}

} // namespace marquee
