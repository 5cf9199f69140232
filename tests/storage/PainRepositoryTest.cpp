#include "SqlSupport.h"
#include "Capture.h"
#include "PainRepository.h"

#include "../core/StringMaker.h"
#include "BuiltinContent.h"
#include "Database.h"
#include "LibraryRepository.h"
#include "SessionRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <catch2/catch.hpp>

using namespace unknot;
using Moment = PainEntry::Moment;

namespace {

const QDateTime morning = QDateTime::currentDateTimeUtc().addDays(-2);

QVariant scalar(const Database& db, const QString& sql)
{
    QSqlQuery query(sql::database(db.connection()));
    if (!query.exec(sql) || !query.next()) {
        return {};
    }
    return query.value(0);
}

int rows(const Database& db, const QString& table)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM ") + table).toInt();
}

PainSite site(PainSite::Kind kind, const QString& slug, const QString& name, bool worst = false)
{
    return {kind, slug, name, worst};
}

PainEntry rating(int value, Moment moment = Moment::Standalone, qint64 sessionId = 0)
{
    PainEntry entry;
    entry.rating = value;
    entry.moment = moment;
    entry.sessionId = sessionId;
    entry.recordedUtc = morning;
    entry.note = QStringLiteral("after a long call");
    entry.sites = {site(PainSite::Kind::Muscle, QStringLiteral("rhomboids"), QStringLiteral("Rhomboids"), true),
                   site(PainSite::Kind::Area, QStringLiteral("neck"), QStringLiteral("Neck"))};
    return entry;
}

/// A real journal file in a temporary folder, at the latest format.
struct Fixture {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    Database db;

    Fixture() { REQUIRE(db.open(path).ok()); }
    PainRepository repo() const { return PainRepository(db.connection()); }

    qint64 session(const QString& slug = QStringLiteral("upper-back-activation"))
    {
        SessionRepository sessions(db.connection());
        SessionRecord record;
        record.routineSlug = slug;
        record.routineName = QStringLiteral("Upper back and shoulder activation");
        record.startedUtc = morning.addSecs(-600);
        QString error;
        const auto id = test::capture(sessions.begin(record), &error);
        REQUIRE(id);
        REQUIRE(test::capture(sessions.finish(*id, SessionRecord::Status::Completed, morning.addSecs(-60)), &error));
        return *id;
    }
};

} // namespace

TEST_CASE("a pain rating is stored with its places and read back whole", "[pain]")
{
    Fixture f;
    PainRepository pain = f.repo();
    QString error;
    const PainEntry written = rating(6);
    const auto id = test::capture(pain.add(written), &error);
    INFO(error);
    REQUIRE(id);

    const auto read = pain.entry(*id);
    REQUIRE(read);
    CHECK(read->id == *id);
    CHECK(read->uuid.size() == 36);
    CHECK(read->recordedUtc == written.recordedUtc);
    CHECK(read->recordedUtc.timeSpec() == Qt::UTC);
    CHECK(read->rating == 6);
    CHECK(read->moment == Moment::Standalone);
    CHECK(read->sessionId == 0);
    CHECK(read->note == written.note);
    CHECK(read->sites == written.sites); // in the order chosen

    PainEntry expected = written;
    expected.id = *id;
    expected.uuid = read->uuid;
    CHECK(*read == expected);
    CHECK(scalar(f.db, QStringLiteral("SELECT recorded_at FROM pain_entry")).toString() ==
          SessionRepository::toStored(written.recordedUtc));
    CHECK(scalar(f.db, QStringLiteral("SELECT count(*) FROM pain_entry WHERE session_id IS NULL")).toInt() == 1);

    PainEntry chosenUuid = rating(2);
    chosenUuid.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto second = test::capture(pain.add(chosenUuid), &error);
    REQUIRE(second);
    CHECK(pain.entry(*second)->uuid == chosenUuid.uuid);
    CHECK_FALSE(test::capture(pain.add(chosenUuid), &error)); // the uuid is taken
    CHECK(rows(f.db, QStringLiteral("pain_entry")) == 2);
}

