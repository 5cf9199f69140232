#include "JournalCsv.h"

#include "../StringMaker.h"
#include "JournalCsvTestData.h"

#include <QHash>
#include <QJsonArray>
#include <catch2/catch.hpp>

using namespace unknot;
using namespace unknot::csvtest;

TEST_CASE("fields are quoted only when they must be, with quotes doubled", "[csv]")
{
    CHECK(JournalCsv::quoted(QStringLiteral("plain text")) == QStringLiteral("plain text"));
    CHECK(JournalCsv::quoted(QStringLiteral("a, b")) == QStringLiteral("\"a, b\""));
    CHECK(JournalCsv::quoted(QStringLiteral("say \"ow\"")) == QStringLiteral("\"say \"\"ow\"\"\""));
    CHECK(JournalCsv::quoted(QStringLiteral("two\nlines")) == QStringLiteral("\"two\nlines\""));
    CHECK(JournalCsv::quoted(QString()).isEmpty());
}

TEST_CASE("sessions, steps and entries survive a round trip, whatever their text holds", "[csv]")
{
    SessionRecord s1 = session(11, QStringLiteral("s-1"), at(3, 8, 0, 250));
    SessionRecord s2 = session(12, QStringLiteral("s-2"), at(4, 20));
    s2.routineSlug.clear();
    s2.routineName = QStringLiteral("Heat, then cold");
    s2.kind = SessionRecord::Kind::Thermal;
    s2.status = SessionRecord::Status::Running;
    s2.endedUtc = {};
    s2.plan = {{QStringLiteral("phases"), QJsonArray{QStringLiteral("heat"), QStringLiteral("cold")}}};

    PainEntry before = entry(QStringLiteral("e-1"), 11, Moment::Before, at(3, 7, 59), 6);
    before.note = QStringLiteral("Stiff, \"tight\" after a long call;\nsecond line\r\nthird — Nacken 😣 épaule");
    before.sites = {{PainSite::Kind::Muscle, QStringLiteral("rhomboids"), QStringLiteral("Rhomboids"), true},
                    {PainSite::Kind::Area, QStringLiteral("odd:slug;x"), QStringLiteral("Neck; left: side\\ "), false}};
    PainEntry after = entry(QStringLiteral("e-2"), 11, Moment::After, at(3, 8, 8), 3);
    PainEntry alone = entry(QStringLiteral("e-3"), 0, Moment::Standalone, at(3, 18), 0);
    alone.note = QStringLiteral(",");
    PainEntry orphan = entry(QStringLiteral("e-4"), 99, Moment::After, at(2, 9), 10); // its session was deleted

    const QByteArray bytes = JournalCsv::write({s2, s1}, {alone, after, before, orphan}, utc);
    CHECK(bytes.startsWith("\xEF\xBB\xBFrecord,uuid,session_uuid,time_utc,time_local,"));
    CHECK(bytes.contains("\r\nsession,s-1,,2024-06-03T08:00:00.250Z,2024-06-03 08:00,2024-06-03T08:07:00.250Z,"));
    CHECK(bytes.contains("*muscle:rhomboids:Rhomboids;area:odd\\:slug\\;x:Neck\\; left: side\\\\"));

    const JournalCsv::Parsed parsed = JournalCsv::parse(bytes, known, now);
    INFO(parsed.error);
    REQUIRE(parsed.ok());
    const auto& sessions = parsed.contents.sessions;
    REQUIRE(sessions.size() == 2);
    const SessionRecord& r1 = sessions.at(0).record;
    CHECK(sessions.at(0).line == 3); // the orphan rating comes first, being the oldest
    CHECK(r1.id == 0);
    CHECK(r1.uuid == s1.uuid);
    CHECK(r1.routineSlug == s1.routineSlug);
    CHECK(r1.routineName == s1.routineName);
    CHECK(r1.kind == s1.kind);
    CHECK(r1.startedUtc == s1.startedUtc);
    CHECK(r1.endedUtc == s1.endedUtc);
    CHECK(r1.status == s1.status);
    CHECK(r1.selfPaced == s1.selfPaced);
    CHECK(r1.plan == s1.plan);
    CHECK(r1.steps == s1.steps);
    const SessionRecord& r2 = sessions.at(1).record;
    CHECK(r2.routineSlug.isEmpty());
    CHECK(r2.routineName == s2.routineName);
    CHECK(r2.kind == SessionRecord::Kind::Thermal);
    CHECK(r2.status == SessionRecord::Status::Running);
    CHECK_FALSE(r2.endedUtc.isValid());
    CHECK(r2.plan == s2.plan);

    const auto& entries = parsed.contents.entries;
    REQUIRE(entries.size() == 4);
    QHash<QString, JournalCsv::Entry> byUuid;
    for (const JournalCsv::Entry& read : entries) {
        byUuid.insert(read.entry.uuid, read);
    }
    for (PainEntry expected : {before, after, alone, orphan}) {
        const JournalCsv::Entry read = byUuid.value(expected.uuid);
        CHECK(read.sessionUuid == (expected.sessionId == 11 ? QStringLiteral("s-1") : QString()));
        expected.sessionId = 0;
        CHECK(read.entry == expected);
    }
    CHECK(entries.at(0).entry.uuid == QStringLiteral("e-4"));
    CHECK(entries.at(1).entry.uuid == QStringLiteral("e-1")); // a session's ratings follow it, oldest first
    CHECK(entries.at(2).entry.uuid == QStringLiteral("e-2"));
    CHECK(entries.at(3).entry.uuid == QStringLiteral("e-3"));
    CHECK(entries.at(3).line == 10); // the note of e-1 spans three lines

    const JournalCsv::Parsed empty = JournalCsv::parse(JournalCsv::write({}, {}), known, now);
    CHECK(empty.ok());
    CHECK(empty.contents.sessions.isEmpty());
}

