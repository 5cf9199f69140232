#include "../StringMaker.h"
#include "ContentPack.h"
#include "FigureGeometry.h"
#include "FigureMotion.h"

#include <QJsonDocument>
#include <catch2/catch.hpp>

using namespace unknot;

namespace {

const ContentPack& shippedPack()
{
    static const ContentPack pack = [] {
        QList<ContentError> errors;
        auto loaded = ContentPack::fromDirectory(QStringLiteral(UNKNOT_CONTENT_DIR), &errors);
        REQUIRE(errors.isEmpty());
        return loaded;
    }();
    return pack;
}

/// A snapshot in phase, with done of its length ms gone.
SessionSnapshot at(SessionPhase phase, qint64 length, qint64 done, int set = 0)
{
    SessionSnapshot s;
    s.state = SessionState::Running;
    s.phase = phase;
    s.phaseMs = length;
    s.msLeft = length - done;
    s.setIndex = set;
    return s;
}

Figure figureFrom(const char* json, Dose::Kind kind, QStringList* errors)
{
    Dose dose;
    dose.kind = kind;
    return Figure::fromJson(QJsonDocument::fromJson(json).object(), dose, errors);
}

bool near(const QPointF& a, const QPointF& b)
{
    return std::abs(a.x() - b.x()) < 1e-9 && std::abs(a.y() - b.y()) < 1e-9;
}

} // namespace

TEST_CASE("every exercise's paths run exactly from their first to their last key pose", "[figure]")
{
    for (const Exercise& exercise : shippedPack().exercises()) {
        INFO(exercise.id);
        REQUIRE_FALSE(exercise.figure.isEmpty());
        for (int set = 0; set < exercise.dose.setCount(); ++set) {
            INFO("set " << set);
            const Movement& m = exercise.figure.forSet(set);
            for (const QList<Pose>& path :
                 {m.liftPath(), m.lowerPath(), m.contractPath(), m.relaxPath(), m.holdPath()}) {
                if (path.isEmpty()) {
                    continue;
                }
                CHECK(motion::alongPath(path, 0.0) == path.first());
                CHECK(motion::alongPath(path, 1.0) == path.last());
                // Each key pose in between is met exactly at its share of the path.
                for (int k = 1; k + 1 < path.size(); ++k) {
                    CHECK(motion::alongPath(path, static_cast<double>(k) / (path.size() - 1)) == path.at(k));
                }
            }
        }
    }
}

TEST_CASE("the pose at each phase boundary is the key pose", "[figure]")
{
    for (const Exercise& exercise : shippedPack().exercises()) {
        INFO(exercise.id);
        const Figure& figure = exercise.figure;
        for (int set = 0; set < exercise.dose.setCount(); ++set) {
            const Movement& m = figure.forSet(set);
            switch (exercise.dose.kind) {
            case Dose::Kind::Reps:
                CHECK(motion::poseAt(figure, at(SessionPhase::Lift, 2000, 0, set)) == m.liftPath().first());
                CHECK(motion::poseAt(figure, at(SessionPhase::Lift, 2000, 2000, set)) == m.liftPath().last());
                CHECK(motion::poseAt(figure, at(SessionPhase::Hold, 1000, 500, set)) == m.liftPath().last());
                CHECK(motion::poseAt(figure, at(SessionPhase::Lower, 2000, 0, set)) == m.lowerPath().first());
                CHECK(motion::poseAt(figure, at(SessionPhase::Lower, 2000, 2000, set)) == m.lowerPath().last());
                // Down where the next lift starts, so the loop has no jump.
                CHECK(m.lowerPath().last() == m.liftPath().first());
                break;
            case Dose::Kind::Cycles:
                CHECK(motion::poseAt(figure, at(SessionPhase::Contract, 5000, 0, set)) == m.contractPath().first());
                CHECK(motion::poseAt(figure, at(SessionPhase::Contract, 5000, 5000, set)) == m.contractPath().last());
                CHECK(motion::poseAt(figure, at(SessionPhase::Relax, 10000, 10000, set)) == m.relaxPath().last());
                break;
            case Dose::Kind::Timed:
                CHECK(motion::poseAt(figure, at(SessionPhase::Timed, 60000, 0, set)) == m.holdPath().first());
                break;
            }
            CHECK(motion::poseAt(figure, at(SessionPhase::GetReady, 5000, 1000, set)) == m.startPose());
        }
    }
}

