#include "Joint.h"

#include <array>

namespace unknot {

namespace {

struct JointInfo {
    const char16_t* key;
    JointRange range;
};

// Ranges are generous active ranges of an adult, so a typing slip (an elbow at 250) is caught while every real
// pose fits. X, Y and the pelvis place the whole body, so they only keep it on the drawing.
constexpr std::array<JointInfo, jointCount> joints{{
    {u"x", {-150, 150}},        {u"y", {-20, 150}},         {u"pelvis", {-180, 180}}, {u"spine", {-45, 70}},
    {u"twist", {-60, 60}},      {u"neck", {-60, 70}},       {u"head", {-45, 45}},     {u"turn", {-80, 80}},
    {u"shrugL", {-1, 1}},       {u"shrugR", {-1, 1}},       {u"squeezeL", {-1, 1}},   {u"squeezeR", {-1, 1}},
    {u"shoulderL", {-70, 190}}, {u"shoulderR", {-70, 190}}, {u"elbowL", {0, 155}},    {u"elbowR", {0, 155}},
    {u"crossL", {0, 1}},        {u"crossR", {0, 1}},        {u"wristL", {-80, 80}},   {u"wristR", {-80, 80}},
    {u"hipL", {-35, 150}},      {u"hipR", {-35, 150}},      {u"kneeL", {0, 160}},     {u"kneeR", {0, 160}},
    {u"ankleL", {-40, 60}},     {u"ankleR", {-40, 60}},
}};

} // namespace

QString jointKey(Joint joint)
{
    return QString::fromUtf16(joints[static_cast<std::size_t>(joint)].key);
}

std::optional<Joint> jointFromKey(const QString& key)
{
    for (int i = 0; i < jointCount; ++i) {
        if (key == QString::fromUtf16(joints[static_cast<std::size_t>(i)].key)) {
            return static_cast<Joint>(i);
        }
    }
    return std::nullopt;
}

bool isSided(Joint joint)
{
    return joint >= Joint::ShrugL;
}

QString sharedKey(Joint joint)
{
    return isSided(joint) ? jointKey(joint).chopped(1) : QString();
}

Joint otherSide(Joint joint)
{
    if (!isSided(joint)) {
        return joint;
    }
    // Sided joints are laid out left, right, left, right from ShrugL on.
    const int offset = static_cast<int>(joint) - static_cast<int>(Joint::ShrugL);
    return static_cast<Joint>(static_cast<int>(joint) + (offset % 2 == 0 ? 1 : -1));
}

JointRange jointRange(Joint joint)
{
    return joints[static_cast<std::size_t>(joint)].range;
}

} // namespace unknot
