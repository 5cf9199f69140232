#include "SqlSupport.h"
#include "Capture.h"
#include "SessionRepository.h"

#include "../core/StringMaker.h"
#include "BuiltinContent.h"
#include "Database.h"
#include "LibraryRepository.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace unknot;
using Status = SessionRecord::Status;

namespace {

const QDateTime start(QDate(2024, 3, 5), QTime(9, 30, 0, 125), Qt::UTC);

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

SessionRecord activation()
{
    SessionRecord record;
    record.routineSlug = QStringLiteral("upper-back-activation");
    record.routineName = QStringLiteral("Upper back and shoulder activation");
    record.kind = SessionRecord::Kind::Routine;
    record.startedUtc = start;
    record.plan = {{QStringLiteral("routine"), QStringLiteral("upper-back-activation")},
                   {QStringLiteral("restSeconds"), 20},
                   {QStringLiteral("counts"), QJsonObject{{QStringLiteral("v-raises"), 8}}}};
    return record;
}

StepRecord step(int position, bool skipped = false, int visit = 1)
{
    StepRecord record;
    record.position = position;
    record.exerciseSlug = position % 2 == 0 ? QStringLiteral("glute-bridges") : QString();
    record.title = position % 2 == 0 ? QStringLiteral("Glute bridges") : QStringLiteral("Rest");
    record.plannedReps = position % 2 == 0 ? 10 : 0;
    record.actualReps = skipped ? 0 : record.plannedReps;
    record.plannedMs = 30000;
    record.actualMs = skipped ? 1200 : 31500;
    record.skipped = skipped;
    record.endedUtc = start.addMSecs(40000LL * (position + 1) + 7);
    record.visit = visit;
    return record;
}

/// A real journal file in a temporary folder, at the latest format.
struct Fixture {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    Database db;

    Fixture() { REQUIRE(db.open(path).ok()); }
    SessionRepository repo() const { return SessionRepository(db.connection()); }
};

} // namespace

TEST_CASE("a session is begun, recorded step by step and finished", "[sessions]")
{
    Fixture f;
    SessionRepository sessions = f.repo();
    QString error;
    const auto id = test::capture(sessions.begin(activation()), &error);
    INFO(error);
    REQUIRE(id);

    const auto running = sessions.session(*id);
    REQUIRE(running);
    CHECK(running->status == Status::Running);
    CHECK(running->uuid.size() == 36);
    CHECK_FALSE(running->endedUtc.isValid());
    CHECK(running->steps.isEmpty());

    const QList<StepRecord> steps{step(0), step(1), step(2, true), step(2, false, 2)};
    for (const StepRecord& each : steps) {
        REQUIRE(test::capture(sessions.recordStep(*id, each), &error));
    }
    const QDateTime end = start.addSecs(300).addMSecs(999);
    REQUIRE(test::capture(sessions.finish(*id, Status::Completed, end), &error));

    const auto done = sessions.session(*id);
    REQUIRE(done);
    CHECK(done->uuid == running->uuid);
    CHECK(done->routineSlug == QStringLiteral("upper-back-activation"));
    CHECK(done->routineName == QStringLiteral("Upper back and shoulder activation"));
    CHECK(done->kind == SessionRecord::Kind::Routine);
    CHECK(done->status == Status::Completed);
    CHECK(done->startedUtc == start);
    CHECK(done->startedUtc.timeSpec() == Qt::UTC);
    CHECK(done->endedUtc == end);
    CHECK(done->plan == activation().plan);
    CHECK(done->steps == steps);
    CHECK(done->steps.at(1).exerciseSlug.isNull());

    // Stored as sortable UTC text with milliseconds; empty slugs as NULL.
    CHECK(scalar(f.db, QStringLiteral("SELECT started_at FROM session")).toString() ==
          QStringLiteral("2024-03-05T09:30:00.125Z"));
    CHECK(scalar(f.db, QStringLiteral("SELECT count(*) FROM session_step WHERE exercise_slug IS NULL")).toInt() == 1);
    CHECK_FALSE(sessions.unfinished());
}

