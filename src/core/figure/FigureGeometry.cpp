#include "FigureGeometry.h"

#include <QLineF>
#include <algorithm>
#include <cmath>
#include <numbers>

namespace unknot {

namespace {

double radians(double degrees)
{
    return degrees * std::numbers::pi / 180.0;
}

/// A step of length along a direction in degrees from straight up, turning towards +x.
QPointF step(double degrees, double length)
{
    return {length * std::sin(radians(degrees)), length * std::cos(radians(degrees))};
}

constexpr double shrugReach = 8;
constexpr double squeezeReach = 7;

QPointF along(const QPointF& from, double degrees, double length)
{
    return from + step(degrees, length);
}

/// Directions of the back and head, the same in both views.
struct Spine {
    double lower;
    double upper;
    double head;
};

/// Places the back, neck and head from the pelvis up; returns their directions for the limbs.
Spine placeSpine(const Pose& p, FigurePoints& f)
{
    const double lower = p[Joint::Pelvis];
    const double upper = lower + p[Joint::Spine];
    const double neck = upper + p[Joint::Neck];
    const double head = neck + p[Joint::Head];
    f.chest = along(f.pelvis, lower, body::lowerBack);
    f.neck = along(f.chest, upper, body::upperBack);
    const QPointF neckTop = along(f.neck, neck, body::neck);
    f.headCentre = along(neckTop, head, body::headRadius);
    return {lower, upper, head};
}

void placeSide(const Pose& p, FigurePoints& f)
{
    const auto [lower, upper, head] = placeSpine(p, f);
    const double turn = radians(p[Joint::Turn]);
    f.faceDepth = std::cos(turn);
    f.face = along(f.headCentre, head + 90, body::headRadius * (0.35 + 0.65 * std::abs(std::cos(turn))));
    f.chestWidth = 0;
    for (int s = 0; s < 2; ++s) {
        const auto sided = [&](Joint left) { return p[static_cast<Joint>(static_cast<int>(left) + s)]; };
        // The shoulder joint sits just below the neck; the shoulder blade lifts it and draws it back.
        // Drawn larger than life: a shoulder blade moves only a few centimetres, too little to see in a picture.
        f.shoulder[s] = along(f.neck, upper + 180, 4 - shrugReach * sided(Joint::ShrugL)) +
                        step(upper - 90, squeezeReach * sided(Joint::SqueezeL));
        const double arm = upper + 180 - sided(Joint::ShoulderL);
        const double forearm = arm - sided(Joint::ElbowL);
        f.elbow[s] = along(f.shoulder[s], arm, body::upperArm);
        f.wrist[s] = along(f.elbow[s], forearm, body::forearm);
        f.hand[s] = along(f.wrist[s], forearm - sided(Joint::WristL), body::hand);
        const double thigh = lower + 180 - sided(Joint::HipL);
        const double shin = thigh + sided(Joint::KneeL);
        f.hip[s] = f.pelvis;
        f.knee[s] = along(f.hip[s], thigh, body::thigh);
        f.ankle[s] = along(f.knee[s], shin, body::shin);
        f.toe[s] = along(f.ankle[s], shin - 90 + sided(Joint::AnkleL), body::foot);
    }
    f.nearSide = 0; // facing right, the left side is towards the viewer
}

void placeFront(const Pose& p, FigurePoints& f)
{
    const auto [lower, upper, head] = placeSpine(p, f);
    const double turn = radians(p[Joint::Turn]);
    f.faceDepth = std::sin(turn);
    f.face = along(f.headCentre, head + 90, body::headRadius * 0.8 * std::sin(turn));
    const double twist = std::cos(radians(p[Joint::Twist]));
    f.chestWidth = 2 * body::halfChest * twist;
    for (int s = 0; s < 2; ++s) {
        const auto sided = [&](Joint left) { return p[static_cast<Joint>(static_cast<int>(left) + s)]; };
        // Seen from the front the person's left is on the viewer's right.
        const double out = s == 0 ? 1.0 : -1.0;
        const double width = body::halfChest * twist - squeezeReach / 2 * sided(Joint::SqueezeL);
        f.shoulder[s] =
            along(f.neck, upper + 180, 4 - shrugReach * sided(Joint::ShrugL)) + step(upper + 90, out * width);
        const double arm = upper + 180 - out * sided(Joint::ShoulderL);
        const double forearm = arm - out * sided(Joint::ElbowL) * (1 - 2 * sided(Joint::CrossL));
        f.elbow[s] = along(f.shoulder[s], arm, body::upperArm);
        f.wrist[s] = along(f.elbow[s], forearm, body::forearm);
        f.hand[s] = along(f.wrist[s], forearm - out * sided(Joint::WristL), body::hand * 0.8);
        // Legs bend towards the viewer: a thigh or shin seen end-on is drawn short.
        const double thighTilt = sided(Joint::HipL);
        const double shinTilt = thighTilt - sided(Joint::KneeL);
        f.hip[s] = along(f.pelvis, lower + 90, out * body::halfHips);
        f.knee[s] = along(f.hip[s], lower + 180, body::thigh * std::abs(std::cos(radians(thighTilt))));
        f.ankle[s] = along(f.knee[s], lower + 180, body::shin * std::abs(std::cos(radians(shinTilt))));
        f.toe[s] = along(f.ankle[s], lower + 180 - out * 60, body::foot * 0.6);
    }
    // A chest turned to the left brings the right shoulder forwards.
    f.nearSide = p[Joint::Twist] > 0 ? 1 : 0;
}

} // namespace

QRectF FigurePoints::bounds() const
{
    // Not QRectF::united(): it skips empty rectangles, and a point is one.
    double left = pelvis.x();
    double right = left;
    double bottom = pelvis.y();
    double top = bottom;
    const auto add = [&](const QPointF& point) {
        left = std::min(left, point.x());
        right = std::max(right, point.x());
        bottom = std::min(bottom, point.y());
        top = std::max(top, point.y());
    };
    for (const auto& point : {chest, neck, headCentre}) {
        add(point);
    }
    for (int s = 0; s < 2; ++s) {
        for (const auto& point : {shoulder[s], elbow[s], wrist[s], hand[s], hip[s], knee[s], ankle[s], toe[s]}) {
            add(point);
        }
    }
    const double r = body::headRadius;
    return QRectF(QPointF(left - r, bottom - r), QPointF(right + r, top + r));
}

FigurePoints placeFigure(const Pose& pose, FigureView view)
{
    // A mirrored pose is placed as its unmirrored twin and flipped, so both sides share one set of formulas.
    const Pose p = pose.mirrored ? mirrored(pose) : pose;
    FigurePoints f{};
    f.pelvis = QPointF(p[Joint::X], p[Joint::Y]);
    if (view == FigureView::Side) {
        placeSide(p, f);
    } else {
        placeFront(p, f);
    }
    if (!pose.mirrored) {
        return f;
    }
    const auto flip = [](QPointF& point) { point.setX(-point.x()); };
    for (QPointF* point : {&f.pelvis, &f.chest, &f.neck, &f.headCentre, &f.face}) {
        flip(*point);
    }
    for (auto* side : {&f.shoulder, &f.elbow, &f.wrist, &f.hand, &f.hip, &f.knee, &f.ankle, &f.toe}) {
        flip((*side)[0]);
        flip((*side)[1]);
        std::swap((*side)[0], (*side)[1]);
    }
    f.nearSide = 1 - f.nearSide;
    return f;
}

std::pair<QPointF, QPointF> largestMove(const Pose& from, const Pose& to, FigureView view)
{
    const FigurePoints a = placeFigure(from, view);
    const FigurePoints b = placeFigure(to, view);
    std::pair<QPointF, QPointF> best{a.headCentre, b.headCentre};
    double longest = QLineF(a.headCentre, b.headCentre).length();
    const auto consider = [&](const QPointF& p, const QPointF& q) {
        const double length = QLineF(p, q).length();
        if (length > longest + 0.5) { // ties go to the earlier, more central point
            longest = length;
            best = {p, q};
        }
    };
    consider(a.pelvis, b.pelvis);
    consider(a.chest, b.chest);
    for (int s = 0; s < 2; ++s) {
        consider(a.elbow[s], b.elbow[s]);
        consider(a.hand[s], b.hand[s]);
        consider(a.knee[s], b.knee[s]);
        consider(a.toe[s], b.toe[s]);
    }
    return best;
}

} // namespace unknot
