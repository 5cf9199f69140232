#include "session/SessionController.h"

#include "Log.h"
#include "PainStats.h"
#include "common/Preferences.h"
#include "common/Prompts.h"
#include "journal/PainRatingDialog.h"
#include "library/DetailRenderer.h"
#include "safety/SafetyGate.h"
#include "session/CuePlayer.h"
#include "session/MiniPlayer.h"
#include "session/PainRiseDialog.h"
#include "session/PlayerWindow.h"
#include "session/SessionDriver.h"
#include "shell/AppContext.h"

#include <QApplication>
#include <QJsonArray>
#include <QLocale>
#include <QTimer>

namespace unknot {

namespace {

/// How often to try again while the journal cannot take what is kept in memory.
constexpr int retryMs = 30'000;

} // namespace

SessionController::SessionController(AppContext& context, const Clock& clock, QWidget* parentWindow)
    : QObject(parentWindow)
    , m_context(context)
    , m_clock(clock)
    , m_parentWindow(parentWindow)
    , m_cues(new CuePlayer(clock, this))
    , m_planner(context)
    , m_retry(new QTimer(this))
{
    m_retry->setSingleShot(true);
    m_retry->setInterval(retryMs);
    connect(m_retry, &QTimer::timeout, this, &SessionController::writePending);
}

SessionController::~SessionController()
{
    teardown();
    writePendingOnQuit();
}

PlayerWindow* SessionController::player() const
{
    return m_player;
}

MiniPlayer* SessionController::miniPlayer() const
{
    return m_mini;
}

bool SessionController::isRunning() const
{
    return m_driver &&
           (m_driver->snapshot().state == SessionState::Running || m_driver->snapshot().state == SessionState::Paused);
}

bool SessionController::startRoutine(const QString& id)
{
    QString name;
    const QJsonObject options = m_planner.routineOptions(id, &name);
    return launch(options, name, SessionRecord::Kind::Routine);
}

bool SessionController::startExercise(const QString& id)
{
    QString name;
    const QJsonObject options = m_planner.exerciseOptions(id, &name);
    return launch(options, name, SessionRecord::Kind::Exercise);
}

bool SessionController::startThermal(const ThermalPlan& thermal)
{
    const QJsonObject options = SessionPlanner::thermalOptions(thermal);
    const auto plan = m_planner.build(options);
    return launch(options, plan.ok() ? plan.plan->title : tr("Heat and cold"), SessionRecord::Kind::Thermal);
}

void SessionController::play(const SessionPlan& plan, int fromPosition)
{
    m_driver = std::make_unique<SessionDriver>(plan, m_clock);
    m_player = new PlayerWindow(
        *m_driver, [this](const PlanStep& step) { return instructions(step); },
        [this](const PlanStep& step) { return figure(step); }, m_parentWindow);
    m_player->setAttribute(Qt::WA_DeleteOnClose);
    m_player->setResumedFrom(fromPosition); // a resumed session ends, asks and rates like a fresh one
    connect(m_driver.get(), &SessionDriver::eventOccurred, this, &SessionController::onEvent);
    connect(m_driver.get(), &SessionDriver::changed, this, &SessionController::onChanged);
    connect(m_player, &PlayerWindow::miniPlayerToggled, this, &SessionController::toggleMiniPlayer);
    connect(m_player, &PlayerWindow::dismissed, this, [this] {
        if (m_mini) {
            m_mini->close();
        }
        writePending(); // room may have come back while the summary was showing
    });
    m_cues->attach(m_driver.get());
    m_player->setCueToggles(m_cues->soundEnabled(), m_cues->voiceEnabled());
    connect(m_player, &PlayerWindow::soundToggled, m_cues, &CuePlayer::setSoundEnabled);
    connect(m_player, &PlayerWindow::voiceToggled, m_cues, &CuePlayer::setVoiceEnabled);
    m_driver->setSelfPaced(Preferences::instance().selfPaced());
    m_player->show();
    m_player->raise();
    m_driver->start(fromPosition);
}

bool SessionController::launch(const QJsonObject& options, const QString& name, SessionRecord::Kind kind,
                               int fromPosition, qint64 resumeId)
{
    if (isRunning()) {
        showProblem(tr("A session is already running"),
                    tr("Finish or end the session that is running before you start another one."));
        if (m_player) {
            m_player->raise();
            m_player->activateWindow();
        }
        return false;
    }
    const PlanResult result = m_planner.build(options);
    if (!result.ok()) {
        showProblem(tr("This session cannot be played"), result.error);
        return false;
    }
    if (resumeId == 0 && !SafetyGate(m_context, m_parentWindow).allowsStart()) {
        return false;
    }
    teardown();
    m_repTotals.clear();
    m_visits.clear();
    m_toldDiskFull = false;
    m_toldUnsaved = false;
    writePending(); // what an earlier session could not write goes first
    if (resumeId > 0) {
        // Visits go on from those already in the journal, so a step done before is not numbered 1 again.
        for (const StepRecord& done : m_context.sessions().session(resumeId).value_or(SessionRecord()).steps) {
            m_visits.insert(done.position, std::max(m_visits.value(done.position), done.visit));
        }
    }

    if (resumeId > 0) {
        m_sessionId = resumeId;
    } else {
        SessionRecord record;
        record.routineSlug =
            kind == SessionRecord::Kind::Routine ? options.value(QStringLiteral("id")).toString() : QString();
        record.routineName = name;
        record.kind = kind;
        record.startedUtc = QDateTime::currentDateTimeUtc();
        record.selfPaced = Preferences::instance().selfPaced();
        record.plan = options;
        const auto id = m_context.sessions().begin(record);
        const bool diskFull = !id && id.failure() == Failure::DiskFull;
        if (!id) {
            // The session can still be followed; say plainly that it will not be kept. SQLite's words go to the log.
            log::error(QStringLiteral("could not begin a session: %1").arg(id.error()));
            showProblem(tr("This session will not be saved"),
                        diskFull
                            ? tr("Your disk is full, so Unknot cannot save this session. You can still follow it, "
                                 "but it will not appear in your history. Free some space on your disk so that the "
                                 "next one is saved.")
                            : tr("Unknot could not write to your journal. You can still follow the session, but it "
                                 "will not appear in your history."));
            m_toldDiskFull = m_toldDiskFull || diskFull;
        }
        m_sessionId = id ? *id : 0;
    }

    m_kind = kind;
    m_routineName = name;
    m_routineId = kind == SessionRecord::Kind::Routine ? options.value(QStringLiteral("id")).toString() : QString();
    if (resumeId == 0 && m_sessionId > 0 && kind != SessionRecord::Kind::Thermal && rateBefore()) {
        PainEntry before;
        before.moment = PainEntry::Moment::Before;
        before.sessionId = m_sessionId;
        m_rating = new PainRatingDialog(m_context.library(), m_context.pain(), before,
                                        PainRatingDialog::Purpose::Before, m_parentWindow);
        m_rating->setAttribute(Qt::WA_DeleteOnClose);
        const SessionPlan plan = *result.plan;
        connect(m_rating, &QDialog::finished, this, [this, plan, fromPosition] { play(plan, fromPosition); });
        m_rating->open();
    } else {
        play(*result.plan, fromPosition);
    }
    log::info(QStringLiteral("session %1 started: %2 from step %3").arg(m_sessionId).arg(name).arg(fromPosition + 1));
    Q_EMIT sessionStarted(m_sessionId);
    return true;
}

bool SessionController::rateBefore() const
{
    return Preferences::instance().rateBefore();
}

void SessionController::setRateBefore(bool on)
{
    Preferences::instance().setRateBefore(on);
}

PainRatingDialog* SessionController::ratingDialog() const
{
    return m_rating;
}

void SessionController::askAfter(bool completed)
{
    const bool anyDone = completed || (m_player && m_player->completedSteps() > 0);
    if (m_sessionId <= 0 || !anyDone) {
        return;
    }
    PainEntry after;
    after.moment = PainEntry::Moment::After;
    after.sessionId = m_sessionId;
    QWidget* parent = m_player ? static_cast<QWidget*>(m_player) : m_parentWindow;
    m_rating =
        new PainRatingDialog(m_context.library(), m_context.pain(), after, PainRatingDialog::Purpose::After, parent);
    m_rating->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_rating, &QDialog::accepted, this, [this, dialog = m_rating] { checkPainRise(dialog->entry()); });
    connect(m_rating, &QDialog::finished, this, &SessionController::writePending);
    m_rating->open();
}