TEST_CASE("a file without the byte order mark or with LF line ends reads the same", "[csv]")
{
    const QByteArray bytes = file({sessionRow(QStringLiteral("s-1")),
                                   entryRow(QStringLiteral("e-1"), QStringLiteral("4"), QStringLiteral("s-1"),
                                            QStringLiteral("before"), QStringLiteral("a\nb")),
                                   QString(), QString()});
    const JournalCsv::Parsed parsed = JournalCsv::parse(bytes, known, now);
    INFO(parsed.error);
    REQUIRE(parsed.ok());
    REQUIRE(parsed.contents.entries.size() == 1);
    CHECK(parsed.contents.entries.at(0).entry.note == QStringLiteral("a\nb"));
    CHECK(parsed.contents.entries.at(0).entry.recordedUtc == at(3, 9));
}

TEST_CASE("a file that is not an export is refused at line 1", "[csv]")
{
    const QString notExport = QStringLiteral("Line 1: this is not an Unknot export: the header does not match.");
    CHECK(errorOf({}) == notExport);
    CHECK(errorOf("date,rating\n2024-06-03,4\n") == notExport);
    QStringList columns = JournalCsv::columns();
    columns.swapItemsAt(0, 1);
    CHECK(errorOf(columns.join(QLatin1Char(',')).toUtf8()) == notExport);
    CHECK(errorOf(JournalCsv::columns().join(QLatin1Char(';')).toUtf8()) == notExport);
    CHECK(errorOf((JournalCsv::columns().join(QLatin1Char(',')) + QStringLiteral(",extra")).toUtf8()) == notExport);
    CHECK(errorOf(QByteArray("\xff\xfe") + file({}).mid(2)) == QStringLiteral("Line 1: this is not UTF-8 text."));
}

