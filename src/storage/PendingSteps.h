#pragma once

#include "SessionRecord.h"
#include "SessionRepository.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace unknot {

/// Step records and session ends not yet in the journal (a full disk, a passing failure), kept in memory in the
/// order they happened and written by flush() once the journal takes them again. A session's end is written only
/// after all of its steps, since the journal takes no step into a session that has ended.
class PendingSteps {
public:
    /// What a flush() did.
    struct Flushed {
        /// Why the first write still pending failed (DiskFull, or another kind), or nothing when none is pending.
        std::optional<Failed> stopped;
        /// Sessions another Unknot holds or closed: what was pending for them is dropped.
        QList<qint64> lost;
        /// Sessions whose end was written and that were then removed, having ended early with no step finished.
        QList<qint64> discarded;
        /// Steps and ends written by this flush.
        int written = 0;
    };

    /// Queues one step visit of sessionId (its visit number already set) behind anything pending.
    void addStep(qint64 sessionId, const StepRecord& step);
    /// Queues the end of sessionId behind its steps, with the status and time it really ended with.
    void addEnd(qint64 sessionId, SessionRecord::Status status, const QDateTime& endedUtc);

    bool isEmpty() const { return m_sessions.isEmpty(); }
    /// Whether anything of sessionId is pending.
    bool has(qint64 sessionId) const;
    /// Whether the end of sessionId is pending.
    bool hasEnd(qint64 sessionId) const;
    /// Steps of sessionId not yet written.
    int stepCount(qint64 sessionId) const;

    /// Writes what is pending, oldest first, and stops at the first write that fails for want of room or another
    /// passing reason, keeping it and everything after it. A step the journal already has is dropped, as is all
    /// of a session another Unknot has taken or closed. A session ended early with no step finished is removed
    /// once its end is written, as a fresh end would be.
    Flushed flush(SessionRepository& sessions);
    /// Forgets the steps still pending and keeps the ends: the last resort on closing while the disk is full, so
    /// that a session that was finished is not later offered as cut off. Returns how many steps were dropped.
    int dropSteps();

private:
    struct Session {
        qint64 id = 0;
        QList<StepRecord> steps;
        std::optional<SessionRecord::Status> endStatus;
        QDateTime endedUtc;
    };

    Session& entry(qint64 sessionId);
    const Session* find(qint64 sessionId) const;

    QList<Session> m_sessions; ///< in the order their first pending record happened
};

} // namespace unknot
