#pragma once

#include "SessionSnapshot.h"
#include "session/SessionFigure.h"

#include <QSet>
#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTextBrowser;

namespace unknot {

class FigureWidget;
class SessionDriver;
struct SessionEvent;
struct PlanStep;

/// The big player: readable from two metres, every control on a key and a visible button.
class PlayerWindow : public QWidget {
    Q_OBJECT

public:
    /// instructions turns a plan step into the HTML shown under the countdown (steps and why); figures gives the
    /// figure drawn beside it.
    PlayerWindow(SessionDriver& driver, std::function<QString(const PlanStep&)> instructions,
                 SessionFigure::Lookup figures, QWidget* parent = nullptr);

    /// Ends the session, asking first when at least one step was done. Returns false if the person said no.
    bool requestEnd();
    /// Steps finished so far, counted as the header counts them (added rests are not steps).
    int completedSteps() const { return static_cast<int>(m_finishedSteps.size()); }
    /// A resumed session: the steps before fromStep were finished before the break.
    void setResumedFrom(int fromStep);
    /// Shows the sound and voice switches as on or off without emitting their signals.
    void setCueToggles(bool sound, bool voice);

Q_SIGNALS:
    void miniPlayerToggled();
    void soundToggled(bool on);
    void voiceToggled(bool on);
    /// The person is done with the window (after the session finished).
    void dismissed();

protected:
    void closeEvent(QCloseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void build();
    /// Colours of the window and its labels, light or dark as the palette is.
    void applyColours();
    void showPhaseColour(const SessionSnapshot& snapshot);
    void addShortcuts();
    void render(const SessionSnapshot& snapshot);
    void onEvent(const SessionEvent& event);
    void onSpace();
    void applyScale(double scale);
    void fitContent(int targetHeight);
    QPushButton* button(const QString& text, const QString& name, const QString& tip);

    SessionDriver& m_driver;
    std::function<QString(const PlanStep&)> m_instructions;
    QSet<int> m_finishedSteps; ///< plan indices of steps finished, not skipped
    int m_shownStep = -1;
    bool m_finished = false;
    double m_scale = 1.0;
    bool m_slept = false; ///< paused because the computer slept, until the person resumes
    QLabel* m_title = nullptr;
    QLabel* m_stepOf = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_timeLeft = nullptr;
    QLabel* m_step = nullptr;
    QLabel* m_caution = nullptr;
    QLabel* m_phase = nullptr;
    QLabel* m_countdown = nullptr;
    QLabel* m_count = nullptr;
    FigureWidget* m_figureView = nullptr;
    SessionFigure* m_figure = nullptr;
    QLabel* m_next = nullptr;
    QTextBrowser* m_instructionsView = nullptr;
    QPushButton* m_pause = nullptr;
    QPushButton* m_less = nullptr;
    QPushButton* m_more = nullptr;
    QPushButton* m_tap = nullptr;
    QPushButton* m_confirm = nullptr;
    QCheckBox* m_selfPaced = nullptr;
    QCheckBox* m_sound = nullptr;
    QCheckBox* m_voice = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace unknot
