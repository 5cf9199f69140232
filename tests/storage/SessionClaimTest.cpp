// One writer per session, one row per step visit: the owner claim and the schema's rule.
#include "SqlSupport.h"
#include "Capture.h"
#include "../core/StringMaker.h"
#include "Database.h"
#include "SessionOwner.h"
#include "SessionRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace unknot;

namespace {

const QDateTime start(QDate(2024, 3, 5), QTime(9, 30), Qt::UTC);

SessionRecord deskBreak()
{
    SessionRecord record;
    record.routineSlug = QStringLiteral("desk-micro-break");
    record.routineName = QStringLiteral("Desk micro-break");
    record.startedUtc = start;
    record.plan = {{QStringLiteral("routine"), QStringLiteral("desk-micro-break")}};
    return record;
}

StepRecord step(int position, int visit = 1)
{
    StepRecord record;
    record.position = position;
    record.title = QStringLiteral("Shoulder rolls");
    record.plannedMs = 30000;
    record.actualMs = 30000;
    record.endedUtc = start.addSecs(40 * (position + 1) + visit);
    record.visit = visit;
    return record;
}

QVariant scalar(const Database& db, const QString& sql)
{
    QSqlQuery query(sql::database(db.connection()));
    if (!query.exec(sql) || !query.next()) {
        return {};
    }
    return query.value(0);
}

int stepRows(const Database& db)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM session_step")).toInt();
}

/// Gives session id to owner, as if that process had begun it.
void setOwner(const Database& db, qint64 id, const QString& owner)
{
    QSqlQuery query(sql::database(db.connection()));
    query.prepare(QStringLiteral("UPDATE session SET owner = ? WHERE id = ?"));
    query.addBindValue(owner);
    query.addBindValue(id);
    REQUIRE(query.exec());
}

} // namespace

TEST_CASE("a session another running process holds is neither offered nor written, until that process dies",
          "[sessions][owner]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    int ready[2];
    int release[2];
    REQUIRE(::pipe(ready) == 0);
    REQUIRE(::pipe(release) == 0);
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        // A second Unknot process: begins a session, records a step, says so, then waits to be killed.
        ::close(ready[0]);
        ::close(release[1]);
        Database db;
        if (!db.open(path).ok()) {
            _exit(2);
        }
        SessionRepository sessions(db.connection());
        const auto id = sessions.begin(deskBreak());
        if (!id || !sessions.recordStep(*id, step(0))) {
            _exit(3);
        }
        char byte = 1;
        if (::write(ready[1], &byte, 1) != 1) {
            _exit(4);
        }
        [[maybe_unused]] const auto got = ::read(release[0], &byte, 1);
        _exit(0);
    }
    ::close(ready[1]);
    ::close(release[0]);
    char byte = 0;
    REQUIRE(::read(ready[0], &byte, 1) == 1);

    Database db;
    REQUIRE(db.open(path).ok());
    SessionRepository sessions(db.connection());
    const qint64 id = scalar(db, QStringLiteral("SELECT id FROM session")).toLongLong();
    REQUIRE(id > 0);
    CHECK(scalar(db, QStringLiteral("SELECT owner FROM session")).toString() == SessionOwner::ofProcess(child));
    CHECK(SessionOwner::isAlive(SessionOwner::ofProcess(child)));

    CHECK_FALSE(sessions.unfinished()); // not offered for resume
    QString error;
    const auto refused = sessions.recordStep(id, step(1));
    CHECK_FALSE(refused);
    CHECK(refused.failure() == Failure::OtherOwner);
    CHECK_FALSE(test::capture(sessions.claim(id), &error));
    CHECK(error.contains(QStringLiteral("still running")));
    CHECK_FALSE(test::capture(sessions.closeAsEndedEarly(id), &error));
    CHECK_FALSE(test::capture(sessions.finish(id, SessionRecord::Status::Completed, start.addSecs(300)), &error));
    CHECK(stepRows(db) == 1);
    CHECK(sessions.session(id)->status == SessionRecord::Status::Running);

    // The other process crashes: its claim goes with it, and the session can be resumed here at once.
    REQUIRE(::kill(child, SIGKILL) == 0);
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    ::close(ready[0]);
    ::close(release[1]);
    const auto left = sessions.unfinished();
    REQUIRE(left);
    CHECK(left->id == id);
    REQUIRE(test::capture(sessions.claim(id), &error));
    CHECK(scalar(db, QStringLiteral("SELECT owner FROM session")).toString() == SessionOwner::thisProcess());
    CHECK(test::capture(sessions.recordStep(id, step(1)), &error));
    CHECK(stepRows(db) == 2);
}

TEST_CASE("a claim by a process id now used by another process, or from before a reboot, is stale", "[sessions][owner]")
{
    QTemporaryDir dir;
    Database db;
    REQUIRE(db.open(dir.filePath(QStringLiteral("journal.sqlite"))).ok());
    SessionRepository sessions(db.connection());
    QString error;
    const auto id = test::capture(sessions.begin(deskBreak()), &error);
    REQUIRE(id);

    // Our own pid, but a process that started at another time: the pid was reused.
    const QString me = SessionOwner::thisProcess();
    const QString reused = me.section(QLatin1Char('/'), 0, 1) + QStringLiteral("/1");
    const QString rebooted = QStringLiteral("not-this-boot/") + me.section(QLatin1Char('/'), 1);
    for (const QString& gone : {reused, rebooted}) {
        INFO(gone.toStdString());
        CHECK_FALSE(SessionOwner::isAlive(gone));
        setOwner(db, *id, gone);
        CHECK_FALSE(test::capture(sessions.recordStep(*id, step(0)), &error)); // writing needs the claim first
        REQUIRE(sessions.unfinished());
        CHECK(sessions.unfinished()->id == *id);
        REQUIRE(test::capture(sessions.claim(*id), &error));
    }
    CHECK(test::capture(sessions.recordStep(*id, step(0)), &error));

    // A session from before owners existed belongs to whoever claims it first.
    QSqlQuery query(sql::database(db.connection()));
    REQUIRE(query.exec(QStringLiteral("UPDATE session SET owner = NULL")));
    SessionRepository other(db.connection(), SessionOwner::ofProcess(::getppid())); // a live process, not this one
    REQUIRE(test::capture(other.claim(*id), &error));
    CHECK_FALSE(test::capture(sessions.claim(*id), &error));
    CHECK_FALSE(sessions.unfinished());
}

