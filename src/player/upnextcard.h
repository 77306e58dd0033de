// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace marquee {

/// @brief The *Up next* card over the end of an episode: what comes next, the countdown, *Play now* and *Cancel*.
class UpNextCard : public QWidget
{
    Q_OBJECT

public:
    explicit UpNextCard(QWidget *parent = nullptr);

    /// @p title: plain text from the server.
    void setNext(const QString &title);
    void setSecondsLeft(int seconds);
    [[nodiscard]] QString titleText() const;
    [[nodiscard]] QString countdownText() const;

Q_SIGNALS:
    void playNowClicked();
    void cancelClicked();

private:
    QLabel *m_heading;
    QLabel *m_title;
    QLabel *m_countdown;
    QPushButton *m_playNow;
    QPushButton *m_cancel;
};

} // namespace marquee
