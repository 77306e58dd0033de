// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/messagebox.h"

#include <QLabel>
#include <QScreen>

#include <algorithm>

namespace marquee {

namespace {
// About as many characters as a comfortable line of a short message holds.
constexpr int ReadableLineChars = 56;
} // namespace

QMessageBox *MessageBox::create(QWidget *parent, QMessageBox::Icon icon, const QString &headline,
                                const UserMessage &message)
{
    auto *box = new QMessageBox(icon, QStringLiteral("Marquee"), headline, QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("messageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(message.text);
    box->setDetailedText(message.details);
    // QMessageBox wraps its text only when it takes it for rich text, and guesses at the informative text's format:
    // both are made plain and wrapping here, at a width that reads as lines rather than a narrow column.
    const QScreen *screen = (parent ? parent->screen() : box->screen());
    const int readable = std::min(box->fontMetrics().averageCharWidth() * ReadableLineChars,
                                  screen ? screen->availableGeometry().width() / 2 : 480);
    for (QLabel *label : box->findChildren<QLabel *>()) {
        if (label->objectName() == QLatin1String("qt_msgbox_label")
            || label->objectName() == QLatin1String("qt_msgbox_informativelabel")) {
            label->setTextFormat(Qt::PlainText);
            label->setWordWrap(true);
            label->setMinimumWidth(readable);
        }
    }
    return box;
}

QMessageBox *MessageBox::show(QWidget *parent, QMessageBox::Icon icon, const QString &headline,
                              const UserMessage &message)
{
    QMessageBox *box = create(parent, icon, headline, message);
    box->show();
    return box;
}

} // namespace marquee