void SessionController::checkPainRise(const PainEntry& after)
{
    const auto before = m_context.pain().entryForSession(after.sessionId, PainEntry::Moment::Before);
    if (!before || !PainStats::painRose(before->rating, after.rating)) {
        return;
    }
    JournalFilter filter;
    filter.routineSlug = m_routineId;
    const auto history = m_routineId.isEmpty() ? Result<QList<SessionPain>>(QList<SessionPain>())
                                               : m_context.history().sessionPain({}, {}, filter);
    // Unreadable history: this rise alone still earns the advice.
    const int inRow = m_routineId.isEmpty() || !history ? 1 : PainStats::risesInRow(*history);
    // The calmest routine, as the content marks it; nothing to offer if that is the one that hurt.
    const QString gentler = m_context.library().routineWithRole(QStringLiteral("gentle"));
    const auto gentlerRoutine = m_routineId == gentler ? std::nullopt : m_context.library().routine(gentler);
    auto* advice = new PainRiseDialog(
        m_routineName, before->rating, after.rating, std::max(1, inRow), gentlerRoutine ? gentler : QString(),
        gentlerRoutine ? gentlerRoutine->name : QString(), m_player ? static_cast<QWidget*>(m_player) : m_parentWindow);
    advice->setAttribute(Qt::WA_DeleteOnClose);
    connect(advice, &PainRiseDialog::gentlerRequested, this, [this](const QString& id) {
        if (m_player) {
            m_player->close();
        }
        startRoutine(id);
    });
    m_lastProblem = QStringLiteral("pain rose");
    advice->open();
}

