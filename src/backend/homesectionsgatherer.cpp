// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend/homesectionsgatherer.h"

#include "backend/resultpromise.h"

#include <QMutex>

namespace marquee {

struct HomeSectionsGatherer::State
{
    QMutex mutex;
    HomeSections sections;
    int pending = 0;
    bool failed = false;
    ResultPromise<HomeSections> promise;
};

HomeSectionsGatherer::HomeSectionsGatherer(const QStringList &libraryIds)
    : m_state(std::make_shared<State>())
{
    m_state->pending = 2 + int(libraryIds.size());
    for (const QString &libraryId : libraryIds)
        m_state->sections.latest.append(LatestSection{libraryId, {}});
}

QFuture<Result<HomeSections>> HomeSectionsGatherer::future() const
{
    return m_state->promise.future();
}

HomeSectionsGatherer::Sink HomeSectionsGatherer::part(std::function<void(HomeSections &, QList<MediaItem>)> store) const
{
    return [state = m_state, store = std::move(store)](Result<QList<MediaItem>> items) {
        QMutexLocker locker(&state->mutex);
        if (state->failed)
            return;
        if (!items.ok()) {
            state->failed = true;
            state->promise.fulfil(items.error());
            return;
        }
        store(state->sections, items.takeValue());
        if (--state->pending == 0)
            state->promise.fulfil(std::move(state->sections));
    };
}

HomeSectionsGatherer::Sink HomeSectionsGatherer::resume() const
{
    return part([](HomeSections &sections, QList<MediaItem> items) { sections.resume = std::move(items); });
}

HomeSectionsGatherer::Sink HomeSectionsGatherer::nextUp() const
{
    return part([](HomeSections &sections, QList<MediaItem> items) { sections.nextUp = std::move(items); });
}

HomeSectionsGatherer::Sink HomeSectionsGatherer::latest(int index) const
{
    return part([index](HomeSections &sections, QList<MediaItem> items) {
        sections.latest[index].items = std::move(items);
    });
}

} // namespace marquee
