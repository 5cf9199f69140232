#pragma once

#include <QString>
#include <optional>

namespace unknot {

/// One degree of freedom of the drawn figure. Angles are in degrees; see docs/content-format.md for their meaning
/// in a side and a front view. Sided joints come in a left and a right copy, left first.
enum class Joint {
    X,      ///< pelvis position forwards, in centimetres
    Y,      ///< pelvis height above the ground, in centimetres
    Pelvis, ///< direction of the lower back from straight up; forwards (side view) or to the person's left (front)
    Spine,  ///< upper back against the lower back; forwards
    Twist,  ///< chest turned against the hips, to the person's left
    Neck,   ///< neck against the upper back; forwards or to the left
    Head,   ///< head against the neck; chin down or to the left
    Turn,   ///< face turned to the person's left
    ShrugL,
    ShrugR, ///< shoulder blade lifted (1) or drawn down (-1)
    SqueezeL,
    SqueezeR, ///< shoulder blade drawn back (1) or spread forwards (-1)
    ShoulderL,
    ShoulderR, ///< upper arm from hanging: forwards (side view) or out to the side (front)
    ElbowL,
    ElbowR, ///< elbow bend
    CrossL,
    CrossR, ///< front view: the forearm bends out to the side (0) or in across the body (1)
    WristL,
    WristR, ///< hand bend
    HipL,
    HipR, ///< thigh from straight down: forwards
    KneeL,
    KneeR, ///< knee bend
    AnkleL,
    AnkleR, ///< toes pointed down
};

constexpr int jointCount = static_cast<int>(Joint::AnkleR) + 1;

/// The joint's key in the content, e.g. "shoulderL", "pelvis".
QString jointKey(Joint joint);
/// The joint for a key; empty for an unknown key.
std::optional<Joint> jointFromKey(const QString& key);
/// The key a sided joint shares with its other side, e.g. "shoulder" for both shoulders; empty for central joints.
QString sharedKey(Joint joint);
/// True for joints that come in a left and a right copy.
bool isSided(Joint joint);
/// The same joint on the other side; central joints are their own.
Joint otherSide(Joint joint);

/// The range a body can reach, inclusive; content outside it is refused.
struct JointRange {
    double min;
    double max;
};
JointRange jointRange(Joint joint);

} // namespace unknot
