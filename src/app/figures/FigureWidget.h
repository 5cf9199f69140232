#pragma once

#include "Dose.h"
#include "Figure.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

namespace unknot {

/// Draws one posed figure. The player sets each pose from the session; a library page lets it loop on its own.
class FigureWidget : public QWidget {
    Q_OBJECT

public:
    explicit FigureWidget(QWidget* parent = nullptr);

    /// Shows movement in pose.
    void showPose(const Movement& movement, const Pose& pose);
    /// Shows the pose a movement starts from faintly, the one it reaches firmly, and an arrow between them.
    void showStill(const Movement& movement, const Pose& from, const Pose& to);
    /// Repeats one rep, cycle or breath of the first set at the dose's tempo while the widget is on screen; a still
    /// picture instead when the person asked for less motion.
    void playLoop(const Figure& figure, const Dose& dose);
    void clear();

    bool hasFigure() const { return m_has; }
    bool isStill() const { return m_still; }
    bool isLooping() const { return m_loopTimer.isActive(); }
    const Pose& pose() const { return m_pose; }
    const Movement& movement() const { return m_movement; }

    QSize sizeHint() const override { return {260, 220}; }
    QSize minimumSizeHint() const override { return {90, 70}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void setMovement(const Movement& movement);
    void updateLoop();
    void nextFrame();

    Movement m_movement;
    QRectF m_scene;
    Pose m_pose;
    Pose m_from;
    bool m_has = false;
    bool m_still = false;
    Figure m_loopFigure;
    Dose m_loopDose;
    QTimer m_loopTimer;
    QElapsedTimer m_loopClock;
};

} // namespace unknot
