#include "ContentPack.h"
#include "StringMaker.h"

#include <catch2/catch.hpp>

using namespace unknot;

namespace {

QList<ContentError> problemsIn(const QString& fixture)
{
    QList<ContentError> errors;
    const auto pack = ContentPack::fromDirectory(QStringLiteral(UNKNOT_TEST_DATA "/") + fixture, &errors);
    return errors + pack.validate();
}

QString joined(const QList<ContentError>& errors)
{
    QStringList lines;
    for (const auto& error : errors) {
        lines.append(error.toString());
    }
    return lines.join(u'\n');
}

} // namespace

TEST_CASE("the shipped content pack is complete and consistent", "[content]")
{
    QList<ContentError> errors;
    const auto pack = ContentPack::fromDirectory(QStringLiteral(UNKNOT_CONTENT_DIR), &errors);
    INFO(joined(errors));
    REQUIRE(errors.isEmpty());
    INFO(joined(pack.validate()));
    REQUIRE(pack.validate().isEmpty());

    CHECK(pack.causes().size() >= 8);
    CHECK(pack.muscles().size() >= 12);
    CHECK(pack.techniques().size() >= 20);
    CHECK(pack.exercises().size() >= 16);
    CHECK(pack.routines().size() >= 7);
    int seeds = 0;
    for (const Source& source : pack.sources()) {
        seeds += source.kind == QLatin1String("seed") ? 1 : 0;
    }
    CHECK(seeds == 5);

    SECTION("every exercise has a muscle, a dose, sources and says who should skip it")
    {
        for (const auto& exercise : pack.exercises()) {
            INFO(exercise.id.toStdString());
            CHECK_FALSE(exercise.muscles.isEmpty());
            CHECK(exercise.dose.estimatedSeconds() > 0);
            CHECK_FALSE(exercise.dose.text.isEmpty());
            CHECK_FALSE(exercise.sources.isEmpty());
            CHECK_FALSE(exercise.askFirst.isEmpty());
            CHECK_FALSE(exercise.cautionLine.isEmpty());
            CHECK(exercise.cautionLine.size() <= Exercise::maxCautionLine);
        }
        for (const auto& technique : pack.techniques()) {
            INFO(technique.id.toStdString());
            CHECK((!Technique::needsAskFirst(technique.category) || !technique.askFirst.isEmpty()));
        }
    }

    SECTION("doses the seeds do not give are marked, with what is not from the seed")
    {
        for (const char* id : {"supermans", "snow-angels"}) {
            INFO(id);
            const Exercise* exercise = pack.exercise(QString::fromLatin1(id));
            REQUIRE(exercise != nullptr);
            CHECK_FALSE(exercise->dose.fromSeed);
            CHECK_FALSE(exercise->dose.notFromSeed.isEmpty());
        }
    }

    SECTION("the red flags cover the emergency and see-a-doctor signs, each with a level, advice and a source")
    {
        const Safety& safety = pack.safety();
        CHECK(safety.version >= 2);
        QHash<QString, bool> level;
        for (const RedFlag& flag : safety.redFlags) {
            INFO(flag.id.toStdString());
            CHECK_FALSE(flag.whatToDo.isEmpty());
            CHECK_FALSE(flag.sources.isEmpty());
            CHECK_FALSE(flag.text.contains(QStringLiteral("few weeks"))); // advice, not a reason to stop
            level.insert(flag.id, flag.emergency);
        }
        for (const char* id : {"heart-warning-signs", "tearing-pain", "sudden-weakness", "major-fall-or-crash",
                               "bladder-or-walking", "bowel-or-saddle-numbness"}) {
            INFO(id);
            CHECK(level.value(QString::fromLatin1(id), false));
        }
        for (const char* id : {"breathing-or-cough", "night-pain", "infection-signs", "cancer-history", "weight-loss",
                               "bone-weakness", "age-under-20-over-50", "numbness-weakness"}) {
            INFO(id);
            REQUIRE(level.contains(QString::fromLatin1(id)));
            CHECK_FALSE(level.value(QString::fromLatin1(id)));
        }
        CHECK(safety.advice.join(u' ').contains(QStringLiteral("few weeks")));
    }

    SECTION("the activation routine has the seed's eight steps in order, dosed as written")
    {
        const Routine* activation = nullptr;
        for (const auto& routine : pack.routines()) {
            if (routine.id == QLatin1String("upper-back-activation")) {
                activation = &routine;
            }
        }
        REQUIRE(activation != nullptr);
        QStringList order;
        for (const auto& step : activation->steps) {
            order.append(step.exercise);
        }
        CHECK(order == QStringList{QStringLiteral("glute-bridges"), QStringLiteral("supermans"),
                                   QStringLiteral("v-raises"), QStringLiteral("scapula-push-ups"),
                                   QStringLiteral("snow-angels"), QStringLiteral("total-neck-recovery"),
                                   QStringLiteral("shrugs"), QStringLiteral("relaxation-snow-angels")});
        const Dose bridges = pack.exercise(QStringLiteral("glute-bridges"))->dose;
        CHECK(bridges.repsMin == 10);
        CHECK(bridges.repsMax == 10);
        CHECK(bridges.holdSeconds == 1);
        const Dose vRaises = pack.exercise(QStringLiteral("v-raises"))->dose;
        CHECK(vRaises.repsMin == 5);
        CHECK(vRaises.repsMax == 10);
        const Dose angels = pack.exercise(QStringLiteral("snow-angels"))->dose;
        CHECK(angels.kind == Dose::Kind::Cycles);
        CHECK(angels.contractSeconds == 5);
        CHECK(angels.relaxSeconds == 10);
        const Dose neck = pack.exercise(QStringLiteral("total-neck-recovery"))->dose;
        CHECK(neck.setCount() == 2);
        CHECK(neck.repsMin == 5);
        CHECK(neck.repsMax == 10);
        const Dose relax = pack.exercise(QStringLiteral("relaxation-snow-angels"))->dose;
        CHECK(relax.kind == Dose::Kind::Timed);
        CHECK(relax.secondsMin == 60);
        CHECK(relax.secondsMax == 120);
    }

    SECTION("every role the app reaches for has its routine")
    {
        for (const QString& role : Routine::roles()) {
            int holders = 0;
            for (const auto& routine : pack.routines()) {
                holders += routine.role == role ? 1 : 0;
            }
            INFO(role.toStdString());
            CHECK(holders == 1);
        }
    }

    SECTION("the desk micro-break fits in three to five minutes")
    {
        for (const auto& routine : pack.routines()) {
            if (routine.id == QLatin1String("desk-micro-break")) {
                const int seconds = pack.estimatedSeconds(routine);
                CHECK(seconds >= 180);
                CHECK(seconds <= 300);
            }
        }
    }

    SECTION("heat and cold never run past twenty minutes")
    {
        for (const auto& routine : pack.routines()) {
            for (const auto& step : routine.steps) {
                CHECK(step.seconds <= RoutineStep::thermalCapSeconds);
            }
        }
    }
}

