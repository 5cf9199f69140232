#include "SqlSupport.h"
#include "Capture.h"
#include "SafetyRepository.h"

#include "../core/StringMaker.h"
#include "BuiltinContent.h"
#include "Database.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace unknot;

namespace {

int rows(const Database& db, const QString& table)
{
    QSqlQuery query(sql::database(db.connection()));
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
    const auto firstId = test::capture(safety.saveCheck(firstRun, 1, first), &error);
    INFO(error);
    REQUIRE(firstId);
    CHECK(safety.hasAnyCheck());

    const QList<RedFlagAnswer> second = answers({QStringLiteral("heart-warning-signs")});
    const auto secondId = test::capture(safety.saveCheck(firstRun.addDays(30), 1, second), &error);
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
    REQUIRE(test::capture(safety.saveCheck(firstRun.addDays(-3), 1, first), &error));
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
        CHECK_FALSE(test::capture(safety.saveCheck(firstRun, 1, list), &error));
        CHECK(error.startsWith(QStringLiteral("The answers were not saved: part of it breaks a rule")));
    }
    SECTION("an empty question id in the middle")
    {
        QList<RedFlagAnswer> list = answers();
        list[3].flagId.clear();
        CHECK_FALSE(test::capture(safety.saveCheck(firstRun, 1, list), &error));
    }
    SECTION("nothing to save")
    {
        CHECK_FALSE(test::capture(safety.saveCheck(firstRun, 1, {}), &error));
        CHECK(error == QStringLiteral("The answers were not saved: there is nothing to save."));
        CHECK_FALSE(test::capture(safety.saveCheck(QDateTime(), 1, answers()), &error));
    }
    CHECK_FALSE(safety.hasAnyCheck());
    CHECK(rows(f.db, QStringLiteral("red_flag_check")) == 0);
    CHECK(rows(f.db, QStringLiteral("red_flag_answer")) == 0);
}

TEST_CASE("red-flag answers survive reopening the journal", "[safety]")
{
    Fixture f;
    QString error;
    REQUIRE(test::capture(SafetyRepository(f.db.connection()).saveCheck(firstRun, 1, answers()), &error));
    f.db.close();
    Database reopened;
    REQUIRE(reopened.open(f.path).ok());
    const auto last = SafetyRepository(reopened.connection()).lastCheck();
    REQUIRE(last);
    CHECK(last->answers == answers());
    CHECK_FALSE(last->anyYes());
}

TEST_CASE("a newer red-flag list asks only its new questions once, and the old answers stay", "[safety]")
{
    // A journal from before checks had versions, answered under the first list of red flags.
    Fixture f;
    f.db.close();
    QFile::remove(f.path);
    Database old;
    REQUIRE(old.open(f.path, 5).ok());
    QSqlQuery insert(sql::database(old.connection()));
    REQUIRE(insert.exec(QStringLiteral("INSERT INTO red_flag_check (id, answered_at) VALUES (1, '2024-01-05T09:00:00.000Z')")));
    REQUIRE(insert.exec(QStringLiteral("INSERT INTO red_flag_answer VALUES "
                                       "(1, 0, 'chest-pain-breathless', 'You have chest pain or shortness of breath.', 0),"
                                       "(1, 1, 'tearing-pain', 'You feel a sudden, tearing pain between your shoulder "
                                       "blades.', 0)")));
    old.close();

    Database db;
    REQUIRE(db.open(f.path).ok());
    SafetyRepository safety(db.connection());
    const auto before = safety.lastCheck();
    REQUIRE(before);
    CHECK(before->version == 1); // checks from before versions count as the first list

    const Safety current = BuiltinContent::load().pack.safety();
    REQUIRE(current.version >= 2);
    const QSet<QString> answered = safety.answeredFlagIds();
    CHECK(answered == QSet<QString>{QStringLiteral("chest-pain-breathless"), QStringLiteral("tearing-pain")});
    REQUIRE(current.checkDue(before->version, answered) == CheckDue::NewQuestions);
    const QList<RedFlag> asked = current.flagsNotIn(answered);
    CHECK(asked.size() == current.redFlags.size() - 1); // tearing-pain was answered already
    for (const RedFlag& flag : asked) {
        CHECK(flag.id != QStringLiteral("tearing-pain"));
    }

    QList<RedFlagAnswer> given;
    for (const RedFlag& flag : asked) {
        given.append({flag.id, flag.text, false});
    }
    QString error;
    REQUIRE(test::capture(safety.saveCheck(firstRun.addYears(1), current.version, given), &error));
    const auto after = safety.lastCheck();
    REQUIRE(after);
    CHECK(after->version == current.version);
    CHECK(current.checkDue(after->version, safety.answeredFlagIds()) == CheckDue::None); // asked once
    // The old answers are kept as they were given.
    CHECK(rows(db, QStringLiteral("red_flag_check")) == 2);
    QSqlQuery kept(sql::database(db.connection()));
    REQUIRE(kept.exec(QStringLiteral("SELECT flag_text FROM red_flag_answer WHERE check_id = 1 AND flag_id = "
                                     "'chest-pain-breathless'")));
    REQUIRE(kept.next());
    CHECK(kept.value(0).toString() == QStringLiteral("You have chest pain or shortness of breath."));
}
