#include "SettingsRepository.h"

#include "../core/StringMaker.h"
#include "Capture.h"
#include "Database.h"
#include "SqlSupport.h"

#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace unknot;

namespace {

struct Fixture {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    Database db;

    Fixture() { REQUIRE(db.open(path).ok()); }
};

} // namespace

TEST_CASE("settings fall back to defaults until they are set", "[settings]")
{
    Fixture f;
    const SettingsRepository settings(f.db.connection());
    CHECK(settings.value(QStringLiteral("voice")).isNull());
    CHECK(settings.value(QStringLiteral("voice"), QStringLiteral("off")) == QStringLiteral("off"));
    CHECK(settings.intValue(QStringLiteral("range/v-raises"), 6) == 6);
    CHECK(settings.boolValue(QStringLiteral("sound"), true));
    CHECK_FALSE(settings.boolValue(QStringLiteral("sound"), false));
    CHECK_FALSE(settings.contains(QStringLiteral("sound")));
}

TEST_CASE("settings round trip as text, numbers and flags and survive reopening", "[settings]")
{
    Fixture f;
    QString error;
    {
        SettingsRepository settings(f.db.connection());
        REQUIRE(test::capture(settings.setValue(QStringLiteral("range/v-raises"), 8), &error));
        REQUIRE(test::capture(settings.setValue(QStringLiteral("sound"), false), &error));
        REQUIRE(test::capture(settings.setValue(QStringLiteral("voice"), true), &error));
        REQUIRE(test::capture(settings.setValue(QStringLiteral("rest-seconds"), QStringLiteral("25")), &error));
        REQUIRE(test::capture(settings.setValue(QStringLiteral("voice-name"), QStringLiteral("Émilie")), &error));
        REQUIRE(
            test::capture(settings.setValue(QStringLiteral("range/v-raises"), 10), &error)); // replaces, no duplicate
        CHECK(settings.value(QStringLiteral("sound")) == QStringLiteral("false"));
    }
    f.db.close();
    Database reopened;
    REQUIRE(reopened.open(f.path).ok());
    const SettingsRepository settings(reopened.connection());
    CHECK(settings.intValue(QStringLiteral("range/v-raises"), 6) == 10);
    CHECK_FALSE(settings.boolValue(QStringLiteral("sound"), true));
    CHECK(settings.boolValue(QStringLiteral("voice"), false));
    CHECK(settings.intValue(QStringLiteral("rest-seconds"), 20) == 25);
    CHECK(settings.value(QStringLiteral("voice-name")) == QStringLiteral("Émilie"));
    CHECK(settings.contains(QStringLiteral("voice")));

    QSqlQuery query(sql::database(reopened.connection()));
    REQUIRE(query.exec(QStringLiteral("SELECT count(*), min(updated_at) FROM setting WHERE key = 'range/v-raises'")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 1);
    CHECK(query.value(1).toString().endsWith(QLatin1Char('Z')));
}

TEST_CASE("a value of the wrong type reads as the fallback", "[settings]")
{
    Fixture f;
    SettingsRepository settings(f.db.connection());
    QString error;
    REQUIRE(test::capture(settings.setValue(QStringLiteral("rest-seconds"), QStringLiteral("twenty")), &error));
    CHECK(settings.intValue(QStringLiteral("rest-seconds"), 20) == 20);
    CHECK(settings.boolValue(QStringLiteral("rest-seconds"), true));
    REQUIRE(test::capture(settings.setValue(QStringLiteral("sound"), QStringLiteral("1")), &error));
    CHECK(settings.boolValue(QStringLiteral("sound"), false));
    REQUIRE(test::capture(settings.setValue(QStringLiteral("sound"), 0), &error));
    CHECK_FALSE(settings.boolValue(QStringLiteral("sound"), true));
}

TEST_CASE("settings refuse what they cannot store, and can be forgotten", "[settings]")
{
    Fixture f;
    SettingsRepository settings(f.db.connection());
    QString error;
    CHECK_FALSE(test::capture(settings.setValue(QString(), 1), &error));
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(test::capture(
        settings.setValue(QStringLiteral("list"), QStringList{QStringLiteral("a"), QStringLiteral("b")}), &error));
    CHECK(error.contains(QStringLiteral("list")));
    CHECK_FALSE(test::capture(settings.setValue(QStringLiteral("nothing"), QVariant()), &error));
    CHECK_FALSE(settings.contains(QStringLiteral("list")));

    REQUIRE(test::capture(settings.setValue(QStringLiteral("sound"), false), &error));
    REQUIRE(test::capture(settings.remove(QStringLiteral("sound")), &error));
    CHECK(settings.boolValue(QStringLiteral("sound"), true));
    CHECK(test::capture(settings.remove(QStringLiteral("never-set")), &error));
}

TEST_CASE("keys are listed by prefix, and a prefix holding LIKE's wildcards is taken literally", "[settings]")
{
    Fixture f;
    SettingsRepository settings(f.db.connection());
    REQUIRE(settings.setValue(QStringLiteral("range/neck-tilts"), 3).ok());
    REQUIRE(settings.setValue(QStringLiteral("range/chest-stretch"), 5).ok());
    REQUIRE(settings.setValue(QStringLiteral("rangeX"), 1).ok());
    REQUIRE(settings.setValue(QStringLiteral("safety/followed"), QStringLiteral("x")).ok());
    CHECK(settings.keys(QStringLiteral("range/")) ==
          QStringList{QStringLiteral("range/chest-stretch"), QStringLiteral("range/neck-tilts")});
    CHECK(settings.keys(QStringLiteral("rang_/")).isEmpty());
    CHECK(settings.keys(QStringLiteral("nothing/")).isEmpty());
}
