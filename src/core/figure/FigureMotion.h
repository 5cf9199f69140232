#pragma once

#include "Figure.h"
#include "SessionSnapshot.h"

namespace unknot {

/// Where the figure is within a phase, worked out from the session's snapshot alone: the same phase and time left
/// the countdown shows, so picture, number and sound never disagree.
namespace motion {

/// Milliseconds a press or a let-go takes at the start of a contract or relax phase; the rest of it is held.
constexpr qint64 pressMs = 2000;
/// One slow breath in a timed hold with two poses: in, then a longer breath out.
constexpr qint64 breathInMs = 4000;
constexpr qint64 breathOutMs = 6000;

/// The pose along a path of key poses a fraction t (0..1) of the way, eased at each end; exact key poses at the
/// ends and at each key pose between.
Pose alongPath(const QList<Pose>& path, double t);

/// The exercise's pose at the moment of the snapshot. Phases without a movement of their own (get ready, rest,
/// switching sides, waiting for a tap) show the pose the next movement starts from or reaches.
Pose poseAt(const Figure& figure, const SessionSnapshot& snapshot);

/// True while the pose changes with time in the snapshot's phase: only then does the player draw frames.
bool isMoving(const Figure& figure, const SessionSnapshot& snapshot);

/// The two key poses a still picture of the phase shows, with an arrow from the first to the second; equal poses
/// when the phase holds still.
std::pair<Pose, Pose> stillPoses(const Figure& figure, const SessionSnapshot& snapshot);

/// Length of one rep, cycle or breath at the dose's tempo, for a page that shows the movement in a loop.
qint64 loopMs(const Figure& figure, const Dose& dose);
/// The pose at ms into that loop (ms wraps), for set 0.
Pose loopPose(const Figure& figure, const Dose& dose, qint64 ms);

} // namespace motion

} // namespace unknot