TEST_CASE("a lift rises over exactly the phase's length", "[figure]")
{
    const Exercise* bridges = shippedPack().exercise(QStringLiteral("glute-bridges"));
    REQUIRE(bridges);
    const Figure& figure = bridges->figure;
    const QList<Pose> lift = figure.forSet(0).liftPath();
    REQUIRE(lift.size() == 2);
    const Pose half = motion::poseAt(figure, at(SessionPhase::Lift, 3000, 1500));
    CHECK(half[Joint::Y] == Approx((lift.first()[Joint::Y] + lift.last()[Joint::Y]) / 2));
    const Pose early = motion::poseAt(figure, at(SessionPhase::Lift, 3000, 300));
    CHECK(early[Joint::Y] > lift.first()[Joint::Y]);
    CHECK(early[Joint::Y] < half[Joint::Y]);
    // Paused, the figure stands still and asks for no frames.
    SessionSnapshot paused = at(SessionPhase::Lift, 3000, 1500);
    paused.state = SessionState::Paused;
    CHECK(motion::poseAt(figure, paused) == half);
    CHECK_FALSE(motion::isMoving(figure, paused));
    CHECK(motion::isMoving(figure, at(SessionPhase::Lift, 3000, 1500)));
    CHECK_FALSE(motion::isMoving(figure, at(SessionPhase::Hold, 1000, 500)));
}

TEST_CASE("a press moves in at the start of the phase and then holds", "[figure]")
{
    const Exercise* angels = shippedPack().exercise(QStringLiteral("snow-angels"));
    REQUIRE(angels);
    const Figure& figure = angels->figure;
    const Pose pressed = figure.forSet(0).contractPath().last();
    CHECK_FALSE(motion::poseAt(figure, at(SessionPhase::Contract, 5000, motion::pressMs / 2)) == pressed);
    CHECK(motion::poseAt(figure, at(SessionPhase::Contract, 5000, motion::pressMs)) == pressed);
    CHECK(motion::poseAt(figure, at(SessionPhase::Contract, 5000, 4000)) == pressed);
    CHECK(motion::isMoving(figure, at(SessionPhase::Contract, 5000, 100)));
    CHECK_FALSE(motion::isMoving(figure, at(SessionPhase::Contract, 5000, motion::pressMs)));
}

TEST_CASE("a timed hold with two poses breathes between them in time with the phase", "[figure]")
{
    const Exercise* breathing = shippedPack().exercise(QStringLiteral("deep-breathing"));
    REQUIRE(breathing);
    const Figure& figure = breathing->figure;
    const QList<Pose> hold = figure.forSet(0).holdPath();
    REQUIRE(hold.size() == 2);
    const qint64 breath = motion::breathInMs + motion::breathOutMs;
    CHECK(motion::poseAt(figure, at(SessionPhase::Timed, 60000, motion::breathInMs)) == hold.last());
    CHECK(motion::poseAt(figure, at(SessionPhase::Timed, 60000, breath)) == hold.first());
    CHECK(motion::poseAt(figure, at(SessionPhase::Timed, 60000, 2 * breath + motion::breathInMs)) == hold.last());
}

TEST_CASE("mirroring swaps the sides and flips the drawing", "[figure]")
{
    Pose pose = Pose::standing();
    pose[Joint::ShoulderL] = 150;
    pose[Joint::ElbowR] = 40;
    pose[Joint::Neck] = 30;
    const Pose other = mirrored(pose);
    CHECK(other[Joint::ShoulderR] == 150);
    CHECK(other[Joint::ShoulderL] == 0);
    CHECK(other[Joint::ElbowL] == 40);
    CHECK(other[Joint::Neck] == 30);
    CHECK(other.mirrored);
    CHECK(mirrored(other) == pose);

    for (const FigureView view : {FigureView::Side, FigureView::Front}) {
        const FigurePoints a = placeFigure(pose, view);
        const FigurePoints b = placeFigure(other, view);
        const auto flipped = [](QPointF p) { return QPointF(-p.x(), p.y()); };
        CHECK(near(b.headCentre, flipped(a.headCentre)));
        for (int s = 0; s < 2; ++s) {
            CHECK(near(b.hand[s], flipped(a.hand[1 - s])));
            CHECK(near(b.toe[s], flipped(a.toe[1 - s])));
        }
    }
    // Seen from the front, the left arm raised is on the viewer's right; mirrored, the right arm is on the left.
    CHECK(placeFigure(pose, FigureView::Front).hand[0].x() > 30);
    CHECK(placeFigure(other, FigureView::Front).hand[1].x() < -30);
}

