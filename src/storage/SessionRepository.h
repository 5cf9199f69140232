#pragma once

#include "SessionOwner.h"
#include "SessionRecord.h"

#include <QSqlDatabase>
#include <optional>

namespace unknot {

/// The person's session journal in SQLite. Every write commits at once, so a crash loses nothing recorded.
class SessionRepository {
public:
    using Status = SessionRecord::Status;

    /// Why a write was refused, for callers that answer each case differently. DiskFull: SQLite reported a full
    /// disk (SQLITE_FULL, extended codes too); nothing was written and the same write may succeed once there is room.
    enum class Refusal { None, NotRunning, OtherOwner, AlreadyRecorded, DiskFull, Failed };

    /// owner: the token this repository writes as (SessionOwner); tests pass another to play a second process.
    explicit SessionRepository(QSqlDatabase db, QString owner = SessionOwner::thisProcess());

    /// Stores record as a running session owned by this repository's owner (its status, end and steps are
    /// ignored); generates a uuid if empty. Returns the new id, or nothing with error set (refusal says why).
    std::optional<qint64> begin(const SessionRecord& record, QString* error, Refusal* refusal = nullptr);
    /// Makes this owner the one writer of a running session, unless a process still running holds it.
    /// Atomic: of two processes claiming at once, one wins.
    bool claim(qint64 id, QString* error);
    /// Appends one step visit to a running session this owner holds. Refuses, writing nothing, if the session is
    /// not running, is held by another owner, or already has that visit (the schema's rule); refusal says which.
    bool recordStep(qint64 sessionId, const StepRecord& step, QString* error, Refusal* refusal = nullptr);
    /// Marks a running session this owner holds completed or ended early at endedUtc; refusal says why not.
    bool finish(qint64 id, Status status, const QDateTime& endedUtc, QString* error, Refusal* refusal = nullptr);
    /// Marks a running session this owner holds (claim() one left by a crash first) as ended early, at its last
    /// step's end (or its start if none).
    bool closeAsEndedEarly(qint64 id, QString* error);
    /// A session that ended with no step finished does not count as a session: removes it, keeping any rating the
    /// person gave with it as a rating of its own. Returns true if it was removed, false (error empty) if it has
    /// a finished step and stays, false with error set on failure.
    bool discardIfNothingFinished(qint64 id, QString* error);
    /// Hides a session (and the ratings made around it) from History; restore() undoes it.
    bool remove(qint64 id, QString* error);
    bool restore(qint64 id, QString* error);

    /// The most recent session still running that no other running process holds (one left by a crash, or by
    /// this process), with its steps.
    std::optional<SessionRecord> unfinished() const;
    /// One session with its steps.
    std::optional<SessionRecord> session(qint64 id) const;
    /// Up to limit sessions, newest first, each with its steps.
    QList<SessionRecord> recent(int limit) const;
    /// Every session History shows (all but the deleted; running ones too), oldest first, each with its steps;
    /// nothing, with error set, if the journal could not be read.
    std::optional<QList<SessionRecord>> all(QString* error) const;

    /// A UTC time as stored: "yyyy-MM-ddTHH:mm:ss.zzzZ".
    static QString toStored(const QDateTime& time);
    /// A stored time back as a UTC QDateTime; invalid for anything else.
    static QDateTime fromStored(const QString& text);

private:
    /// The sessions matching where (an SQL tail), each with its steps; nothing, with error set, on a failed read.
    std::optional<QList<SessionRecord>> sessions(const QString& where, const QVariantList& values,
                                                 QString* error = nullptr) const;
    /// Why sessionId cannot be written by this owner, in plain words; refusal says which case it is.
    QString notRunningReason(qint64 sessionId, Refusal* refusal = nullptr) const;

    QSqlDatabase m_db;
    QString m_owner;
};

} // namespace unknot