TEST_CASE("a rating of 11, a future time or two worst places are refused with the message, writing nothing", "[pain]")
{
    Fixture f;
    PainRepository pain = f.repo();
    QString error;

    CHECK_FALSE(test::capture(pain.add(rating(11)), &error));
    CHECK(error == QStringLiteral("Choose a rating from 0 to 10."));
    CHECK_FALSE(test::capture(pain.add(rating(-1)), &error));
    CHECK(error == QStringLiteral("Choose a rating from 0 to 10."));

    PainEntry future = rating(4);
    future.recordedUtc = QDateTime::currentDateTimeUtc().addSecs(3600);
    CHECK_FALSE(test::capture(pain.add(future), &error));
    CHECK(error == QStringLiteral("That time is in the future."));

    PainEntry twoWorst = rating(4);
    twoWorst.sites[1].worst = true;
    CHECK_FALSE(test::capture(pain.add(twoWorst), &error));
    CHECK(error == QStringLiteral("Mark only one place as the worst."));

    CHECK(rows(f.db, QStringLiteral("pain_entry")) == 0);
    CHECK(rows(f.db, QStringLiteral("pain_site")) == 0);

    // The database refuses them too, whatever the caller does.
    QSqlQuery query(sql::database(f.db.connection()));
    CHECK_FALSE(query.exec(QStringLiteral("INSERT INTO pain_entry (uuid, recorded_at, rating, moment) "
                                          "VALUES ('x', '2024-01-01T00:00:00.000Z', 11, 'standalone')")));
    CHECK_FALSE(query.exec(QStringLiteral("INSERT INTO pain_entry (uuid, recorded_at, rating, moment) "
                                          "VALUES ('y', '2024-01-01T00:00:00.000Z', 5, 'during')")));
    CHECK_FALSE(query.exec(QStringLiteral("INSERT INTO pain_entry (uuid, recorded_at, rating, moment) "
                                          "VALUES ('z', '2024-01-01T00:00:00.000Z', 5.5, 'standalone')")));
}

TEST_CASE("a session has one rating before and one after", "[pain]")
{
    Fixture f;
    PainRepository pain = f.repo();
    const qint64 session = f.session();
    QString error;
    const auto before = test::capture(pain.add(rating(5, Moment::Before, session)), &error);
    const auto after = test::capture(pain.add(rating(3, Moment::After, session)), &error);
    REQUIRE(before);
    REQUIRE(after);
    CHECK(pain.entryForSession(session, Moment::Before)->id == *before);
    CHECK(pain.entryForSession(session, Moment::After)->rating == 3);
    CHECK_FALSE(pain.entryForSession(session + 1, Moment::After));

    CHECK_FALSE(test::capture(pain.add(rating(7, Moment::Before, session)), &error));
    CHECK(error == QStringLiteral("The rating was not saved: this session already has a rating before it. "
                                  "Edit that one instead."));
    CHECK_FALSE(test::capture(pain.add(rating(7, Moment::After, session + 1)), &error));
    CHECK(error.contains(QStringLiteral("its session is no longer in the journal")));
    CHECK(rows(f.db, QStringLiteral("pain_entry")) == 2);

    // Deleting the rating before frees its place; the deleted one cannot then come back over the new one.
    REQUIRE(test::capture(pain.remove(*before), &error));
    const auto again = test::capture(pain.add(rating(7, Moment::Before, session)), &error);
    REQUIRE(again);
    CHECK(pain.entryForSession(session, Moment::Before)->id == *again);
    CHECK_FALSE(test::capture(pain.restore(*before), &error));
    CHECK(error.contains(QStringLiteral("rated before it again since")));
    REQUIRE(test::capture(pain.remove(*again), &error));
    CHECK(test::capture(pain.restore(*before), &error));
    CHECK(pain.entryForSession(session, Moment::Before)->id == *before);

    // The unique index holds even against direct SQL.
    QSqlQuery query(sql::database(f.db.connection()));
    CHECK_FALSE(query.exec(QStringLiteral("UPDATE pain_entry SET deleted_at = NULL WHERE id = %1").arg(*again)));
}

