#pragma once

#include "Joint.h"

#include <array>

namespace unknot {

/// The figure at one moment: a value per joint, and whether it is drawn mirrored (the other side worked).
struct Pose {
    std::array<double, jointCount> values{};
    bool mirrored = false;

    double operator[](Joint joint) const { return values[static_cast<std::size_t>(joint)]; }
    double& operator[](Joint joint) { return values[static_cast<std::size_t>(joint)]; }
    bool operator==(const Pose&) const = default;

    /// Standing tall, arms by the sides: where every authored pose starts.
    static Pose standing();
};

/// The pose a fraction t (0..1, clamped) of the way from a to b; exactly a at 0 and exactly b at 1.
Pose interpolate(const Pose& a, const Pose& b, double t);
/// The same pose for the other side: left and right swap and the drawing flips. Mirroring twice gives the pose back.
Pose mirrored(const Pose& pose);
/// A gentle start and stop (smoothstep); 0, 0.5 and 1 map to themselves.
double ease(double t);

} // namespace unknot
