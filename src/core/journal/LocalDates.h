#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace unknot {

/// Turns UTC times into local dates in one time zone, reusing the offset while times stay between two of the zone's
/// transitions. Looking the zone up for every time is the slow part of a ten-year chart.
class LocalDates {
public:
    /// An invalid zone means the system's.
    explicit LocalDates(const QTimeZone& zone);

    /// The local date of utc; invalid for an invalid time.
    QDate of(const QDateTime& utc);
    /// The local wall-clock time of a valid utc, as milliseconds since the epoch with the zone's offset added: what
    /// utc.toTimeZone(zone) shows, counted as if it were UTC.
    qint64 wallMSecs(const QDateTime& utc);

private:
    void refresh(const QDateTime& utc);

    QTimeZone m_zone;
    int m_offsetSecs = 0;
    qint64 m_validFrom = 0;
    qint64 m_validUntil = 0; // empty until the first lookup
};

} // namespace unknot
