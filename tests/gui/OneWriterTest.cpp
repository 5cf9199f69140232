// Two Unknot windows on one journal: a session open in one is not resumed by the other, and no step is saved twice.
#include "SqlSupport.h"
#include "../storage/Capture.h"
#include "../core/StringMaker.h"
#include "shell/AppContext.h"
#include "shell/MainWindow.h"
#include "ManualClock.h"
#include "session/PlayerWindow.h"
#include "common/Prompts.h"
#include "session/SessionController.h"
#include "session/SessionDriver.h"
#include "SessionOwner.h"

#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <unistd.h>

using namespace unknot;

namespace {

const QString resumeTitle = QStringLiteral("Pick up where you left off?");

/// A journal file and the first Unknot on it, part-way through the activation routine (its first step done).
struct Fixture {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    ManualClock clock;
    int resumeOffers = 0;
    std::unique_ptr<AppContext> firstContext;
    std::unique_ptr<MainWindow> first;
    qint64 id = 0;

    Fixture()
    {
        QSettings().clear();
        QSettings().setValue(QStringLiteral("journal/rateBefore"), false);
        Prompts::setAnswerer([this](const QString& title, const QString&) {
            resumeOffers += title == resumeTitle ? 1 : 0;
            return true; // "Carry on"
        });
        firstContext = std::make_unique<AppContext>(path);
        first = std::make_unique<MainWindow>(*firstContext, clock);
        REQUIRE(first->sessions()->startRoutine(QStringLiteral("upper-back-activation")));
        id = first->sessions()->sessionId();
        advance(*first, 5000 + 50'000 + 1); // get ready, then ten glute bridges
        REQUIRE(steps(QStringLiteral("1=1")) == 1);
    }
    ~Fixture() { Prompts::setAnswerer({}); }

    void advance(MainWindow& window, qint64 ms)
    {
        clock.advance(ms);
        window.sessions()->driver()->tick();
    }
    /// Step rows of the session that match condition.
    int steps(const QString& condition) const
    {
        QSqlQuery query(sql::database(firstContext->database().connection()));
        query.prepare(QStringLiteral("SELECT count(*) FROM session_step WHERE session_id = ? AND ") + condition);
        query.addBindValue(id);
        return query.exec() && query.next() ? query.value(0).toInt() : -1;
    }
};

} // namespace

TEST_CASE("a session open in another running Unknot is not offered for resume there", "[session][owner]")
{
    Fixture f;
    // A second Unknot on the same journal, as another process that is running (the test's parent stands in).
    AppContext secondContext(f.path, SessionOwner::ofProcess(::getppid()));
    MainWindow second(secondContext, f.clock);
    second.sessions()->offerResume();
    CHECK(f.resumeOffers == 0);
    CHECK_FALSE(second.sessions()->player());
    CHECK(second.sessions()->sessionId() == 0);

    // The first carries on and saves as before.
    f.first->sessions()->driver()->skip(); // the rest
    f.first->sessions()->driver()->skip(); // supermans
    CHECK(f.steps(QStringLiteral("position = 2")) == 1);
    CHECK(f.first->sessions()->lastProblem().isEmpty());

    // Once that Unknot is gone (here: its window closed, the session left running), the next start offers it.
    f.first.reset();
    f.firstContext.reset();
    AppContext thirdContext(f.path);
    MainWindow third(thirdContext, f.clock);
    third.sessions()->offerResume();
    CHECK(f.resumeOffers == 1);
    CHECK(third.sessions()->sessionId() == f.id);
}

TEST_CASE("when two windows both play one session, each step visit is saved once and nothing alarms",
          "[session][visit]")
{
    Fixture f;
    // Both as this process: the owner check lets both through, so only the journal's rule stands between them.
    AppContext secondContext(f.path);
    MainWindow second(secondContext, f.clock);
    second.sessions()->offerResume();
    REQUIRE(f.resumeOffers == 1);
    REQUIRE(second.sessions()->sessionId() == f.id);
    f.advance(second, 0);
    REQUIRE(second.sessions()->driver()->snapshot().stepIndex == 2); // supermans

    f.first->sessions()->driver()->skip(); // the rest, not recorded
    REQUIRE(f.first->sessions()->driver()->snapshot().stepIndex == 2);
    f.first->sessions()->driver()->skip(); // supermans, visit 1: saved
    second.sessions()->driver()->skip();   // supermans again, visit 1: refused by the journal
    CHECK(f.steps(QStringLiteral("position = 2")) == 1);
    CHECK(f.steps(QStringLiteral("1=1")) == 2);
    CHECK(second.sessions()->lastProblem().isEmpty()); // logged, not shown: nothing was lost
    CHECK(second.sessions()->isRunning());             // and the person's session goes on

    // Going back to a step recorded before the resume is a new visit, numbered on from the journal.
    second.sessions()->driver()->back(); // the rest
    second.sessions()->driver()->back(); // glute bridges
    REQUIRE(second.sessions()->driver()->snapshot().stepIndex == 0);
    second.sessions()->driver()->skip();
    CHECK(f.steps(QStringLiteral("position = 0 AND visit = 2")) == 1);
    CHECK(second.sessions()->lastProblem().isEmpty());
}
