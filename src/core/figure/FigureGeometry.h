#pragma once

#include "Pose.h"

#include <QPointF>
#include <QRectF>
#include <array>

namespace unknot {

/// How the figure is seen: from its side (facing right), from the front, or from above while lying on the floor.
enum class FigureView { Side, Front, Top };

/// Where each part of the figure is, in centimetres with y up and the ground at 0. Index 0 is the left side.
struct FigurePoints {
    QPointF pelvis;
    QPointF chest; ///< the middle of the back, where the lower and upper back meet
    QPointF neck;  ///< the base of the neck
    QPointF headCentre;
    QPointF face;      ///< a point on the head's outline the face looks through
    double faceDepth;  ///< 1 when the face is seen straight on from its side, 0 when it looks at the viewer
    double chestWidth; ///< shoulder to shoulder as seen, narrower when the chest turns
    std::array<QPointF, 2> shoulder, elbow, wrist, hand, hip, knee, ankle, toe;
    /// Which side is nearer the viewer in a side view (drawn last, in full colour).
    int nearSide = 0;

    /// The smallest rectangle holding every point, grown by the head's radius.
    QRectF bounds() const;
};

/// Lengths of the drawn body, in centimetres.
namespace body {
constexpr double lowerBack = 25;
constexpr double upperBack = 25;
constexpr double neck = 9;
constexpr double headRadius = 11;
constexpr double upperArm = 29;
constexpr double forearm = 26;
constexpr double hand = 9;
constexpr double thigh = 44;
constexpr double shin = 43;
constexpr double foot = 14;
constexpr double halfChest = 17;
constexpr double halfHips = 9;
} // namespace body

/// Places every part of the figure for a pose (forward kinematics). A mirrored pose is drawn flipped about x = 0.
FigurePoints placeFigure(const Pose& pose, FigureView view);

/// The point that moves furthest from one pose to the other, as (from, to): where an arrow shows the movement.
std::pair<QPointF, QPointF> largestMove(const Pose& from, const Pose& to, FigureView view);

} // namespace unknot