TEST_CASE("a heat timer keeps no routine slug and local times are stored as UTC", "[sessions]")
{
    Fixture f;
    SessionRepository sessions = f.repo();
    SessionRecord heat;
    heat.kind = SessionRecord::Kind::Thermal;
    heat.routineName = QStringLiteral("Heat, 15 minutes");
    heat.selfPaced = true;
    heat.startedUtc = QDateTime(QDate(2024, 7, 1), QTime(23, 15, 0, 5), Qt::OffsetFromUTC, 2 * 3600);
    heat.uuid = QStringLiteral("0b7c3d8e-2f35-4a8e-9d38-5c1e7ee7a001");
    QString error;
    const auto id = test::capture(sessions.begin(heat), &error);
    REQUIRE(id);
    const auto stored = sessions.session(*id);
    REQUIRE(stored);
    CHECK(stored->routineSlug.isEmpty());
    CHECK(stored->selfPaced);
    CHECK(stored->uuid == heat.uuid);
    CHECK(stored->startedUtc == heat.startedUtc);
    CHECK(scalar(f.db, QStringLiteral("SELECT started_at FROM session")).toString() ==
          QStringLiteral("2024-07-01T21:15:00.005Z"));
    CHECK(scalar(f.db, QStringLiteral("SELECT count(*) FROM session WHERE routine_slug IS NULL")).toInt() == 1);

    CHECK_FALSE(test::capture(sessions.begin(heat), &error)); // the uuid is taken
    CHECK(error.contains(QStringLiteral("UNIQUE")));
}

TEST_CASE("a recorded step is committed at once: a second connection sees it", "[sessions]")
{
    Fixture f;
    SessionRepository sessions = f.repo();
    QString error;
    const auto id = test::capture(sessions.begin(activation()), &error);
    REQUIRE(id);

    Database other;
    REQUIRE(other.open(f.path).ok());
    SessionRepository reader(other.connection());
    REQUIRE(test::capture(sessions.recordStep(*id, step(0)), &error));
    const auto seen = reader.unfinished();
    REQUIRE(seen);
    CHECK(seen->id == *id);
    CHECK(seen->steps == QList<StepRecord>{step(0)});
}

TEST_CASE("after a crash the unfinished session comes back with its steps", "[sessions]")
{
    Fixture f;
    QString error;
    qint64 id = 0;
    {
        SessionRepository sessions = f.repo();
        REQUIRE(test::capture(sessions.begin(activation()), &error)); // an older session, finished
        REQUIRE(test::capture(sessions.finish(1, Status::Completed, start.addSecs(60)), &error));
        SessionRecord record = activation();
        record.startedUtc = start.addDays(1);
        id = test::capture(sessions.begin(record), &error).value_or(0);
        REQUIRE(id > 1);
        for (const StepRecord& each : {step(0), step(1), step(2, true), step(1, false, 2)}) {
            REQUIRE(test::capture(sessions.recordStep(id, each), &error));
        }
    }
    f.db.close(); // no finish()

    Database reopened;
    REQUIRE(reopened.open(f.path).ok());
    SessionRepository sessions(reopened.connection());
    const auto left = sessions.unfinished();
    REQUIRE(left);
    CHECK(left->id == id);
    CHECK(left->status == Status::Running);
    CHECK(left->steps.size() == 4);
    CHECK(left->plan == activation().plan);
    CHECK(left->resumePosition(8) == 2);
}

TEST_CASE("a process killed mid-session loses no recorded step", "[sessions][crash]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        // The child opens its own connection (none is carried over a fork), records, then dies like kill -9.
        Database db;
        if (!db.open(path).ok()) {
            _exit(2);
        }
        SessionRepository sessions(db.connection());
        const auto id = sessions.begin(activation());
        if (!id || !sessions.recordStep(*id, step(0)) || !sessions.recordStep(*id, step(1))) {
            _exit(3);
        }
        ::kill(::getpid(), SIGKILL);
        _exit(4);
    }
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    REQUIRE(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == SIGKILL);

    Database db;
    REQUIRE(db.open(path).ok());
    const auto left = SessionRepository(db.connection()).unfinished();
    REQUIRE(left);
    CHECK(left->steps == QList<StepRecord>{step(0), step(1)});
    CHECK(left->resumePosition(8) == 2);
}

TEST_CASE("a session left by a crash is closed as ended early at its last step", "[sessions]")
{
    Fixture f;
    SessionRepository sessions = f.repo();
    QString error;
    const auto withSteps = test::capture(sessions.begin(activation()), &error);
    const auto empty = test::capture(sessions.begin(activation()), &error);
    REQUIRE(withSteps);
    REQUIRE(empty);
    REQUIRE(test::capture(sessions.recordStep(*withSteps, step(0)), &error));
    REQUIRE(test::capture(sessions.recordStep(*withSteps, step(1)), &error));

    REQUIRE(test::capture(sessions.closeAsEndedEarly(*withSteps), &error));
    REQUIRE(test::capture(sessions.closeAsEndedEarly(*empty), &error));
    CHECK_FALSE(sessions.unfinished());
    const auto closed = sessions.session(*withSteps);
    REQUIRE(closed);
    CHECK(closed->status == Status::EndedEarly);
    CHECK(closed->endedUtc == step(1).endedUtc);
    CHECK(closed->steps.size() == 2);
    CHECK(sessions.session(*empty)->endedUtc == start);

    CHECK_FALSE(test::capture(sessions.closeAsEndedEarly(*withSteps), &error));
    CHECK(error.contains(QStringLiteral("ended early")));
    CHECK(sessions.session(*withSteps)->endedUtc == step(1).endedUtc);
}

