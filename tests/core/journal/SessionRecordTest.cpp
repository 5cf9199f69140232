#include "SessionRecord.h"

#include <catch2/catch.hpp>

using namespace unknot;

namespace {

StepRecord visit(int position, bool skipped = false)
{
    StepRecord step;
    step.position = position;
    step.title = QStringLiteral("Step %1").arg(position);
    step.skipped = skipped;
    return step;
}

} // namespace

TEST_CASE("a new session resumes at the first step", "[journal]")
{
    const SessionRecord record;
    CHECK(record.completedPositions().isEmpty());
    CHECK(record.resumePosition(8) == 0);
    CHECK_FALSE(record.resumePosition(0).has_value());
}

TEST_CASE("completed positions are those with at least one step that was not skipped", "[journal]")
{
    SessionRecord record;
    record.steps = {visit(0), visit(1, true), visit(2), visit(2, true), visit(3, true), visit(3)};
    CHECK(record.completedPositions() == QSet<int>{0, 2, 3});
}

TEST_CASE("a session resumes at the first plan step not done", "[journal]")
{
    SessionRecord record;
    SECTION("in order")
    {
        record.steps = {visit(0), visit(1), visit(2)};
        CHECK(record.resumePosition(8) == 3);
    }
    SECTION("a skipped step is not done")
    {
        record.steps = {visit(0), visit(1, true), visit(2), visit(3)};
        CHECK(record.resumePosition(8) == 1);
    }
    SECTION("going back and finishing a step counts")
    {
        record.steps = {visit(0), visit(1, true), visit(2), visit(1)};
        CHECK(record.resumePosition(8) == 3);
    }
    SECTION("nothing left to do")
    {
        record.steps = {visit(0), visit(2), visit(1)};
        CHECK_FALSE(record.resumePosition(3).has_value());
    }
    SECTION("records beyond the plan are ignored")
    {
        record.steps = {visit(0), visit(5)};
        CHECK(record.resumePosition(3) == 1);
        CHECK_FALSE(SessionRecord{}.resumePosition(-1).has_value());
    }
}

TEST_CASE("kinds and statuses have stable keys both ways", "[journal]")
{
    using Kind = SessionRecord::Kind;
    using Status = SessionRecord::Status;
    for (Kind kind : {Kind::Routine, Kind::Exercise, Kind::Thermal}) {
        CHECK(SessionRecord::kindFromKey(SessionRecord::kindKey(kind)) == kind);
    }
    for (Status status : {Status::Running, Status::Completed, Status::EndedEarly}) {
        CHECK(SessionRecord::statusFromKey(SessionRecord::statusKey(status)) == status);
    }
    CHECK(SessionRecord::kindKey(Kind::Thermal) == QStringLiteral("thermal"));
    CHECK(SessionRecord::statusKey(Status::EndedEarly) == QStringLiteral("ended_early"));
    CHECK_FALSE(SessionRecord::kindFromKey(QStringLiteral("Routine")).has_value());
    CHECK_FALSE(SessionRecord::statusFromKey(QString()).has_value());
}
