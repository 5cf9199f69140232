#include "session/PlayerWindow.h"

#include "figures/FigureWidget.h"
#include "session/PhaseStyle.h"
#include "common/Prompts.h"
#include "common/Tone.h"
#include "session/SessionDriver.h"
#include "common/WindowFit.h"

#include <algorithm>

#include <QCheckBox>
#include <QCloseEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QResizeEvent>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace unknot {

namespace {

const QString geometryKey = QStringLiteral("player/geometry");

QLabel* label(const QString& name, int pixelSize, bool bold = false)
{
    auto* widget = new QLabel;
    widget->setObjectName(name);
    widget->setAlignment(Qt::AlignCenter);
    widget->setWordWrap(true);
    QFont font = widget->font();
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    widget->setFont(font);
    widget->setProperty("basePx", pixelSize); // scaled down with the window's height, see applyScale()
    return widget;
}

/// Full size down to this height; below it everything scales, so the whole player fits a small screen.
constexpr int fullHeight = 1000;
constexpr double minScale = 0.4;

} // namespace

PlayerWindow::PlayerWindow(SessionDriver& driver, std::function<QString(const PlanStep&)> instructions,
                           SessionFigure::Lookup figures, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_driver(driver)
    , m_instructions(std::move(instructions))
{
    setObjectName(QStringLiteral("player"));
    setWindowTitle(tr("%1 — Unknot").arg(driver.engine().plan().title));
    build();
    applyColours();
    m_figure = new SessionFigure(m_driver, std::move(figures), m_figureView, this);
    addShortcuts();
    connect(&m_driver, &SessionDriver::changed, this, &PlayerWindow::render);
    connect(&m_driver, &SessionDriver::eventOccurred, this, &PlayerWindow::onEvent);
    render(m_driver.snapshot());
    fitContent(windowfit::available(this).height() - 40); // before sizing, so the window never asks for more
    windowfit::restore(this, geometryKey, QSize(980, 860));
}

QPushButton* PlayerWindow::button(const QString& text, const QString& name, const QString& tip)
{
    auto* widget = new QPushButton(text);
    widget->setObjectName(name);
    widget->setToolTip(tip);
    widget->setFocusPolicy(Qt::NoFocus); // keys belong to the player's shortcuts, not to one button
    widget->setMinimumHeight(52);
    widget->setProperty("baseMinHeight", 52);
    return widget;
}

void PlayerWindow::applyColours()
{
    const bool dark = tone::isDark(tone::current());
    const auto c = [dark](const char* light, const char* darkOne) { return QLatin1String(dark ? darkOne : light); };
    const QString sheet =
        QStringLiteral(
            "QWidget#player { background: %1; }"
            "QPushButton { font-size: 16px; padding: 8px 16px; border-radius: 8px; background: %2;"
            " border: 1px solid %3; }"
            "QPushButton:hover { background: %4; }"
            "QPushButton:focus { border: 3px solid %5; }" // this sheet covers the app's, and its focus mark too
            "QPushButton#pauseButton, QPushButton#tapButton, QPushButton#confirmButton { background: #2f7d8c;"
            " color: white; font-weight: 600; }"
            "QPushButton#endButton { background: %6; border-color: %7; }"
            "QProgressBar { border: none; background: %8; border-radius: 5px; height: 10px; }"
            "QProgressBar::chunk { background: %9; border-radius: 5px; }"
            "QCheckBox { font-size: 15px; }")
            .arg(c("#f7f9f8", "#25292b"), c("#e3ecea", "#343b3d"), c("#c9d8d4", "#4a5457"), c("#d5e3e0", "#3e4749"),
                 c("#e08a00", "#f0a030"), c("#f6e4df", "#4a2f2a"), c("#e8c9c0", "#6a433b"), c("#e1e8e6", "#3a4245"),
                 c("#2f7d8c", "#5fb0c0"));
    // Setting a sheet repolishes, which can bring another palette change: only set what differs.
    const auto set = [](QWidget* widget, const QString& text) {
        if (widget->styleSheet() != text) {
            widget->setStyleSheet(text);
        }
    };
    set(this, sheet);
    set(m_caution, QStringLiteral("color: %1; background: %2; border-radius: 8px; padding: 6px 12px;")
                       .arg(c("#7a4a12", "#f2d29b"), c("#fdf3e3", "#3d3320")));
    set(m_next, QStringLiteral("color: %1;").arg(tone::quiet(tone::current()).name()));
    set(m_instructionsView,
        QStringLiteral("background: %1; border-radius: 8px; font-size: 16px;").arg(c("#eef3f2", "#2f3537")));
    showPhaseColour(m_driver.snapshot());
}

void PlayerWindow::showPhaseColour(const SessionSnapshot& s)
{
    const bool dark = tone::isDark(tone::current());
    const QColor colour =
        s.state == SessionState::Paused ? phasestyle::pausedColour(dark) : phasestyle::colour(s.phase, dark);
    const QString sheet = QStringLiteral("color: %1;").arg(colour.name());
    for (QLabel* label : {m_phase, m_countdown}) {
        if (label->styleSheet() != sheet) {
            label->setStyleSheet(sheet);
        }
    }
}

void PlayerWindow::build()
{
    m_title = label(QStringLiteral("routineTitle"), 18, true);
    m_title->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_stepOf = label(QStringLiteral("stepOf"), 18);
    m_stepOf->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setTextVisible(false);
    m_progress->setFixedHeight(10);
    m_timeLeft = label(QStringLiteral("timeLeft"), 16);
    m_timeLeft->setAlignment(Qt::AlignRight);

    m_step = label(QStringLiteral("stepTitle"), 40, true);
    m_caution = label(QStringLiteral("cautionLine"), 18);
    m_caution->setWordWrap(true);
    m_phase = label(QStringLiteral("phaseLabel"), 60, true);
    m_countdown = label(QStringLiteral("countdown"), 180, true);
    // One line each, beside the figure: a wrapped label would ask for the height of its narrowest width.
    m_phase->setWordWrap(false);
    m_countdown->setWordWrap(false);
    m_countdown->setMinimumHeight(200);
    m_countdown->setProperty("baseMinHeight", 200);
    m_count = label(QStringLiteral("countText"), 36);
    m_count->setWordWrap(true);
    m_figureView = new FigureWidget;
    m_figureView->setObjectName(QStringLiteral("playerFigure"));
    m_figureView->setMinimumSize(160, 200);
    m_figureView->setProperty("baseMinHeight", 200);
    m_next = label(QStringLiteral("nextLabel"), 20);

    m_instructionsView = new QTextBrowser;
    m_instructionsView->setObjectName(QStringLiteral("instructions"));
    m_instructionsView->setFrameShape(QFrame::NoFrame);
    m_instructionsView->setFocusPolicy(Qt::NoFocus);
    m_instructionsView->setMinimumHeight(120);
    m_instructionsView->setProperty("baseMinHeight", 100);

    m_tap = button(tr("Count a rep  (Space)"), QStringLiteral("tapButton"), tr("Press after each rep"));
    m_tap->setMinimumHeight(72);
    m_tap->setProperty("baseMinHeight", 72);
    connect(m_tap, &QPushButton::clicked, &m_driver, &SessionDriver::tapRep);
    m_confirm = button(tr("My skin feels normal: go on  (Space)"), QStringLiteral("confirmButton"),
                       tr("Press when your skin feels and looks normal again. If it feels numb or tingly, or looks "
                          "very red or pale, end here instead."));
    m_confirm->setMinimumHeight(72);
    m_confirm->setProperty("baseMinHeight", 72);
    connect(m_confirm, &QPushButton::clicked, &m_driver, &SessionDriver::confirm);

    auto* back = button(tr("‹ Back"), QStringLiteral("backButton"), tr("Previous step (Left)"));
    auto* restart = button(tr("Restart step"), QStringLiteral("restartButton"), tr("Start this step again (R)"));
    m_pause = button(tr("Pause"), QStringLiteral("pauseButton"), tr("Pause or resume (P)"));
    auto* skip = button(tr("Skip ›"), QStringLiteral("skipButton"), tr("Next step (Right)"));
    auto* less = m_less = button(tr("− rep"), QStringLiteral("lessButton"), tr("One rep less (-)"));
    auto* more = m_more = button(tr("+ rep"), QStringLiteral("moreButton"), tr("One rep more (+)"));
    auto* end = button(tr("End"), QStringLiteral("endButton"), tr("End the session (Esc)"));
    connect(back, &QPushButton::clicked, &m_driver, &SessionDriver::back);
    connect(restart, &QPushButton::clicked, &m_driver, &SessionDriver::restartStep);
    connect(m_pause, &QPushButton::clicked, &m_driver, &SessionDriver::togglePause);
    connect(skip, &QPushButton::clicked, &m_driver, &SessionDriver::skip);
    connect(less, &QPushButton::clicked, this, [this] { m_driver.adjustReps(-1); });
    connect(more, &QPushButton::clicked, this, [this] { m_driver.adjustReps(1); });
    connect(end, &QPushButton::clicked, this, &PlayerWindow::requestEnd);

    auto* controls = new QHBoxLayout;
    for (QPushButton* each : {back, restart, m_pause, skip, less, more, end}) {
        controls->addWidget(each);
    }

    m_selfPaced = new QCheckBox(tr("Count reps myself (S)"));
    m_selfPaced->setObjectName(QStringLiteral("selfPaced"));
    m_selfPaced->setFocusPolicy(Qt::NoFocus);
    connect(m_selfPaced, &QCheckBox::toggled, &m_driver, &SessionDriver::setSelfPaced);
    m_sound = new QCheckBox(tr("Sound"));
    m_sound->setObjectName(QStringLiteral("sound"));
    m_sound->setFocusPolicy(Qt::NoFocus);
    connect(m_sound, &QCheckBox::toggled, this, &PlayerWindow::soundToggled);
    m_voice = new QCheckBox(tr("Voice"));
    m_voice->setObjectName(QStringLiteral("voice"));
    m_voice->setFocusPolicy(Qt::NoFocus);
    connect(m_voice, &QCheckBox::toggled, this, &PlayerWindow::voiceToggled);
    auto* mini = button(tr("Mini player (M)"), QStringLiteral("miniButton"),
                        tr("A small player that stays on top of your work"));
    mini->setMinimumHeight(36);
    connect(mini, &QPushButton::clicked, this, &PlayerWindow::miniPlayerToggled);
    auto* options = new QHBoxLayout;
    options->addWidget(m_selfPaced);
    options->addStretch();
    options->addWidget(m_sound);
    options->addWidget(m_voice);
    options->addWidget(mini);

    auto* header = new QGridLayout;
    header->addWidget(m_title, 0, 0);
    header->addWidget(m_stepOf, 0, 1);
    header->addWidget(m_progress, 1, 0, 1, 2);
    header->addWidget(m_timeLeft, 2, 1);

    // What the session shows scales to the room left; the controls under it never leave the window.
    auto* shown = new QWidget;
    shown->setObjectName(QStringLiteral("shown"));
    auto* shownLayout = new QVBoxLayout(shown);
    shownLayout->setContentsMargins(0, 0, 0, 0);
    shownLayout->setSpacing(4);
    shownLayout->addWidget(m_step);
    shownLayout->addWidget(m_caution);
    // The figure stands beside the count, so following it needs no reading.
    auto* counting = new QVBoxLayout;
    counting->setSpacing(4);
    counting->addWidget(m_phase);
    counting->addWidget(m_countdown, 1);
    auto* moving = new QHBoxLayout;
    moving->addWidget(m_figureView, 1);
    moving->addLayout(counting, 1);
    shownLayout->addLayout(moving, 1);
    shownLayout->addWidget(m_count);
    shownLayout->addWidget(m_tap);
    shownLayout->addWidget(m_confirm);
    shownLayout->addWidget(m_next);
    shownLayout->addWidget(m_instructionsView);

    auto* playing = new QWidget;
    auto* layout = new QVBoxLayout(playing);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(shown, 1);
    layout->addLayout(controls);
    layout->addLayout(options);

    m_summary = label(QStringLiteral("summary"), 28);
    auto* done = button(tr("Close"), QStringLiteral("closeButton"), tr("Back to the library"));
    done->setMinimumWidth(220);
    done->setMinimumHeight(64);
    connect(done, &QPushButton::clicked, this, &QWidget::close);
    auto* finished = new QWidget;
    auto* finishedLayout = new QVBoxLayout(finished);
    finishedLayout->addStretch();
    finishedLayout->addWidget(m_summary);
    finishedLayout->addWidget(done, 0, Qt::AlignCenter);
    finishedLayout->addStretch();

    m_stack = new QStackedWidget;
    m_stack->addWidget(playing);
    m_stack->addWidget(finished);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(28, 20, 28, 20);
    outer->addWidget(m_stack);
}

void PlayerWindow::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_figure->setOnScreen(!isMinimized());
}

