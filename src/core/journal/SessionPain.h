#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace unknot {

/// One finished session with the pain rated before and after it, if it was.
struct SessionPain {
    qint64 sessionId = 0;
    QString routineSlug; ///< empty for a single exercise or a heat/cold timer
    QString routineName; ///< the name shown at the time
    QDateTime startedUtc;
    std::optional<int> before;
    std::optional<int> after;

    bool operator==(const SessionPain&) const = default;
};

} // namespace unknot
