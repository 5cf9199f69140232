#include "shell/AppContext.h"
#include "shell/MainWindow.h"
#include "ManualClock.h"
#include "session/MiniPlayer.h"
#include "journal/PainRatingDialog.h"
#include "LibraryRepository.h"
#include "session/PlayerWindow.h"
#include "common/Prompts.h"
#include "session/SessionController.h"
#include "session/SessionDriver.h"
#include "../core/StringMaker.h"

#include <QApplication>
#include <QScreen>
#include <QTextBrowser>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace unknot;

namespace {

QString text(QWidget* root, const char* name)
{
    auto* label = root->findChild<QLabel*>(QString::fromLatin1(name));
    return label ? label->text() : QStringLiteral("<no %1>").arg(QString::fromLatin1(name));
}

/// A main window on a real journal file, with sessions on a clock the test moves by hand.
struct Fixture {
    QTemporaryDir dir;
    ManualClock clock;
    std::unique_ptr<AppContext> context = std::make_unique<AppContext>(dir.filePath(QStringLiteral("journal.sqlite")));
    std::unique_ptr<MainWindow> window = std::make_unique<MainWindow>(*context, clock);

    Fixture()
    {
        QSettings().clear();
        QSettings().setValue(QStringLiteral("journal/rateBefore"), false); // rating flows have tests of their own
        Prompts::setAnswerer([](const QString&, const QString&) { return true; });
    }
    ~Fixture() { Prompts::setAnswerer({}); }

    SessionController& sessions() { return *window->sessions(); }
    PlayerWindow* player() { return sessions().player(); }
    /// The player in front, so its keys work as they would for a person.
    PlayerWindow* activePlayer()
    {
        PlayerWindow* shown = player();
        REQUIRE(shown);
        QApplication::setActiveWindow(shown);
        REQUIRE(QTest::qWaitForWindowActive(shown));
        return shown;
    }
    void advance(qint64 ms)
    {
        clock.advance(ms);
        sessions().driver()->tick();
    }
    /// Recreates the window on the same file, as after a restart.
    void restart()
    {
        window.reset();
        context = std::make_unique<AppContext>(dir.filePath(QStringLiteral("journal.sqlite")));
        window = std::make_unique<MainWindow>(*context, clock);
    }
};

} // namespace

TEST_CASE("glute bridges play as dosed: lift, a one-second hold, lower, ten times", "[player]")
{
    Fixture f;
    REQUIRE(f.sessions().startExercise(QStringLiteral("glute-bridges")));
    PlayerWindow* player = f.player();
    REQUIRE(player);
    CHECK(text(player, "stepTitle") == QStringLiteral("Glute bridges"));
    CHECK(text(player, "phaseLabel") == QStringLiteral("Get ready"));
    CHECK(text(player, "countdown") == QStringLiteral("5"));

    f.advance(5000);
    CHECK(text(player, "phaseLabel") == QStringLiteral("Lift"));
    CHECK(text(player, "countText") == QStringLiteral("Rep 1 of 10"));
    CHECK(text(player, "countdown") == QStringLiteral("2"));
    f.advance(2000);
    CHECK(text(player, "phaseLabel") == QStringLiteral("Hold"));
    CHECK(text(player, "countdown") == QStringLiteral("1"));
    f.advance(1000);
    CHECK(text(player, "phaseLabel") == QStringLiteral("Lower"));
    f.advance(2000);
    CHECK(text(player, "countText") == QStringLiteral("Rep 2 of 10"));

    f.advance(9 * 5000);
    CHECK(text(player, "summary").contains(QStringLiteral("Well done")));

    const auto record = f.context->sessions().session(f.sessions().sessionId());
    REQUIRE(record);
    CHECK(record->status == SessionRecord::Status::Completed);
    REQUIRE(record->steps.size() == 1);
    CHECK(record->steps.first().actualReps == 10);
    CHECK(record->steps.first().plannedReps == 10);
    CHECK_FALSE(record->steps.first().skipped);
}