TEST_CASE("a minimal pack round-trips through its merged JSON form", "[content]")
{
    QList<ContentError> errors;
    const auto pack = ContentPack::fromDirectory(QStringLiteral(UNKNOT_TEST_DATA "/minimal"), &errors);
    REQUIRE(errors.isEmpty());
    REQUIRE(pack.validate().isEmpty());
    const auto copy = ContentPack::fromJson(pack.toJson(), &errors);
    REQUIRE(errors.isEmpty());
    CHECK(copy.toJson() == pack.toJson());
    REQUIRE(copy.routines().size() == 1);
    // 10 reps × (2 s up + 1 s hold + 2 s down) + 10 s rest + 900 s of heat
    CHECK(copy.estimatedSeconds(copy.routines().first()) == 50 + 10 + 900);
}

TEST_CASE("bad content is refused, naming the file, the item and the reason", "[content]")
{
    const auto check = [](const char* fixture, const QString& file, const QString& item, const QString& reason) {
        const auto errors = problemsIn(QString::fromLatin1(fixture));
        INFO(joined(errors));
        REQUIRE(errors.size() >= 1);
        bool found = false;
        for (const auto& error : errors) {
            found = found || (error.file == file && error.item == item && error.reason.contains(reason));
        }
        CHECK(found);
    };
    check("bad-figure-pose", QStringLiteral("exercises.json"), QStringLiteral("glute-bridges"),
          QStringLiteral("figure: a reps dose needs 2 poses for \"lift\""));
    check("bad-figure-joint", QStringLiteral("exercises.json"), QStringLiteral("glute-bridges"),
          QStringLiteral("figure pose \"up\": unknown joint \"elbw\""));
    check("bad-figure-angle", QStringLiteral("exercises.json"), QStringLiteral("glute-bridges"),
          QStringLiteral("figure pose \"up\": \"kneeL\" is 200, outside what a body can do (0 to 160)"));
    check("bad-dangling", QStringLiteral("routines.json"), QStringLiteral("tiny"),
          QStringLiteral("exercise \"no-such-exercise\", which does not exist"));
    check("bad-duplicate", QStringLiteral("muscles.json"), QStringLiteral("rhomboids"), QStringLiteral("duplicate id"));
    check("bad-negative-dose", QStringLiteral("exercises.json"), QStringLiteral("glute-bridges"),
          QStringLiteral("must be more than zero"));
    check("bad-empty-dose", QStringLiteral("exercises.json"), QStringLiteral("glute-bridges"),
          QStringLiteral("it needs the dose"));
    check("bad-missing-field", QStringLiteral("muscles.json"), QStringLiteral("rhomboids"),
          QStringLiteral("it needs \"where\""));
    check("bad-red-flag", QStringLiteral("safety.json"), QString(), QStringLiteral("red flag \"chest-pain\": it needs \"level\""));
    check("bad-red-flag", QStringLiteral("safety.json"), QString(), QStringLiteral("red flag \"chest-pain\": it needs \"sources\""));
    check("bad-red-flag", QStringLiteral("safety.json"), QStringLiteral("night-pain"),
          QStringLiteral("source \"a-guideline-nobody-wrote\" is not listed"));
    check("bad-cautions", QStringLiteral("exercises.json"), QStringLiteral("glute-bridges"), QStringLiteral("it needs \"askFirst\""));
    check("bad-cautions", QStringLiteral("exercises.json"), QStringLiteral("glute-bridges"),
          QStringLiteral("the short caution has 130 characters"));
    check("bad-cautions", QStringLiteral("techniques.json"), QStringLiteral("moist-heat"),
          QStringLiteral("must say who should skip it or ask first"));
}

TEST_CASE("a routine step over the twenty-minute heat cap is refused", "[content]")
{
    QStringList errors;
    QJsonObject step{{QStringLiteral("kind"), QStringLiteral("heat")}, {QStringLiteral("seconds"), 25 * 60}};
    RoutineStep::fromJson(step, &errors);
    INFO(errors.join(u'\n').toStdString());
    CHECK(errors.join(u'\n').contains(QStringLiteral("at most 20 minutes")));
}
