// Preferences live in one store, the settings file: what an earlier Unknot kept in the journal moves there once,
// and a change made anywhere is announced.
#include "common/Preferences.h"

#include "Database.h"
#include "SettingsRepository.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace unknot;

TEST_CASE("counts and the rest between steps move from the journal into the settings file once", "[preferences]")
{
    QSettings().clear();
    QTemporaryDir dir;
    Database db;
    REQUIRE(db.open(dir.filePath(QStringLiteral("journal.sqlite"))).ok());
    SettingsRepository journal(db.connection());
    REQUIRE(journal.setValue(QStringLiteral("range/neck-tilts"), 4).ok());
    REQUIRE(journal.setValue(QStringLiteral("range/chest-stretch"), 6).ok());
    REQUIRE(journal.setValue(QStringLiteral("session/restSeconds"), 20).ok());
    REQUIRE(journal.setValue(QStringLiteral("safety/followed"), QStringLiteral("2026-11-30")).ok());
    Preferences& preferences = Preferences::instance();
    preferences.setCount(QStringLiteral("chest-stretch"), 9); // set here already: this one wins

    preferences.adoptFromJournal(journal);
    CHECK(preferences.count(QStringLiteral("neck-tilts")) == 4);
    CHECK(preferences.count(QStringLiteral("chest-stretch")) == 9);
    CHECK(preferences.restSeconds() == 20);
    CHECK(journal.keys(QStringLiteral("range/")).isEmpty());
    CHECK_FALSE(journal.contains(QStringLiteral("session/restSeconds")));
    // What happened stays in the journal.
    CHECK(journal.contains(QStringLiteral("safety/followed")));
    QSettings().clear();
}

TEST_CASE("a preference changed anywhere is announced once, and not when set to what it was", "[preferences]")
{
    QSettings().clear();
    Preferences& preferences = Preferences::instance();
    QSignalSpy changed(&preferences, &Preferences::changed);
    CHECK(preferences.theme() == Preferences::Theme::System);
    preferences.setTheme(Preferences::Theme::Dark);
    CHECK(preferences.theme() == Preferences::Theme::Dark);
    REQUIRE(changed.size() == 1);
    CHECK(changed.first().first().toString() == QStringLiteral("view/theme"));
    preferences.setTheme(Preferences::Theme::Dark);
    CHECK(changed.size() == 1);
    preferences.setVolume(140);
    CHECK(preferences.volume() == 100);
    preferences.setRestSeconds(std::nullopt);
    CHECK_FALSE(preferences.restSeconds());
    QSettings().clear();
}
