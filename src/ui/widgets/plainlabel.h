// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace marquee {

/// @brief A QLabel that never interprets markup: server text such as "<img src=x>" shows as those characters.
///
/// QLabel's default Qt::AutoText renders anything that looks like HTML as rich text; every label showing text
/// from a server or the cache is a PlainLabel.
class PlainLabel : public QLabel
{
    Q_OBJECT

public:
    explicit PlainLabel(QWidget *parent = nullptr);
    explicit PlainLabel(const QString &text, QWidget *parent = nullptr);

    /// Makes the font bigger by @p factor and optionally bold: for headings.
    void setScaledFont(qreal factor, bool bold);
};

} // namespace marquee
