#pragma once

#include <QDateTime>
#include <QString>

namespace unknot {

/// One visit to one step of a session's plan, as it happened. Going back to a step gives another record.
struct StepRecord {
    int position = 0;     ///< index of the step in the plan, from 0
    QString exerciseSlug; ///< empty for rests and heat/cold phases
    QString title;        ///< the title shown at the time
    int plannedReps = 0;  ///< reps or cycles planned; 0 for timed steps
    int actualReps = 0;   ///< reps or cycles done
    qint64 plannedMs = 0; ///< planned length of the step
    qint64 actualMs = 0;  ///< time actually spent on the step
    bool skipped = false; ///< the person skipped it rather than finishing it
    QDateTime endedUtc;   ///< when the person left the step
    int visit = 1;        ///< 1 the first time this position was left in the session, 2 the next, ...

    bool operator==(const StepRecord&) const = default;
};

} // namespace unknot
