#include "SqlSupport.h"
#include "Capture.h"
#include "JournalTransfer.h"

#include "../core/StringMaker.h"
#include "BuiltinContent.h"
#include "Database.h"
#include "JournalCsv.h"
#include "LibraryRepository.h"
#include "PainRepository.h"
#include "SessionRepository.h"

#include <QBuffer>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace unknot;
using Moment = PainEntry::Moment;
using Imported = JournalTransfer::ImportResult;

namespace {

QDateTime at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2024, 6, day), QTime(hour, minute), Qt::UTC);
}

const QString activation = QStringLiteral("upper-back-activation");

/// A real journal file with the built-in library installed and, unless empty, a journal holding:
/// S1 activation (steps, one skipped, one revisited) rated before (two places, a note with commas, quotes and a line
/// break) and after; S2 a heat timer, ended early, rated before only; a standalone rating; a deleted rating; a
/// rating whose session was deleted; S3 still running.
struct Journal {
    QTemporaryDir dir;
    Database db;
    qint64 s1 = 0, s2 = 0, s3 = 0;

    explicit Journal(bool empty = false)
    {
        REQUIRE(db.open(dir.filePath(QStringLiteral("journal.sqlite"))).ok());
        const BuiltinContent content = BuiltinContent::load();
        QString error;
        REQUIRE(test::capture(LibraryRepository(db.connection()).install(content.pack, content.fingerprint), &error));
        if (empty) {
            return;
        }
        s1 = session(activation, QStringLiteral("Upper back activation"), SessionRecord::Kind::Routine, at(3, 8));
        step(s1, 0, QStringLiteral("scapular-squeeze"), QStringLiteral("Shoulder blade squeeze"), at(3, 8, 1), false);
        step(s1, 1, {}, QStringLiteral("Rest"), at(3, 8, 2), true);
        step(s1, 0, QStringLiteral("scapular-squeeze"), QStringLiteral("Shoulder blade squeeze"), at(3, 8, 3), false,
             2); // back to the first step: its second visit
        finish(s1, SessionRecord::Status::Completed, at(3, 8, 9));
        rate(s1, Moment::Before, at(3, 7, 59), 6,
             {{PainSite::Kind::Muscle, QStringLiteral("rhomboids"), QStringLiteral("Rhomboids"), true},
              {PainSite::Kind::Area, QStringLiteral("neck"), QStringLiteral("Neck; lower"), false}},
             QStringLiteral("Sore after a \"long\" call, again\nand stiff — épaule"));
        rate(s1, Moment::After, at(3, 8, 10), 3,
             {{PainSite::Kind::Area, QStringLiteral("neck"), QStringLiteral("Neck")}});

        s2 = session({}, QStringLiteral("Heat, 15 minutes"), SessionRecord::Kind::Thermal, at(4, 19));
        finish(s2, SessionRecord::Status::EndedEarly, at(4, 19, 7));
        rate(s2, Moment::Before, at(4, 18, 58), 5);
        rate(0, Moment::Standalone, at(5, 12), 4,
             {{PainSite::Kind::Muscle, QStringLiteral("trapezius"), QStringLiteral("Upper trapezius"), false}});
        const qint64 deleted = rate(0, Moment::Standalone, at(5, 13), 9, {}, QStringLiteral("typo"));
        REQUIRE(test::capture(PainRepository(db.connection()).remove(deleted), &error));

        const qint64 gone =
            session(activation, QStringLiteral("Upper back activation"), SessionRecord::Kind::Routine, at(2, 9));
        finish(gone, SessionRecord::Status::Completed, at(2, 9, 8));
        rate(gone, Moment::After, at(2, 9, 9), 2);
        QSqlQuery query(sql::database(db.connection()));
        REQUIRE(query.exec(QStringLiteral("DELETE FROM session WHERE id = %1").arg(gone)));

        s3 = session(activation, QStringLiteral("Upper back activation"), SessionRecord::Kind::Routine, at(6, 7));
        step(s3, 0, QStringLiteral("scapular-squeeze"), QStringLiteral("Shoulder blade squeeze"), at(6, 7, 1), false);
    }