TEST_CASE("the ratings of a deleted session stay, without their session", "[pain]")
{
    Fixture f;
    PainRepository pain = f.repo();
    const qint64 session = f.session();
    QString error;
    const auto before = test::capture(pain.add(rating(5, Moment::Before, session)), &error);
    REQUIRE(before);
    QSqlQuery query(sql::database(f.db.connection()));
    REQUIRE(query.exec(QStringLiteral("DELETE FROM session WHERE id = %1").arg(session)));
    const auto kept = pain.entry(*before);
    REQUIRE(kept);
    CHECK(kept->sessionId == 0);
    CHECK(kept->moment == Moment::Before);
    CHECK(kept->sites.size() == 2);
}

TEST_CASE("an edit replaces the time, rating, note and places in one go", "[pain]")
{
    Fixture f;
    PainRepository pain = f.repo();
    QString error;
    const auto id = test::capture(pain.add(rating(6)), &error);
    REQUIRE(id);
    PainEntry edited = *pain.entry(*id);
    edited.rating = 4;
    edited.recordedUtc = morning.addSecs(-3600);
    edited.note.clear();
    edited.sites = {site(PainSite::Kind::Area, QStringLiteral("shoulder-blades"), QStringLiteral("Shoulder blades")),
                    site(PainSite::Kind::Muscle, QStringLiteral("trapezius"), QStringLiteral("Trapezius"), true)};
    INFO(error);
    const bool updated = test::capture(pain.update(edited), &error).ok();
    INFO(error);
    REQUIRE(updated);
    CHECK(*pain.entry(*id) == edited);
    CHECK(rows(f.db, QStringLiteral("pain_site")) == 2);

    PainEntry bad = edited;
    bad.rating = 11;
    CHECK_FALSE(test::capture(pain.update(bad), &error));
    CHECK(error == QStringLiteral("Choose a rating from 0 to 10."));
    CHECK(*pain.entry(*id) == edited);

    REQUIRE(test::capture(pain.remove(*id), &error));
    CHECK_FALSE(test::capture(pain.update(edited), &error));
    CHECK(error.contains(QStringLiteral("no longer in the journal")));
}

TEST_CASE("a deleted rating is hidden and comes back on undo", "[pain]")
{
    Fixture f;
    PainRepository pain = f.repo();
    QString error;
    const auto kept = test::capture(pain.add(rating(2)), &error);
    const auto id = test::capture(pain.add(rating(6)), &error);
    REQUIRE(id);
    REQUIRE(test::capture(pain.remove(*id), &error));
    CHECK_FALSE(pain.entry(*id));
    CHECK(pain.entries({}, {}).size() == 1);
    CHECK(pain.entries({}, {}).first().id == *kept);
    CHECK(rows(f.db, QStringLiteral("pain_entry")) == 2); // soft: the row stays for undo
    CHECK_FALSE(test::capture(pain.remove(*id), &error));
    CHECK(error.contains(QStringLiteral("no longer in the journal")));

    REQUIRE(test::capture(pain.restore(*id), &error));
    const auto back = pain.entry(*id);
    REQUIRE(back);
    CHECK(back->sites.size() == 2);
    CHECK(test::capture(pain.restore(*id), &error)); // nothing left to undo is not a failure
    CHECK_FALSE(test::capture(pain.restore(*id + 100), &error));
    CHECK(error.contains(QStringLiteral("no longer in the journal")));
}