void PlayerWindow::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_figure->setOnScreen(false);
}

void PlayerWindow::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::WindowStateChange) {
        m_figure->setOnScreen(isVisible() && !isMinimized()); // minimised, nothing is drawn, so nothing moves
    }
    if (event->type() == QEvent::PaletteChange && m_instructionsView) { // the theme changed while it plays
        applyColours();
    }
}

void PlayerWindow::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitContent(height());
}

void PlayerWindow::fitContent(int targetHeight)
{
    // Start from the height, then shrink a step at a time until everything fits: a window that needs more than
    // the screen has would push the controls off it.
    double scale = std::clamp(static_cast<double>(targetHeight) / fullHeight, minScale, 1.0);
    applyScale(scale);
    while (scale > minScale && layout()->totalMinimumSize().height() > targetHeight) {
        scale = std::max(minScale, scale - 0.05);
        applyScale(scale);
    }
}

void PlayerWindow::applyScale(double scale)
{
    if (qFuzzyCompare(scale, m_scale)) {
        return;
    }
    m_scale = scale;
    // Text keeps a readable floor; the big countdown shrinks most, as it has the most to spare.
    for (auto* each : findChildren<QWidget*>()) {
        if (const int base = each->property("basePx").toInt(); base > 0) {
            QFont font = each->font();
            font.setPixelSize(std::max(std::min(base, 15), static_cast<int>(base * scale)));
            each->setFont(font);
        }
        if (const int base = each->property("baseMinHeight").toInt(); base > 0) {
            // The instructions may shrink to nothing on the smallest screens: the count matters more than the text.
            const int floor = each == m_instructionsView ? 0 : std::min(base, 36);
            each->setMinimumHeight(std::max(floor, static_cast<int>(base * scale)));
        }
    }
    // A nested layout keeps its old minimum until told: the figure's row would still ask for full-size text.
    for (auto* each : findChildren<QLayout*>()) {
        each->invalidate();
    }
}