TEST_CASE("a bad row is refused with its line number", "[csv]")
{
    const QString s = sessionRow(QStringLiteral("s-1"));
    const QString ok = entryRow(QStringLiteral("e-1"), QStringLiteral("4"));
    const QString badRating = QStringLiteral("Line 4: the rating must be a whole number from 0 to 10.");
    CHECK(errorOf(file({s, ok, entryRow(QStringLiteral("e-2"), QStringLiteral("11"))})) == badRating);
    CHECK(errorOf(file({s, ok, entryRow(QStringLiteral("e-2"), QStringLiteral("-1"))})) == badRating);
    CHECK(errorOf(file({s, ok, entryRow(QStringLiteral("e-2"), QStringLiteral("4.5"))})) == badRating);
    CHECK(errorOf(file({s, ok, entryRow(QStringLiteral("e-2"), {})})) == badRating);
    // A line break inside a quoted note moves the following rows down a line.
    CHECK(errorOf(file({s,
                        entryRow(QStringLiteral("e-1"), QStringLiteral("4"), {}, QStringLiteral("standalone"),
                                 QStringLiteral("one\ntwo")),
                        entryRow(QStringLiteral("e-2"), QStringLiteral("x"))})) ==
          QStringLiteral("Line 5: the rating must be a whole number from 0 to 10."));

    CHECK(errorOf(file({s, ok + QStringLiteral(",extra")})) ==
          QStringLiteral("Line 3: a row needs 24 fields; this one has 25."));
    CHECK(errorOf(file({s, QStringLiteral("entry,e-9")})) == QStringLiteral("Line 3: a row needs 24 fields; this one "
                                                                            "has 2."));
    CHECK(errorOf(file({s, ok, QString(ok).replace(QStringLiteral("e-1"), QStringLiteral("e-\"1"))}))
              .startsWith(QStringLiteral("Line 4: a field with a quote in it must be in quotes")));
    CHECK(errorOf(file({s, ok, QStringLiteral("entry,\"e-2")})) ==
          QStringLiteral("Line 4: a quoted field is not closed."));
    CHECK(errorOf(file({s, QString(ok).replace(QStringLiteral("entry"), QStringLiteral("rating"))})) ==
          QStringLiteral("Line 3: the record must be \"session\", \"step\" or \"entry\", not \"rating\"."));
    CHECK(errorOf(file({s, ok, ok})) == QStringLiteral("Line 4: the uuid \"e-1\" is used twice (first on line 3)."));
    CHECK(errorOf(file({s, QString(ok).replace(QStringLiteral("standalone"), QStringLiteral("during"))})) ==
          QStringLiteral("Line 3: the moment must be before, after or standalone, not \"during\"."));
    CHECK(errorOf(file(
              {entryRow(QStringLiteral("e-1"), QStringLiteral("3"), QStringLiteral("s-1"), QStringLiteral("before")),
               s})) == QStringLiteral("Line 2: this rating's session \"s-1\" does not come before it in the file."));
    CHECK(
        errorOf(file(
            {s, entryRow(QStringLiteral("e-1"), QStringLiteral("3"), QStringLiteral("s-1"), QStringLiteral("before")),
             entryRow(QStringLiteral("e-2"), QStringLiteral("3"), QStringLiteral("s-1"), QStringLiteral("before"))})) ==
        QStringLiteral("Line 4: the session already has a rating before on line 3."));
    CHECK(errorOf(file({s, QString(s)
                               .replace(QStringLiteral("completed"), QStringLiteral("running"))
                               .replace(QStringLiteral("s-1"), QStringLiteral("s-2"))})) ==
          QStringLiteral("Line 3: a running session has no end time."));
}

TEST_CASE("bad places in a rating are refused", "[csv]")
{
    const auto withSites = [](const QString& sites) {
        QString r = entryRow(QStringLiteral("e-1"), QStringLiteral("4"));
        QStringList fields = r.split(QLatin1Char(','));
        fields[JournalCsv::columns().indexOf(QStringLiteral("sites"))] = JournalCsv::quoted(sites);
        return errorOf(file({fields.join(QLatin1Char(','))}));
    };
    CHECK(withSites(QStringLiteral("muscle:rhomboids:Rhomboids;area:neck:Neck;")).isEmpty());
    CHECK(withSites(QStringLiteral("rhomboids")) ==
          QStringLiteral("Line 2: the place \"rhomboids\" is not written as kind:slug:name, such as "
                         "muscle:rhomboids:Rhomboids."));
    CHECK(withSites(QStringLiteral("bone:spine:Spine")).startsWith(QStringLiteral("Line 2: the place")));
    CHECK(withSites(QStringLiteral("*muscle:a:A;*muscle:b:B")) ==
          QStringLiteral("Line 2: Mark only one place as the worst."));
}

