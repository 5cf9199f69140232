#pragma once

#include "StepRecord.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace unknot {

/// One session in the person's journal: what was played, when, how it ended, and each step visited.
struct SessionRecord {
    enum class Kind { Routine, Exercise, Thermal };
    enum class Status { Running, Completed, EndedEarly };

    qint64 id = 0;       ///< 0 until stored
    QString uuid;        ///< stable across exports; generated when stored if empty
    QString routineSlug; ///< empty for a single exercise or a custom heat/cold timer
    QString routineName; ///< the name shown at the time, kept when the content changes
    Kind kind = Kind::Routine;
    QDateTime startedUtc;
    QDateTime endedUtc; ///< invalid while running
    Status status = Status::Running;
    bool selfPaced = false;
    QJsonObject plan;        ///< the options needed to rebuild the plan on resume; opaque to storage
    QList<StepRecord> steps; ///< in the order they were recorded

    /// Plan positions with at least one record that was not skipped.
    QSet<int> completedPositions() const;
    /// The first position in 0..stepCount-1 not completed; empty when every step is done or stepCount <= 0.
    std::optional<int> resumePosition(int stepCount) const;

    /// Stable lower-case key of a kind, as stored: "routine", "exercise", "thermal".
    static QString kindKey(Kind kind);
    /// The kind for a key; empty for an unknown key.
    static std::optional<Kind> kindFromKey(const QString& key);
    /// Stable lower-case key of a status, as stored: "running", "completed", "ended_early".
    static QString statusKey(Status status);
    /// The status for a key; empty for an unknown key.
    static std::optional<Status> statusFromKey(const QString& key);
};

} // namespace unknot
