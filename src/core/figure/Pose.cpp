#include "Pose.h"

#include <algorithm>

namespace unknot {

Pose Pose::standing()
{
    Pose pose;
    pose[Joint::Y] = 94; // ankles, shins and thighs below the pelvis
    return pose;
}

Pose interpolate(const Pose& a, const Pose& b, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    Pose out = a;
    for (std::size_t i = 0; i < out.values.size(); ++i) {
        // (1 - t) * a + t * b, not a + t * (b - a): the end points come out exact in floating point.
        out.values[i] = (1.0 - t) * a.values[i] + t * b.values[i];
    }
    return out;
}

Pose mirrored(const Pose& pose)
{
    Pose out = pose;
    for (int i = 0; i < jointCount; ++i) {
        const auto joint = static_cast<Joint>(i);
        out[joint] = pose[otherSide(joint)];
    }
    out.mirrored = !pose.mirrored;
    return out;
}

double ease(double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return t * t * (3.0 - 2.0 * t);
}

} // namespace unknot
