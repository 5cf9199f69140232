#include "SqlSupport.h"
#include "Capture.h"
#include "HistoryRepository.h"

#include "../core/StringMaker.h"
#include "Database.h"
#include "PainRepository.h"
#include "PainStats.h"
#include "SessionRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace unknot;
using Moment = PainEntry::Moment;
using Kind = TimelineItem::Kind;

namespace {

QDateTime at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2024, 6, day), QTime(hour, minute), Qt::UTC);
}

const QString activation = QStringLiteral("upper-back-activation");
const QString deskBreak = QStringLiteral("desk-break");

PainSite site(const QString& slug, bool worst = false)
{
    QString name = slug;
    name[0] = name.at(0).toUpper();
    return {PainSite::Kind::Muscle, slug, name.replace(QLatin1Char('-'), QLatin1Char(' ')), worst};
}

/// A journal with a few known sessions and ratings:
/// S5 desk break 2 June 10:00 (3 before, 3 after; the session is then deleted),
/// S1 activation 3 June 08:00 (6 before: rhomboids*, neck; 3 after "better": neck*, rhomboids),
/// S2 desk break 4 June 12:00 (4 before: lower-neck), E1 standalone 4 June 18:00 (7: trapezius),
/// S3 activation 5 June 03:30 (2 before "stiff", 5 after), E2 standalone 5 June 20:00 (1, deleted),
/// S4 activation 6 June 09:00, still running (5 before).
struct Journal {
    QTemporaryDir dir;
    Database db;
    qint64 s1 = 0, s2 = 0, s3 = 0, s4 = 0, e1 = 0, s5Before = 0, s5After = 0;

    Journal()
    {
        REQUIRE(db.open(dir.filePath(QStringLiteral("journal.sqlite"))).ok());
        const qint64 s5 = session(deskBreak, at(2, 10), true);
        s5Before = rate(s5, Moment::Before, at(2, 9, 59), 3);
        s5After = rate(s5, Moment::After, at(2, 10, 10), 3);
        QSqlQuery query(sql::database(db.connection()));
        REQUIRE(query.exec(QStringLiteral("DELETE FROM session WHERE id = %1").arg(s5)));

        s1 = session(activation, at(3, 8), true);
        rate(s1, Moment::Before, at(3, 7, 59), 6,
             {site(QStringLiteral("rhomboids"), true), site(QStringLiteral("neck"))});
        rate(s1, Moment::After, at(3, 8, 10), 3,
             {site(QStringLiteral("neck"), true), site(QStringLiteral("rhomboids"))}, QStringLiteral("better"));
        s2 = session(deskBreak, at(4, 12), true);
        rate(s2, Moment::Before, at(4, 11, 59), 4, {site(QStringLiteral("lower-neck"))});
        e1 = rate(0, Moment::Standalone, at(4, 18), 7, {site(QStringLiteral("trapezius"))});
        s3 = session(activation, at(5, 3, 30), true);
        rate(s3, Moment::Before, at(5, 3, 29), 2, {}, QStringLiteral("stiff"));
        rate(s3, Moment::After, at(5, 3, 40), 5);
        const qint64 e2 = rate(0, Moment::Standalone, at(5, 20), 1);
        QString error;
        REQUIRE(test::capture(PainRepository(db.connection()).remove(e2), &error));
        s4 = session(activation, at(6, 9), false);
        rate(s4, Moment::Before, at(6, 8, 59), 5);
    }

    qint64 session(const QString& slug, const QDateTime& start, bool finished)
    {
        SessionRepository sessions(db.connection());
        SessionRecord record;
        record.routineSlug = slug;
        record.routineName = slug == activation ? QStringLiteral("Activation") : QStringLiteral("Desk break");
        record.startedUtc = start;
        QString error;
        const auto id = test::capture(sessions.begin(record), &error);
        REQUIRE(id);
        if (finished) {
            REQUIRE(test::capture(sessions.finish(*id, SessionRecord::Status::Completed, start.addSecs(600)), &error));
        }
        return *id;
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

    HistoryRepository history() const { return HistoryRepository(db.connection()); }
};

QList<int> ratings(const QList<PainPoint>& points)
{
    QList<int> list;
    for (const PainPoint& point : points) {
        list.append(point.rating);
    }
    return list;
}

QList<qint64> sessionIds(const QList<SessionPain>& sessions)
{
    QList<qint64> list;
    for (const SessionPain& session : sessions) {
        list.append(session.sessionId);
    }
    return list;
}

QList<std::pair<Kind, qint64>> rowsOf(const QList<TimelineItem>& items)
{
    QList<std::pair<Kind, qint64>> list;
    for (const TimelineItem& item : items) {
        list.append({item.kind, item.id});
    }
    return list;
}

} // namespace

