#include "LocalDates.h"

#include <limits>

namespace unknot {

LocalDates::LocalDates(const QTimeZone& zone)
    : m_zone(zone.isValid() ? zone : QTimeZone::systemTimeZone())
{
}

QDate LocalDates::of(const QDateTime& utc)
{
    if (!utc.isValid()) {
        return {};
    }
    const qint64 msecs = utc.toMSecsSinceEpoch();
    if (msecs < m_validFrom || msecs >= m_validUntil) {
        refresh(utc);
    }
    return QDateTime::fromMSecsSinceEpoch(msecs + m_offsetSecs * 1000LL, Qt::UTC).date();
}

void LocalDates::refresh(const QDateTime& utc)
{
    m_offsetSecs = m_zone.offsetFromUtc(utc);
    if (!m_zone.hasTransitions()) {
        // A fixed zone keeps its offset for ever; one with daylight time but no known transitions is asked each time.
        const bool fixed = !m_zone.hasDaylightTime();
        m_validFrom = fixed ? std::numeric_limits<qint64>::min() : utc.toMSecsSinceEpoch();
        m_validUntil = fixed ? std::numeric_limits<qint64>::max() : m_validFrom + 1;
        return;
    }
    // previousTransition() is strictly before its argument: a time exactly at a transition belongs to the new offset.
    const QTimeZone::OffsetData previous = m_zone.previousTransition(utc.addMSecs(1));
    const QTimeZone::OffsetData next = m_zone.nextTransition(utc);
    m_validFrom = previous.atUtc.isValid() ? previous.atUtc.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    m_validUntil = next.atUtc.isValid() ? next.atUtc.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
}

} // namespace unknot
