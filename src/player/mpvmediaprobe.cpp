// SPDX-License-Identifier: GPL-3.0-or-later
#include "player/mpvmediaprobe.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <mpv/client.h>

#include <clocale>
#include <memory>

namespace marquee {

namespace {

Error probeError(const QString &path, const QString &why)
{
    return Error {ErrorKind::BadResponse, QCoreApplication::translate("MpvMediaProbe", "not playable: %1").arg(why),
                  path, 0};
}

struct MpvDeleter
{
    void operator()(mpv_handle *handle) const { mpv_terminate_destroy(handle); }
};

} // namespace

Result<double> MpvMediaProbe::durationSeconds(const QString &path) const
{
    if (!QFile::exists(path))
        return probeError(path, QCoreApplication::translate("MpvMediaProbe", "the file is missing"));
    // libmpv refuses to start under a locale with a decimal comma (see MpvEngine).
    std::setlocale(LC_NUMERIC, "C");
    std::unique_ptr<mpv_handle, MpvDeleter> mpv(mpv_create());
    if (!mpv)
        return probeError(path, QCoreApplication::translate("MpvMediaProbe", "libmpv could not be created"));
    const std::pair<const char *, const char *> options[] = {
        {"vo", "null"}, {"ao", "null"}, {"pause", "yes"},  {"idle", "yes"},     {"config", "no"},
        {"ytdl", "no"}, {"load-scripts", "no"}, {"osc", "no"}, {"terminal", "no"}, {"audio-fallback-to-null", "yes"},
    };
    for (const auto &[name, value] : options)
        mpv_set_option_string(mpv.get(), name, value);
    if (mpv_initialize(mpv.get()) < 0)
        return probeError(path, QCoreApplication::translate("MpvMediaProbe", "libmpv could not start"));
    const QByteArray file = QFile::encodeName(path);
    const char *command[] = {"loadfile", file.constData(), nullptr};
    if (mpv_command(mpv.get(), command) < 0)
        return probeError(path, QCoreApplication::translate("MpvMediaProbe", "libmpv refused the file"));
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < qint64(TimeoutSeconds * 1000)) {
        const mpv_event *event = mpv_wait_event(mpv.get(), 1.0);
        if (event->event_id == MPV_EVENT_END_FILE) {
            const auto *end = static_cast<const mpv_event_end_file *>(event->data);
            return probeError(path, QString::fromUtf8(mpv_error_string(end ? end->error : MPV_ERROR_LOADING_FAILED)));
        }
        if (event->event_id == MPV_EVENT_FILE_LOADED) {
            double duration = 0.0;
            if (mpv_get_property(mpv.get(), "duration", MPV_FORMAT_DOUBLE, &duration) < 0 || !(duration > 0.0))
                return probeError(path, QCoreApplication::translate("MpvMediaProbe", "no duration"));
            return duration;
        }
    }
    return probeError(
            path, QCoreApplication::translate("MpvMediaProbe", "opening took longer than %1 s").arg(TimeoutSeconds));
}

} // namespace marquee
