#include "SessionRepository.h"

#include "HistoryRepository.h"
#include "JournalErrors.h"
#include "Log.h"
#include "Transaction.h"

#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

namespace unknot {

namespace {

const QString sessionColumns = QStringLiteral(
    "SELECT id, uuid, routine_slug, routine_name, kind, started_at, ended_at, status, self_paced, plan FROM session ");
const QString newestFirst = QStringLiteral(" ORDER BY started_at DESC, id DESC");

bool fail(QString* error, const QString& message)
{
    log::warn(QStringLiteral("journal: ") + message);
    if (error) {
        *error = message;
    }
    return false;
}

/// Empty text is stored as NULL (no routine, no exercise) rather than as ''.
QVariant nullIfEmpty(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QString statusWords(SessionRecord::Status status)
{
    switch (status) {
    case SessionRecord::Status::Running:
        return QStringLiteral("still running");
    case SessionRecord::Status::Completed:
        return QStringLiteral("completed");
    case SessionRecord::Status::EndedEarly:
        return QStringLiteral("ended early");
    }
    return {};
}

SessionRecord sessionFrom(const QSqlQuery& query)
{
    SessionRecord record;
    record.id = query.value(0).toLongLong();
    record.uuid = query.value(1).toString();
    record.routineSlug = query.value(2).toString();
    record.routineName = query.value(3).toString();
    record.kind = SessionRecord::kindFromKey(query.value(4).toString()).value_or(SessionRecord::Kind::Routine);
    record.startedUtc = SessionRepository::fromStored(query.value(5).toString());
    record.endedUtc = SessionRepository::fromStored(query.value(6).toString());
    record.status = SessionRecord::statusFromKey(query.value(7).toString()).value_or(SessionRecord::Status::Running);
    record.selfPaced = query.value(8).toInt() != 0;
    record.plan = QJsonDocument::fromJson(query.value(9).toString().toUtf8()).object();
    return record;
}

StepRecord stepFrom(const QSqlQuery& query)
{
    StepRecord step;
    step.position = query.value(0).toInt();
    step.exerciseSlug = query.value(1).toString();
    step.title = query.value(2).toString();
    step.plannedReps = query.value(3).toInt();
    step.actualReps = query.value(4).toInt();
    step.plannedMs = query.value(5).toLongLong();
    step.actualMs = query.value(6).toLongLong();
    step.skipped = query.value(7).toInt() != 0;
    step.endedUtc = SessionRepository::fromStored(query.value(8).toString());
    step.visit = query.value(9).toInt();
    return step;
}

} // namespace

SessionRepository::SessionRepository(QSqlDatabase db, QString owner)
    : m_db(std::move(db))
    , m_owner(std::move(owner))
{
}

QString SessionRepository::toStored(const QDateTime& time)
{
    // ISODateWithMs of a UTC time always has milliseconds and a 'Z', so stored times sort as text.
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime SessionRepository::fromStored(const QString& text)
{
    if (text.isEmpty()) {
        return {};
    }
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

std::optional<qint64> SessionRepository::begin(const SessionRecord& record, QString* error, Refusal* refusal)
{
    Refusal ignored = Refusal::None;
    Refusal& why = refusal ? *refusal : ignored;
    why = Refusal::Failed;
    if (!record.startedUtc.isValid()) {
        fail(error, QStringLiteral("a session needs a start time"));
        return std::nullopt;
    }
    const QString uuid = record.uuid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : record.uuid;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO session (uuid, routine_slug, routine_name, kind, started_at, ended_at, "
                                 "status, self_paced, plan, owner) VALUES (?, ?, ?, ?, ?, NULL, 'running', ?, ?, ?)"));
    query.addBindValue(uuid);
    query.addBindValue(nullIfEmpty(record.routineSlug));
    query.addBindValue(record.routineName);
    query.addBindValue(SessionRecord::kindKey(record.kind));
    query.addBindValue(toStored(record.startedUtc));
    query.addBindValue(record.selfPaced ? 1 : 0);
    query.addBindValue(QString::fromUtf8(QJsonDocument(record.plan).toJson(QJsonDocument::Compact)));
    query.addBindValue(m_owner);
    if (!query.exec()) {
        why = JournalErrors::isDiskFull(query.lastError()) ? Refusal::DiskFull : Refusal::Failed;
        fail(
            error,
            QStringLiteral("could not start the session \"%1\": %2").arg(record.routineName, query.lastError().text()));
        return std::nullopt;
    }
    why = Refusal::None;
    return query.lastInsertId().toLongLong();
}

bool SessionRepository::claim(qint64 id, QString* error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT owner FROM session WHERE id = ? AND status = 'running'"));
    query.addBindValue(id);
    if (!query.exec()) {
        return fail(error, QStringLiteral("could not claim session %1: %2").arg(id).arg(query.lastError().text()));
    }
    if (!query.next()) {
        return fail(error, QStringLiteral("could not claim session %1: %2").arg(id).arg(notRunningReason(id)));
    }
    const QVariant seen = query.value(0);
    query.finish();
    if (seen.toString() == m_owner) {
        return true;
    }
    if (!seen.isNull() && SessionOwner::isAlive(seen.toString())) {
        return fail(error, QStringLiteral("could not claim session %1: another Unknot process that is still running "
                                          "holds it")
                               .arg(id));
    }
    // Taken only from the owner judged gone: of two processes claiming at once, the second finds it changed.
    QSqlQuery take(m_db);
    take.prepare(QStringLiteral("UPDATE session SET owner = ? WHERE id = ? AND status = 'running' AND owner IS ?"));
    take.addBindValue(m_owner);
    take.addBindValue(id);
    take.addBindValue(seen);
    if (!take.exec()) {
        return fail(error, QStringLiteral("could not claim session %1: %2").arg(id).arg(take.lastError().text()));
    }
    if (take.numRowsAffected() != 1) {
        return fail(error, QStringLiteral("could not claim session %1: another Unknot process took it first").arg(id));
    }
    log::info(QStringLiteral("journal: session %1 claimed from %2")
                  .arg(id)
                  .arg(seen.isNull() ? QStringLiteral("no owner") : seen.toString()));
    return true;
}

bool SessionRepository::recordStep(qint64 sessionId, const StepRecord& step, QString* error, Refusal* refusal)
{
    Refusal ignored = Refusal::None;
    Refusal& why = refusal ? *refusal : ignored;
    why = Refusal::Failed;
    if (!step.endedUtc.isValid()) {
        return fail(error, QStringLiteral("step %1 (\"%2\") needs an end time").arg(step.position).arg(step.title));
    }
    QSqlQuery query(m_db);
    // One statement, committed on its own: the running and owner checks and the insert cannot be split by another
    // write. The unique (session_id, position, visit) index refuses a visit already recorded.
    query.prepare(QStringLiteral(
        "INSERT INTO session_step (session_id, position, visit, exercise_slug, title, planned_reps, actual_reps, "
        "planned_ms, actual_ms, skipped, ended_at) "
        "SELECT id, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM session WHERE id = ? AND status = 'running' AND owner = ?"));
    query.addBindValue(step.position);
    query.addBindValue(step.visit);
    query.addBindValue(nullIfEmpty(step.exerciseSlug));
    query.addBindValue(step.title);
    query.addBindValue(step.plannedReps);
    query.addBindValue(step.actualReps);
    query.addBindValue(step.plannedMs);
    query.addBindValue(step.actualMs);
    query.addBindValue(step.skipped ? 1 : 0);
    query.addBindValue(toStored(step.endedUtc));
    query.addBindValue(sessionId);
    query.addBindValue(m_owner);
    if (!query.exec()) {
        if (query.lastError().nativeErrorCode().toInt() == SQLITE_CONSTRAINT_UNIQUE) {
            why = Refusal::AlreadyRecorded;
            return fail(error, QStringLiteral("step %1 (\"%2\") of session %3 was not recorded again: visit %4 "
                                              "is already in the journal")
                                   .arg(step.position)
                                   .arg(step.title)
                                   .arg(sessionId)
                                   .arg(step.visit));
        }
        why = JournalErrors::isDiskFull(query.lastError()) ? Refusal::DiskFull : Refusal::Failed;
        return fail(error, QStringLiteral("could not record step %1 (\"%2\") of session %3: %4")
                               .arg(step.position)
                               .arg(step.title)
                               .arg(sessionId)
                               .arg(query.lastError().text()));
    }
    if (query.numRowsAffected() != 1) {
        return fail(error, QStringLiteral("step %1 (\"%2\") was not recorded: %3")
                               .arg(step.position)
                               .arg(step.title, notRunningReason(sessionId, &why)));
    }
    why = Refusal::None;
    return true;
}

bool SessionRepository::finish(qint64 id, Status status, const QDateTime& endedUtc, QString* error,
                               Refusal* refusal)
{
    Refusal ignored = Refusal::None;
    Refusal& why = refusal ? *refusal : ignored;
    why = Refusal::Failed;
    if (status == Status::Running) {
        return fail(error, QStringLiteral("session %1 can only be finished as completed or ended early").arg(id));
    }
    if (!endedUtc.isValid()) {
        return fail(error, QStringLiteral("session %1 needs an end time to be finished").arg(id));
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE session SET status = ?, ended_at = ? WHERE id = ? AND status = 'running' AND owner = ?"));
    query.addBindValue(SessionRecord::statusKey(status));
    query.addBindValue(toStored(endedUtc));
    query.addBindValue(id);
    query.addBindValue(m_owner);
    if (!query.exec()) {
        why = JournalErrors::isDiskFull(query.lastError()) ? Refusal::DiskFull : Refusal::Failed;
        return fail(error, QStringLiteral("could not finish session %1: %2").arg(id).arg(query.lastError().text()));
    }
    if (query.numRowsAffected() != 1) {
        return fail(error, QStringLiteral("could not finish session %1: %2").arg(id).arg(notRunningReason(id, &why)));
    }
    why = Refusal::None;
    return true;
}

bool SessionRepository::discardIfNothingFinished(qint64 id, QString* error)
{
    if (error) {
        error->clear();
    }
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return fail(error, transaction.errorText());
    }
    QSqlQuery finished(m_db);
    finished.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM session_step WHERE session_id = ? AND skipped = 0)"));
    finished.addBindValue(id);
    if (!finished.exec() || !finished.next()) {
        return fail(error, finished.lastError().text());
    }
    if (finished.value(0).toInt() != 0) {
        return false;
    }
    QSqlQuery keep(m_db);
    // The rating is the person's own entry: it stays, as a rating made at that time.
    keep.prepare(QStringLiteral("UPDATE pain_entry SET moment = 'standalone', session_id = NULL WHERE session_id = ?"));
    keep.addBindValue(id);
    QSqlQuery drop(m_db);
    drop.prepare(QStringLiteral("DELETE FROM session WHERE id = ? AND owner = ?"));
    drop.addBindValue(id);
    drop.addBindValue(m_owner);
    if (!keep.exec() || !drop.exec()) {
        return fail(error, keep.lastError().isValid() ? keep.lastError().text() : drop.lastError().text());
    }
    if (drop.numRowsAffected() != 1) {
        return fail(error, QStringLiteral("could not remove session %1: %2").arg(id).arg(notRunningReason(id)));
    }
    if (!transaction.commit()) {
        return fail(error, transaction.errorText());
    }
    return true;
}

bool SessionRepository::closeAsEndedEarly(qint64 id, QString* error)
{
    QSqlQuery query(m_db);
    // The last recorded step is the last moment the person is known to have been there.
    query.prepare(QStringLiteral("UPDATE session SET status = 'ended_early', ended_at = COALESCE("
                                 "(SELECT ended_at FROM session_step WHERE session_id = session.id "
                                 "ORDER BY id DESC LIMIT 1), started_at) WHERE id = ? AND status = 'running' "
                                 "AND owner = ?"));
    query.addBindValue(id);
    query.addBindValue(m_owner);
    if (!query.exec()) {
        return fail(error, QStringLiteral("could not close session %1: %2").arg(id).arg(query.lastError().text()));
    }
    if (query.numRowsAffected() != 1) {
        return fail(error, QStringLiteral("could not close session %1: %2").arg(id).arg(notRunningReason(id)));
    }
    return true;
}

QString SessionRepository::notRunningReason(qint64 sessionId, Refusal* refusal) const
{
    Refusal ignored = Refusal::None;
    Refusal& why = refusal ? *refusal : ignored;
    why = Refusal::NotRunning;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT status, owner FROM session WHERE id = ?"));
    query.addBindValue(sessionId);
    if (!query.exec() || !query.next()) {
        return QStringLiteral("there is no session %1 in the journal").arg(sessionId);
    }
    const auto status = SessionRecord::statusFromKey(query.value(0).toString());
    if (status == Status::Running && query.value(1).toString() != m_owner) {
        why = Refusal::OtherOwner;
        return query.value(1).isNull() ? QStringLiteral("session %1 must be claimed first").arg(sessionId)
                                       : QStringLiteral("session %1 is held by another Unknot process").arg(sessionId);
    }
    return QStringLiteral("session %1 is %2, not running")
        .arg(sessionId)
        .arg(statusWords(status.value_or(Status::Running)));
}

std::optional<SessionRecord> SessionRepository::unfinished() const
{
    QSqlQuery query(m_db);
    // Usually none or one; a session another running process holds is that process's to finish.
    if (!query.exec(QStringLiteral("SELECT id, owner FROM session WHERE status = 'running' AND deleted_at IS NULL") +
                    newestFirst)) {
        log::warn(QStringLiteral("journal: could not read running sessions: %1").arg(query.lastError().text()));
        return std::nullopt;
    }
    while (query.next()) {
        const QVariant owner = query.value(1);
        if (owner.isNull() || owner.toString() == m_owner || !SessionOwner::isAlive(owner.toString())) {
            return session(query.value(0).toLongLong());
        }
    }
    return std::nullopt;
}

std::optional<SessionRecord> SessionRepository::session(qint64 id) const
{
    const auto found = sessions(QStringLiteral("WHERE id = ?"), {id});
    return found && !found->isEmpty() ? std::optional(found->first()) : std::nullopt;
}

QList<SessionRecord> SessionRepository::recent(int limit) const
{
    if (limit <= 0) {
        return {};
    }
    return sessions(QStringLiteral("WHERE deleted_at IS NULL") + newestFirst + QStringLiteral(" LIMIT ?"), {limit})
        .value_or(QList<SessionRecord>());
}

std::optional<QList<SessionRecord>> SessionRepository::all(QString* error) const
{
    return sessions(QStringLiteral("WHERE deleted_at IS NULL ORDER BY started_at, id"), {}, error);
}

std::optional<QList<SessionRecord>> SessionRepository::sessions(const QString& where, const QVariantList& values,
                                                                QString* error) const
{
    QList<SessionRecord> records;
    QHash<qint64, qsizetype> indexOf;
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(sessionColumns + where);
        for (const QVariant& value : values) {
            query.addBindValue(value);
        }
        if (!query.exec()) {
            fail(error, QStringLiteral("could not read sessions: %1").arg(query.lastError().text()));
            return std::nullopt;
        }
        while (query.next()) {
            indexOf.insert(query.value(0).toLongLong(), records.size());
            records.append(sessionFrom(query));
        }
    }
    if (records.isEmpty()) {
        return records;
    }
    // All steps in one query, whatever the number of sessions.
    QSqlQuery steps(m_db);
    steps.setForwardOnly(true);
    steps.prepare(QStringLiteral("SELECT position, exercise_slug, title, planned_reps, actual_reps, planned_ms, "
                                 "actual_ms, skipped, ended_at, visit, session_id FROM session_step "
                                 "WHERE session_id IN (SELECT value FROM json_each(?)) ORDER BY session_id, id"));
    steps.addBindValue(HistoryRepository::idArray(indexOf.keys()));
    if (!steps.exec()) {
        fail(error, QStringLiteral("could not read the steps of sessions: %1").arg(steps.lastError().text()));
        return std::nullopt;
    }
    while (steps.next()) {
        records[indexOf.value(steps.value(10).toLongLong())].steps.append(stepFrom(steps));
    }
    return records;
}

bool SessionRepository::remove(qint64 id, QString* error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE session SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL"));
    query.addBindValue(toStored(QDateTime::currentDateTimeUtc()));
    query.addBindValue(id);
    if (!query.exec() || query.numRowsAffected() != 1) {
        return fail(error, query.lastError().isValid() ? query.lastError().text()
                                                       : QStringLiteral("there is no session %1 to delete").arg(id));
    }
    return true;
}

bool SessionRepository::restore(qint64 id, QString* error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE session SET deleted_at = NULL WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || query.numRowsAffected() != 1) {
        return fail(error, query.lastError().isValid() ? query.lastError().text()
                                                       : QStringLiteral("there is no session %1 to restore").arg(id));
    }
    return true;
}

} // namespace unknot