TEST_CASE("a step visit is recorded once: the schema refuses the same session, position and visit",
          "[sessions][schema]")
{
    QTemporaryDir dir;
    Database db;
    REQUIRE(db.open(dir.filePath(QStringLiteral("journal.sqlite"))).ok());
    SessionRepository sessions(db.connection());
    QString error;
    const auto id = test::capture(sessions.begin(deskBreak()), &error);
    REQUIRE(id);

    // The rule is the schema's, whatever code writes.
    QSqlQuery insert(sql::database(db.connection()));
    insert.prepare(QStringLiteral("INSERT INTO session_step (session_id, position, visit, title, planned_reps, "
                                  "actual_reps, planned_ms, actual_ms, skipped, ended_at) "
                                  "VALUES (?, 3, 1, 'Rest', 0, 0, 1000, 1000, 0, 't')"));
    insert.addBindValue(*id);
    REQUIRE(insert.exec());
    insert.addBindValue(*id);
    CHECK_FALSE(insert.exec());
    CHECK(insert.lastError().databaseText().contains(QStringLiteral("UNIQUE")));
    CHECK(stepRows(db) == 1);

    // Through the repository: a repeated visit is refused in plain words and says so; the next visit is kept.
    REQUIRE(test::capture(sessions.recordStep(*id, step(0)), &error));
    const auto again = test::capture(sessions.recordStep(*id, step(0)), &error);
    CHECK_FALSE(again);
    CHECK(again.failure() == Failure::AlreadyRecorded);
    CHECK(error.contains(QStringLiteral("already in the journal")));
    CHECK_FALSE(error.contains(QStringLiteral("constraint")));
    CHECK(sessions.recordStep(*id, step(0, 2)));
    CHECK(stepRows(db) == 3);
    const auto kept = sessions.session(*id);
    REQUIRE(kept);
    CHECK(kept->steps.size() == 3);
    CHECK(kept->steps.at(2) == step(0, 2));
}

TEST_CASE("the upgrade numbers the visits already in a journal in the order they were written",
          "[sessions][schema][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    {
        Database old;
        REQUIRE(old.open(path, 6).ok());
        QSqlQuery query(sql::database(old.connection()));
        for (const char* uuid : {"a", "b"}) {
            query.prepare(
                QStringLiteral("INSERT INTO session (uuid, routine_name, kind, started_at, status, "
                               "self_paced, plan) VALUES (?, 'Desk break', 'routine', ?, 'running', 0, '{}')"));
            query.addBindValue(QString::fromLatin1(uuid));
            query.addBindValue(SessionRepository::toStored(start));
            REQUIRE(query.exec());
        }
        // Session 1 went back twice to its first step and once to its second; session 2 has one step.
        const QList<QPair<int, int>> rows{{1, 0}, {1, 1}, {2, 0}, {1, 0}, {1, 2}, {1, 0}, {1, 1}};
        for (const auto& [session, position] : rows) {
            query.prepare(QStringLiteral("INSERT INTO session_step (session_id, position, title, planned_reps, "
                                         "actual_reps, planned_ms, actual_ms, skipped, ended_at) "
                                         "VALUES (?, ?, 'Step', 0, 0, 1000, 1000, 0, ?)"));
            query.addBindValue(session);
            query.addBindValue(position);
            query.addBindValue(SessionRepository::toStored(start.addSecs(60)));
            REQUIRE(query.exec());
        }
    }
    Database db;
    REQUIRE(db.open(path).ok());
    CHECK(db.schemaVersion() == Database::latestVersion());
    QStringList visits;
    QSqlQuery query(sql::database(db.connection()));
    REQUIRE(query.exec(QStringLiteral("SELECT session_id, position, visit FROM session_step ORDER BY id")));
    while (query.next()) {
        visits.append(QStringLiteral("%1:%2:%3")
                          .arg(query.value(0).toInt())
                          .arg(query.value(1).toInt())
                          .arg(query.value(2).toInt()));
    }
    CHECK(visits == QStringList{QStringLiteral("1:0:1"), QStringLiteral("1:1:1"), QStringLiteral("2:0:1"),
                                QStringLiteral("1:0:2"), QStringLiteral("1:2:1"), QStringLiteral("1:0:3"),
                                QStringLiteral("1:1:2")});
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM session WHERE owner IS NULL")).toInt() == 2);

    // Sessions from before have no owner: offered, claimed, and their visits go on from the journal's count.
    SessionRepository sessions(db.connection());
    const auto left = sessions.unfinished();
    REQUIRE(left);
    CHECK(left->id == 2); // the newest of two started at once
    QString error;
    REQUIRE(test::capture(sessions.claim(1), &error));
    CHECK_FALSE(test::capture(sessions.recordStep(1, step(0, 3)), &error));
    CHECK(test::capture(sessions.recordStep(1, step(0, 4)), &error));
}