TEST_CASE("entries are listed newest first within the range and filters", "[pain]")
{
    Fixture f;
    PainRepository pain = f.repo();
    const qint64 activation = f.session();
    const qint64 deskBreak = f.session(QStringLiteral("desk-break"));
    QString error;
    PainEntry older = rating(3, Moment::After, activation);
    older.recordedUtc = morning.addDays(-1);
    PainEntry newer = rating(5, Moment::Before, deskBreak);
    newer.sites = {site(PainSite::Kind::Area, QStringLiteral("lower-neck"), QStringLiteral("Lower neck"), true)};
    PainEntry standalone = rating(8);
    standalone.recordedUtc = morning.addSecs(60);
    const qint64 olderId = test::capture(pain.add(older), &error).value_or(0);
    const qint64 newerId = test::capture(pain.add(newer), &error).value_or(0);
    const qint64 standaloneId = test::capture(pain.add(standalone), &error).value_or(0);
    REQUIRE(standaloneId > 0);

    auto ids = [](const QList<PainEntry>& entries) {
        QList<qint64> list;
        for (const PainEntry& entry : entries) {
            list.append(entry.id);
        }
        return list;
    };
    CHECK(ids(pain.entries({}, {})) == QList<qint64>{standaloneId, newerId, olderId});
    CHECK(ids(pain.entries(morning, {})) == QList<qint64>{standaloneId, newerId});
    CHECK(ids(pain.entries({}, morning)) == QList<qint64>{olderId}); // the end is not included
    CHECK(ids(pain.entries({}, {}, {QStringLiteral("desk-break"), {}})) == QList<qint64>{newerId});
    CHECK(ids(pain.entries({}, {}, {{}, {QStringLiteral("rhomboids")}})) == QList<qint64>{standaloneId, olderId});
    CHECK(ids(pain.entries({}, {}, {{}, {QStringLiteral("lower-neck"), QStringLiteral("nowhere")}})) ==
          QList<qint64>{newerId});
    CHECK(
        ids(pain.entries({}, {}, {QStringLiteral("upper-back-activation"), {QStringLiteral("lower-neck")}})).isEmpty());
    CHECK(pain.entries({}, {}).at(1).sites == newer.sites);
}

