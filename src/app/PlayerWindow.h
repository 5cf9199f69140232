#pragma once

#include "SessionSnapshot.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTextBrowser;

namespace unknot {

class SessionDriver;
struct SessionEvent;
struct PlanStep;

/// The big player: readable from two metres, every control on a key and a visible button.
class PlayerWindow : public QWidget {
    Q_OBJECT

public:
    /// instructions turns a plan step into the HTML shown under the countdown (steps and why).
    PlayerWindow(SessionDriver& driver, std::function<QString(const PlanStep&)> instructions,
                 QWidget* parent = nullptr);

    /// Ends the session, asking first when at least one step was done. Returns false if the person said no.
    bool requestEnd();
    int completedSteps() const { return m_completedSteps; }
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

private:
    void build();
    void addShortcuts();
    void render(const SessionSnapshot& snapshot);
    void onEvent(const SessionEvent& event);
    void onSpace();
    QPushButton* button(const QString& text, const QString& name, const QString& tip);

    SessionDriver& m_driver;
    std::function<QString(const PlanStep&)> m_instructions;
    int m_completedSteps = 0;
    int m_shownStep = -1;
    bool m_finished = false;
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
