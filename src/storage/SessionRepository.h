#pragma once

#include "Connection.h"
#include "Result.h"
#include "SessionOwner.h"
#include "SessionRecord.h"

#include <QCoreApplication>
#include <optional>

namespace unknot {

/// The person's session journal in SQLite. Every write commits at once, so a crash loses nothing recorded.
class SessionRepository {
    Q_DECLARE_TR_FUNCTIONS(SessionRepository)

public:
    using Status = SessionRecord::Status;

    /// owner: the token this repository writes as (SessionOwner); tests pass another to play a second process.
    explicit SessionRepository(Connection connection, QString owner = SessionOwner::thisProcess());

    /// Stores record as a running session owned by this repository's owner (its status, end and steps are
    /// ignored); generates a uuid if empty. Returns the new id. Failure::DiskFull: nothing was written and the
    /// same write may succeed once there is room.
    Result<qint64> begin(const SessionRecord& record);
    /// Makes this owner the one writer of a running session, unless a process still running holds it.
    /// Atomic: of two processes claiming at once, one wins.
    Result<> claim(qint64 id);
    /// Appends one step visit to a running session this owner holds. Refuses, writing nothing, if the session is
    /// not running (Failure::NotRunning), is held by another owner (OtherOwner), or already has that visit
    /// (AlreadyRecorded, the schema's rule).
    Result<> recordStep(qint64 sessionId, const StepRecord& step);
    /// Marks a running session this owner holds completed or ended early at endedUtc.
    Result<> finish(qint64 id, Status status, const QDateTime& endedUtc);
    /// Marks a running session this owner holds (claim() one left by a crash first) as ended early, at its last
    /// step's end (or its start if none).
    Result<> closeAsEndedEarly(qint64 id);
    /// A session that ended with no step finished does not count as a session: removes it, keeping any rating the
    /// person gave with it as a rating of its own. True if it was removed, false if it has a finished step and stays.
    Result<bool> discardIfNothingFinished(qint64 id);
    /// Hides a session (and the ratings made around it) from History; restore() undoes it.
    Result<> remove(qint64 id);
    Result<> restore(qint64 id);

    /// The most recent session still running that no other running process holds (one left by a crash, or by
    /// this process), with its steps.
    std::optional<SessionRecord> unfinished() const;
    /// One session with its steps.
    std::optional<SessionRecord> session(qint64 id) const;
    /// Up to limit sessions, newest first, each with its steps.
    QList<SessionRecord> recent(int limit) const;
    /// Every session History shows (all but the deleted; running ones too), oldest first, each with its steps;
    /// a failure if the journal could not be read.
    Result<QList<SessionRecord>> all() const;

    /// A UTC time as stored: "yyyy-MM-ddTHH:mm:ss.zzzZ".
    static QString toStored(const QDateTime& time);
    /// A stored time back as a UTC QDateTime; invalid for anything else.
    static QDateTime fromStored(const QString& text);

private:
    /// The sessions matching where (an SQL tail), each with its steps.
    Result<QList<SessionRecord>> sessions(const QString& where, const QVariantList& values) const;
    /// Why sessionId cannot be written by this owner: NotRunning or OtherOwner, with prefix and plain words.
    Failed notRunning(qint64 sessionId, const QString& prefix) const;

    Connection m_connection;
    QString m_owner;
};

} // namespace unknot
