#include "SessionRepository.h"

#include "HistoryRepository.h"
#include "Log.h"
#include "RowIndex.h"
#include "SqlSupport.h"
#include "Statement.h"
#include "StoredTime.h"
#include "Transaction.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <sqlite3.h>

namespace unknot {

namespace {

const QString sessionColumns = QStringLiteral(
    "SELECT id, uuid, routine_slug, routine_name, kind, started_at, ended_at, status, self_paced, plan FROM session ");
const QString newestFirst = QStringLiteral(" ORDER BY started_at DESC, id DESC");

const char* const area = "journal";

/// Empty text is stored as NULL (no routine, no exercise) rather than as ''.
QVariant nullIfEmpty(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QString statusWords(SessionRecord::Status status)
{
    switch (status) {
    case SessionRecord::Status::Running:
        return SessionRepository::tr("still running");
    case SessionRecord::Status::Completed:
        return SessionRepository::tr("completed");
    case SessionRecord::Status::EndedEarly:
        return SessionRepository::tr("ended early");
    }
    return {};
}

} // namespace

SessionRepository::SessionRepository(Connection connection, QString owner)
    : m_connection(std::move(connection))
    , m_owner(std::move(owner))
{
}

QString SessionRepository::toStored(const QDateTime& time)
{
    // Always with milliseconds and a 'Z', so stored times sort as text.
    return StoredTime::toText(time);
}

QDateTime SessionRepository::fromStored(const QString& text)
{
    return StoredTime::fromText(QStringView(text));
}

Result<qint64> SessionRepository::begin(const SessionRecord& record)
{
    if (!record.startedUtc.isValid()) {
        return sql::refused(area, QStringLiteral("a session needs a start time"));
    }
    const QString uuid = record.uuid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : record.uuid;
    QSqlQuery query(sql::database(m_connection));
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
        return sql::failed(area, tr("The session \"%1\" could not start: ").arg(record.routineName), query.lastError());
    }
    return query.lastInsertId().toLongLong();
}

Result<> SessionRepository::claim(qint64 id)
{
    const QString notClaimed = tr("Session %1 could not be taken over: ").arg(id);
    QSqlQuery query(sql::database(m_connection));
    if (!sql::run(query, QStringLiteral("SELECT owner FROM session WHERE id = ? AND status = 'running'"), {id})) {
        return sql::failed(area, notClaimed, query.lastError());
    }
    if (!query.next()) {
        return query.lastError().isValid() ? sql::failed(area, notClaimed, query.lastError())
                                           : notRunning(id, notClaimed);
    }
    const QVariant seen = query.value(0);
    query.finish();
    if (seen.toString() == m_owner) {
        return {};
    }
    if (!seen.isNull() && SessionOwner::isAlive(seen.toString())) {
        return sql::refused(area, notClaimed + tr("another Unknot that is still running holds it."),
                            Failure::OtherOwner);
    }
    // Taken only from the owner judged gone: of two processes claiming at once, the second finds it changed.
    QSqlQuery take(sql::database(m_connection));
    if (!sql::run(take,
                  QStringLiteral("UPDATE session SET owner = ? WHERE id = ? AND status = 'running' AND owner IS ?"),
                  {m_owner, id, seen})) {
        return sql::failed(area, notClaimed, take.lastError());
    }
    if (take.numRowsAffected() != 1) {
        return sql::refused(area, notClaimed + tr("another Unknot took it first."), Failure::OtherOwner);
    }
    log::info(QStringLiteral("journal: session %1 claimed from %2")
                  .arg(id)
                  .arg(seen.isNull() ? QStringLiteral("no owner") : seen.toString()));
    return {};
}

Result<> SessionRepository::recordStep(qint64 sessionId, const StepRecord& step)
{
    if (!step.endedUtc.isValid()) {
        return sql::refused(area,
                            QStringLiteral("step %1 (\"%2\") needs an end time").arg(step.position).arg(step.title));
    }
    const QString notRecorded = tr("Step %1 (\"%2\") was not saved: ").arg(step.position).arg(step.title);
    QSqlQuery query(sql::database(m_connection));
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
            return sql::refused(
                area,
                notRecorded + tr("visit %1 of session %2 is already in the journal.").arg(step.visit).arg(sessionId),
                Failure::AlreadyRecorded);
        }
        return sql::failed(area, notRecorded, query.lastError());
    }
    if (query.numRowsAffected() != 1) {
        return notRunning(sessionId, notRecorded);
    }
    return {};
}

