#pragma once

#include "SessionPlan.h"
#include "SessionPlanner.h"
#include "SessionRecord.h"
#include "ThermalPlan.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <memory>

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
/// and offers to resume a session that was cut off.
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

Q_SIGNALS:
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
    QString instructions(const PlanStep& step) const;
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
};

} // namespace unknot
