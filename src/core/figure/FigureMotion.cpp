#include "FigureMotion.h"

#include <algorithm>
#include <cmath>

namespace unknot::motion {

namespace {

double fraction(qint64 done, qint64 length)
{
    return length <= 0 ? 1.0 : std::clamp(static_cast<double>(done) / static_cast<double>(length), 0.0, 1.0);
}

qint64 elapsed(const SessionSnapshot& s)
{
    return std::max<qint64>(0, s.phaseMs - s.msLeft);
}

/// Breathing between the first and last hold pose: in over breathInMs, out over breathOutMs, again and again.
Pose breathing(const QList<Pose>& path, qint64 ms)
{
    if (path.size() < 2) {
        return path.value(0, Pose::standing());
    }
    const qint64 at = ms % (breathInMs + breathOutMs);
    const double t = at < breathInMs ? fraction(at, breathInMs) : 1.0 - fraction(at - breathInMs, breathOutMs);
    return alongPath(path, t);
}

} // namespace

Pose alongPath(const QList<Pose>& path, double t)
{
    if (path.isEmpty()) {
        return Pose::standing();
    }
    if (path.size() == 1) {
        return path.first();
    }
    const int segments = static_cast<int>(path.size()) - 1;
    const double at = std::clamp(t, 0.0, 1.0) * segments;
    const int index = std::min(static_cast<int>(at), segments - 1);
    return interpolate(path.at(index), path.at(index + 1), ease(at - index));
}

Pose poseAt(const Figure& figure, const SessionSnapshot& s)
{
    if (figure.isEmpty()) {
        return Pose::standing();
    }
    const Movement& m = figure.forSet(s.setIndex);
    const double t = fraction(elapsed(s), s.phaseMs);
    switch (s.phase) {
    case SessionPhase::Lift:
        return alongPath(m.liftPath(), t);
    case SessionPhase::Hold:
    case SessionPhase::WaitingForTap:
        return m.liftPath().value(m.liftPath().size() - 1, m.startPose());
    case SessionPhase::Lower:
        return alongPath(m.lowerPath(), t);
    case SessionPhase::Contract:
        return alongPath(m.contractPath(), fraction(elapsed(s), std::min(s.phaseMs, pressMs)));
    case SessionPhase::Relax:
        return alongPath(m.relaxPath(), fraction(elapsed(s), std::min(s.phaseMs, pressMs)));
    case SessionPhase::Timed:
        return breathing(m.holdPath(), elapsed(s));
    case SessionPhase::SwitchSides:
        return figure.forSet(s.setIndex + 1).startPose();
    default:
        return m.startPose();
    }
}

bool isMoving(const Figure& figure, const SessionSnapshot& s)
{
    if (figure.isEmpty() || s.state != SessionState::Running) {
        return false;
    }
    switch (s.phase) {
    case SessionPhase::Lift:
    case SessionPhase::Lower:
        return true;
    case SessionPhase::Contract:
    case SessionPhase::Relax:
        return elapsed(s) < pressMs;
    case SessionPhase::Timed:
        return figure.forSet(s.setIndex).holdPath().size() > 1;
    default:
        return false;
    }
}

std::pair<Pose, Pose> stillPoses(const Figure& figure, const SessionSnapshot& s)
{
    if (figure.isEmpty()) {
        return {Pose::standing(), Pose::standing()};
    }
    const Movement& m = figure.forSet(s.setIndex);
    const auto ends = [](const QList<Pose>& path, const Pose& fallback) {
        return path.isEmpty() ? std::pair{fallback, fallback} : std::pair{path.first(), path.last()};
    };
    switch (s.phase) {
    case SessionPhase::Lift:
    case SessionPhase::WaitingForTap:
        return ends(m.liftPath(), m.startPose());
    case SessionPhase::Lower:
        return ends(m.lowerPath(), m.startPose());
    case SessionPhase::Contract:
        return ends(m.contractPath(), m.startPose());
    case SessionPhase::Relax:
        return ends(m.relaxPath(), m.startPose());
    default: {
        const Pose pose = poseAt(figure, s);
        return {pose, pose};
    }
    }
}

qint64 loopMs(const Figure& figure, const Dose& dose)
{
    if (figure.isEmpty()) {
        return 0;
    }
    switch (dose.kind) {
    case Dose::Kind::Reps:
        return 1000LL * (dose.upSeconds + dose.holdSeconds + dose.downSeconds + 1);
    case Dose::Kind::Cycles:
        return 2 * pressMs + 2000;
    case Dose::Kind::Timed:
        return breathInMs + breathOutMs;
    }
    return 0;
}

Pose loopPose(const Figure& figure, const Dose& dose, qint64 ms)
{
    if (figure.isEmpty()) {
        return Pose::standing();
    }
    const Movement& m = figure.forSet(0);
    const qint64 length = loopMs(figure, dose);
    const qint64 at = length > 0 ? ms % length : 0;
    switch (dose.kind) {
    case Dose::Kind::Reps: {
        const qint64 up = 1000LL * dose.upSeconds;
        const qint64 top = up + 1000LL * dose.holdSeconds;
        const qint64 down = top + 1000LL * dose.downSeconds;
        if (at < up) {
            return alongPath(m.liftPath(), fraction(at, up));
        }
        if (at < top) {
            return m.liftPath().value(m.liftPath().size() - 1, m.startPose());
        }
        return at < down ? alongPath(m.lowerPath(), fraction(at - top, down - top)) : m.startPose();
    }
    case Dose::Kind::Cycles: {
        const qint64 half = length / 2;
        return at < half ? alongPath(m.contractPath(), fraction(at, pressMs))
                         : alongPath(m.relaxPath(), fraction(at - half, pressMs));
    }
    case Dose::Kind::Timed:
        return breathing(m.holdPath(), at);
    }
    return m.startPose();
}

} // namespace unknot::motion