TEST_CASE("a routine missing from the library is refused, naming the line", "[csv]")
{
    CHECK(errorOf(file({sessionRow(QStringLiteral("s-1")), sessionRow(QStringLiteral("s-2"), QStringLiteral("x"))})) ==
          QStringLiteral("Line 3: the routine \"x\" is not in the library."));
    CHECK(errorOf(file({sessionRow(QStringLiteral("s-1"), {})})).isEmpty()); // no routine: one exercise or a timer
}

TEST_CASE("times must be valid UTC times, not in the future", "[csv]")
{
    const auto startingAt = [](const QString& time) {
        // Still running, so that no end time comes before a start near the clock.
        QString running = sessionRow(QStringLiteral("s-1"), activation, time);
        running.replace(QStringLiteral(",2024-06-03T08:07:00.000Z,"), QStringLiteral(",,"))
            .replace(QStringLiteral("completed"), QStringLiteral("running"));
        return errorOf(file({running}));
    };
    CHECK(startingAt(QStringLiteral("2024-06-03T08:00:00Z")).isEmpty());
    CHECK(startingAt(QStringLiteral("2024-07-01T12:00:30.000Z")).isEmpty()); // within the clock's tolerance
    CHECK(startingAt(QStringLiteral("2024-07-02T12:00:00.000Z")) ==
          QStringLiteral("Line 2: the time 2024-07-02T12:00:00.000Z is in the future."));
    const QString invalid = QStringLiteral("Line 2: \"%1\" is not a UTC time such as 2024-06-03T08:00:00.000Z.");
    for (const QString& bad : {QStringLiteral("2024-02-30T08:00:00.000Z"), QStringLiteral("2024-06-03 08:00"),
                               QStringLiteral("2024-06-03T08:00:00"), QStringLiteral("yesterday")}) {
        CHECK(startingAt(bad) == invalid.arg(bad));
    }
}

TEST_CASE("steps must follow their session and hold sensible numbers", "[csv]")
{
    const auto step = [](const QString& sessionUuid, const QString& position, const QString& skipped) {
        return row({{QStringLiteral("record"), QStringLiteral("step")},
                    {QStringLiteral("session_uuid"), sessionUuid},
                    {QStringLiteral("time_utc"), QStringLiteral("2024-06-03T08:01:00.000Z")},
                    {QStringLiteral("position"), position},
                    {QStringLiteral("title"), QStringLiteral("Squeeze")},
                    {QStringLiteral("planned_reps"), QStringLiteral("10")},
                    {QStringLiteral("actual_reps"), QStringLiteral("8")},
                    {QStringLiteral("planned_ms"), QStringLiteral("0")},
                    {QStringLiteral("actual_ms"), QStringLiteral("60000")},
                    {QStringLiteral("skipped"), skipped}});
    };
    const QString s = sessionRow(QStringLiteral("s-1"));
    const JournalCsv::Parsed parsed =
        JournalCsv::parse(file({s, step(QStringLiteral("s-1"), QStringLiteral("0"), QStringLiteral("0"))}), known, now);
    REQUIRE(parsed.ok());
    REQUIRE(parsed.contents.sessions.at(0).record.steps.size() == 1);
    CHECK(parsed.contents.sessions.at(0).record.steps.at(0).actualMs == 60000);
    CHECK(errorOf(file({step(QStringLiteral("s-1"), QStringLiteral("0"), QStringLiteral("0")), s})) ==
          QStringLiteral("Line 2: this step's session \"s-1\" does not come before it in the file."));
    CHECK(errorOf(file({s, step(QStringLiteral("s-1"), QStringLiteral("-2"), QStringLiteral("0"))})) ==
          QStringLiteral("Line 3: position must be a whole number of 0 or more, not \"-2\"."));
    CHECK(errorOf(file({s, step(QStringLiteral("s-1"), QStringLiteral("1"), QStringLiteral("yes"))})) ==
          QStringLiteral("Line 3: skipped must be 0 or 1, not \"yes\"."));
}

