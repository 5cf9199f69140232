#include "WorkingHours.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>
#include <utility>

namespace unknot::workhours {

namespace {

using Period = std::pair<qint64, qint64>; // [start, end) in ms since the epoch

qint64 localMs(QDate date, QTime time)
{
    const QDateTime at(date, time, Qt::LocalTime);
    const qint64 ms = at.toMSecsSinceEpoch();
    if (at.isValid()) {
        return ms;
    }
    // A time the clocks skip (spring forward): Qt puts it past the gap, but it begins when the clocks move on.
    const auto moved = QTimeZone::systemTimeZone().previousTransition(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
    return moved.atUtc.isValid() ? moved.atUtc.toMSecsSinceEpoch() : ms;
}

// The periods of the working days from two days before wallMs's local date to a week after it.
QList<Period> periodsAround(const ReminderSettings& s, qint64 wallMs)
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(wallMs, Qt::LocalTime).date();
    QList<Period> periods;
    for (int offset = -2; offset <= 8; ++offset) {
        const QDate day = today.addDays(offset);
        if (!s.isWorkDay(day.dayOfWeek())) {
            continue;
        }
        if (s.allDay()) {
            periods.append({localMs(day, QTime(0, 0)), localMs(day.addDays(1), QTime(0, 0))});
        } else {
            const QDate endDay = s.workEnd > s.workStart ? day : day.addDays(1);
            periods.append({localMs(day, s.workStart), localMs(endDay, s.workEnd)});
        }
    }
    return periods;
}

bool inAny(const QList<Period>& periods, qint64 wallMs)
{
    for (const auto& [start, end] : periods) {
        if (wallMs >= start && wallMs < end) {
            return true;
        }
    }
    return false;
}

} // namespace

bool contains(const ReminderSettings& settings, qint64 wallMs)
{
    return inAny(periodsAround(settings, wallMs), wallMs);
}

std::optional<qint64> nextChange(const ReminderSettings& settings, qint64 wallMs)
{
    const QList<Period> periods = periodsAround(settings, wallMs);
    const bool now = inAny(periods, wallMs);
    std::optional<qint64> next;
    for (const auto& [start, end] : periods) {
        for (const qint64 at : {start, end}) {
            // Back-to-back days meet at midnight without a change.
            if (at > wallMs && inAny(periods, at) != now && (!next || at < *next)) {
                next = at;
            }
        }
    }
    return next;
}

std::optional<qint64> nextStart(const ReminderSettings& settings, qint64 wallMs)
{
    std::optional<qint64> next;
    for (const auto& period : periodsAround(settings, wallMs)) {
        if (period.first > wallMs && (!next || period.first < *next)) {
            next = period.first;
        }
    }
    return next;
}

} // namespace unknot::workhours