TEST_CASE("steps for a finished or unknown session are refused and nothing is written", "[sessions]")
{
    Fixture f;
    SessionRepository sessions = f.repo();
    QString error;
    const auto id = test::capture(sessions.begin(activation()), &error);
    REQUIRE(id);
    REQUIRE(test::capture(sessions.recordStep(*id, step(0)), &error));
    REQUIRE(test::capture(sessions.finish(*id, Status::EndedEarly, start.addSecs(90)), &error));

    CHECK_FALSE(test::capture(sessions.recordStep(*id, step(1)), &error));
    CHECK(error.contains(QStringLiteral("ended early")));
    CHECK_FALSE(test::capture(sessions.recordStep(*id + 100, step(1)), &error));
    CHECK(error.contains(QStringLiteral("is not in the journal")));
    CHECK(stepRows(f.db) == 1);

    CHECK_FALSE(test::capture(sessions.finish(*id, Status::Completed, start.addSecs(95)), &error)); // finished once only
    CHECK(sessions.session(*id)->status == Status::EndedEarly);
    CHECK(sessions.session(*id)->endedUtc == start.addSecs(90));
    CHECK_FALSE(test::capture(sessions.finish(*id + 100, Status::Completed, start), &error));

    const auto other = test::capture(sessions.begin(activation()), &error);
    REQUIRE(other);
    CHECK_FALSE(test::capture(sessions.finish(*other, Status::Running, start), &error));
    CHECK_FALSE(test::capture(sessions.finish(*other, Status::Completed, QDateTime()), &error));
    StepRecord timeless = step(0);
    timeless.endedUtc = {};
    CHECK_FALSE(test::capture(sessions.recordStep(*other, timeless), &error));
    CHECK(stepRows(f.db) == 1);
    CHECK(sessions.session(*other)->status == Status::Running);
}

TEST_CASE("the schema rejects impossible numbers and the repository says why", "[sessions]")
{
    Fixture f;
    SessionRepository sessions = f.repo();
    QString error;
    const auto id = test::capture(sessions.begin(activation()), &error);
    REQUIRE(id);

    StepRecord negative = step(0);
    negative.actualReps = -1;
    CHECK_FALSE(test::capture(sessions.recordStep(*id, negative), &error));
    CHECK(error.contains(QStringLiteral("CHECK constraint failed")));
    CHECK(error.contains(QStringLiteral("actual_reps")));
    negative = step(0);
    negative.position = -2;
    CHECK_FALSE(test::capture(sessions.recordStep(*id, negative), &error));
    negative = step(0);
    negative.actualMs = -5;
    CHECK_FALSE(test::capture(sessions.recordStep(*id, negative), &error));
    CHECK(stepRows(f.db) == 0);

    QSqlQuery query(sql::database(f.db.connection()));
    CHECK_FALSE(query.exec(QStringLiteral("INSERT INTO session (uuid, routine_name, kind, started_at, status, "
                                          "self_paced, plan) VALUES ('x', 'n', 'routine', 't', 'running', 0, '{')")));
    CHECK_FALSE(query.exec(QStringLiteral("INSERT INTO session (uuid, routine_name, kind, started_at, ended_at, "
                                          "status, self_paced, plan) VALUES ('y', 'n', 'routine', 't', 't', "
                                          "'running', 0, '{}')")));
    CHECK_FALSE(query.exec(QStringLiteral("UPDATE session SET status = 'completed'"))); // needs an end time
    CHECK(scalar(f.db, QStringLiteral("SELECT count(*) FROM session")).toInt() == 1);
}