TEST_CASE("pain points come oldest first, without deleted ratings, within range and filters", "[history]")
{
    Journal j;
    const HistoryRepository history = j.history();
    const auto all = test::must(history.painPoints({}, {}));
    CHECK(ratings(all) == QList<int>{3, 3, 6, 3, 4, 7, 2, 5, 5});
    CHECK(all.at(2) == PainPoint{at(3, 7, 59), 6, Moment::Before, j.s1});
    CHECK(all.at(0).sessionId == 0); // its session was deleted
    CHECK(all.at(5).moment == Moment::Standalone);

    CHECK(ratings(test::must(history.painPoints(at(4, 0), at(5, 0)))) == QList<int>{4, 7});
    CHECK(ratings(test::must(history.painPoints({}, {}, {activation, {}}))) == QList<int>{6, 3, 2, 5, 5});
    CHECK(ratings(test::must(history.painPoints({}, {}, {{}, {QStringLiteral("neck")}}))) == QList<int>{6, 3});
    CHECK(ratings(test::must(history.painPoints({}, {}, {{}, {QStringLiteral("trapezius"), QStringLiteral("lower-neck")}}))) ==
          QList<int>{4, 7});
}

TEST_CASE("session pain joins each finished session with its ratings, newest first", "[history]")
{
    Journal j;
    const HistoryRepository history = j.history();
    const auto sessions = test::must(history.sessionPain({}, {}));
    REQUIRE(sessionIds(sessions) == QList<qint64>{j.s3, j.s2, j.s1}); // not the running one
    CHECK(sessions.at(0) == SessionPain{j.s3, activation, QStringLiteral("Activation"), at(5, 3, 30), 2, 5});
    CHECK(sessions.at(1).before == 4);
    CHECK_FALSE(sessions.at(1).after);
    CHECK(sessions.at(2).after == 3);

    CHECK(sessionIds(test::must(history.sessionPain({}, {}, {activation, {}}))) == QList<qint64>{j.s3, j.s1});
    CHECK(sessionIds(test::must(history.sessionPain({}, {}, {{}, {QStringLiteral("lower-neck")}}))) == QList<qint64>{j.s2});
    CHECK(sessionIds(test::must(history.sessionPain(at(4, 0), at(5, 3, 30)))) == QList<qint64>{j.s2});

    // What the statistics make of it: the activation rose on its latest run.
    const auto activationRuns = test::must(history.sessionPain({}, {}, {activation, {}}));
    CHECK(PainStats::risesInRow(activationRuns) == 1);
    const auto summaries = PainStats::perRoutine(sessions);
    REQUIRE(summaries.size() == 2);
    CHECK(summaries.at(0).routineSlug == activation);
    CHECK(summaries.at(0).averageChange == Approx(0.0)); // -3 and +3
}

TEST_CASE("session days are local dates in the given zone", "[history]")
{
    Journal j;
    const HistoryRepository history = j.history();
    // 03:30 UTC on 5 June is 23:30 on 4 June in New York.
    CHECK(test::must(history.sessionDays(QTimeZone(QByteArrayLiteral("America/New_York")))) ==
          QList<QDate>{QDate(2024, 6, 3), QDate(2024, 6, 4)});
    CHECK(test::must(history.sessionDays(QTimeZone(QByteArrayLiteral("UTC")))) ==
          QList<QDate>{QDate(2024, 6, 3), QDate(2024, 6, 4), QDate(2024, 6, 5)});
    CHECK(test::must(history.sessionDays(QTimeZone(QByteArrayLiteral("UTC")), {deskBreak, {}})) == QList<QDate>{QDate(2024, 6, 4)});
}

TEST_CASE("the timeline merges sessions and ratings newest first", "[history]")
{
    Journal j;
    const HistoryRepository history = j.history();
    const auto items = test::must(history.timeline({}, {}));
    REQUIRE(rowsOf(items) == QList<std::pair<Kind, qint64>>{{Kind::Session, j.s4},
                                                            {Kind::Session, j.s3},
                                                            {Kind::Entry, j.e1},
                                                            {Kind::Session, j.s2},
                                                            {Kind::Session, j.s1},
                                                            {Kind::Entry, j.s5After},
                                                            {Kind::Entry, j.s5Before}});
    const TimelineItem& s1 = items.at(4);
    CHECK(s1.title == QStringLiteral("Activation"));
    CHECK(s1.timeUtc == at(3, 8));
    CHECK(s1.before == 6);
    CHECK(s1.after == 3);
    CHECK_FALSE(s1.rating);
    CHECK(s1.beforeEntryId > 0);
    CHECK(s1.afterEntryId > 0);
    CHECK(s1.note == QStringLiteral("better"));
    CHECK(s1.siteNames == QStringList{QStringLiteral("Neck"), QStringLiteral("Rhomboids")}); // worst first

    CHECK(items.at(1).note == QStringLiteral("stiff")); // no note after: the one before
    CHECK(items.at(0).before == 5);
    CHECK_FALSE(items.at(0).after);
    CHECK(items.at(0).afterEntryId == 0);
    const TimelineItem& e1 = items.at(2);
    CHECK(e1.rating == 7);
    CHECK(e1.title.isEmpty());
    CHECK(e1.siteNames == QStringList{QStringLiteral("Trapezius")});
    CHECK(e1.timeUtc == at(4, 18));

    CHECK(rowsOf(test::must(history.timeline({}, {}, {}, 3))) == rowsOf(items.mid(0, 3)));
    CHECK(rowsOf(test::must(history.timeline(at(3, 0), at(5, 0)))) == rowsOf(items.mid(2, 3)));
    CHECK(rowsOf(test::must(history.timeline({}, {}, {activation, {}}))) ==
          QList<std::pair<Kind, qint64>>{{Kind::Session, j.s4}, {Kind::Session, j.s3}, {Kind::Session, j.s1}});
    CHECK(rowsOf(test::must(history.timeline({}, {}, {{}, {QStringLiteral("trapezius"), QStringLiteral("neck")}}))) ==
          QList<std::pair<Kind, qint64>>{{Kind::Entry, j.e1}, {Kind::Session, j.s1}});
}

