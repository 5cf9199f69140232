// The person's own exercises and routines: kept in the journal, listed, found and searched with the built-in
// library, checked by the content rules, and kept through a new built-in library.
#include "OwnItemsRepository.h"

#include "../core/StringMaker.h"
#include "BuiltinContent.h"
#include "Capture.h"
#include "Database.h"
#include "LibraryRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <algorithm>
#include <catch2/catch.hpp>

using namespace unknot;

namespace {

struct Fixture {
    QTemporaryDir dir;
    Database db;
    BuiltinContent content = BuiltinContent::load();

    Fixture()
    {
        REQUIRE(db.open(dir.filePath(QStringLiteral("journal.sqlite"))).ok());
        REQUIRE(LibraryRepository(db.connection()).install(content.pack, content.fingerprint).ok());
    }
    LibraryRepository library() { return LibraryRepository(db.connection()); }
    OwnItemsRepository own() { return OwnItemsRepository(db.connection()); }
};

QJsonObject json(const char* text)
{
    return QJsonDocument::fromJson(text).object();
}

const char* const wallPress = R"({
    "id": "wall-press", "name": "Wall press from my physio", "origin": "from my physiotherapist",
    "position": "wall", "steps": ["Stand with your back to the wall.", "Press your shoulder blades into it."],
    "dose": {"kind": "cycles", "reps": {"min": 5, "max": 5}, "contractSeconds": 5, "relaxSeconds": 5,
             "text": "5 presses of 5 seconds"},
    "muscles": ["rhomboids", "middle-trapezius"]
})";

void saved(const Result<>& result)
{
    INFO(result.error().toStdString());
    REQUIRE(result.ok());
}

/// The pack without one exercise, and without every mention of it (a later library that dropped it).
ContentPack packWithout(const ContentPack& pack, const QString& id)
{
    QJsonObject all = pack.toJson();
    const auto strip = [&id](QJsonArray items, const QString& listKey) {
        for (int i = 0; i < items.size(); ++i) {
            QJsonObject item = items.at(i).toObject();
            QJsonArray list = item.value(listKey).toArray();
            for (int k = static_cast<int>(list.size()) - 1; k >= 0; --k) {
                const QJsonValue entry = list.at(k);
                if (entry.toString() == id || entry.toObject().value(QStringLiteral("exercise")).toString() == id) {
                    list.removeAt(k);
                }
            }
            item.insert(listKey, list);
            items.replace(i, item);
        }
        return items;
    };
    QJsonArray exercises;
    for (const auto& item : all.value(QStringLiteral("exercises")).toArray()) {
        if (item.toObject().value(QStringLiteral("id")).toString() != id) {
            exercises.append(item);
        }
    }
    all.insert(QStringLiteral("exercises"), exercises);
    all.insert(QStringLiteral("causes"),
               strip(all.value(QStringLiteral("causes")).toArray(), QStringLiteral("exercises")));
    all.insert(QStringLiteral("techniques"),
               strip(all.value(QStringLiteral("techniques")).toArray(), QStringLiteral("exercises")));
    all.insert(QStringLiteral("routines"),
               strip(all.value(QStringLiteral("routines")).toArray(), QStringLiteral("steps")));
    QList<ContentError> errors;
    return ContentPack::fromJson(all, &errors);
}

} // namespace

TEST_CASE("an own exercise is listed after the built-in ones, found, searched and marked as yours", "[own]")
{
    Fixture f;
    QString error;
    saved(f.own().save(ItemKind::Exercise, json(wallPress)));
    const auto list = f.library().list(ItemKind::Exercise);
    REQUIRE(list.size() == f.content.pack.exercises().size() + 1);
    CHECK(list.last().ref.id == QStringLiteral("wall-press"));
    CHECK(list.last().own);
    CHECK_FALSE(list.first().own);

    const auto exercise = f.library().exercise(QStringLiteral("wall-press"));
    REQUIRE(exercise);
    CHECK(exercise->own);
    CHECK(exercise->origin == QStringLiteral("from my physiotherapist"));
    CHECK(exercise->dose.kind == Dose::Kind::Cycles);

    const auto hits = f.library().search(QStringLiteral("wall pre"));
    REQUIRE_FALSE(hits.isEmpty());
    CHECK(hits.first().item.ref.id == QStringLiteral("wall-press"));
    CHECK(hits.first().item.own);
    // The muscle's page lists it with the exercises that reach the muscle.
    bool listed = false;
    for (const auto& item :
         f.library().linkingTo({ItemKind::Muscle, QStringLiteral("rhomboids")}, ItemKind::Exercise)) {
        listed = listed || (item.ref.id == QStringLiteral("wall-press") && item.own);
    }
    CHECK(listed);
}

TEST_CASE("an own item that breaks a rule is refused with the reason, and nothing is written", "[own]")
{
    Fixture f;
    QString error;
    QJsonObject zero = json(wallPress);
    QJsonObject dose = zero.value(QStringLiteral("dose")).toObject();
    dose.insert(QStringLiteral("contractSeconds"), 0);
    zero.insert(QStringLiteral("dose"), dose);
    CHECK_FALSE(test::capture(f.own().save(ItemKind::Exercise, zero), &error));
    CHECK(error.contains(QStringLiteral("the contraction must be more than zero")));

    QJsonObject unknownMuscle = json(wallPress);
    unknownMuscle.insert(QStringLiteral("muscles"), QJsonArray{QStringLiteral("wingus")});
    CHECK_FALSE(test::capture(f.own().save(ItemKind::Exercise, unknownMuscle), &error));
    CHECK(error.contains(QStringLiteral("wingus")));

    QJsonObject builtInId = json(wallPress);
    builtInId.insert(QStringLiteral("id"), QStringLiteral("glute-bridges"));
    CHECK_FALSE(test::capture(f.own().save(ItemKind::Exercise, builtInId), &error));
    CHECK(error.contains(QStringLiteral("built-in")));
    CHECK(f.library().exercise(QStringLiteral("glute-bridges"))->own == false);

    const QJsonObject missingStep = json(R"({"id": "mine", "name": "Mine",
        "steps": [{"kind": "exercise", "exercise": "no-such-exercise"}]})");
    CHECK_FALSE(test::capture(f.own().save(ItemKind::Routine, missingStep), &error));
    CHECK(error.contains(QStringLiteral("no-such-exercise")));

    CHECK(f.library().list(ItemKind::Exercise).size() == f.content.pack.exercises().size());
    CHECK(f.library().list(ItemKind::Routine).size() == f.content.pack.routines().size());
}

