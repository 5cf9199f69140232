#pragma once

#include "SessionRecord.h"

#include <QSqlDatabase>
#include <optional>

namespace unknot {

/// The person's session journal in SQLite. Every write commits at once, so a crash loses nothing recorded.
class SessionRepository {
public:
    using Status = SessionRecord::Status;

    explicit SessionRepository(QSqlDatabase db);

    /// Stores record as a running session (its status, end and steps are ignored); generates a uuid if empty.
    /// Returns the new id, or nothing with error set.
    std::optional<qint64> begin(const SessionRecord& record, QString* error);
    /// Appends one step visit to a running session. Refuses, writing nothing, if the session is not running.
    bool recordStep(qint64 sessionId, const StepRecord& step, QString* error);
    /// Marks a running session completed or ended early at endedUtc.
    bool finish(qint64 id, Status status, const QDateTime& endedUtc, QString* error);
    /// Marks a running session left by a crash as ended early, at its last step's end (or its start if none).
    bool closeAsEndedEarly(qint64 id, QString* error);
    /// Hides a session (and the ratings made around it) from History; restore() undoes it.
    bool remove(qint64 id, QString* error);
    bool restore(qint64 id, QString* error);

    /// The most recent session still running (left by a crash), with its steps.
    std::optional<SessionRecord> unfinished() const;
    /// One session with its steps.
    std::optional<SessionRecord> session(qint64 id) const;
    /// Up to limit sessions, newest first, each with its steps.
    QList<SessionRecord> recent(int limit) const;

    /// A UTC time as stored: "yyyy-MM-ddTHH:mm:ss.zzzZ".
    static QString toStored(const QDateTime& time);
    /// A stored time back as a UTC QDateTime; invalid for anything else.
    static QDateTime fromStored(const QString& text);

private:
    QList<SessionRecord> sessions(const QString& where, const QVariantList& values) const;
    /// Why no step can be recorded for sessionId, in plain words.
    QString notRunningReason(qint64 sessionId) const;

    QSqlDatabase m_db;
};

} // namespace unknot
