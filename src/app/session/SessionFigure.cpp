#include "session/SessionFigure.h"

#include "FigureMotion.h"
#include "common/ReduceMotion.h"
#include "figures/FigureWidget.h"
#include "session/SessionDriver.h"

namespace unknot {

namespace {
constexpr int frameMs = 33; // about 30 frames a second
} // namespace

SessionFigure::SessionFigure(SessionDriver& driver, Lookup figures, FigureWidget* widget, QObject* parent)
    : QObject(parent)
    , m_driver(driver)
    , m_figures(std::move(figures))
    , m_widget(widget)
{
    setObjectName(QStringLiteral("sessionFigure"));
    m_frames.setTimerType(Qt::PreciseTimer);
    m_frames.setInterval(frameMs);
    connect(&m_frames, &QTimer::timeout, this, [this] { show(m_driver.snapshot()); });
    connect(&ReduceMotion::instance(), &ReduceMotion::changed, this, [this] { show(m_driver.snapshot()); });
}

const Figure& SessionFigure::figureFor(int stepIndex)
{
    auto found = m_cache.find(stepIndex);
    if (found == m_cache.end()) {
        const QList<PlanStep>& steps = m_driver.engine().plan().steps;
        const Figure figure =
            m_figures && stepIndex >= 0 && stepIndex < steps.size() ? m_figures(steps.at(stepIndex)) : Figure{};
        found = m_cache.insert(stepIndex, figure);
    }
    return *found;
}

void SessionFigure::setOnScreen(bool onScreen)
{
    m_onScreen = onScreen;
    show(m_driver.snapshot());
}

void SessionFigure::show(const SessionSnapshot& s)
{
    const Figure& figure = figureFor(s.stepIndex);
    if (figure.isEmpty() || s.state == SessionState::Finished) {
        m_frames.stop();
        m_widget->clear();
        m_widget->hide();
        return;
    }
    m_widget->show();
    // Between the sides the figure already stands as the next side starts.
    const Movement& movement = figure.forSet(s.phase == SessionPhase::SwitchSides ? s.setIndex + 1 : s.setIndex);
    const bool still = ReduceMotion::instance().isOn() || s.phase == SessionPhase::WaitingForTap;
    if (still) {
        const auto [from, to] = motion::stillPoses(figure, s);
        m_widget->showStill(movement, from, to);
    } else {
        m_widget->showPose(movement, motion::poseAt(figure, s));
    }
    const bool animate = m_onScreen && !still && motion::isMoving(figure, s);
    if (animate && !m_frames.isActive()) {
        m_frames.start();
    } else if (!animate) {
        m_frames.stop();
    }
}

} // namespace unknot