Result<> SessionRepository::finish(qint64 id, Status status, const QDateTime& endedUtc)
{
    if (status == Status::Running) {
        return sql::refused(area,
                            QStringLiteral("session %1 can only be finished as completed or ended early").arg(id));
    }
    if (!endedUtc.isValid()) {
        return sql::refused(area, QStringLiteral("session %1 needs an end time to be finished").arg(id));
    }
    const QString notFinished = tr("The end of session %1 was not saved: ").arg(id);
    QSqlQuery query(sql::database(m_connection));
    query.prepare(QStringLiteral(
        "UPDATE session SET status = ?, ended_at = ? WHERE id = ? AND status = 'running' AND owner = ?"));
    query.addBindValue(SessionRecord::statusKey(status));
    query.addBindValue(toStored(endedUtc));
    query.addBindValue(id);
    query.addBindValue(m_owner);
    if (!query.exec()) {
        return sql::failed(area, notFinished, query.lastError());
    }
    if (query.numRowsAffected() != 1) {
        return notRunning(id, notFinished);
    }
    return {};
}

Result<bool> SessionRepository::discardIfNothingFinished(qint64 id)
{
    const QString notRemoved = tr("The empty session %1 was not removed: ").arg(id);
    Transaction transaction(m_connection);
    if (!transaction.isActive()) {
        return sql::failed(area, notRemoved, transaction.error());
    }
    QSqlQuery finished(sql::database(m_connection));
    finished.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM session_step WHERE session_id = ? AND skipped = 0)"));
    finished.addBindValue(id);
    if (!finished.exec() || !finished.next()) {
        return sql::failed(area, notRemoved, finished.lastError());
    }
    if (finished.value(0).toInt() != 0) {
        return false;
    }
    QSqlQuery keep(sql::database(m_connection));
    // The rating is the person's own entry: it stays, as a rating made at that time.
    keep.prepare(QStringLiteral("UPDATE pain_entry SET moment = 'standalone', session_id = NULL WHERE session_id = ?"));
    keep.addBindValue(id);
    QSqlQuery drop(sql::database(m_connection));
    drop.prepare(QStringLiteral("DELETE FROM session WHERE id = ? AND owner = ?"));
    drop.addBindValue(id);
    drop.addBindValue(m_owner);
    if (!keep.exec()) {
        return sql::failed(area, notRemoved, keep.lastError());
    }
    if (!drop.exec()) {
        return sql::failed(area, notRemoved, drop.lastError());
    }
    if (drop.numRowsAffected() != 1) {
        return notRunning(id, notRemoved);
    }
    if (!transaction.commit()) {
        return sql::failed(area, notRemoved, transaction.error());
    }
    return true;
}

Result<> SessionRepository::closeAsEndedEarly(qint64 id)
{
    const QString notClosed = tr("Session %1 could not be closed: ").arg(id);
    QSqlQuery query(sql::database(m_connection));
    // The last recorded step is the last moment the person is known to have been there.
    query.prepare(QStringLiteral("UPDATE session SET status = 'ended_early', ended_at = COALESCE("
                                 "(SELECT ended_at FROM session_step WHERE session_id = session.id "
                                 "ORDER BY id DESC LIMIT 1), started_at) WHERE id = ? AND status = 'running' "
                                 "AND owner = ?"));
    query.addBindValue(id);
    query.addBindValue(m_owner);
    if (!query.exec()) {
        return sql::failed(area, notClosed, query.lastError());
    }
    if (query.numRowsAffected() != 1) {
        return notRunning(id, notClosed);
    }
    return {};
}

Failed SessionRepository::notRunning(qint64 sessionId, const QString& prefix) const
{
    QSqlQuery query(sql::database(m_connection));
    if (!sql::run(query, QStringLiteral("SELECT status, owner FROM session WHERE id = ?"), {sessionId}) ||
        !query.next()) {
        if (query.lastError().isValid()) {
            return sql::failed(area, prefix, query.lastError());
        }
        return sql::refused(area, prefix + tr("session %1 is not in the journal.").arg(sessionId), Failure::NotRunning);
    }
    const auto status = SessionRecord::statusFromKey(query.value(0).toString());
    if (status == Status::Running && query.value(1).toString() != m_owner) {
        return sql::refused(area,
                            prefix + (query.value(1).isNull()
                                          ? tr("session %1 must be taken over first.").arg(sessionId)
                                          : tr("another Unknot is writing session %1.").arg(sessionId)),
                            Failure::OtherOwner);
    }
    return sql::refused(
        area,
        prefix + tr("session %1 is %2, not running.").arg(sessionId).arg(statusWords(status.value_or(Status::Running))),
        Failure::NotRunning);
}