TEST_CASE("recent sessions come newest first with their steps", "[sessions]")
{
    Fixture f;
    SessionRepository sessions = f.repo();
    QString error;
    QList<qint64> ids;
    for (int day = 0; day < 4; ++day) {
        SessionRecord record = activation();
        record.startedUtc = start.addDays(day);
        record.routineName = QStringLiteral("Day %1").arg(day);
        ids.append(test::capture(sessions.begin(record), &error).value_or(0));
        REQUIRE(test::capture(sessions.recordStep(ids.last(), step(day)), &error));
        REQUIRE(test::capture(sessions.finish(ids.last(), Status::Completed, start.addDays(day).addSecs(200)), &error));
    }
    const auto latest = sessions.recent(3);
    REQUIRE(latest.size() == 3);
    CHECK(latest.at(0).routineName == QStringLiteral("Day 3"));
    CHECK(latest.at(2).routineName == QStringLiteral("Day 1"));
    CHECK(latest.at(0).steps == QList<StepRecord>{step(3)});
    CHECK(latest.at(2).steps == QList<StepRecord>{step(1)});
    CHECK(sessions.recent(0).isEmpty());
    CHECK(sessions.recent(100).size() == 4);

    // Removing a session takes its steps with it.
    QSqlQuery query(sql::database(f.db.connection()));
    REQUIRE(query.exec(QStringLiteral("DELETE FROM session WHERE routine_name = 'Day 0'")));
    CHECK(stepRows(f.db) == 3);
}

TEST_CASE("sessions keep their names when the library is reinstalled or renamed", "[sessions][library]")
{
    Fixture f;
    const BuiltinContent content = BuiltinContent::load();
    LibraryRepository library(f.db.connection());
    QString error;
    REQUIRE(test::capture(library.install(content.pack, content.fingerprint), &error));
    const auto routine = library.routine(QStringLiteral("upper-back-activation"));
    REQUIRE(routine);

    SessionRepository sessions = f.repo();
    SessionRecord record = activation();
    record.routineName = routine->name;
    const auto id = test::capture(sessions.begin(record), &error);
    REQUIRE(id);
    REQUIRE(test::capture(sessions.recordStep(*id, step(0)), &error));
    REQUIRE(test::capture(sessions.finish(*id, Status::Completed, start.addSecs(300)), &error));

    REQUIRE(test::capture(library.install(content.pack, "a newer pack"), &error));
    QJsonObject json = content.pack.toJson();
    QJsonArray routines = json.value(QStringLiteral("routines")).toArray();
    for (int i = 0; i < routines.size(); ++i) {
        QJsonObject each = routines.at(i).toObject();
        each.insert(QStringLiteral("name"), QStringLiteral("Renamed ") + each.value(QStringLiteral("name")).toString());
        routines.replace(i, each);
    }
    json.insert(QStringLiteral("routines"), routines);
    QList<ContentError> errors;
    REQUIRE(test::capture(library.install(ContentPack::fromJson(json, &errors), "renamed"), &error));
    REQUIRE(library.routine(QStringLiteral("upper-back-activation"))->name.startsWith(QStringLiteral("Renamed")));

    const auto kept = sessions.session(*id);
    REQUIRE(kept);
    CHECK(kept->routineName == routine->name);
    CHECK(kept->routineSlug == QStringLiteral("upper-back-activation"));
    CHECK(kept->steps == QList<StepRecord>{step(0)});
    CHECK(kept->status == Status::Completed);
}

TEST_CASE("a session ended with nothing finished is not kept, but a rating given with it is", "[sessions]")
{
    Fixture f;
    SessionRepository sessions = f.repo();
    QString error;
    const auto empty = test::capture(sessions.begin(activation()), &error);
    REQUIRE(empty);
    QSqlQuery rating(sql::database(f.db.connection()));
    REQUIRE(rating.exec(QStringLiteral("INSERT INTO pain_entry (uuid, recorded_at, rating, moment, session_id) "
                                       "VALUES ('r-1', '2024-03-05T09:29:00.000Z', 4, 'before', %1)")
                            .arg(*empty)));
    REQUIRE(test::capture(sessions.recordStep(*empty, step(0, true)), &error)); // skipped: not finished
    REQUIRE(test::capture(sessions.finish(*empty, Status::EndedEarly, start.addSecs(45)), &error));
    CHECK(test::must(sessions.discardIfNothingFinished(*empty)));
    CHECK(error.isEmpty());
    CHECK_FALSE(sessions.session(*empty));
    CHECK(stepRows(f.db) == 0);
    // The person's rating stays, now a rating of its own.
    CHECK(scalar(f.db, QStringLiteral("SELECT moment || ',' || ifnull(session_id, 'none') || ',' || rating "
                                      "FROM pain_entry WHERE uuid = 'r-1'"))
              .toString()
          == QStringLiteral("standalone,none,4"));

    const auto done = test::capture(sessions.begin(activation()), &error);
    REQUIRE(done);
    REQUIRE(test::capture(sessions.recordStep(*done, step(0)), &error));
    REQUIRE(test::capture(sessions.finish(*done, Status::EndedEarly, start.addSecs(90)), &error));
    CHECK_FALSE(test::must(sessions.discardIfNothingFinished(*done))); // a finished step: it stays
    CHECK(error.isEmpty());
    CHECK(sessions.session(*done));
}