TEST_CASE("interpolation is exact at its ends and linear in between", "[figure]")
{
    Pose a = Pose::standing();
    Pose b = Pose::standing();
    a[Joint::ShoulderL] = 0.1;
    b[Joint::ShoulderL] = 0.3;
    b[Joint::Y] = 40;
    CHECK(interpolate(a, b, 0.0) == a);
    CHECK(interpolate(a, b, 1.0) == b); // 0.1 + (0.3 - 0.1) would not give 0.3 exactly
    CHECK(interpolate(a, b, 0.5)[Joint::Y] == Approx(67));
    CHECK(interpolate(a, b, 2.0) == b);
    CHECK(ease(0.0) == 0.0);
    CHECK(ease(0.5) == 0.5);
    CHECK(ease(1.0) == 1.0);
}

TEST_CASE("a figure that does not fit its dose or a body is refused with the reason", "[figure]")
{
    QStringList errors;
    figureFrom(R"({"poses": {"a": {}, "b": {"elbow": 90}}, "lift": ["a", "b"]})", Dose::Kind::Reps, &errors);
    CHECK(errors.isEmpty());

    errors.clear();
    figureFrom(R"({"poses": {"a": {}}, "hold": ["a"]})", Dose::Kind::Cycles, &errors);
    CHECK(errors.contains(QStringLiteral("figure: a cycles dose needs 2 poses for \"contract\"")));

    errors.clear();
    figureFrom(R"({"poses": {"a": {"wing": 3}}, "hold": ["a"]})", Dose::Kind::Timed, &errors);
    CHECK(errors.contains(QStringLiteral("figure pose \"a\": unknown joint \"wing\"")));

    errors.clear();
    figureFrom(R"({"poses": {"a": {"elbowL": -30}}, "hold": ["a"]})", Dose::Kind::Timed, &errors);
    CHECK(
        errors.contains(QStringLiteral("figure pose \"a\": \"elbowL\" is -30, outside what a body can do (0 to 155)")));

    errors.clear();
    figureFrom(R"({"poses": {"a": {}}, "hold": ["b"]})", Dose::Kind::Timed, &errors);
    CHECK(errors.contains(QStringLiteral("figure: \"hold\" names \"b\", which is not a pose here")));

    errors.clear();
    figureFrom(R"({"poses": {"a": {"from": "b"}, "b": {"from": "a"}}, "hold": ["a"]})", Dose::Kind::Timed, &errors);
    CHECK_FALSE(errors.isEmpty());

    errors.clear();
    figureFrom(R"({"props": ["trampoline"], "poses": {"a": {}}, "hold": ["a"]})", Dose::Kind::Timed, &errors);
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().startsWith(QStringLiteral("figure: unknown prop \"trampoline\"")));
}

TEST_CASE("per-side sets mirror the first set, and a set can move its own way", "[figure]")
{
    const Exercise* tilts = shippedPack().exercise(QStringLiteral("neck-tilts"));
    REQUIRE(tilts);
    const Figure& figure = tilts->figure;
    REQUIRE(figure.sets.size() == 2);
    CHECK(figure.forSet(1).liftPath().last() == mirrored(figure.forSet(0).liftPath().last()));
    // Between the sides the figure waits in the next side's start pose.
    CHECK(motion::poseAt(figure, at(SessionPhase::SwitchSides, 5000, 1000, 0)) == figure.forSet(1).startPose());

    const Exercise* neck = shippedPack().exercise(QStringLiteral("total-neck-recovery"));
    REQUIRE(neck);
    CHECK(neck->figure.forSet(0).view == FigureView::Front);
    CHECK(neck->figure.forSet(1).view == FigureView::Side);
}

TEST_CASE("the still pictures the player needs are in the pack", "[figure]")
{
    for (const QString& name : ContentPack::stillNames()) {
        INFO(name);
        REQUIRE(shippedPack().stills().contains(name));
        CHECK_FALSE(shippedPack().stills().value(name).forSet(0).holdPath().isEmpty());
    }
}
