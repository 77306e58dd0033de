// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/downloadnaming.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace marquee {

namespace {

bool isReservedOnWindows(const QString &name)
{
    // Device names are reserved whatever the extension: "CON.mkv" opens the console.
    static const QRegularExpression reserved(QStringLiteral("^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])(\\..*)?$"),
                                             QRegularExpression::CaseInsensitiveOption);
    return reserved.match(name).hasMatch();
}

QString truncatedToBytes(QString text, int maxBytes)
{
    while (text.toUtf8().size() > maxBytes) {
        text.chop(1);
        // Never leave half a surrogate pair behind.
        if (!text.isEmpty() && text.back().isHighSurrogate())
            text.chop(1);
    }
    return text;
}

QString twoDigits(std::optional<int> number)
{
    return QStringLiteral("%1").arg(number.value_or(0), 2, 10, QLatin1Char('0'));
}

QString titleWithYear(const QString &title, std::optional<int> year)
{
    return year && *year > 0 ? QStringLiteral("%1 (%2)").arg(title).arg(*year) : title;
}

} // namespace

QString DownloadNaming::sanitize(const QString &name)
{
    QString safe;
    safe.reserve(name.size());
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control) { // tabs and newlines read as spaces
            safe += QLatin1Char(' ');
            continue;
        }
        if (c.category() == QChar::Other_Format) // direction overrides could disguise the extension
            continue;
        switch (c.unicode()) {
        case '/': case '\\': case ':': case '*': case '?': case '"': case '<': case '>': case '|':
            safe += QLatin1Char('-');
            break;
        default:
            safe += c;
        }
    }
    safe = safe.simplified();
    // Windows drops trailing dots and spaces (a folder "x." and "x" would clash); ".." and "." are never names.
    while (!safe.isEmpty() && (safe.endsWith(QLatin1Char('.')) || safe.endsWith(QLatin1Char(' '))))
        safe.chop(1);
    while (safe.startsWith(QLatin1Char('.')))
        safe.remove(0, 1);
    safe = truncatedToBytes(safe.trimmed(), MaxSegmentBytes).trimmed();
    while (!safe.isEmpty() && safe.endsWith(QLatin1Char('.')))
        safe.chop(1);
    if (safe.isEmpty())
        return QStringLiteral("Untitled");
    if (isReservedOnWindows(safe))
        safe.prepend(QLatin1Char('_'));
    return safe;
}

QString DownloadNaming::extensionFor(const QString &container)
{
    const QString first = container.section(QLatin1Char(','), 0, 0).trimmed().toLower();
    static const QRegularExpression plain(QStringLiteral("^[a-z0-9]{1,5}$"));
    return plain.match(first).hasMatch() ? first : QStringLiteral("mkv");
}

QString DownloadNaming::relativePath(const MediaItem &item, const QString &container)
{
    const QString extension = QLatin1Char('.') + extensionFor(container);
    const QString title = item.name.isEmpty() ? QStringLiteral("Untitled") : item.name;
    if (item.type == ItemType::Episode) {
        const QString series = sanitize(item.seriesName.isEmpty() ? QStringLiteral("Unknown Series") : item.seriesName);
        const QString code = QStringLiteral("S%1E%2").arg(twoDigits(item.parentIndexNumber), twoDigits(item.indexNumber));
        const QString season = QStringLiteral("Season ") + twoDigits(item.parentIndexNumber);
        // The series name, code and title share the 200 bytes: the title gives way first.
        const QString prefix = series + QStringLiteral(" - ") + code + QStringLiteral(" - ");
        const QString file =
            truncatedToBytes(prefix + sanitize(title), MaxSegmentBytes - int(extension.toUtf8().size())).trimmed();
        return QStringLiteral("Shows/%1/%2/%3%4").arg(series, season, sanitize(file), extension);
    }
    const QString name = sanitize(titleWithYear(title, item.productionYear));
    const QString file = sanitize(truncatedToBytes(name, MaxSegmentBytes - int(extension.toUtf8().size())));
    return QStringLiteral("Movies/%1/%2%3").arg(name, file, extension);
}

QString DownloadNaming::withContainer(const QString &path, const QString &container)
{
    const QFileInfo info(path);
    const QString base = path.left(path.size() - info.suffix().size());
    return (info.suffix().isEmpty() ? path + QLatin1Char('.') : base) + extensionFor(container);
}

QString DownloadNaming::disambiguated(const QString &path, const QString &suffix)
{
    const QFileInfo info(path);
    const QString folder = info.path() == QLatin1String(".") ? QString() : info.path() + QLatin1Char('/');
    const QString stem = truncatedToBytes(info.completeBaseName(), MaxSegmentBytes - 24 - int(info.suffix().size()));
    return folder + stem + QStringLiteral(" [") + sanitize(suffix) + QStringLiteral("].") + info.suffix();
}

} // namespace marquee
