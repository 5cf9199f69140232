#pragma once

#include "PainEntry.h"

#include <QDateTime>

namespace unknot {

/// One rating on the trend chart: when, how much, and whether it was before or after a session.
struct PainPoint {
    QDateTime recordedUtc;
    int rating = 0;
    PainEntry::Moment moment = PainEntry::Moment::Standalone;
    qint64 sessionId = 0; ///< 0 for none

    bool operator==(const PainPoint&) const = default;
};

} // namespace unknot
