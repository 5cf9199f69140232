#pragma once

#include "Figure.h"
#include "PendingSteps.h"
#include "SessionPlan.h"
#include "SessionRecord.h"
#include "ThermalPlan.h"
#include "session/SessionPlanner.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <memory>

class QTimer;
class QWidget;

namespace unknot {

class AppContext;
class Clock;
class CuePlayer;
class PainRatingDialog;
struct PainEntry;
class MiniPlayer;
class PlayerWindow;
class SessionDriver;
struct SessionEvent;
struct SessionSnapshot;

/// Starts sessions from the library, shows the player, records every finished step at once,
/// and offers to resume a session that was cut off. A step or session end the journal cannot take (a full disk)
/// is kept in memory, in order, and written before the next step, at the end, when the player closes, before the
/// next session and on quitting; the person is told once a session, in plain words.
class SessionController : public QObject {
    Q_OBJECT

public:
    /// clock: the real clock in the app, a manual one in tests. Both must outlive the controller.
    SessionController(AppContext& context, const Clock& clock, QWidget* parentWindow);
    ~SessionController() override;

    bool startRoutine(const QString& id);
    bool startExercise(const QString& id);
    bool startThermal(const ThermalPlan& thermal);
    /// If the last session was cut off, asks whether to resume it or close it as ended early.
    void offerResume();

    bool isRunning() const;
    SessionDriver* driver() const { return m_driver.get(); }
    PlayerWindow* player() const;
    MiniPlayer* miniPlayer() const;
    qint64 sessionId() const { return m_sessionId; }
    void toggleMiniPlayer();
    /// Whether to ask for a rating before each session (one click skips it).
    bool rateBefore() const;
    void setRateBefore(bool on);
    /// The rating dialog showing now, if any (before or after a session).
    PainRatingDialog* ratingDialog() const;
    CuePlayer* cues() const { return m_cues; }
    /// Rest between the steps of a routine; -1 means "as the routine says".
    int restSeconds() const;
    void setRestSeconds(int seconds);
    /// The last problem shown to the person (a refused plan, a failed save); for tests.
    QString lastProblem() const { return m_lastProblem; }
    /// Whether steps or a session's end are kept in memory, waiting for the journal to take them.
    bool hasUnsaved() const { return !m_pending.isEmpty(); }

Q_SIGNALS:
    /// A session began (its rating before, if asked, comes first); 0 when the journal could not record it.
    void sessionStarted(qint64 sessionId);
    void sessionFinished(qint64 sessionId, bool completed);

private:
    bool launch(const QJsonObject& options, const QString& name, SessionRecord::Kind kind, int fromPosition = 0,
                qint64 resumeId = 0);
    void play(const SessionPlan& plan, int fromPosition);
    void askAfter(bool completed);
    void checkPainRise(const PainEntry& after);
    void onEvent(const SessionEvent& event);
    void onChanged(const SessionSnapshot& snapshot);
    void saveStep(StepRecord record);
    /// Writes what is kept in memory, oldest first; says once a session why, if some of it still cannot be written.
    void writePending();
    /// The last try on quitting: if steps still cannot be written, at least a finished session's end is.
    void writePendingOnQuit();
    void tellUnsaved(Failure why);
    /// Closes a session cut off earlier as ended early, telling the person if the journal would not take it.
    void closeCutOff(qint64 sessionId);
    QString instructions(const PlanStep& step) const;
    /// How a step is drawn: its exercise's figure, or the picture for heat, cold or a rest.
    Figure figure(const PlanStep& step) const;
    void showProblem(const QString& title, const QString& text);
    void teardown();

    AppContext& m_context;
    const Clock& m_clock;
    QWidget* m_parentWindow;
    std::unique_ptr<SessionDriver> m_driver;
    QPointer<PlayerWindow> m_player;
    QPointer<MiniPlayer> m_mini;
    QPointer<PainRatingDialog> m_rating;
    SessionRecord::Kind m_kind = SessionRecord::Kind::Routine;
    QString m_routineId;
    QString m_routineName;
    CuePlayer* m_cues;
    SessionPlanner m_planner;
    qint64 m_sessionId = 0;
    QHash<int, int> m_repTotals; ///< step index → reps per set the person settled on
    QHash<int, int> m_visits;    ///< step index → visits to it recorded in this session so far
    QString m_lastProblem;
    PendingSteps m_pending;      ///< steps and ends the journal could not take yet, in the order they happened
    QTimer* m_retry;             ///< tries again now and then while something is kept, so a quiet player loses nothing
    bool m_toldDiskFull = false; ///< the person has heard, this session, that the disk is full
    bool m_toldUnsaved = false;  ///< the person has heard, this session, that the journal refused a write
};

} // namespace unknot
