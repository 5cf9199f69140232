#include "SafetyRepository.h"

#include "../core/StringMaker.h"
#include "BuiltinContent.h"
#include "Database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace unknot;

namespace {

int rows(const Database& db, const QString& table)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next()) {
        return -1;
    }
    return query.value(0).toInt();
}

/// The library's red flags answered no, except those whose ids are in yes.
QList<RedFlagAnswer> answers(const QStringList& yes = {})
{
    static const BuiltinContent content = BuiltinContent::load(); // kept alive: the loop reads into it
    QList<RedFlagAnswer> list;
    for (const RedFlag& flag : content.pack.safety().redFlags) {
        list.append({flag.id, flag.text, yes.contains(flag.id)});
    }
    return list;
}

struct Fixture {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    Database db;

    Fixture() { REQUIRE(db.open(path).ok()); }
};

const QDateTime firstRun(QDate(2024, 2, 1), QTime(9, 0, 0, 250), Qt::UTC);

} // namespace

TEST_CASE("a red-flag check is kept with its date and every answer as shown", "[safety]")
{
    Fixture f;
    SafetyRepository safety(f.db.connection());
    CHECK_FALSE(safety.hasAnyCheck());
    CHECK_FALSE(safety.lastCheck());

    const QList<RedFlagAnswer> first = answers();
    REQUIRE(first.size() >= 8);
    QString error;
    const auto firstId = safety.saveCheck(firstRun, first, &error);
    INFO(error);
    REQUIRE(firstId);
    CHECK(safety.hasAnyCheck());

    const QList<RedFlagAnswer> second = answers({QStringLiteral("chest-pain-breathless")});
    const auto secondId = safety.saveCheck(firstRun.addDays(30), second, &error);
    REQUIRE(secondId);

    const auto last = safety.lastCheck();
    REQUIRE(last);
    CHECK(last->id == *secondId);
    CHECK(last->answeredUtc == firstRun.addDays(30));
    CHECK(last->answers == second); // in the order shown, with the text shown
    CHECK(last->anyYes());
    CHECK(rows(f.db, QStringLiteral("red_flag_check")) == 2);
    CHECK(rows(f.db, QStringLiteral("red_flag_answer")) == first.size() + second.size());

    // The latest by date, not by insertion: an older check imported later does not hide the newest one.
    REQUIRE(safety.saveCheck(firstRun.addDays(-3), first, &error));
    CHECK(safety.lastCheck()->id == *secondId);
}

TEST_CASE("a red-flag check that cannot be stored whole is not stored at all", "[safety]")
{
    Fixture f;
    SafetyRepository safety(f.db.connection());
    QString error;
    SECTION("the same question twice")
    {
        QList<RedFlagAnswer> list = answers();
        list.append(list.first());
        CHECK_FALSE(safety.saveCheck(firstRun, list, &error));
        CHECK(error.startsWith(QStringLiteral("The answers were not saved: part of it breaks a rule")));
    }
    SECTION("an empty question id in the middle")
    {
        QList<RedFlagAnswer> list = answers();
        list[3].flagId.clear();
        CHECK_FALSE(safety.saveCheck(firstRun, list, &error));
    }
    SECTION("nothing to save")
    {
        CHECK_FALSE(safety.saveCheck(firstRun, {}, &error));
        CHECK(error == QStringLiteral("The answers were not saved: there is nothing to save."));
        CHECK_FALSE(safety.saveCheck(QDateTime(), answers(), &error));
    }
    CHECK_FALSE(safety.hasAnyCheck());
    CHECK(rows(f.db, QStringLiteral("red_flag_check")) == 0);
    CHECK(rows(f.db, QStringLiteral("red_flag_answer")) == 0);
}

TEST_CASE("red-flag answers survive reopening the journal", "[safety]")
{
    Fixture f;
    QString error;
    REQUIRE(SafetyRepository(f.db.connection()).saveCheck(firstRun, answers(), &error));
    f.db.close();
    Database reopened;
    REQUIRE(reopened.open(f.path).ok());
    const auto last = SafetyRepository(reopened.connection()).lastCheck();
    REQUIRE(last);
    CHECK(last->answers == answers());
    CHECK_FALSE(last->anyYes());
}
