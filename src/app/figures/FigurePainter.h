#pragma once

#include "Figure.h"
#include "Movement.h"

#include <QColor>
#include <QImage>
#include <QRectF>

class QPainter;
class QPalette;

namespace unknot {

/// The figure's colours, taken from a palette so it reads in light and dark.
struct FigureStyle {
    QColor body;   ///< the near side and the trunk
    QColor far;    ///< limbs on the far side
    QColor ghost;  ///< the pose a still picture moves from
    QColor prop;   ///< chair, bed, mat, wall, roller
    QColor mat;    ///< a mat seen from above
    QColor halo;   ///< the thin edge around a limb that crosses the body
    QColor ground; ///< the floor line
    QColor arrow;  ///< the way a still picture moves
    QColor warm;   ///< a heat pack
    QColor cool;   ///< a cold pack

    static FigureStyle from(const QPalette& palette);
};

/// Paints a posed figure and its props. Pure drawing: poses come from core (motion::, placeFigure()).
namespace figurepaint {

/// The scene a movement needs, in centimetres: every key pose and prop, so the figure never jumps or leaves the
/// picture while it moves.
QRectF sceneOf(const Movement& movement);

/// Draws movement's props and pose into rect, with the scene (sceneOf(movement) unless given) fitted and centred.
void paint(QPainter& painter, const QRectF& rect, const Movement& movement, const Pose& pose, const FigureStyle& style,
           const QRectF& scene = {});

/// A still picture of a movement: the pose it starts from faintly, the pose it reaches firmly, and an arrow.
void paintStill(QPainter& painter, const QRectF& rect, const Movement& movement, const Pose& from, const Pose& to,
                const FigureStyle& style, const QRectF& scene = {});

/// The key poses of a movement side by side, each cell cellSize (logical pixels), with a small arrow between
/// them: the still strip a page shows, drawn at the screen's pixel ratio so it stays sharp.
QImage strip(const Movement& movement, const QSizeF& cellSize, double pixelRatio, const QPalette& palette);

/// The sets of figure that are drawn differently (not only mirrored), by index: one strip each.
QList<int> distinctSets(const Figure& figure);

} // namespace figurepaint

} // namespace unknot
