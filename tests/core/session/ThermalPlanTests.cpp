#include "../StringMaker.h"
#include "ThermalPlan.h"

using namespace unknot;

namespace {

QStringList titles(const SessionPlan& plan)
{
    QStringList result;
    for (const auto& step : plan.steps) {
        result.append(step.title);
    }
    return result;
}

} // namespace

TEST_CASE("alternating heat and cold starts cold with skin checks between phases", "[thermal]")
{
    ThermalPlan settings;
    settings.cycles = 2;
    settings.phaseMinutes = 15;
    const PlanResult result = settings.build();
    REQUIRE(result.ok());
    const SessionPlan& plan = *result.plan;
    CHECK(titles(plan) == QStringList{QStringLiteral("Cold"), QStringLiteral("Skin check"), QStringLiteral("Heat"),
                                      QStringLiteral("Skin check"), QStringLiteral("Cold"),
                                      QStringLiteral("Skin check"), QStringLiteral("Heat")});
    CHECK(plan.steps.at(0).durationMs == 15 * 60 * 1000);
    CHECK(plan.steps.at(1).durationMs == 60 * 1000);
    CHECK(plan.steps.at(0).description == QStringLiteral("Cold, fifteen minutes"));
    CHECK(plan.steps.at(1).description == QStringLiteral("Skin check, one minute"));
    CHECK_FALSE(plan.steps.at(1).insertedRest);
    CHECK(plan.title == QStringLiteral("Cold and heat"));
}

TEST_CASE("heat or cold alone repeats the one kind", "[thermal]")
{
    ThermalPlan heat;
    heat.mode = ThermalPlan::Mode::Heat;
    heat.cycles = 3;
    heat.phaseMinutes = 20;
    heat.skinCheckSeconds = 90;
    const PlanResult result = heat.build();
    REQUIRE(result.ok());
    CHECK(titles(*result.plan) == QStringList{QStringLiteral("Heat"), QStringLiteral("Skin check"),
                                              QStringLiteral("Heat"), QStringLiteral("Skin check"),
                                              QStringLiteral("Heat")});
    CHECK(result.plan->steps.at(1).description == QStringLiteral("Skin check, ninety seconds"));

    ThermalPlan cold;
    cold.mode = ThermalPlan::Mode::Cold;
    cold.phaseMinutes = 10;
    const PlanResult single = cold.build();
    REQUIRE(single.ok());
    CHECK(titles(*single.plan) == QStringList{QStringLiteral("Cold")});
    CHECK(single.plan->plannedMs() == 5000 + 600000);
}

TEST_CASE("heat or cold phases outside 5 to 20 minutes are refused", "[thermal]")
{
    ThermalPlan settings;
    settings.phaseMinutes = 21;
    PlanResult result = settings.build();
    CHECK_FALSE(result.ok());
    CHECK(result.error == QStringLiteral("Heat or cold may be applied for at most 20 minutes at a time; 21 minutes "
                                         "is too long."));
    settings.phaseMinutes = 4;
    result = settings.build();
    CHECK_FALSE(result.ok());
    CHECK(result.error.contains(QStringLiteral("at least 5 minutes")));
    settings.phaseMinutes = 20;
    CHECK(settings.build().ok());
}

TEST_CASE("thermal settings with no rounds or an odd skin check are refused", "[thermal]")
{
    ThermalPlan settings;
    settings.cycles = 0;
    CHECK(settings.build().error.contains(QStringLiteral("rounds")));
    settings.cycles = ThermalPlan::maxCycles + 1;
    CHECK_FALSE(settings.build().ok());
    settings.cycles = 1;
    settings.skinCheckSeconds = 0;
    CHECK(settings.build().error.contains(QStringLiteral("skin check")));
    settings.skinCheckSeconds = 60;
    settings.getReadySeconds = -1;
    CHECK_FALSE(settings.build().ok());
}
