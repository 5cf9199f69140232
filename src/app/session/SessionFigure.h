#pragma once

#include "Figure.h"
#include "PlanStep.h"
#include "SessionSnapshot.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <functional>

namespace unknot {

class FigureWidget;
class SessionDriver;

/// Keeps a figure in step with a session. Every frame's pose comes from the driver's snapshot (phase and time
/// left), the same the countdown shows; the frame timer runs only while the figure moves and can be seen.
class SessionFigure : public QObject {
    Q_OBJECT

public:
    using Lookup = std::function<Figure(const PlanStep&)>;

    SessionFigure(SessionDriver& driver, Lookup figures, FigureWidget* widget, QObject* parent = nullptr);

    /// Shows the figure for snapshot, and starts or stops the frames.
    void show(const SessionSnapshot& snapshot);
    /// The window is on screen (not hidden or minimised): frames may run.
    void setOnScreen(bool onScreen);
    bool isAnimating() const { return m_frames.isActive(); }

private:
    const Figure& figureFor(int stepIndex);

    SessionDriver& m_driver;
    Lookup m_figures;
    FigureWidget* m_widget;
    QHash<int, Figure> m_cache; ///< by plan step: looked up once, as content does not change mid-session
    QTimer m_frames;
    bool m_onScreen = false;
};

} // namespace unknot