TEST_CASE("History reads ten years of journal whole", "[history][large]")
{
    QTemporaryDir dir;
    Database db;
    REQUIRE(db.open(dir.filePath(QStringLiteral("journal.sqlite"))).ok());
    QSqlQuery query(sql::database(db.connection()));
    // 20,000 sessions four hours apart from 2015, each rated before and after, and 10,000 ratings of their own.
    const QString time = QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', 1420070400 + %1, 'unixepoch')");
    const QString n = QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %1) ");
    REQUIRE(sql::database(db.connection()).transaction());
    REQUIRE(query.exec(n.arg(19999) +
                       QStringLiteral("INSERT INTO session (id, uuid, routine_slug, routine_name, kind, started_at, "
                                      "ended_at, status, self_paced, plan) SELECT i + 1, 's' || i, 'routine-' || "
                                      "(i % 5), 'Routine ' || (i % 5), 'routine', %1, %2, 'completed', 0, '{}' FROM n")
                           .arg(time.arg(QStringLiteral("i * 15768")), time.arg(QStringLiteral("i * 15768 + 600")))));
    REQUIRE(query.exec(n.arg(39999) +
                       QStringLiteral("INSERT INTO pain_entry (uuid, recorded_at, rating, moment, session_id) "
                                      "SELECT 'e' || i, %1, (i * 7) % 11, CASE i % 2 WHEN 0 THEN 'before' ELSE "
                                      "'after' END, i / 2 + 1 FROM n")
                           .arg(time.arg(QStringLiteral("(i / 2) * 15768 + (i % 2) * 660 - 60")))));
    REQUIRE(query.exec(n.arg(9999) + QStringLiteral("INSERT INTO pain_entry (uuid, recorded_at, rating, moment) "
                                                    "SELECT 'x' || i, %1, (i * 3) % 11, 'standalone' FROM n")
                                         .arg(time.arg(QStringLiteral("i * 31536 + 7200")))));
    REQUIRE(query.exec(QStringLiteral("INSERT INTO pain_site SELECT id, 'muscle', 'muscle-' || (id % 8), "
                                      "'Muscle ' || (id % 8), 1 FROM pain_entry")));
    REQUIRE(query.exec(QStringLiteral("INSERT INTO pain_site SELECT id, 'area', 'area-' || (id % 5), "
                                      "'Area ' || (id % 5), 0 FROM pain_entry WHERE id % 2 = 0")));
    REQUIRE(sql::database(db.connection()).commit());
    query.finish();

    const HistoryRepository history(db.connection());
    const QTimeZone zone(QByteArrayLiteral("Europe/London"));
    const JournalFilter place{{}, {QStringLiteral("muscle-3"), QStringLiteral("area-2")}};
    const auto points = test::must(history.painPoints({}, {}));
    const auto buckets =
        PainStats::trend(points, PainStats::Bucket::Week, QDate(2015, 1, 1), QDate(2025, 12, 31), zone, Qt::Monday);
    const auto sessions = test::must(history.sessionPain({}, {}));
    const auto summaries = PainStats::perRoutine(sessions);
    const auto days = test::must(history.sessionDays(zone));
    const Streak streak = PainStats::streaks(days, QDate(2025, 12, 31));
    const auto page = test::must(history.timeline({}, {}, {}, 200));
    const auto filteredPage = test::must(history.timeline({}, {}, place, 200));
    const auto filteredPoints = test::must(history.painPoints({}, {}, place));
    const auto routinePoints = test::must(history.painPoints({}, {}, {QStringLiteral("routine-2"), {}}));
    const auto lastMonth =
        PainRepository(db.connection()).entries(QDateTime(QDate(2024, 11, 1), QTime(0, 0), Qt::UTC), {});

    CHECK(points.size() == 50000);
    CHECK(buckets.size() > 500);
    CHECK(sessions.size() == 20000);
    CHECK(summaries.size() == 5);
    CHECK(summaries.at(0).withBoth == 4000);
    CHECK(days.size() > 3000);
    CHECK(streak.longest > 300);
    CHECK(page.size() == 200);
    CHECK(filteredPage.size() == 200);
    CHECK(filteredPoints.size() > 10000);
    CHECK(routinePoints.size() == 8000);
    CHECK_FALSE(lastMonth.isEmpty());
    CHECK(lastMonth.first().sites.size() >= 1);
}
