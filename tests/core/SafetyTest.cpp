#include "Safety.h"
#include "StringMaker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <catch2/catch.hpp>

using namespace unknot;

namespace {

Safety safetyWith(int version, const QStringList& ids)
{
    Safety safety;
    safety.version = version;
    for (const QString& id : ids) {
        safety.redFlags.append({id, QStringLiteral("Question %1").arg(id), false, QStringLiteral("See a doctor."), {}});
    }
    return safety;
}

} // namespace

TEST_CASE("the safety check asks everything once, then only questions added in a later version", "[safety]")
{
    const QSet<QString> none;
    const Safety first = safetyWith(1, {QStringLiteral("a"), QStringLiteral("b")});
    CHECK(first.checkDue(std::nullopt, none) == CheckDue::Full);
    CHECK(first.checkDue(1, {QStringLiteral("a"), QStringLiteral("b")}) == CheckDue::None);

    const Safety second = safetyWith(2, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    const QSet<QString> answeredOld{QStringLiteral("a"), QStringLiteral("b")};
    CHECK(second.checkDue(1, answeredOld) == CheckDue::NewQuestions);
    const QList<RedFlag> asked = second.flagsNotIn(answeredOld);
    REQUIRE(asked.size() == 1);
    CHECK(asked.first().id == QStringLiteral("c"));
    // Once answered under version 2, it is not asked again.
    CHECK(second.checkDue(2, answeredOld + QSet<QString>{QStringLiteral("c")}) == CheckDue::None);
    // A new version that only rewords questions asks nothing.
    CHECK(safetyWith(3, {QStringLiteral("a")}).checkDue(2, answeredOld) == CheckDue::None);
}

TEST_CASE("a red flag without a level, advice or source is refused with its id", "[safety][content]")
{
    const QJsonObject json = QJsonDocument::fromJson(R"({
        "version": 2,
        "redFlags": [
            {"id": "heart", "level": "emergency", "text": "Chest pressure.", "whatToDo": "Call now.", "sources": ["s"]},
            {"id": "night-pain", "text": "Pain at night."},
            {"id": "odd", "level": "someday", "text": "Odd.", "whatToDo": "Wait.", "sources": ["s"]}
        ],
        "whatToDo": ["Stop."], "stopRule": "Stop.", "sources": ["s"]
    })").object();
    QStringList errors;
    const Safety safety = Safety::fromJson(json, &errors);
    const QString all = errors.join(u'\n');
    INFO(all.toStdString());
    CHECK(all.contains(QStringLiteral("red flag \"night-pain\": it needs \"level\"")));
    CHECK(all.contains(QStringLiteral("red flag \"night-pain\": it needs \"whatToDo\"")));
    CHECK(all.contains(QStringLiteral("red flag \"night-pain\": it needs \"sources\"")));
    CHECK(all.contains(QStringLiteral("red flag \"odd\": \"level\" cannot be \"someday\"")));
    CHECK_FALSE(all.contains(QStringLiteral("\"heart\"")));
    REQUIRE(safety.redFlags.size() == 3);
    CHECK(safety.redFlags.at(0).emergency);
    CHECK(safety.redFlags.at(0).sources == QStringList{QStringLiteral("s")});
}
