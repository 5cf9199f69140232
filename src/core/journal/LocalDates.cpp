#include "LocalDates.h"

#include <limits>

namespace unknot {

namespace {

constexpr qint64 msPerDay = 24 * 60 * 60 * 1000;

} // namespace

LocalDates::LocalDates(const QTimeZone& zone)
    : m_zone(zone.isValid() ? zone : QTimeZone::systemTimeZone())
{
}

QDate LocalDates::of(const QDateTime& utc)
{
    if (!utc.isValid()) {
        return {};
    }
    // 1970-01-01 is Julian day 2440588; whole days are counted down for times before it.
    const qint64 wall = wallMSecs(utc);
    const qint64 days = wall / msPerDay - (wall % msPerDay < 0 ? 1 : 0);
    return QDate::fromJulianDay(2440588 + days);
}

qint64 LocalDates::wallMSecs(const QDateTime& utc)
{
    const qint64 msecs = utc.toMSecsSinceEpoch();
    if (msecs < m_validFrom || msecs >= m_validUntil) {
        refresh(utc);
    }
    return msecs + m_offsetSecs * 1000LL;
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
