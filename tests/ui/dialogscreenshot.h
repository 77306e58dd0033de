// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QWidget>

namespace marquee::test {

/// With MARQUEE_SCREENSHOT_DIR set, writes the widget as <name>.png there (how docs/screenshots/ are made).
inline void saveScreenshotIfAsked(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("MARQUEE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace marquee::test