    qint64 session(const QString& slug, const QString& name, SessionRecord::Kind kind, const QDateTime& start)
    {
        SessionRecord record;
        record.routineSlug = slug;
        record.routineName = name;
        record.kind = kind;
        record.startedUtc = start;
        record.selfPaced = kind == SessionRecord::Kind::Routine;
        record.plan = {{QStringLiteral("routine"), slug}, {QStringLiteral("rest"), 15}};
        QString error;
        const auto id = test::capture(SessionRepository(db.connection()).begin(record), &error);
        REQUIRE(id);
        return *id;
    }

    void step(qint64 sessionId, int position, const QString& slug, const QString& title, const QDateTime& end,
              bool skipped, int visit = 1)
    {
        const StepRecord record{
            position, slug,    title, slug.isEmpty() ? 0 : 10, skipped ? 0 : 10, slug.isEmpty() ? 15000 : 0,
            58123,    skipped, end,   visit};
        QString error;
        REQUIRE(test::capture(SessionRepository(db.connection()).recordStep(sessionId, record), &error));
    }

    void finish(qint64 id, SessionRecord::Status status, const QDateTime& end)
    {
        QString error;
        REQUIRE(test::capture(SessionRepository(db.connection()).finish(id, status, end), &error));
    }

    qint64 rate(qint64 sessionId, Moment moment, const QDateTime& when, int rating, const QList<PainSite>& sites = {},
                const QString& note = {})
    {
        PainEntry entry;
        entry.sessionId = sessionId;
        entry.moment = moment;
        entry.recordedUtc = when;
        entry.rating = rating;
        entry.sites = sites;
        entry.note = note;
        QString error;
        const auto id = test::capture(PainRepository(db.connection()).add(entry), &error);
        INFO(error);
        REQUIRE(id);
        return *id;
    }

    JournalTransfer transfer() const { return JournalTransfer(db.connection()); }

    /// Every row of a query as text, NULL told apart from empty text.
    QStringList rows(const QString& sql) const
    {
        QSqlQuery query(sql::database(db.connection()));
        REQUIRE(query.exec(sql));
        QStringList rows;
        while (query.next()) {
            QStringList fields;
            for (int i = 0; i < query.record().count(); ++i) {
                fields.append(query.isNull(i) ? QStringLiteral("<null>") : query.value(i).toString());
            }
            rows.append(fields.join(QLatin1Char('|')));
        }
        return rows;
    }

    QStringList sessions() const
    {
        return rows(QStringLiteral("SELECT uuid, routine_slug, routine_name, kind, started_at, ended_at, status, "
                                   "self_paced, plan FROM session ORDER BY uuid"));
    }
    QStringList steps() const
    {
        return rows(QStringLiteral("SELECT s.uuid, t.position, t.exercise_slug, t.title, t.planned_reps, "
                                   "t.actual_reps, t.planned_ms, t.actual_ms, t.skipped, t.ended_at "
                                   "FROM session_step t JOIN session s ON s.id = t.session_id ORDER BY s.uuid, t.id"));
    }
    QStringList entries() const
    {
        return rows(QStringLiteral("SELECT e.uuid, e.recorded_at, e.rating, e.moment, s.uuid, e.note, e.deleted_at "
                                   "FROM pain_entry e LEFT JOIN session s ON s.id = e.session_id "
                                   "WHERE e.deleted_at IS NULL ORDER BY e.uuid"));
    }
    QStringList sites() const
    {
        return rows(QStringLiteral("SELECT e.uuid, p.site_kind, p.site_slug, p.site_name, p.worst FROM pain_site p "
                                   "JOIN pain_entry e ON e.id = p.entry_id WHERE e.deleted_at IS NULL "
                                   "ORDER BY e.uuid, p.rowid"));
    }
    int count(const QString& table) const
    {
        return static_cast<int>(rows(QStringLiteral("SELECT 1 FROM ") + table).size());
    }
};

QByteArray exported(const Journal& journal)
{
    const QByteArray bytes = test::must(journal.transfer().exportCsv());
    REQUIRE_FALSE(bytes.isEmpty());
    return bytes;
}

} // namespace