TEST_CASE("the activation routine walks its eight steps in order with keys", "[player]")
{
    Fixture f;
    REQUIRE(f.sessions().startRoutine(QStringLiteral("upper-back-activation")));
    PlayerWindow* player = f.activePlayer();

    const QStringList expected{QStringLiteral("Glute bridges"),    QStringLiteral("Supermans"),
                               QStringLiteral("V-raises"),         QStringLiteral("Shoulder blade push-ups"),
                               QStringLiteral("Snow angels"),      QStringLiteral("Total neck recovery"),
                               QStringLiteral("Shoulder shrugs"),  QStringLiteral("Relaxation snow angels")};
    QStringList seen;
    for (int guard = 0; guard < 40 && !text(player, "summary").contains(QStringLiteral("ended")); ++guard) {
        const QString title = text(player, "stepTitle");
        if (text(player, "phaseLabel") != QStringLiteral("Rest") && (seen.isEmpty() || seen.last() != title)) {
            seen.append(title);
            CHECK(text(player, "stepOf") == QStringLiteral("Step %1 of 8").arg(seen.size()));
        }
        if (seen.size() == 8) {
            CHECK(text(player, "nextLabel") == QStringLiteral("Last step"));
            break;
        }
        QTest::keyClick(player, Qt::Key_Right);
    }
    CHECK(seen == expected);

    // Space pauses and resumes; the countdown holds still while paused.
    QTest::keyClick(player, Qt::Key_Space);
    CHECK(text(player, "phaseLabel") == QStringLiteral("Paused"));
    const QString frozen = text(player, "countdown");
    f.advance(30'000);
    CHECK(text(player, "countdown") == frozen);
    QTest::keyClick(player, Qt::Key_Space);
    CHECK(text(player, "phaseLabel") != QStringLiteral("Paused"));
}

TEST_CASE("ending asks only once a step is done; with nothing finished it is not kept as a session", "[player]")
{
    Fixture f;
    REQUIRE(f.sessions().startRoutine(QStringLiteral("desk-micro-break")));
    const qint64 first = f.sessions().sessionId();
    int asked = 0;
    Prompts::setAnswerer([&asked](const QString&, const QString&) {
        ++asked;
        return false; // "Keep going"
    });
    CHECK(f.player()->requestEnd()); // nothing done yet: ends without asking
    CHECK(asked == 0);
    CHECK_FALSE(f.context->sessions().session(first)); // not a session in History or the report
    CHECK(text(f.player(), "summary").contains(QStringLiteral("not kept")));

    REQUIRE(f.sessions().startRoutine(QStringLiteral("desk-micro-break")));
    const qint64 second = f.sessions().sessionId();
    f.advance(60'000); // long enough for the first step, not for the routine
    CHECK(f.player()->completedSteps() >= 1);
    CHECK_FALSE(f.player()->requestEnd());
    CHECK(asked == 1);
    CHECK(f.sessions().isRunning());
    Prompts::setAnswerer([](const QString&, const QString&) { return true; });
    REQUIRE(f.player()->requestEnd());
    CHECK(f.context->sessions().session(second)->status == SessionRecord::Status::EndedEarly);
    CHECK(text(f.player(), "summary").contains(QStringLiteral("steps you finished are saved")));
}

TEST_CASE("a heat timer ended after 45 seconds is not kept as a session", "[player][thermal]")
{
    Fixture f;
    ThermalPlan plan;
    REQUIRE(f.sessions().startThermal(plan));
    const qint64 id = f.sessions().sessionId();
    f.advance(5000 + 45'000);
    REQUIRE(f.player()->requestEnd());
    CHECK_FALSE(f.context->sessions().session(id));
    CHECK(f.context->sessions().recent(5).isEmpty());
}

TEST_CASE("a session cut off mid-way is offered for resume and carries on at the next step", "[player]")
{
    Fixture f;
    REQUIRE(f.sessions().startRoutine(QStringLiteral("upper-back-activation")));
    const qint64 id = f.sessions().sessionId();
    f.advance(5000 + 50'000 + 1); // get ready, then ten glute bridges
    REQUIRE(f.context->sessions().session(id)->steps.size() == 1);

    f.restart(); // as if the app had been killed: nothing ended the session
    const auto unfinished = f.context->sessions().unfinished();
    REQUIRE(unfinished);
    CHECK(unfinished->id == id);

    f.window->sessions()->offerResume();
    CHECK(Prompts::lastQuestion().contains(QStringLiteral("Upper back and shoulder activation")));
    REQUIRE(f.player());
    CHECK(f.sessions().sessionId() == id);
    f.advance(0);
    CHECK(text(f.player(), "stepTitle") == QStringLiteral("Supermans"));
    CHECK(text(f.player(), "stepOf") == QStringLiteral("Step 2 of 8"));

    f.sessions().driver()->skip();
    const auto record = f.context->sessions().session(id);
    REQUIRE(record->steps.size() == 2);
    CHECK(record->steps.at(1).position == record->steps.at(0).position + 2); // the rest between is not recorded
    CHECK(record->steps.at(1).title == QStringLiteral("Supermans"));
    CHECK(record->steps.at(1).skipped);
}

TEST_CASE("closing a cut-off session instead of resuming marks it ended early", "[player]")
{
    Fixture f;
    REQUIRE(f.sessions().startRoutine(QStringLiteral("upper-back-activation")));
    const qint64 id = f.sessions().sessionId();
    f.advance(60'000);
    f.restart();
    Prompts::setAnswerer([](const QString&, const QString&) { return false; });
    f.window->sessions()->offerResume();
    CHECK_FALSE(f.player());
    CHECK_FALSE(f.context->sessions().unfinished());
    CHECK(f.context->sessions().session(id)->status == SessionRecord::Status::EndedEarly);
}

TEST_CASE("a chosen count within a range is remembered for next time", "[player]")
{
    Fixture f;
    REQUIRE(f.sessions().startExercise(QStringLiteral("v-raises")));
    f.advance(5000);
    CHECK(text(f.player(), "countText") == QStringLiteral("Rep 1 of 10"));
    QTest::keyClick(f.activePlayer(), Qt::Key_Minus);
    QTest::keyClick(f.player(), Qt::Key_Minus);
    CHECK(text(f.player(), "countText") == QStringLiteral("Rep 1 of 8"));
    f.advance(8 * 4000);
    CHECK(text(f.player(), "summary").contains(QStringLiteral("Well done")));

    REQUIRE(f.sessions().startExercise(QStringLiteral("v-raises")));
    f.advance(5000);
    CHECK(text(f.player(), "countText") == QStringLiteral("Rep 1 of 8"));
}

TEST_CASE("self-paced reps wait for Space; the mini player follows the session", "[player]")
{
    Fixture f;
    REQUIRE(f.sessions().startExercise(QStringLiteral("scapula-push-ups")));
    PlayerWindow* player = f.activePlayer();
    QTest::keyClick(player, Qt::Key_S);
    f.advance(5000);
    CHECK(text(player, "phaseLabel") == QStringLiteral("Your pace"));
    CHECK(player->findChild<QPushButton*>(QStringLiteral("tapButton"))->isVisibleTo(player));
    f.advance(60'000);
    CHECK(text(player, "countText") == QStringLiteral("Rep 1 of 10")); // time alone counts nothing
    QTest::keyClick(player, Qt::Key_Space);
    QTest::keyClick(player, Qt::Key_Space);
    CHECK(text(player, "countText") == QStringLiteral("Rep 3 of 10"));

    f.sessions().toggleMiniPlayer();
    MiniPlayer* mini = f.sessions().miniPlayer();
    REQUIRE(mini);
    CHECK(mini->isVisible());
    CHECK(mini->windowFlags().testFlag(Qt::WindowStaysOnTopHint));
    CHECK(text(mini, "miniCount").contains(QStringLiteral("Rep 3 of 10")));
    QTest::mouseClick(mini->findChild<QPushButton*>(QStringLiteral("miniPause")), Qt::LeftButton);
    CHECK(f.sessions().driver()->snapshot().state == SessionState::Paused);
    CHECK(text(mini, "miniPhase") == QStringLiteral("Paused"));
}

TEST_CASE("a heat and cold session keeps exact time and refuses phases over twenty minutes", "[player]")
{
    Fixture f;
    ThermalPlan tooLong;
    tooLong.phaseMinutes = 25;
    CHECK_FALSE(f.sessions().startThermal(tooLong));
    CHECK(f.sessions().lastProblem().contains(QStringLiteral("20 minutes")));
    CHECK_FALSE(f.player());

    ThermalPlan plan; // alternating, cold first
    plan.phaseMinutes = 15;
    REQUIRE(f.sessions().startThermal(plan));
    f.advance(5000);
    CHECK(text(f.player(), "phaseLabel") == QStringLiteral("Cold"));
    CHECK(text(f.player(), "countdown") == QStringLiteral("15:00"));
    f.advance(15 * 60'000 - 1);
    CHECK(text(f.player(), "countdown") == QStringLiteral("1"));
    f.advance(1);
    CHECK(text(f.player(), "phaseLabel") != QStringLiteral("Cold"));
}

TEST_CASE("after the computer sleeps the player is paused and says why", "[player]")
{
    Fixture f;
    REQUIRE(f.sessions().startExercise(QStringLiteral("glute-bridges")));
    f.advance(6000);
    const QString before = text(f.player(), "countText");
    f.clock.jumpWall(10 * 60'000); // ten minutes asleep: the wall clock jumps, the monotonic one does not
    f.advance(500);
    CHECK(text(f.player(), "phaseLabel") == QStringLiteral("Paused"));
    CHECK(text(f.player(), "nextLabel").contains(QStringLiteral("asleep")));
    CHECK(text(f.player(), "countText") == before);
    f.sessions().driver()->resume();
    CHECK_FALSE(text(f.player(), "nextLabel").contains(QStringLiteral("asleep")));
}

TEST_CASE("the rest between steps can be changed and is used by the next routine", "[player]")
{
    Fixture f;
    CHECK(f.sessions().restSeconds() == -1);
    f.sessions().setRestSeconds(45);
    CHECK(f.sessions().restSeconds() == 45);
    REQUIRE(f.sessions().startRoutine(QStringLiteral("upper-back-activation")));
    f.advance(5000 + 50'000); // get ready and ten glute bridges
    CHECK(text(f.player(), "phaseLabel") == QStringLiteral("Rest"));
    CHECK(text(f.player(), "countdown") == QStringLiteral("45"));
}

TEST_CASE("the player shows an exercise's caution line with its first step, then not again", "[player][safety]")
{
    Fixture f;
    REQUIRE(f.sessions().startRoutine(QStringLiteral("upper-back-activation")));
    PlayerWindow* player = f.activePlayer();
    const auto supermans = f.context->library().exercise(QStringLiteral("supermans"));
    const auto bridges = f.context->library().exercise(QStringLiteral("glute-bridges"));
    REQUIRE(supermans);
    REQUIRE(bridges);
    auto* caution = player->findChild<QLabel*>(QStringLiteral("cautionLine"));
    REQUIRE(caution);
    CHECK(caution->isVisible());
    CHECK(caution->text() == bridges->cautionLine);
    QTest::keyClick(player, Qt::Key_Right); // skip to the rest, then to supermans
    QTest::keyClick(player, Qt::Key_Right);
    CHECK(text(player, "stepTitle") == supermans->name);
    CHECK(caution->text() == supermans->cautionLine);
    CHECK(caution->isVisible());
    QTest::keyClick(player, Qt::Key_Left); // back to glute bridges: a step already seen in this session
    CHECK(text(player, "stepTitle") == bridges->name);
    CHECK(caution->isVisible()); // back shows the same first step again, with its line
}

TEST_CASE("before heat follows cold, the player waits for the person to say their skin feels normal",
          "[player][thermal][safety]")
{
    Fixture f;
    REQUIRE(f.sessions().startRoutine(QStringLiteral("alternating-heat-cold")));
    PlayerWindow* player = f.activePlayer();
    auto* confirm = player->findChild<QPushButton*>(QStringLiteral("confirmButton"));
    REQUIRE(confirm);
    CHECK_FALSE(confirm->isVisible());
    for (int guard = 0; guard < 10000 && f.sessions().driver()->snapshot().phase != SessionPhase::Confirm; ++guard) {
        f.advance(1000);
    }
    REQUIRE(f.sessions().driver()->snapshot().phase == SessionPhase::Confirm);
    CHECK(confirm->isVisible());
    f.advance(30 * 60 * 1000); // it waits, however long
    CHECK(f.sessions().driver()->snapshot().phase == SessionPhase::Confirm);
    QTest::keyClick(player, Qt::Key_Space);
    CHECK(f.sessions().driver()->snapshot().phase == SessionPhase::Heat);
    CHECK_FALSE(confirm->isVisible());
}

TEST_CASE("the end question counts steps as the header does, and the session waits while it is asked",
          "[player]")
{
    Fixture f;
    REQUIRE(f.sessions().startRoutine(QStringLiteral("desk-micro-break")));
    PlayerWindow* player = f.player();
    const SessionPlan plan = f.sessions().driver()->engine().plan();
    int steps = 0;
    for (const PlanStep& step : plan.steps) {
        steps += step.insertedRest ? 0 : 1;
    }
    // Play through the first step and the rest after it.
    for (int guard = 0; guard < 1000 && f.sessions().driver()->snapshot().stepIndex < 2; ++guard) {
        f.advance(1000);
    }
    REQUIRE(text(player, "stepOf") == QStringLiteral("Step 2 of %1").arg(steps));
    SessionState during = SessionState::Idle;
    Prompts::setAnswerer([&f, &during](const QString&, const QString&) {
        during = f.sessions().driver()->snapshot().state;
        return false; // "Keep going"
    });
    CHECK_FALSE(player->requestEnd());
    CHECK(during == SessionState::Paused);
    CHECK(Prompts::lastQuestion().contains(QStringLiteral("finished 1 of %1 steps").arg(steps)));
    CHECK(f.sessions().driver()->snapshot().state == SessionState::Running); // carries on as before
}

TEST_CASE("a resumed session asks before it ends and asks for the rating after, like a fresh one", "[player]")
{
    Fixture f;
    REQUIRE(f.sessions().startRoutine(QStringLiteral("upper-back-activation")));
    const qint64 id = f.sessions().sessionId();
    f.advance(5000 + 50'000 + 1);
    f.restart();
    f.window->sessions()->offerResume();
    REQUIRE(f.player());
    f.advance(0);
    int asked = 0;
    Prompts::setAnswerer([&asked](const QString&, const QString&) {
        ++asked;
        return true; // "End session"
    });
    QTest::keyClick(f.activePlayer(), Qt::Key_Escape);
    CHECK(asked == 1);
    CHECK(Prompts::lastQuestion().contains(QStringLiteral("finished 1 of 8 steps")));
    PainRatingDialog* after = f.sessions().ratingDialog();
    REQUIRE(after);
    CHECK(after->entry().sessionId == id);
    CHECK(after->entry().moment == PainEntry::Moment::After);
}

TEST_CASE("the player shows the dose the routine plays, not the exercise's usual one", "[player]")
{
    Fixture f;
    REQUIRE(f.sessions().startRoutine(QStringLiteral("desk-micro-break")));
    const SessionPlan plan = f.sessions().driver()->engine().plan();
    int rolls = -1;
    for (int i = 0; i < plan.steps.size(); ++i) {
        rolls = plan.steps.at(i).exerciseId == QStringLiteral("shoulder-rolls") ? i : rolls;
    }
    REQUIRE(rolls >= 0);
    for (int guard = 0; guard < 20 && f.sessions().driver()->snapshot().stepIndex < rolls; ++guard) {
        f.sessions().driver()->skip();
    }
    REQUIRE(f.sessions().driver()->snapshot().stepIndex == rolls);
    const auto exercise = f.context->library().exercise(QStringLiteral("shoulder-rolls"));
    REQUIRE(exercise);
    const QString shown = f.player()->findChild<QTextBrowser*>(QStringLiteral("instructions"))->toPlainText();
    CHECK(shown.contains(plan.steps.at(rolls).note));
    CHECK(plan.steps.at(rolls).note != exercise->dose.text); // the routine sets its own dose here
    CHECK_FALSE(shown.contains(exercise->dose.text));
}

TEST_CASE("the mini player works from the keyboard and a session always has a window on screen", "[player]")
{
    Fixture f;
    REQUIRE(f.sessions().startRoutine(QStringLiteral("desk-micro-break")));
    PlayerWindow* player = f.activePlayer();
    f.sessions().toggleMiniPlayer();
    MiniPlayer* mini = f.sessions().miniPlayer();
    REQUIRE(mini);
    CHECK(mini->isVisible());
    // Placed by the screen's corner, not over the menus at the top left.
    const QRect area = QGuiApplication::primaryScreen()->availableGeometry();
    CHECK(area.contains(mini->frameGeometry()));
    CHECK(mini->geometry().center().x() > area.center().x());
    CHECK(mini->geometry().center().y() > area.center().y());
    // Its buttons take focus by keyboard.
    CHECK(mini->findChild<QPushButton*>(QStringLiteral("miniExpand"))->focusPolicy() != Qt::NoFocus);
    CHECK(mini->findChild<QPushButton*>(QStringLiteral("miniPause"))->focusPolicy() != Qt::NoFocus);
    QTest::keyClick(mini, Qt::Key_P);
    CHECK(f.sessions().driver()->snapshot().state == SessionState::Paused);
    QTest::keyClick(mini, Qt::Key_P);
    CHECK(f.sessions().driver()->snapshot().state == SessionState::Running);

    // Hiding the mini player (Ctrl+M, or M) brings the big one back: never no window at all.
    f.sessions().toggleMiniPlayer();
    CHECK_FALSE(mini->isVisible());
    CHECK(player->isVisible());
    CHECK_FALSE(player->isMinimized());
    f.sessions().toggleMiniPlayer();
    REQUIRE(f.sessions().miniPlayer()->isVisible());
    QTest::keyClick(f.sessions().miniPlayer(), Qt::Key_M);
    CHECK_FALSE(f.sessions().miniPlayer()->isVisible());
    CHECK_FALSE(player->isMinimized());
}

TEST_CASE("the player remembers being maximised", "[player]")
{
    Fixture f;
    REQUIRE(f.sessions().startExercise(QStringLiteral("glute-bridges")));
    f.player()->showMaximized();
    QApplication::processEvents();
    REQUIRE(f.player()->isMaximized());
    REQUIRE(f.player()->requestEnd());
    f.player()->close();
    QApplication::processEvents();
    REQUIRE(f.sessions().startExercise(QStringLiteral("glute-bridges")));
    QApplication::processEvents();
    CHECK(f.player()->windowState().testFlag(Qt::WindowMaximized));
}
