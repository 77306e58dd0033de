// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/windowplacement.h"

#include "core/logging.h"
#include "storage/settingsrepository.h"

#include <QMainWindow>
#include <QScreen>

namespace marquee::WindowPlacement {

namespace {
constexpr QSize Preferred(1280, 800);
/// Of the free screen area, so the window opens with the desktop visible around it rather than as if maximised.
constexpr double MaxShare = 0.9;

QByteArray decoded(SettingsRepository &settings, const char *key)
{
    return QByteArray::fromBase64(settings.value(QString::fromLatin1(key)).toLatin1());
}
} // namespace

QSize firstSize(const QRect &available)
{
    if (available.isEmpty())
        return Preferred;
    return Preferred.boundedTo(QSize(int(available.width() * MaxShare), int(available.height() * MaxShare)));
}

void restore(QMainWindow &window, SettingsRepository &settings)
{
    const QByteArray geometry = decoded(settings, GeometryKey);
    // restoreGeometry also moves a window saved on a screen that is gone (or has shrunk) back onto one.
    if (geometry.isEmpty() || !window.restoreGeometry(geometry)) {
        const QRect available = window.screen() ? window.screen()->availableGeometry() : QRect();
        QRect frame(QPoint(), firstSize(available));
        if (!available.isEmpty())
            frame.moveCenter(available.center());
        window.setGeometry(frame);
    }
    const QByteArray state = decoded(settings, StateKey);
    if (!state.isEmpty() && !window.restoreState(state))
        qCInfo(lcUi) << "the saved window layout does not fit this version; using the default";
}

void save(const QMainWindow &window, SettingsRepository &settings)
{
    const auto store = [&settings](const char *key, const QByteArray &value) {
        return settings.setValue(QString::fromLatin1(key), QString::fromLatin1(value.toBase64()));
    };
    const bool saved = store(GeometryKey, window.saveGeometry()) && store(StateKey, window.saveState());
    if (!saved)
        qCWarning(lcUi) << "could not remember the window's size and place";
}

} // namespace marquee::WindowPlacement