TEST_CASE("an export imported into an empty journal gives identical rows", "[transfer]")
{
    Journal source;
    Journal target(true);
    const QByteArray bytes = exported(source);
    CHECK_FALSE(bytes.contains("typo")); // the deleted rating stays behind

    QString error;
    const auto result = test::capture(target.transfer().importCsv(bytes), &error);
    INFO(error);
    REQUIRE(result);
    CHECK(*result == Imported{3, 4, 5, 0, 0});
    CHECK(target.sessions() == source.sessions());
    CHECK(target.steps() == source.steps());
    CHECK(target.entries() == source.entries());
    CHECK(target.sites() == source.sites());
    CHECK(target.sessions().size() == 3);
    CHECK(target.sites().size() == 4);
    // The rating whose session was deleted stays without one, and the running session can still be resumed.
    CHECK(target.rows(QStringLiteral("SELECT moment FROM pain_entry WHERE session_id IS NULL ORDER BY moment")) ==
          QStringList{QStringLiteral("after"), QStringLiteral("standalone")});
    CHECK(SessionRepository(target.db.connection()).unfinished().has_value());
    // Exporting the copy gives the same file.
    CHECK(exported(target) == bytes);
}

TEST_CASE("importing the same file twice adds nothing the second time", "[transfer]")
{
    Journal source;
    Journal target(true);
    const QByteArray bytes = exported(source);
    QString error;
    REQUIRE(test::capture(target.transfer().importCsv(bytes), &error));
    const auto again = test::capture(target.transfer().importCsv(bytes), &error);
    REQUIRE(again);
    CHECK(*again == Imported{0, 0, 0, 3, 5});
    CHECK(target.sessions() == source.sessions());
    CHECK(target.entries() == source.entries());
    CHECK(target.count(QStringLiteral("session_step")) == 4);
    CHECK(target.count(QStringLiteral("pain_site")) == 4);

    SECTION("into the journal it came from, where one rating was deleted since")
    {
        const auto back = test::capture(source.transfer().importCsv(bytes), &error);
        REQUIRE(back);
        CHECK(*back == Imported{0, 0, 0, 3, 5});
        CHECK(source.count(QStringLiteral("pain_entry")) == 6);
    }
    SECTION("merged with the journal's own newer records")
    {
        target.rate(0, Moment::Standalone, at(7, 9), 2);
        const auto merged = test::capture(target.transfer().importCsv(bytes), &error);
        REQUIRE(merged);
        CHECK(merged->entriesAdded == 0);
        CHECK(target.count(QStringLiteral("pain_entry")) == 6);
    }
}

TEST_CASE("a file with one bad row among good ones imports nothing and names the line", "[transfer]")
{
    Journal source;
    Journal target(true);
    QList<QByteArray> lines = exported(source).split('\n');
    const auto lineWith = [&lines](const QByteArray& start, const QByteArray& part) {
        const auto found = std::find_if(lines.cbegin(), lines.cend(), [&](const QByteArray& line) {
            return line.startsWith(start) && line.contains(part);
        });
        REQUIRE(found != lines.cend());
        return found - lines.cbegin();
    };
    const qsizetype bad = lineWith("entry,", ",standalone,4,"); // well after the first rows
    const QByteArray standalone = lines.at(bad);
    lines[bad] = QByteArray(standalone).replace(",4,", ",11,");
    QString error;
    CHECK_FALSE(test::capture(target.transfer().importCsv(lines.join('\n')), &error));
    CHECK(error == QStringLiteral("Line %1: the rating must be a whole number from 0 to 10.").arg(bad + 1));
    CHECK(target.count(QStringLiteral("session")) == 0);
    CHECK(target.count(QStringLiteral("session_step")) == 0);
    CHECK(target.count(QStringLiteral("pain_entry")) == 0);

    lines[bad] = standalone;
    const qsizetype s1 = lineWith("session,", "upper-back-activation");
    lines[s1] = QByteArray(lines.at(s1)).replace("upper-back-activation", "no-such-routine");
    CHECK_FALSE(test::capture(target.transfer().importCsv(lines.join('\n')), &error));
    CHECK(error == QStringLiteral("Line %1: the routine \"no-such-routine\" is not in the library.").arg(s1 + 1));
    CHECK(target.count(QStringLiteral("session")) == 0);

    CHECK_FALSE(test::capture(target.transfer().importCsv("date,rating\n"), &error));
    CHECK(error == QStringLiteral("Line 1: this is not an Unknot export: the header does not match."));
}