std::optional<SessionRecord> SessionRepository::unfinished() const
{
    // Usually none or one; a session another running process holds is that process's to finish.
    const auto running = sql::select(
        m_connection, area,
        QStringLiteral("SELECT id, owner FROM session WHERE status = 'running' AND deleted_at IS NULL") + newestFirst,
        {}, [](const QSqlQuery& row) { return std::pair(row.value(0).toLongLong(), row.value(1)); });
    if (!running) {
        return std::nullopt;
    }
    for (const auto& [id, owner] : running.value()) {
        if (owner.isNull() || owner.toString() == m_owner || !SessionOwner::isAlive(owner.toString())) {
            return session(id);
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
    auto found =
        sessions(QStringLiteral("WHERE deleted_at IS NULL") + newestFirst + QStringLiteral(" LIMIT ?"), {limit});
    return found ? std::move(found).value() : QList<SessionRecord>();
}

Result<QList<SessionRecord>> SessionRepository::all() const
{
    return sessions(QStringLiteral("WHERE deleted_at IS NULL ORDER BY started_at, id"), {});
}

Result<QList<SessionRecord>> SessionRepository::sessions(const QString& where, const QVariantList& values) const
{
    // Straight from SQLite: the export reads every session of a ten-year journal through here.
    sql::Statement query(m_connection, sessionColumns + where);
    query.bindAll(values);
    QList<SessionRecord> records;
    RowIndex indexOf;
    sql::TextCache names;                  // a few routines, done thousands of times
    QHash<QByteArray, QJsonObject> planOf; // and their plans, read once each
    const auto plans = [&planOf](QByteArrayView text) {
        const auto found = planOf.constFind(QByteArray::fromRawData(text.data(), text.size()));
        if (found != planOf.cend()) {
            return *found;
        }
        const QJsonObject plan = QJsonDocument::fromJson(text.toByteArray()).object();
        if (planOf.size() < 1024) {
            planOf.insert(text.toByteArray(), plan);
        }
        return plan;
    };
    while (query.next()) {
        SessionRecord record;
        record.id = query.int64(0);
        record.uuid = query.text(1);
        record.routineSlug = names(query.utf8(2));
        record.routineName = names(query.utf8(3));
        record.kind = SessionRecord::kindFromKey(query.text(4)).value_or(SessionRecord::Kind::Routine);
        record.startedUtc = StoredTime::fromText(query.utf8(5));
        record.endedUtc = StoredTime::fromText(query.utf8(6));
        record.status = SessionRecord::statusFromKey(query.text(7)).value_or(SessionRecord::Status::Running);
        record.selfPaced = query.integer(8) != 0;
        record.plan = plans(query.utf8(9));
        indexOf.add(record.id);
        records.append(record);
    }
    if (!query.ok()) {
        return sql::failed(area, QString(), query.error());
    }
    if (records.isEmpty()) {
        return records;
    }
    indexOf.finish();
    // All steps in one query, whatever the number of sessions, each session's in the order they were left (id).
    // For many sessions (the export), one scan of the table beats looking each session up.
    const bool many = records.size() > 1000;
    sql::Statement steps(m_connection, many ? "SELECT position, exercise_slug, title, planned_reps, actual_reps, "
                                              "planned_ms, actual_ms, skipped, ended_at, visit, session_id "
                                              "FROM session_step ORDER BY id"
                                            : "SELECT position, exercise_slug, title, planned_reps, actual_reps, "
                                              "planned_ms, actual_ms, skipped, ended_at, visit, session_id "
                                              "FROM session_step WHERE session_id IN (SELECT value FROM json_each(?)) "
                                              "ORDER BY session_id, id");
    if (!many) {
        steps.bind(0, HistoryRepository::idArray(indexOf.ids()));
    }
    sql::TextCache shared; // the same few exercise slugs and titles, thousands of times
    while (steps.next()) {
        const qsizetype index = indexOf.value(steps.int64(10));
        if (index < 0) {
            continue; // a step of a session not asked for (the scan reads them all)
        }
        StepRecord step;
        step.position = steps.integer(0);
        step.exerciseSlug = shared(steps.utf8(1));
        step.title = shared(steps.utf8(2));
        step.plannedReps = steps.integer(3);
        step.actualReps = steps.integer(4);
        step.plannedMs = steps.int64(5);
        step.actualMs = steps.int64(6);
        step.skipped = steps.integer(7) != 0;
        step.endedUtc = StoredTime::fromText(steps.utf8(8));
        step.visit = steps.integer(9);
        records[index].steps.append(step);
    }
    if (!steps.ok()) {
        return sql::failed(area, tr("could not read the steps of sessions: "), steps.error());
    }
    return records;
}

Result<> SessionRepository::remove(qint64 id)
{
    QSqlQuery query(sql::database(m_connection));
    if (!sql::run(query, QStringLiteral("UPDATE session SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL"),
                  {toStored(QDateTime::currentDateTimeUtc()), id})) {
        return sql::failed(area, tr("The session was not deleted: "), query.lastError());
    }
    if (query.numRowsAffected() != 1) {
        return sql::refused(area, tr("The session was not deleted: it is no longer in the journal."));
    }
    return {};
}

Result<> SessionRepository::restore(qint64 id)
{
    QSqlQuery query(sql::database(m_connection));
    if (!sql::run(query, QStringLiteral("UPDATE session SET deleted_at = NULL WHERE id = ?"), {id})) {
        return sql::failed(area, tr("The session could not be brought back: "), query.lastError());
    }
    if (query.numRowsAffected() != 1) {
        return sql::refused(area, tr("The session could not be brought back: it is no longer in the journal."));
    }
    return {};
}

} // namespace unknot