int SessionController::restSeconds() const
{
    return m_planner.restSeconds();
}

void SessionController::setRestSeconds(int seconds)
{
    m_planner.setRestSeconds(seconds);
}

void SessionController::onChanged(const SessionSnapshot& snapshot)
{
    if (snapshot.repTotal > 0) {
        m_repTotals.insert(snapshot.stepIndex, snapshot.repTotal);
    }
    Preferences::instance().setSelfPaced(snapshot.selfPaced);
}

void SessionController::onEvent(const SessionEvent& event)
{
    const SessionPlan& plan = m_driver->engine().plan();
    if (event.type == SessionEvent::Type::StepFinished && event.stepIndex >= 0 && event.stepIndex < plan.steps.size()) {
        const PlanStep& step = plan.steps.at(event.stepIndex);
        if (step.insertedRest) {
            return; // a breather the app added, not a step of the routine
        }
        if (!event.skipped && step.isCounted() && step.countMin < step.countMax) {
            m_planner.rememberCount(step.exerciseId, m_repTotals.value(event.stepIndex, step.count));
        }
        if (m_sessionId > 0) {
            saveStep({event.stepIndex, step.exerciseId, step.title, event.plannedReps, event.actualReps,
                      event.plannedMs, event.actualMs, event.skipped, QDateTime::currentDateTimeUtc()});
        }
    } else if (event.type == SessionEvent::Type::SessionFinished) {
        if (m_sessionId > 0) {
            // Written after any step still kept in memory, with the status and time it really ended with, so a
            // finished session whose end waits for room is never taken for one cut off.
            const auto status = event.completed ? SessionRecord::Status::Completed : SessionRecord::Status::EndedEarly;
            m_pending.addEnd(m_sessionId, status, QDateTime::currentDateTimeUtc());
            writePending();
        }
        Q_EMIT sessionFinished(m_sessionId, event.completed);
        askAfter(event.completed);
    } else if (event.type == SessionEvent::Type::SleepDetected) {
        QApplication::alert(m_player);
    }
}

void SessionController::saveStep(StepRecord record)
{
    // The visit is this record's from now on, even while it waits in memory: the next one is numbered after it.
    record.visit = m_visits.value(record.position) + 1;
    m_visits.insert(record.position, record.visit);
    m_pending.addStep(m_sessionId, record); // behind any step kept earlier, so the journal gets them in order
    writePending();
}