TEST_CASE("a rating that clashes with one already in the journal refuses the import", "[transfer]")
{
    Journal source;
    Journal target(true);
    QString error;
    REQUIRE(test::capture(target.transfer().importCsv(exported(source)), &error));
    // The source replaces S1's rating after it with a new one, which the target does not have.
    PainRepository pain(source.db.connection());
    const auto after = pain.entryForSession(source.s1, Moment::After);
    REQUIRE(after);
    REQUIRE(test::capture(pain.remove(after->id), &error));
    source.rate(source.s1, Moment::After, at(3, 8, 12), 2);
    const QByteArray bytes = exported(source);
    CHECK_FALSE(test::capture(target.transfer().importCsv(bytes), &error));
    CHECK(error.endsWith(QStringLiteral("the session already has another rating after in this journal. Delete one of "
                                        "the two, then import again.")));
    const qsizetype line = error.section(QLatin1Char(':'), 0, 0).mid(5).toInt();
    CHECK(bytes.split('\n').at(line - 1).contains(",after,2,"));
    CHECK(target.count(QStringLiteral("pain_entry")) == 5);
}

TEST_CASE("an export written to a file is whole and private", "[transfer]")
{
    Journal source;
    const QString path = source.dir.filePath(QStringLiteral("journal.csv"));
    QString error;
    REQUIRE(test::capture(source.transfer().exportCsv(path), &error));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == exported(source));
    CHECK(QFile::permissions(path) ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    REQUIRE(test::capture(source.transfer().exportCsv(buffer), &error));
    CHECK(buffer.data() == exported(source));

    CHECK_FALSE(test::capture(source.transfer().exportCsv(source.dir.filePath(QStringLiteral("missing/journal.csv"))), &error));
    CHECK(error.startsWith(QStringLiteral("The export could not be written to")));
}

TEST_CASE("a session deleted in History is not exported, nor its ratings, and comes back with undo", "[transfer]")
{
    Journal source;
    const QString s2 = SessionRepository(source.db.connection()).session(source.s2)->uuid;
    const auto s2Before = PainRepository(source.db.connection()).entryForSession(source.s2, Moment::Before);
    REQUIRE(s2Before);
    const QByteArray whole = exported(source);
    REQUIRE(whole.contains(s2.toUtf8()));

    QString error;
    REQUIRE(test::capture(SessionRepository(source.db.connection()).remove(source.s2), &error));
    const QByteArray bytes = exported(source);
    CHECK(bytes != whole);
    CHECK_FALSE(bytes.contains(s2.toUtf8()));
    CHECK_FALSE(bytes.contains(s2Before->uuid.toUtf8())); // History hides it with its session
    CHECK_FALSE(bytes.contains("Heat, 15 minutes"));

    Journal target(true);
    const auto result = test::capture(target.transfer().importCsv(bytes), &error);
    INFO(error);
    REQUIRE(result);
    CHECK(*result == Imported{2, 4, 4, 0, 0});
    CHECK(target.rows(QStringLiteral("SELECT uuid FROM session WHERE uuid = '%1'").arg(s2)).isEmpty());

    REQUIRE(test::capture(SessionRepository(source.db.connection()).restore(source.s2), &error));
    CHECK(exported(source) == whole);
}

TEST_CASE("routine names, places and notes that look like formulas move between journals exactly",
          "[transfer][injection]")
{
    Journal source(true);
    const QString name = QStringLiteral("=cmd|' /C calc'!A0");
    const qint64 id = source.session(activation, name, SessionRecord::Kind::Routine, at(3, 8));
    source.finish(id, SessionRecord::Status::Completed, at(3, 8, 5));
    source.rate(id, Moment::After, at(3, 8, 6), 3,
                {{PainSite::Kind::Area, QStringLiteral("neck"), QStringLiteral("+Neck, left"), true}},
                QStringLiteral("-2 since yesterday"));
    source.rate(0, Moment::Standalone, at(4, 9), 4, {}, QStringLiteral("'quoted' on purpose"));
    source.rate(0, Moment::Standalone, at(4, 10), 4, {}, QStringLiteral("@home"));
    const QByteArray bytes = exported(source);
    CHECK(bytes.contains(",'=cmd|' /C calc'!A0,"));
    CHECK(bytes.contains(",'-2 since yesterday\r\n"));
    CHECK(bytes.contains(",''quoted' on purpose\r\n"));
    CHECK(bytes.contains(",'@home\r\n"));

    Journal target(true);
    QString error;
    REQUIRE(test::capture(target.transfer().importCsv(bytes), &error));
    CHECK(target.sessions() == source.sessions());
    CHECK(target.entries() == source.entries());
    CHECK(target.sites() == source.sites());
    CHECK(exported(target) == bytes);
}