void PlayerWindow::addShortcuts()
{
    const auto bind = [this](const QKeySequence& keys, auto slot) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    bind(Qt::Key_Space, [this] { onSpace(); });
    bind(Qt::Key_Return, [this] { m_driver.tapRep(); });
    bind(Qt::Key_Enter, [this] { m_driver.tapRep(); });
    bind(Qt::Key_P, [this] { m_driver.togglePause(); });
    bind(Qt::Key_Right, [this] { m_driver.skip(); });
    bind(Qt::Key_N, [this] { m_driver.skip(); });
    bind(Qt::Key_Left, [this] { m_driver.back(); });
    bind(Qt::Key_R, [this] { m_driver.restartStep(); });
    bind(Qt::Key_Plus, [this] { m_driver.adjustReps(1); });
    bind(Qt::Key_Equal, [this] { m_driver.adjustReps(1); });
    bind(Qt::Key_Minus, [this] { m_driver.adjustReps(-1); });
    bind(Qt::Key_S, [this] { m_selfPaced->toggle(); });
    bind(Qt::Key_M, [this] { Q_EMIT miniPlayerToggled(); });
    bind(Qt::Key_F11, [this] { isFullScreen() ? showNormal() : showFullScreen(); });
    bind(Qt::Key_Escape, [this] {
        if (m_finished) {
            close();
        } else {
            requestEnd();
        }
    });
}

