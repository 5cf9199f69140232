#include "figures/FigurePainter.h"

#include "FigureGeometry.h"

#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QtMath>

namespace unknot {

namespace {

QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() * (1 - t) + b.redF() * t),
                            static_cast<float>(a.greenF() * (1 - t) + b.greenF() * t),
                            static_cast<float>(a.blueF() * (1 - t) + b.blueF() * t));
}

/// Limb widths in centimetres: thick enough to read at a glance, thin enough to see the joints.
namespace width {
constexpr double trunk = 15;
constexpr double neck = 8;
constexpr double upperArm = 8;
constexpr double forearm = 7;
constexpr double hand = 5;
constexpr double thigh = 12;
constexpr double shin = 9;
constexpr double foot = 5;
} // namespace width

class Canvas {
public:
    Canvas(QPainter& painter, const QRectF& rect, const QRectF& scene)
        : m_painter(painter)
    {
        const double scale = std::min(rect.width() / scene.width(), rect.height() / scene.height());
        const QPointF centre = rect.center();
        m_painter.translate(centre);
        m_painter.scale(scale, -scale); // y up, as the geometry is
        m_painter.translate(-scene.center());
    }

    void line(const QPointF& a, const QPointF& b, double thickness, const QColor& colour)
    {
        m_painter.setPen(QPen(colour, thickness, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        m_painter.drawLine(a, b);
    }
    void curve(const QPointF& a, const QPointF& via, const QPointF& b, double thickness, const QColor& colour)
    {
        QPainterPath path(a);
        // A curve that passes through via: the control point is pushed past it.
        path.quadTo(2 * via - (a + b) / 2, b);
        m_painter.setPen(QPen(colour, thickness, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        m_painter.setBrush(Qt::NoBrush);
        m_painter.drawPath(path);
    }
    void disc(const QPointF& centre, double radius, const QColor& fill)
    {
        m_painter.setPen(Qt::NoPen);
        m_painter.setBrush(fill);
        m_painter.drawEllipse(centre, radius, radius);
    }
    void box(const QRectF& rect, double radius, const QColor& fill)
    {
        m_painter.setPen(Qt::NoPen);
        m_painter.setBrush(fill);
        m_painter.drawRoundedRect(rect.normalized(), radius, radius);
    }
    QPainter& painter() { return m_painter; }

private:
    QPainter& m_painter;
};

void drawLimbs(Canvas& c, const FigurePoints& f, int s, const QColor& colour, bool arms, bool legs,
               const QColor& halo = {})
{
    if (halo.isValid()) {
        // A thin edge in the background colour keeps a limb readable where it crosses the body.
        const double edge = 3;
        if (legs) {
            c.line(f.hip[s], f.knee[s], width::thigh + edge, halo);
            c.line(f.knee[s], f.ankle[s], width::shin + edge, halo);
        }
        if (arms) {
            c.line(f.shoulder[s], f.elbow[s], width::upperArm + edge, halo);
            c.line(f.elbow[s], f.wrist[s], width::forearm + edge, halo);
            c.line(f.wrist[s], f.hand[s], width::hand + edge, halo);
        }
    }
    if (legs) {
        c.line(f.hip[s], f.knee[s], width::thigh, colour);
        c.line(f.knee[s], f.ankle[s], width::shin, colour);
        c.line(f.ankle[s], f.toe[s], width::foot, colour);
    }
    if (arms) {
        c.line(f.shoulder[s], f.elbow[s], width::upperArm, colour);
        c.line(f.elbow[s], f.wrist[s], width::forearm, colour);
        c.line(f.wrist[s], f.hand[s], width::hand, colour);
    }
}

void drawTrunkAndHead(Canvas& c, const FigurePoints& f, FigureView view, const QColor& colour, const QColor& faceMark)
{
    c.curve(f.pelvis, f.chest, f.neck, width::trunk, colour);
    if (view != FigureView::Side) {
        // From the front the shoulders are a bar the arms hang from, as wide as the chest is turned.
        c.line(f.shoulder[0], f.shoulder[1], width::upperArm + 2, colour);
        c.line(f.hip[0], f.hip[1], width::thigh, colour);
    }
    const QPointF neckTop =
        f.headCentre + (f.neck - f.headCentre) * (body::headRadius / QLineF(f.neck, f.headCentre).length());
    c.line(f.neck, neckTop, width::neck, colour);
    c.disc(f.headCentre, body::headRadius, colour);
    // The nose says which way the face looks: out of the outline from the side, a light mark from the front.
    if (view == FigureView::Side) {
        c.disc(f.face, 3.2, colour);
    } else if (std::abs(f.faceDepth) > 0.15) {
        c.disc(f.face, 3.2, faceMark);
    }
}

void drawPack(Canvas& c, const FigurePoints& f, const QColor& fill, bool warm)
{
    // On the upper back, between the shoulder blades: behind the upper back, away from the face.
    const QPointF spine = (f.chest + f.neck) / 2;
    const QLineF axis(f.chest, f.neck);
    const QPointF back = spine - (f.face - f.headCentre) * 0.9;
    QPainter& p = c.painter();
    p.save();
    p.translate(back);
    p.rotate(-axis.angle() + 90);
    c.box(QRectF(-5, -12, 10, 24), 3, fill);
    const QColor mark = fill.darker(140);
    for (int i = -1; i <= 1; ++i) {
        if (warm) { // rising warmth
            QPainterPath wave(QPointF(-9, i * 7));
            wave.cubicTo(QPointF(-13, i * 7 + 2), QPointF(-11, i * 7 + 4), QPointF(-15, i * 7 + 5));
            p.setPen(QPen(mark, 1.6, Qt::SolidLine, Qt::RoundCap));
            p.setBrush(Qt::NoBrush);
            p.drawPath(wave);
        } else { // flakes of frost
            for (const double turn : {0.0, 60.0, 120.0}) {
                QLineF arm = QLineF::fromPolar(2.6, turn).translated(QPointF(-11, i * 7));
                c.line(arm.p1() * 2 - arm.p2(), arm.p2(), 1.2, mark);
            }
        }
    }
    p.restore();
}

void drawProp(Canvas& c, const Prop& prop, const Movement& movement, const FigurePoints& f, const FigureStyle& style)
{
    const QPointF at = prop.at;
    if (prop.kind == QLatin1String("mat") && movement.view == FigureView::Top) {
        c.box(f.bounds().adjusted(-10, -12, 10, 12), 6, style.mat);
        return;
    }
    // Props are authored for the unmirrored figure: a mirrored movement flips them about x = 0 with it, and a
    // flipped chair or bed turns about its own edge.
    QPainter& p = c.painter();
    p.save();
    if (movement.mirror) {
        p.scale(-1, 1);
    }
    if (prop.flip) {
        p.translate(at.x(), 0);
        p.scale(-1, 1);
        p.translate(-at.x(), 0);
    }
    const QString& kind = prop.kind;
    if (kind == QLatin1String("mat")) {
        c.box(QRectF(at.x() - 95, -2.5, 190, 2.5), 1.2, style.prop);
    } else if (kind == QLatin1String("bed")) {
        const double top = at.y() > 0 ? at.y() : 52;
        c.box(QRectF(at.x() - 200, top - 16, 200, 16), 5, style.prop);
        c.line({at.x() - 10, top - 16}, {at.x() - 10, 0}, 5, style.prop);
    } else if (kind == QLatin1String("chair")) {
        const double seat = at.y() > 0 ? at.y() : 46;
        if (movement.view == FigureView::Side) {
            c.line({at.x() - 42, seat}, {at.x(), seat}, 5, style.prop);
            c.line({at.x() - 40, seat}, {at.x() - 44, seat + 42}, 5, style.prop);
            c.line({at.x() - 36, seat}, {at.x() - 38, 0}, 4, style.prop);
            c.line({at.x() - 4, seat}, {at.x() - 2, 0}, 4, style.prop);
        } else {
            c.line({at.x() - 24, seat}, {at.x() + 24, seat}, 5, style.prop);
            c.line({at.x() - 22, seat}, {at.x() - 22, 0}, 4, style.prop);
            c.line({at.x() + 22, seat}, {at.x() + 22, 0}, 4, style.prop);
        }
    } else if (kind == QLatin1String("wall")) {
        c.line({at.x(), 0}, {at.x(), 200}, 5, style.prop);
    } else if (kind == QLatin1String("roller")) {
        c.disc(at, 7.5, style.prop);
    } else if (kind == QLatin1String("ball")) {
        c.disc(at, 12, style.prop);
    } else if (kind == QLatin1String("cushion")) {
        c.box(QRectF(at.x() - 14, at.y(), 28, 7), 3.5, style.prop);
    }
    p.restore();
}

void drawHeld(Canvas& c, const Movement& movement, const FigurePoints& f, int s, const FigureStyle& style)
{
    for (const Prop& prop : movement.props) {
        if (prop.kind == QLatin1String("weights")) {
            const QPointF grip = (f.wrist[s] + f.hand[s]) / 2;
            c.line(grip + QPointF(-6, 0), grip + QPointF(6, 0), 3, style.prop.darker(130));
            c.box(QRectF(grip.x() - 8, grip.y() - 4.5, 4, 9), 1, style.prop.darker(130));
            c.box(QRectF(grip.x() + 4, grip.y() - 4.5, 4, 9), 1, style.prop.darker(130));
        }
    }
}

void drawFigure(Canvas& c, const Movement& movement, const FigurePoints& f, const FigureStyle& style,
                const QColor& body, const QColor& far)
{
    const int near = f.nearSide;
    const int other = 1 - near;
    const bool side = movement.view == FigureView::Side;
    drawLimbs(c, f, other, side ? far : body, true, true);
    drawHeld(c, movement, f, other, style);
    if (side) {
        drawLimbs(c, f, near, body, false, true);
    }
    drawTrunkAndHead(c, f, movement.view, body, far);
    for (const Prop& prop : movement.props) {
        if (prop.kind == QLatin1String("heat-pack") || prop.kind == QLatin1String("cold-pack")) {
            drawPack(c, f, prop.kind == QLatin1String("heat-pack") ? style.warm : style.cool,
                     prop.kind == QLatin1String("heat-pack"));
        }
    }
    drawLimbs(c, f, near, body, true, !side, style.halo);
    drawHeld(c, movement, f, near, style);
}

void drawScene(Canvas& c, const QRectF& scene, const Movement& movement, const FigurePoints& f,
               const FigureStyle& style)
{
    if (movement.view != FigureView::Top) {
        c.line({scene.left() + 4, -1.5}, {scene.right() - 4, -1.5}, 2, style.ground);
    }
    for (const Prop& prop : movement.props) {
        drawProp(c, prop, movement, f, style);
    }
}

void drawArrow(Canvas& c, const QPointF& from, const QPointF& to, const QColor& colour)
{
    const QLineF line(from, to);
    if (line.length() < 6) {
        return;
    }
    // Stop short of both ends so the arrow sits between the two poses, not on top of a hand.
    const QLineF shaft(line.pointAt(0.18), line.pointAt(0.82));
    c.line(shaft.p1(), shaft.p2(), 3, colour);
    QLineF head(shaft.p2(), shaft.p1());
    head.setLength(9);
    for (const double turn : {28.0, -28.0}) {
        QLineF wing = head;
        wing.setAngle(head.angle() + turn);
        c.line(wing.p1(), wing.p2(), 3, colour);
    }
}

} // namespace

FigureStyle FigureStyle::from(const QPalette& palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const bool dark = base.lightnessF() < 0.5;
    FigureStyle style;
    style.body = dark ? QColor(0x7f, 0xc4, 0xcf) : QColor(0x2f, 0x6f, 0x7c);
    style.far = mix(style.body, base, 0.45);
    style.ghost = mix(style.body, base, dark ? 0.62 : 0.75);
    style.prop = mix(text, base, dark ? 0.6 : 0.72);
    style.mat = mix(text, base, 0.9);
    style.halo = base;
    style.ground = mix(text, base, 0.55);
    style.arrow = dark ? QColor(0xf0, 0xb0, 0x50) : QColor(0xc2, 0x6a, 0x00);
    style.warm = dark ? QColor(0xe8, 0x8a, 0x5a) : QColor(0xe0, 0x7a, 0x48);
    style.cool = dark ? QColor(0x7a, 0xb0, 0xe8) : QColor(0x5a, 0x9a, 0xd8);
    return style;
}

namespace figurepaint {

QRectF sceneOf(const Movement& movement)
{
    QList<Pose> poses = movement.keyPoses();
    if (poses.isEmpty()) {
        poses.append(movement.startPose());
    }
    // QRectF::united() skips empty rectangles, so the box is grown by hand; y is up, so "top" is the smaller y.
    QRectF scene = placeFigure(poses.first(), movement.view).bounds();
    const auto grow = [&scene](const QRectF& box) {
        scene = QRectF(QPointF(std::min(scene.left(), box.left()), std::min(scene.top(), box.top())),
                       QPointF(std::max(scene.right(), box.right()), std::max(scene.bottom(), box.bottom())));
    };
    for (const Pose& pose : poses) {
        grow(placeFigure(pose, movement.view).bounds());
    }
    for (const Prop& prop : movement.props) {
        const double x = movement.mirror ? -prop.at.x() : prop.at.x();
        const bool towardsPlus = prop.flip != movement.mirror; // the chair's back or the bed's length is at +x
        const double height = prop.at.y() > 0 ? prop.at.y() : 52;
        if (prop.kind == QLatin1String("chair")) {
            grow(towardsPlus ? QRectF(x - 4, 0, 50, 90) : QRectF(x - 46, 0, 50, 90));
        } else if (prop.kind == QLatin1String("bed")) {
            grow(towardsPlus ? QRectF(x, 0, 40, height) : QRectF(x - 40, 0, 40, height));
        } else if (prop.kind == QLatin1String("roller") || prop.kind == QLatin1String("ball")) {
            grow(QRectF(x - 12, prop.at.y() - 12, 24, 24));
        }
    }
    if (movement.upperBody) {
        // From a little below the hips up: small movements of the neck and shoulders need the room.
        double hips = placeFigure(poses.first(), movement.view).pelvis.y();
        for (const Pose& pose : poses) {
            hips = std::min(hips, placeFigure(pose, movement.view).pelvis.y());
        }
        scene.setTop(hips - 14);
        return scene.adjusted(-4, 0, 4, 6);
    }
    if (movement.view != FigureView::Top) {
        grow(QRectF(scene.left(), -4, 1, 4)); // the floor
    }
    return scene.adjusted(-8, -8, 8, 8);
}

void paint(QPainter& painter, const QRectF& rect, const Movement& movement, const Pose& pose, const FigureStyle& style,
           const QRectF& scene)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setClipRect(rect, Qt::IntersectClip);
    const QRectF box = scene.isEmpty() ? sceneOf(movement) : scene;
    Canvas canvas(painter, rect, box);
    const FigurePoints f = placeFigure(pose, movement.view);
    drawScene(canvas, box, movement, f, style);
    drawFigure(canvas, movement, f, style, style.body, style.far);
    painter.restore();
}

void paintStill(QPainter& painter, const QRectF& rect, const Movement& movement, const Pose& from, const Pose& to,
                const FigureStyle& style, const QRectF& scene)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setClipRect(rect, Qt::IntersectClip);
    const QRectF box = scene.isEmpty() ? sceneOf(movement) : scene;
    Canvas canvas(painter, rect, box);
    const FigurePoints a = placeFigure(from, movement.view);
    const FigurePoints b = placeFigure(to, movement.view);
    drawScene(canvas, box, movement, b, style);
    if (!(from == to)) {
        drawFigure(canvas, movement, a, style, style.ghost, style.ghost);
    }
    drawFigure(canvas, movement, b, style, style.body, style.far);
    if (!(from == to)) {
        const auto [start, end] = largestMove(from, to, movement.view);
        drawArrow(canvas, start, end, style.arrow);
    }
    painter.restore();
}

QImage strip(const Movement& movement, const QSizeF& cellSize, double pixelRatio, const QPalette& palette)
{
    const QList<Pose> poses = movement.keyPoses();
    const double gap = 26;
    const QSizeF size(poses.size() * cellSize.width() + (poses.size() - 1) * gap, cellSize.height());
    QImage image((size * pixelRatio).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(pixelRatio);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const FigureStyle style = FigureStyle::from(palette);
    const QRectF scene = sceneOf(movement);
    for (int i = 0; i < poses.size(); ++i) {
        const double left = i * (cellSize.width() + gap);
        paint(painter, QRectF(QPointF(left, 0), cellSize), movement, poses.at(i), style, scene);
        if (i + 1 < poses.size()) { // "then": a small chevron between two poses
            const double x = left + cellSize.width() + gap / 2;
            const double y = cellSize.height() / 2;
            painter.setPen(QPen(style.arrow, 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter.drawPolyline(QPolygonF({{x - 4, y - 8}, {x + 4, y}, {x - 4, y + 8}}));
        }
    }
    return image;
}

QList<int> distinctSets(const Figure& figure)
{
    QList<int> sets;
    for (int i = 0; i < figure.sets.size(); ++i) {
        Movement plain = figure.sets.at(i);
        plain.mirror = false;
        bool seen = false;
        for (const int earlier : sets) {
            Movement other = figure.sets.at(earlier);
            other.mirror = false;
            seen = seen || other == plain;
        }
        if (!seen) {
            sets.append(i);
        }
    }
    return sets;
}

} // namespace figurepaint

} // namespace unknot