TEST_CASE("a write that fails half-way leaves nothing behind", "[pain]")
{
    Fixture f;
    PainRepository pain = f.repo();
    QString error;
    SECTION("the second place breaks a CHECK")
    {
        PainEntry entry = rating(5);
        entry.sites[1].slug.clear(); // passes validate(); the database refuses an empty slug
        CHECK_FALSE(test::capture(pain.add(entry), &error));
        CHECK(error.startsWith(QStringLiteral("The rating was not saved (at the place \"Neck\"): part of it breaks")));
        CHECK(rows(f.db, QStringLiteral("pain_entry")) == 0);
        CHECK(rows(f.db, QStringLiteral("pain_site")) == 0);
    }
    SECTION("an edit whose second place fails keeps the entry as it was")
    {
        const auto id = test::capture(pain.add(rating(5)), &error);
        REQUIRE(id);
        const PainEntry before = *pain.entry(*id);
        PainEntry edited = before;
        edited.rating = 9;
        edited.sites[1].slug.clear();
        CHECK_FALSE(test::capture(pain.update(edited), &error));
        CHECK(*pain.entry(*id) == before);
    }
    SECTION("the disk fills up")
    {
        // A page limit at the current size makes SQLite report a full disk as soon as the file must grow.
        QSqlQuery query(sql::database(f.db.connection()));
        REQUIRE(query.exec(QStringLiteral("PRAGMA page_count")));
        REQUIRE(query.next());
        const int pages = query.value(0).toInt();
        query.finish();
        REQUIRE(query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
        query.finish();
        PainEntry entry = rating(5);
        entry.note = QString(PainEntry::maxNoteLength, QLatin1Char('x'));
        entry.uuid = QString(200000, QLatin1Char('u')); // far more than the file has room for
        CHECK_FALSE(test::capture(pain.add(entry), &error));
        CHECK(error == QStringLiteral("The rating was not saved: the disk is full. Free some space, then try again."));
        CHECK(rows(f.db, QStringLiteral("pain_entry")) == 0);
        CHECK(rows(f.db, QStringLiteral("pain_site")) == 0);
    }
}

TEST_CASE("a read-only journal refuses the rating in plain words and keeps nothing", "[pain]")
{
    Fixture f;
    const QString name = QStringLiteral("pain-read-only");
    {
        QSqlDatabase readOnly = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        readOnly.setDatabaseName(f.path);
        readOnly.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(readOnly.open());
        PainRepository pain{Connection(name)};
        QString error;
        CHECK_FALSE(test::capture(pain.add(rating(4)), &error));
        CHECK(error.startsWith(QStringLiteral("The rating was not saved: the journal is read-only.")));
        readOnly.close();
    }
    QSqlDatabase::removeDatabase(name);
    CHECK(rows(f.db, QStringLiteral("pain_entry")) == 0);
    CHECK(rows(f.db, QStringLiteral("pain_site")) == 0);
}

TEST_CASE("ratings survive a reinstall of the library", "[pain]")
{
    Fixture f;
    const BuiltinContent content = BuiltinContent::load();
    LibraryRepository library(f.db.connection());
    QString error;
    REQUIRE(test::capture(library.install(content.pack, content.fingerprint), &error));
    REQUIRE_FALSE(content.pack.muscles().isEmpty());
    const Muscle& muscle = content.pack.muscles().first();

    PainRepository pain = f.repo();
    const qint64 session = f.session();
    PainEntry entry = rating(6, Moment::After, session);
    entry.sites = {site(PainSite::Kind::Muscle, muscle.id, muscle.name, true),
                   site(PainSite::Kind::Area, muscle.area, Muscle::areaName(muscle.area))};
    const auto id = test::capture(pain.add(entry), &error);
    REQUIRE(id);

    REQUIRE(test::capture(library.install(content.pack, content.fingerprint + "-next"), &error));
    CHECK(library.installedFingerprint() == content.fingerprint + "-next");
    const auto kept = pain.entry(*id);
    REQUIRE(kept);
    CHECK(kept->sessionId == session);
    CHECK(kept->sites == entry.sites);
}

TEST_CASE("a journal from before the pain log gains its tables and keeps its sessions", "[pain]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    qint64 session = 0;
    {
        Database old;
        REQUIRE(old.open(path, 3).ok());
        // Written as format 3 wrote it: today's repository writes columns that came later.
        QSqlQuery insert(sql::database(old.connection()));
        insert.prepare(QStringLiteral("INSERT INTO session (uuid, routine_name, kind, started_at, status, self_paced, "
                                      "plan) VALUES ('0b7c3d8e-2f35-4a8e-9d38-5c1e7ee7a002', 'Desk break', 'routine', "
                                      "?, 'running', 0, '{}')"));
        insert.addBindValue(SessionRepository::toStored(morning));
        REQUIRE(insert.exec());
        session = insert.lastInsertId().toLongLong();
        REQUIRE(session > 0);
    }
    Database db;
    REQUIRE(db.open(path).ok());
    CHECK(db.schemaVersion() == Database::latestVersion());
    QString error;
    const auto id = test::capture(PainRepository(db.connection()).add(rating(4, Moment::Before, session)), &error);
    INFO(error);
    REQUIRE(id);
    CHECK(PainRepository(db.connection()).entryForSession(session, Moment::Before)->id == *id);
}

TEST_CASE("a note past the limit is refused when written, and one already stored is kept whole on edit", "[pain]")
{
    Fixture f;
    PainRepository pain = f.repo();
    QString error;
    PainEntry tooLong = rating(5);
    tooLong.note = QString(PainEntry::maxNoteLength + 1, QLatin1Char('y'));
    CHECK_FALSE(test::capture(pain.add(tooLong), &error));
    CHECK(error == QStringLiteral("The note is 501 characters long; keep it to 500 or fewer."));
    CHECK(rows(f.db, QStringLiteral("pain_entry")) == 0);

    // A longer note from before the limit held everywhere: an edit of the rating keeps it as it is.
    const auto id = test::capture(pain.add(rating(5)), &error);
    REQUIRE(id);
    const QString stored(PainEntry::maxNoteLength + 100, QLatin1Char('z'));
    QSqlQuery query(sql::database(f.db.connection()));
    REQUIRE(query.exec(QStringLiteral("UPDATE pain_entry SET note = '%1' WHERE id = %2").arg(stored).arg(*id)));
    PainEntry edited = *pain.entry(*id);
    REQUIRE(edited.note == stored);
    edited.rating = 3;
    INFO(error);
    REQUIRE(test::capture(pain.update(edited), &error));
    CHECK(pain.entry(*id)->note == stored);
    CHECK(pain.entry(*id)->rating == 3);
    // A changed note must fit.
    edited.note = stored + QLatin1Char('!');
    CHECK_FALSE(test::capture(pain.update(edited), &error));
    CHECK(error == QStringLiteral("The note is 601 characters long; keep it to 500 or fewer."));
    CHECK(pain.entry(*id)->note == stored);
}
