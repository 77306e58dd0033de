// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/playbackservices.h"

namespace marquee {

PlaybackServices::PlaybackServices(UserDataActions &actions, DatabaseWriter &writer, const Clock &clock)
    : m_writer(writer)
    , m_reporter(nullptr, actions, clock)
    , m_planner(nullptr)
    , m_transcodes(writer, clock)
{
}

void PlaybackServices::setBackend(Backend *backend)
{
    m_reporter.setBackend(backend);
    m_planner.setBackend(backend);
    m_transcodes.setBackend(backend);
}

void PlaybackServices::onConnected()
{
    m_transcodes.stopLeftovers();
}

} // namespace marquee