void SessionController::writePending()
{
    if (m_pending.isEmpty()) {
        m_retry->stop();
        return;
    }
    const PendingSteps::Flushed result = m_pending.flush(m_context.sessions());
    for (const qint64 id : result.discarded) {
        // Ended before any step was finished: not a session in History or the report (the player says so).
        log::info(QStringLiteral("session %1 ended with nothing finished; not kept").arg(id));
        if (id == m_sessionId) {
            m_sessionId = 0;
        }
    }
    if (m_sessionId > 0 && result.lost.contains(m_sessionId) && isRunning()) {
        m_sessionId = 0; // another Unknot holds or closed it: stop writing rather than fight over it
        showProblem(tr("This session is no longer saved here"),
                    tr("Another Unknot window has taken over this session, so this one stops saving it. You can "
                       "still follow it to the end."));
    }
    if (!result.stopped) {
        m_retry->stop();
        if (result.written > 0 && (m_toldDiskFull || m_toldUnsaved)) {
            log::info(QStringLiteral("the journal took what was kept in memory (%1 write(s))").arg(result.written));
        }
        return;
    }
    // The repository's words may quote SQLite: they go to the log, plain words to the person.
    log::error(QStringLiteral("kept in memory to write later: %1").arg(result.stopped->message));
    m_retry->start();
    tellUnsaved(result.stopped->kind);
}

void SessionController::writePendingOnQuit()
{
    m_retry->stop();
    if (m_pending.isEmpty()) {
        return;
    }
    PendingSteps::Flushed result = m_pending.flush(m_context.sessions());
    if (!result.stopped) {
        return;
    }
    // Steps that cannot be written are lost with the process; a finished session's end is still worth writing
    // alone, or the next start would offer it as cut off.
    const int dropped = m_pending.dropSteps();
    log::error(QStringLiteral("quitting with %1 step(s) not saved: %2").arg(dropped).arg(result.stopped->message));
    result = m_pending.flush(m_context.sessions());
    if (result.stopped) {
        log::error(QStringLiteral("quitting with the end of a session not saved: %1").arg(result.stopped->message));
    }
}

void SessionController::tellUnsaved(Failure why)
{
    // Once a session, not once a step: the person learns it, and what to do, without being nagged.
    if (why == Failure::DiskFull) {
        if (m_toldDiskFull) {
            return;
        }
        m_toldDiskFull = true;
        showProblem(tr("Your disk is full"),
                    tr("Your disk is full, so Unknot cannot save your session to your journal right now. Nothing is "
                       "lost: Unknot keeps what you do and saves it as soon as there is room again. Free some space "
                       "on your disk, and keep Unknot open until then."));
        return;
    }
    if (m_toldUnsaved || m_toldDiskFull) {
        return;
    }
    m_toldUnsaved = true;
    showProblem(tr("Your session is not saved yet"),
                tr("Unknot cannot write to your journal right now. It keeps what you do and tries again at the next "
                   "step and at the end of the session; keep Unknot open until then."));
}

QString SessionController::instructions(const PlanStep& step) const
{
    if (!step.exerciseId.isEmpty()) {
        if (const auto exercise = m_context.library().exercise(step.exerciseId)) {
            // The dose that is played: a routine may set its own (step.note), not the exercise's usual one.
            QString html = QStringLiteral("<p><b>%1</b></p>")
                               .arg(html::escape(step.note.isEmpty() ? exercise->dose.text : step.note));
            html += html::numbered(exercise->steps);
            html += QStringLiteral("<p><i>%1</i> %2</p>").arg(tr("Why:"), html::escape(exercise->why.value(0)));
            return html;
        }
    }
    QString text = step.note;
    if (step.kind == PlanStep::Kind::Rest && text.isEmpty()) {
        text = tr("Breathe slowly. Let your shoulders drop and your jaw soften.");
    }
    if (step.kind == PlanStep::Kind::Heat || step.kind == PlanStep::Kind::Cold) {
        text += u' ' + tr("Keep a cloth between your skin and the pack. Take it off at once if your skin burns, "
                          "stings or goes numb.");
    }
    return QStringLiteral("<p>%1</p>").arg(html::escape(text.trimmed()));
}

