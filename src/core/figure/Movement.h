#pragma once

#include "FigureGeometry.h"
#include "Pose.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>

namespace unknot {

/// Something drawn with the figure: the floor it lies on, a chair, a wall, weights in the hands, a roller.
struct Prop {
    QString kind;      ///< one of Prop::kinds()
    QPointF at;        ///< where it stands, in centimetres (for a chair or bed: the front edge of the seat)
    bool flip = false; ///< a chair or bed that faces the other way (its back or length towards +x)

    bool operator==(const Prop&) const = default;
    static const QStringList& kinds();
};

/// One way of moving, with its key poses and the order the phases pass through them.
struct Movement {
    FigureView view = FigureView::Side;
    QList<Prop> props;
    QMap<QString, Pose> poses;
    QStringList lift;       ///< reps: from the start pose to the top
    QStringList lower;      ///< reps: back down (the lift reversed unless given)
    QStringList contract;   ///< cycles: from rest into the press
    QStringList relax;      ///< cycles: back to rest (the press reversed unless given)
    QStringList hold;       ///< timed: one pose, or two that the figure breathes between
    bool mirror = false;    ///< drawn for the other side
    bool upperBody = false; ///< the picture shows the body from the hips up, for movements of the neck and shoulders

    /// The key poses a phase passes through, in order, mirrored as this set asks.
    QList<Pose> path(const QStringList& names) const;
    /// Every key pose once, in the order a rep or a cycle meets them: for a still strip.
    QList<Pose> keyPoses() const;
    QList<Pose> liftPath() const { return path(lift); }
    QList<Pose> lowerPath() const { return path(lower); }
    QList<Pose> contractPath() const { return path(contract); }
    QList<Pose> relaxPath() const { return path(relax); }
    QList<Pose> holdPath() const { return path(hold); }
    /// The pose the figure waits in before the movement starts.
    Pose startPose() const;
    /// The pose the movement reaches: the top of a lift, the press of a cycle, the breath in of a hold.
    Pose peakPose() const;

    bool operator==(const Movement&) const = default;

    /// Reads a movement, on top of base (a set's movement only names what differs from the first).
    static Movement fromJson(const QJsonObject& json, const Movement& base, QStringList* errors);
    static QString viewName(FigureView view);
};

} // namespace unknot