void PlayerWindow::setResumedFrom(int fromStep)
{
    const QList<PlanStep>& steps = m_driver.engine().plan().steps;
    for (int i = 0; i < fromStep && i < steps.size(); ++i) {
        if (!steps.at(i).insertedRest) {
            m_finishedSteps.insert(i);
        }
    }
}

void PlayerWindow::setCueToggles(bool sound, bool voice)
{
    const QSignalBlocker blockSound(m_sound);
    const QSignalBlocker blockVoice(m_voice);
    m_sound->setChecked(sound);
    m_voice->setChecked(voice);
}

void PlayerWindow::onSpace()
{
    m_driver.primary();
}

void PlayerWindow::onEvent(const SessionEvent& event)
{
    if (event.type == SessionEvent::Type::StepFinished && !event.skipped
        && !m_driver.engine().plan().steps.at(event.stepIndex).insertedRest) {
        m_finishedSteps.insert(event.stepIndex); // counted as the header counts: added rests are not steps
    }
    if (event.type == SessionEvent::Type::SleepDetected) {
        // The computer slept: the engine paused rather than racing ahead; say why it is paused.
        m_slept = true;
    }
}

void PlayerWindow::render(const SessionSnapshot& s)
{
    if (m_figure) {
        m_figure->show(s);
    }
    if (s.state == SessionState::Finished) {
        m_finished = true;
        m_summary->setText(!s.endedEarly             ? tr("Well done.\nYou finished %1.").arg(m_driver.engine().plan().title)
                           : m_finishedSteps.isEmpty() ? tr("Session ended.\nNothing was finished, so it is not kept as "
                                                            "a session in your journal.")
                                                       : tr("Session ended.\nThe steps you finished are saved."));
        m_stack->setCurrentIndex(1);
        return;
    }
    const SessionPlan& plan = m_driver.engine().plan();
    m_title->setText(plan.title);
    // Rests the plan inserts between steps are not steps to the person: count only the real ones.
    const int realSteps = plan.shownStepCount();
    m_stepOf->setText(tr("Step %1 of %2").arg(std::max(1, plan.shownStepNumber(s.stepIndex))).arg(realSteps));
    const qint64 total = std::max<qint64>(1, plan.plannedMs());
    m_progress->setRange(0, 1000);
    m_progress->setValue(static_cast<int>(1000 - std::min(total, s.totalMsLeft) * 1000 / total));
    m_timeLeft->setText(phasestyle::timeLeft(s.totalMsLeft));

    m_step->setText(s.stepTitle);
    const QString phaseText = s.state == SessionState::Paused ? tr("Paused") : phasestyle::label(s);
    m_phase->setText(phaseText);
    showPhaseColour(s);
    m_countdown->setText(phasestyle::countdown(s));
    m_count->setText(s.phase == SessionPhase::Confirm
                         ? tr("Numb, tingling, very red or pale? Press End: no heat today.")
                         : s.countText);
    m_slept = m_slept && s.state == SessionState::Paused;
    m_next->setText(m_slept                     ? tr("Paused while your computer was asleep. Press Space to carry on.")
                    : !s.nextStepTitle.isEmpty() ? tr("Next: %1").arg(s.nextStepTitle)
                    : realSteps > 1              ? tr("Last step")
                                                 : QString());
    m_tap->setVisible(s.phase == SessionPhase::WaitingForTap);
    m_confirm->setVisible(s.phase == SessionPhase::Confirm);
    m_caution->setText(s.stepCaution);
    m_caution->setVisible(!s.stepCaution.isEmpty() && s.state != SessionState::Finished);
    const bool counted = s.stepKind == PlanStep::Kind::Reps || s.stepKind == PlanStep::Kind::Cycles;
    m_less->setVisible(counted);
    m_more->setVisible(counted);
    bool planCounts = false;
    for (const auto& step : plan.steps) {
        planCounts = planCounts || step.kind == PlanStep::Kind::Reps;
    }
    m_selfPaced->setVisible(planCounts);
    // "Cold" over "Cold" says nothing new; a skin check's title does.
    const bool titleIsPhase = s.stepKind == PlanStep::Kind::Heat || s.stepKind == PlanStep::Kind::Cold
                              || (s.stepKind == PlanStep::Kind::Rest && !s.stepSkinCheck);
    m_step->setVisible(!titleIsPhase);
    m_countdown->setVisible(s.phase != SessionPhase::WaitingForTap && s.phase != SessionPhase::Confirm);
    m_pause->setText(s.state == SessionState::Paused ? tr("Resume") : tr("Pause"));
    {
        const QSignalBlocker block(m_selfPaced);
        m_selfPaced->setChecked(s.selfPaced);
    }
    if (s.stepIndex != m_shownStep && s.stepIndex < plan.steps.size()) {
        m_shownStep = s.stepIndex;
        m_instructionsView->setHtml(m_instructions ? m_instructions(plan.steps.at(s.stepIndex)) : QString());
    }
}

bool PlayerWindow::requestEnd()
{
    if (m_finished) {
        return true;
    }
    if (!m_finishedSteps.isEmpty()) {
        const int steps = m_driver.engine().plan().shownStepCount();
        // The session waits while the person decides, so the question never goes stale behind their back.
        const bool wasRunning = m_driver.snapshot().state == SessionState::Running;
        if (wasRunning) {
            m_driver.pause();
        }
        const bool end = Prompts::confirm(this, tr("End the session?"),
                                          tr("You have finished %1 of %n step(s). End the session now? The steps "
                                             "you finished are already saved.",
                                             nullptr, steps)
                                              .arg(m_finishedSteps.size()),
                                          tr("End session"), tr("Keep going"));
        if (!end) {
            if (wasRunning) {
                m_driver.resume();
            }
            return false;
        }
    }
    m_driver.end();
    return true;
}

void PlayerWindow::closeEvent(QCloseEvent* event)
{
    if (!m_finished && !requestEnd()) {
        event->ignore();
        return;
    }
    windowfit::save(this, geometryKey);
    event->accept();
    Q_EMIT dismissed();
}

} // namespace unknot
