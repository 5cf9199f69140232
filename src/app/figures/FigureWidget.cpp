#include "figures/FigureWidget.h"

#include "FigureMotion.h"
#include "common/ReduceMotion.h"
#include "figures/FigurePainter.h"

#include <QPainter>

namespace unknot {

namespace {
/// About 30 frames a second: smooth for a slow movement, and little work.
constexpr int frameMs = 33;
} // namespace

FigureWidget::FigureWidget(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("figure"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_loopTimer.setTimerType(Qt::PreciseTimer);
    m_loopTimer.setInterval(frameMs);
    connect(&m_loopTimer, &QTimer::timeout, this, &FigureWidget::nextFrame);
    connect(&ReduceMotion::instance(), &ReduceMotion::changed, this, &FigureWidget::updateLoop);
}

void FigureWidget::setMovement(const Movement& movement)
{
    if (!m_has || !(movement == m_movement)) {
        m_movement = movement;
        m_scene = figurepaint::sceneOf(movement);
    }
    m_has = true;
}

void FigureWidget::showPose(const Movement& movement, const Pose& pose)
{
    setMovement(movement);
    m_pose = pose;
    m_still = false;
    update();
}

void FigureWidget::showStill(const Movement& movement, const Pose& from, const Pose& to)
{
    setMovement(movement);
    m_from = from;
    m_pose = to;
    m_still = true;
    update();
}

void FigureWidget::playLoop(const Figure& figure, const Dose& dose)
{
    m_loopFigure = figure;
    m_loopDose = dose;
    m_loopClock.start();
    updateLoop();
}

void FigureWidget::clear()
{
    m_loopFigure = {};
    m_loopTimer.stop();
    m_has = false;
    update();
}

void FigureWidget::updateLoop()
{
    if (m_loopFigure.isEmpty()) {
        return;
    }
    const Movement& first = m_loopFigure.forSet(0);
    if (ReduceMotion::instance().isOn() || motion::loopMs(m_loopFigure, m_loopDose) <= 0) {
        m_loopTimer.stop();
        showStill(first, first.startPose(), first.peakPose());
        return;
    }
    nextFrame();
    // Frames only while someone can see them: a hidden page costs nothing.
    if (isVisible()) {
        m_loopTimer.start();
    } else {
        m_loopTimer.stop();
    }
}

void FigureWidget::nextFrame()
{
    showPose(m_loopFigure.forSet(0), motion::loopPose(m_loopFigure, m_loopDose, m_loopClock.elapsed()));
}

void FigureWidget::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    updateLoop();
}

void FigureWidget::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_loopTimer.stop();
}

void FigureWidget::paintEvent(QPaintEvent*)
{
    if (!m_has) {
        return;
    }
    QPainter painter(this);
    const FigureStyle style = FigureStyle::from(palette());
    const QRectF area = QRectF(rect()).adjusted(4, 4, -4, -4);
    if (m_still) {
        figurepaint::paintStill(painter, area, m_movement, m_from, m_pose, style, m_scene);
    } else {
        figurepaint::paint(painter, area, m_movement, m_pose, style, m_scene);
    }
}

} // namespace unknot