TEST_CASE("an own routine survives a new library that drops an exercise it uses", "[own]")
{
    Fixture f;
    QString error;
    saved(f.own().save(ItemKind::Exercise, json(wallPress)));
    const QJsonObject routine = json(R"({"id": "my-three", "name": "My three", "restSeconds": 15, "steps": [
        {"kind": "exercise", "exercise": "deep-breathing"},
        {"kind": "exercise", "exercise": "wall-press"},
        {"kind": "rest", "seconds": 30}]})");
    saved(f.own().save(ItemKind::Routine, routine));
    const auto stored = f.library().routine(QStringLiteral("my-three"));
    REQUIRE(stored);
    CHECK(stored->own);
    CHECK(stored->exerciseCopies.contains(QStringLiteral("deep-breathing")));
    CHECK_FALSE(stored->exerciseCopies.contains(QStringLiteral("wall-press"))); // own: it stays

    REQUIRE(test::capture(f.library().install(packWithout(f.content.pack, QStringLiteral("deep-breathing")), "newer"),
                          &error));
    CHECK_FALSE(f.library().exercise(QStringLiteral("deep-breathing")));
    const auto after = f.library().routine(QStringLiteral("my-three"));
    REQUIRE(after);
    CHECK(after->exerciseCopies.value(QStringLiteral("deep-breathing")).toObject().value(QStringLiteral("name")) ==
          QStringLiteral("Deep breathing"));
    // The new library's search index still holds the person's own items.
    REQUIRE_FALSE(f.library().search(QStringLiteral("my three")).isEmpty());
    CHECK(f.library().search(QStringLiteral("my three")).first().item.ref.id == QStringLiteral("my-three"));
}

TEST_CASE("a deleted own item can be brought back until the next start", "[own]")
{
    Fixture f;
    saved(f.own().save(ItemKind::Exercise, json(wallPress)));
    REQUIRE(f.own().remove(ItemKind::Exercise, QStringLiteral("wall-press")).ok());
    const auto found = [&f] {
        const auto hits = f.library().search(QStringLiteral("wall press from my physio"));
        return !hits.isEmpty() && hits.first().item.ref.id == QStringLiteral("wall-press");
    };
    CHECK_FALSE(f.library().exercise(QStringLiteral("wall-press")));
    CHECK_FALSE(found());
    REQUIRE(f.own().restore(ItemKind::Exercise, QStringLiteral("wall-press")).ok());
    CHECK(f.library().exercise(QStringLiteral("wall-press")));
    CHECK(found());

    REQUIRE(f.own().remove(ItemKind::Exercise, QStringLiteral("wall-press")).ok());
    REQUIRE(f.own().purgeDeleted().ok());
    CHECK_FALSE(f.own().restore(ItemKind::Exercise, QStringLiteral("wall-press")).ok());
}

TEST_CASE("a new item gets a free id from its name", "[own]")
{
    Fixture f;
    CHECK(f.own().freeId(ItemKind::Exercise, QStringLiteral("Glute bridges")) == QStringLiteral("glute-bridges-2"));
    CHECK(f.own().freeId(ItemKind::Routine, QStringLiteral("  Morning: neck & shoulders! ")) ==
          QStringLiteral("morning-neck-shoulders"));
    CHECK(f.own().freeId(ItemKind::Exercise, QStringLiteral("Übung für den Rücken")) ==
          QStringLiteral("ubung-fur-den-rucken"));
    saved(f.own().save(ItemKind::Exercise, json(wallPress)));
    CHECK(f.own().freeId(ItemKind::Exercise, QStringLiteral("Wall press")) == QStringLiteral("wall-press-2"));
}

TEST_CASE("after the search index is rebuilt by an upgrade, own items are found again from their first letters",
          "[own][search]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    const BuiltinContent content = BuiltinContent::load();
    {
        Database db;
        REQUIRE(db.open(path, 9).ok());
        REQUIRE(LibraryRepository(db.connection()).install(content.pack, content.fingerprint).ok());
        saved(OwnItemsRepository(db.connection()).save(ItemKind::Exercise, json(wallPress)));
    }
    Database db;
    REQUIRE(db.open(path).ok());
    LibraryRepository library(db.connection());
    // The upgrade emptied the index and forgot which library was installed, so the same library goes in again.
    CHECK(library.installedFingerprint().isEmpty());
    CHECK(library.search(QStringLiteral("w")).isEmpty());
    REQUIRE(library.install(content.pack, content.fingerprint).ok());
    for (const QString& typed : {QStringLiteral("w"), QStringLiteral("wa"), QStringLiteral("wal")}) {
        INFO(typed.toStdString());
        const auto hits = library.search(typed);
        const bool found = std::any_of(hits.begin(), hits.end(), [](const SearchHit& hit) {
            return hit.item.ref.id == QStringLiteral("wall-press") && hit.item.own;
        });
        CHECK(found);
    }
    CHECK_FALSE(library.search(QStringLiteral("shoulder blade")).isEmpty());
}
