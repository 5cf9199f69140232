#pragma once

#include "ReminderSettings.h"

#include <optional>

namespace unknot::workhours {

// Working periods are built in local time (QDateTime), one per working day, and compared as absolute times, so a
// daylight-saving change makes a period an hour longer or shorter but never repeats or skips a boundary.

/// True when wallMs (ms since the epoch) falls in a working period.
bool contains(const ReminderSettings& settings, qint64 wallMs);
/// The first time after wallMs when contains() changes; none if it never does within a week.
std::optional<qint64> nextChange(const ReminderSettings& settings, qint64 wallMs);
/// The first start of a working period after wallMs; none without working days.
std::optional<qint64> nextStart(const ReminderSettings& settings, qint64 wallMs);

} // namespace unknot::workhours