Figure SessionController::figure(const PlanStep& step) const
{
    if (!step.exerciseId.isEmpty()) {
        const auto exercise = m_context.library().exercise(step.exerciseId);
        return exercise ? exercise->figure : Figure{};
    }
    switch (step.kind) {
    case PlanStep::Kind::Heat:
        return m_context.library().still(QStringLiteral("heat"));
    case PlanStep::Kind::Cold:
        return m_context.library().still(QStringLiteral("cold"));
    case PlanStep::Kind::Rest:
        return m_context.library().still(QStringLiteral("rest"));
    default:
        return {};
    }
}

void SessionController::toggleMiniPlayer()
{
    if (!m_driver) {
        return;
    }
    // Either the big player or the mini one is on screen while a session runs, never neither.
    const auto showPlayer = [this] {
        if (m_player) {
            m_player->showNormal();
            m_player->raise();
            m_player->activateWindow();
        }
    };
    if (m_mini && m_mini->isVisible()) {
        m_mini->hide();
        showPlayer();
        return;
    }
    if (!m_mini) {
        m_mini = new MiniPlayer(
            *m_driver, [this](const PlanStep& step) { return figure(step); }, m_parentWindow);
        m_mini->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_mini, &MiniPlayer::expandRequested, this, [this, showPlayer] {
            m_mini->hide();
            showPlayer();
        });
    }
    m_mini->show();
    m_mini->raise();
    m_mini->activateWindow();
    if (m_player) {
        m_player->showMinimized();
    }
}

void SessionController::offerResume()
{
    writePending();
    const auto record = m_context.sessions().unfinished();
    // A session with steps or its end still in memory is this process's own, not one cut off.
    if (!record || isRunning() || m_pending.has(record->id)) {
        return;
    }
    // Claimed before asking, so no other Unknot offers the same session meanwhile.
    if (const auto claimed = m_context.sessions().claim(record->id); !claimed) {
        log::info(QStringLiteral("not offering session %1 for resume: %2").arg(record->id).arg(claimed.error()));
        return;
    }
    const PlanResult plan = m_planner.build(record->plan);
    const QSet<int> done = record->completedPositions();
    int from = -1;
    if (plan.ok()) {
        for (int i = 0; i < plan.plan->steps.size(); ++i) {
            if (!plan.plan->steps.at(i).insertedRest && !done.contains(i)) {
                from = i;
                break;
            }
        }
    }
    //: How the start of an unfinished session is shown: a QLocale date format, e.g. "Monday 3 June, 14:05".
    const QString started = QLocale().toString(record->startedUtc.toLocalTime(), tr("dddd d MMMM, HH:mm"));
    if (from < 0) {
        closeCutOff(record->id);
        return;
    }
    const bool resume = Prompts::confirm(
        m_parentWindow, tr("Pick up where you left off?"),
        tr("Your session “%1” from %2 stopped before it ended, after %n finished step(s). Would you like to carry on "
           "from where it stopped?",
           nullptr, static_cast<int>(done.size()))
            .arg(record->routineName, started),
        tr("Carry on"), tr("Close it as ended early"));
    if (!resume || !launch(record->plan, record->routineName, record->kind, from, record->id)) {
        closeCutOff(record->id);
    }
}

void SessionController::closeCutOff(qint64 sessionId)
{
    if (const auto closed = m_context.sessions().closeAsEndedEarly(sessionId); !closed) {
        // It stays running in the journal, so the next start offers it again: nothing is lost by waiting.
        showProblem(tr("The session was not closed"),
                    tr("Unknot could not mark your earlier session as ended: %1 It will ask again next time.")
                        .arg(closed.error()));
    }
}

void SessionController::showProblem(const QString& title, const QString& text)
{
    m_lastProblem = text;
    log::warn(text);
    Prompts::inform(m_player ? static_cast<QWidget*>(m_player) : m_parentWindow, title, text);
}

void SessionController::teardown()
{
    delete m_rating; // a question left open belongs to the session that is going away
    if (m_mini) {
        m_mini->close();
    }
    if (m_player) {
        m_player->disconnect(this);
        delete m_player;
    }
    m_driver.reset();
}

} // namespace unknot
