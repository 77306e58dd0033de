// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/listingplausibility.h"

#include <QLocale>

namespace marquee {

namespace {
QString number(qint64 value)
{
    return QLocale(QLocale::English).toString(value);
}

QString items(qint64 count)
{
    return count == 1 ? QStringLiteral("1 item") : number(count) + QStringLiteral(" items");
}

const QString NothingRemoved = QStringLiteral("Nothing was removed from the cache. Marquee tries again at the next "
                                              "refresh; if this keeps happening, the server's library may need a scan.");
} // namespace

ListingPlausibility::ListingPlausibility(QString what)
    : m_what(std::move(what))
{
}

void ListingPlausibility::addPage(const QStringList &ids, std::optional<qint64> announcedTotal)
{
    for (const QString &id : ids) {
        if (m_ids.contains(id)) {
            if (m_repeated.isEmpty())
                m_repeated = id;
        } else {
            m_ids.insert(id);
        }
    }
    if (!announcedTotal)
        return;
    if (!m_firstAnnounced)
        m_firstAnnounced = announcedTotal;
    m_lastAnnounced = announcedTotal;
    m_lowestAnnounced = std::min(m_lowestAnnounced.value_or(*announcedTotal), *announcedTotal);
}

void ListingPlausibility::setIndependentCount(qint64 count)
{
    m_independentCount = count;
}

std::optional<Error> ListingPlausibility::contradiction() const
{
    QString why;
    if (!m_repeated.isEmpty())
        why = QStringLiteral("it listed the same item twice (%1)").arg(m_repeated);
    else if (m_lowestAnnounced && m_firstAnnounced && *m_lowestAnnounced < *m_firstAnnounced)
        why = QStringLiteral("its count fell from %1 to %2 while it was read")
                  .arg(number(*m_firstAnnounced), number(*m_lowestAnnounced));
    else if (m_lastAnnounced && *m_lastAnnounced != listedCount())
        why = QStringLiteral("it announced %1 but sent %2").arg(items(*m_lastAnnounced), number(listedCount()));
    else if (m_independentCount && *m_independentCount != listedCount())
        why = QStringLiteral("it sent %1 but a separate count says %2").arg(items(listedCount()), number(*m_independentCount));
    if (why.isEmpty())
        return std::nullopt;
    return Error{ErrorKind::Contradictory,
                 QStringLiteral("The server's list of %1 contradicted itself: %2. %3").arg(m_what, why, NothingRemoved),
                 {}, 0};
}

bool ListingPlausibility::isMassRemoval(qsizetype removing, qsizetype cached)
{
    return removing > Handful && removing * 4 > cached;
}

Error ListingPlausibility::massRemovalRefused(qsizetype removing, qsizetype cached, const QString &secondLook) const
{
    return {ErrorKind::Contradictory,
            QStringLiteral("The server's list of %1 leaves out %2 of the %3 in the cache, and a second look does not "
                           "agree (%4). %5")
                .arg(m_what, number(removing), items(cached), secondLook, NothingRemoved),
            {}, 0};
}

QString ListingPlausibility::massRemovalNote(qsizetype removed, qsizetype cached, const QString &secondLook)
{
    return QStringLiteral("Removed %1 of the %2 in the cache: the server's listing and a second look (%3) agree that "
                          "the server no longer has them.")
        .arg(number(removed), items(cached), secondLook);
}

} // namespace marquee