TEST_CASE("rows are counted as they are read, and progress can stop a write or a parse", "[csv]")
{
    QList<SessionRecord> sessions;
    QList<PainEntry> entries;
    for (int i = 0; i < 700; ++i) {
        SessionRecord s = session(i + 1, QStringLiteral("s-%1").arg(i), at(1 + i % 28, 8, i % 60));
        sessions.append(s);
        PainEntry e = entry(QStringLiteral("e-%1").arg(i), i + 1, Moment::After, at(1 + i % 28, 9, i % 60), i % 11);
        e.note = QStringLiteral("two\r\nlines, \"quoted\"");
        entries.append(e);
    }
    qint64 rows = entries.size();
    for (const SessionRecord& s : sessions) {
        rows += 1 + s.steps.size();
    }
    QList<std::pair<qint64, qint64>> told;
    const QByteArray bytes = JournalCsv::write(sessions, entries, utc, [&told](qint64 done, qint64 total) {
        told.append({done, total});
        return true;
    });
    CHECK(JournalCsv::countRows(bytes) == rows);
    CHECK(JournalCsv::countRows(bytes + "\r\n") == rows + 1); // a blank line is a row to read, if an empty one
    CHECK(JournalCsv::countRows(bytes.chopped(2)) == rows);   // the last line needs no line break
    REQUIRE(told.size() >= 2);
    CHECK(told.last() == std::pair<qint64, qint64>{rows, rows});
    CHECK(std::is_sorted(told.cbegin(), told.cend()));
    CHECK(JournalCsv::write(sessions, entries, utc, [](qint64, qint64) { return false; }).isEmpty());

    told.clear();
    const JournalCsv::Parsed parsed = JournalCsv::parse(bytes, known, now, [&told](qint64 done, qint64 total) {
        told.append({done, total});
        return true;
    });
    INFO(parsed.error);
    REQUIRE(parsed.ok());
    CHECK(parsed.contents.entries.size() == entries.size());
    REQUIRE_FALSE(told.isEmpty());
    CHECK(told.last() == std::pair<qint64, qint64>{rows, rows});
    int calls = 0;
    const JournalCsv::Parsed stopped = JournalCsv::parse(bytes, known, now, [&calls](qint64, qint64) {
        return ++calls < 2; // stops at the second report
    });
    CHECK(stopped.cancelled);
    CHECK_FALSE(stopped.ok());
    CHECK(stopped.error.isEmpty());
}

TEST_CASE("plans are written each as its own, empty ones too, however often they repeat", "[csv]")
{
    const QList<QJsonObject> plans{
        {}, {{QStringLiteral("rest"), 15}}, {}, {{QStringLiteral("rest"), 20}}, {{QStringLiteral("rest"), 15}}};
    QList<SessionRecord> sessions;
    for (qsizetype i = 0; i < plans.size(); ++i) {
        SessionRecord s = session(i + 1, QStringLiteral("p-%1").arg(i), at(2 + static_cast<int>(i), 8));
        s.plan = plans.at(i);
        sessions.append(s);
    }
    const QByteArray bytes = JournalCsv::write(sessions, {}, utc);
    CHECK(bytes.contains(",{},"));
    const JournalCsv::Parsed parsed = JournalCsv::parse(bytes, known, now);
    REQUIRE(parsed.ok());
    REQUIRE(parsed.contents.sessions.size() == plans.size());
    for (qsizetype i = 0; i < plans.size(); ++i) {
        CHECK(parsed.contents.sessions.at(i).record.plan == plans.at(i));
    }
}
