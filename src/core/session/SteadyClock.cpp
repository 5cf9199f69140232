#include "SteadyClock.h"

#include <QDateTime>

namespace unknot {

SteadyClock::SteadyClock()
{
    m_timer.start();
}

qint64 SteadyClock::monotonicMs() const
{
    return m_timer.elapsed();
}

qint64 SteadyClock::wallMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace unknot