TEST_CASE("a note longer than the limit is refused on import with its line, and nothing is added", "[transfer]")
{
    Journal source;
    // A note from before the limit held everywhere, which only an import could have stored.
    QSqlQuery query(sql::database(source.db.connection()));
    REQUIRE(query.exec(QStringLiteral("UPDATE pain_entry SET note = '%1' WHERE session_id = %2 AND moment = 'after'")
                           .arg(QString(PainEntry::maxNoteLength + 20, QLatin1Char('x')))
                           .arg(source.s1)));
    const QByteArray bytes = exported(source);
    Journal target(true);
    QString error;
    CHECK_FALSE(test::capture(target.transfer().importCsv(bytes), &error));
    CHECK(error.endsWith(QStringLiteral(": the note is 520 characters long; Unknot keeps notes of up to 500. Shorten "
                                        "it, then import again.")));
    const int line = error.section(QLatin1Char(':'), 0, 0).mid(5).toInt();
    CHECK(bytes.split('\n').value(line - 1).contains(",after,3,"));
    CHECK(target.count(QStringLiteral("session")) == 0);
    CHECK(target.count(QStringLiteral("pain_entry")) == 0);
}

TEST_CASE("progress counts the rows, and a cancelled import or export writes nothing", "[transfer]")
{
    Journal source;
    Journal target(true);
    const QByteArray bytes = exported(source);
    const qint64 rows = JournalCsv::countRows(bytes);
    REQUIRE(rows == 3 + 4 + 5);
    const QStringList before = target.sessions() + target.entries();
    QString error;

    CHECK_FALSE(test::capture(target.transfer().importCsv(bytes, {}, [](qint64, qint64) { return false; }), &error));
    CHECK(error == QStringLiteral("The import was cancelled; nothing was added."));
    CHECK(target.sessions() + target.entries() == before);
    CHECK(target.count(QStringLiteral("session_step")) == 0);

    // Cancelled at the very last moment, before the commit: still nothing.
    qint64 calls = 0;
    const auto lastMoment = [&calls, rows](qint64 done, qint64 total) {
        ++calls;
        return !(done == total && total == 2 * rows);
    };
    const auto late = test::capture(target.transfer().importCsv(bytes, {}, lastMoment), &error);
    REQUIRE_FALSE(late);
    CHECK(late.failure() == Failure::Cancelled);
    CHECK(calls >= 2);
    CHECK(target.count(QStringLiteral("session")) == 0);
    CHECK(target.count(QStringLiteral("pain_entry")) == 0);

    QList<std::pair<qint64, qint64>> told;
    const auto imported = test::capture(target.transfer().importCsv(bytes, {},
                                                                    [&told](qint64 done, qint64 total) {
                                                                        told.append({done, total});
                                                                        return true;
                                                                    }),
                                        &error);
    INFO(error);
    REQUIRE(imported);
    CHECK(*imported == Imported{3, 4, 5, 0, 0});
    REQUIRE_FALSE(told.isEmpty());
    CHECK(told.last() == std::pair<qint64, qint64>{2 * rows, 2 * rows});

    // The import's own settings (no row-by-row CHECKs or foreign keys: the reader checked every value) end with it.
    CHECK(target.rows(QStringLiteral("PRAGMA foreign_keys")) == QStringList{QStringLiteral("1")});
    CHECK(target.rows(QStringLiteral("PRAGMA ignore_check_constraints")) == QStringList{QStringLiteral("0")});
    CHECK(target.rows(QStringLiteral("PRAGMA cache_size")) == QStringList{QStringLiteral("-2000")});

    const QString path = source.dir.filePath(QStringLiteral("cancelled.csv"));
    const auto exportedCancelled =
        test::capture(source.transfer().exportCsv(path, {}, [](qint64, qint64) { return false; }), &error);
    REQUIRE_FALSE(exportedCancelled);
    CHECK(exportedCancelled.failure() == Failure::Cancelled);
    CHECK_FALSE(QFile::exists(path));
}
