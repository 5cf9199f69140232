// Bringing items from a file into the person's own: a preview of what happens to each, then one transaction.
#include "OwnItemsImport.h"

#include "../core/StringMaker.h"
#include "BuiltinContent.h"
#include "Database.h"
#include "LibraryRepository.h"
#include "SqlSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace unknot;

namespace {

struct Fixture {
    QTemporaryDir dir;
    Database db;

    Fixture()
    {
        REQUIRE(db.open(dir.filePath(QStringLiteral("journal.sqlite"))).ok());
        const BuiltinContent content = BuiltinContent::load();
        REQUIRE(LibraryRepository(db.connection()).install(content.pack, content.fingerprint).ok());
    }
    OwnItemsImport importer() { return OwnItemsImport(db.connection()); }
    int ownCount()
    {
        QSqlQuery query(sql::database(db.connection()));
        REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM own_item")));
        REQUIRE(query.next());
        return query.value(0).toInt();
    }
};

QJsonObject exercise(const QString& id, int seconds = 30)
{
    return QJsonDocument::fromJson(QStringLiteral(R"({"id": "%1", "name": "Stretch %1", "position": "any",
        "steps": ["Hold the stretch gently."], "muscles": ["pectorals"],
        "dose": {"kind": "timed", "seconds": {"min": %2, "max": %2}, "text": "%2 seconds"}})")
                                       .arg(id)
                                       .arg(seconds)
                                       .toUtf8())
        .object();
}

QJsonObject routine(const QString& id, const QStringList& exercises)
{
    QJsonArray steps;
    for (const QString& e : exercises) {
        steps.append(
            QJsonObject{{QStringLiteral("kind"), QStringLiteral("exercise")}, {QStringLiteral("exercise"), e}});
    }
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), QStringLiteral("Routine ") + id},
            {QStringLiteral("steps"), steps}};
}

} // namespace

TEST_CASE("an import shows what it will do with each item, and a second import of the same file adds nothing",
          "[own][import]")
{
    Fixture f;
    const QList<QJsonObject> exercises{exercise(QStringLiteral("doorway")), exercise(QStringLiteral("glute-bridges")),
                                       exercise(QStringLiteral("zero"), 0), exercise(QStringLiteral("doorway"))};
    const QList<QJsonObject> routines{
        routine(QStringLiteral("evening"), {QStringLiteral("doorway"), QStringLiteral("cat-cow")}),
        routine(QStringLiteral("broken"), {QStringLiteral("nowhere")})};
    const ImportPreview preview = f.importer().preview(exercises, routines, {3, 9, 15, 21}, {27, 33});
    REQUIRE(preview.entries.size() == 6);
    using S = ImportEntry::Status;
    CHECK(preview.entries.at(0).status == S::New);
    CHECK(preview.entries.at(1).status == S::Skipped);
    CHECK(preview.entries.at(1).reason.contains(QStringLiteral("built-in")));
    CHECK(preview.entries.at(2).status == S::Skipped); // a dose of zero seconds
    CHECK(preview.entries.at(2).reason.contains(QStringLiteral("the time must be more than zero")));
    CHECK(preview.entries.at(3).status == S::Skipped);
    CHECK(preview.entries.at(3).reason.contains(QStringLiteral("twice")));
    CHECK(preview.entries.at(4).status == S::New); // uses an exercise of the same file and a built-in one
    CHECK(preview.entries.at(5).status == S::Skipped);
    CHECK(preview.entries.at(5).reason.contains(QStringLiteral("nowhere")));
    CHECK(preview.entries.at(2).line == 15);
    CHECK(preview.count(S::New) == 2);
    CHECK(preview.count(S::Skipped) == 4);
    CHECK(f.ownCount() == 0); // a preview writes nothing

    const auto written = f.importer().write(preview);
    REQUIRE(written.ok());
    CHECK(*written == 2);
    CHECK(f.ownCount() == 2);

    const ImportPreview again = f.importer().preview(exercises, routines);
    CHECK(again.count(S::New) == 0);
    CHECK(again.count(S::Unchanged) == 2);
    CHECK(*f.importer().write(again) == 0);
    CHECK(f.ownCount() == 2);

    QList<QJsonObject> changed{exercise(QStringLiteral("doorway"), 45)};
    const ImportPreview update = f.importer().preview(changed, {});
    CHECK(update.count(S::Updated) == 1);
    REQUIRE(f.importer().write(update).ok());
    CHECK(LibraryRepository(f.db.connection()).exercise(QStringLiteral("doorway"))->dose.secondsMax == 45);
}

TEST_CASE("an import that fails part-way writes nothing and names the item and its line", "[own][import]")
{
    Fixture f;
    const QList<QJsonObject> exercises{exercise(QStringLiteral("first")), exercise(QStringLiteral("second")),
                                       exercise(QStringLiteral("third"))};
    const ImportPreview preview = f.importer().preview(exercises, {}, {2, 12, 22});
    REQUIRE(preview.count(ImportEntry::Status::New) == 3);
    // The disk gives out at the second item.
    QSqlQuery query(sql::database(f.db.connection()));
    REQUIRE(query.exec(QStringLiteral("CREATE TEMP TRIGGER trouble BEFORE INSERT ON own_item WHEN NEW.slug = 'second' "
                                      "BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END")));
    const auto written = f.importer().write(preview);
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().contains(QStringLiteral("Nothing was imported")));
    CHECK(written.error().contains(QStringLiteral("Stretch second")));
    CHECK(written.error().contains(QStringLiteral("line 12")));
    CHECK(f.ownCount() == 0);
}
