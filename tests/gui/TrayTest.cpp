// The tray's menu, tried without a tray (the offscreen platform has none): starts reach the one window, a start
// while a session runs brings that session forward, the pause entries follow the reminders, Quit ends Unknot.
#include "shell/Tray.h"

#include "ManualClock.h"
#include "common/Prompts.h"
#include "session/PlayerWindow.h"
#include "session/SessionController.h"
#include "session/SessionDriver.h"
#include "shell/AppContext.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace unknot;

namespace {

struct Fixture {
    QTemporaryDir dir;
    ManualClock clock;
    AppContext context{dir.filePath(QStringLiteral("journal.sqlite"))};
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<Tray> tray;

    Fixture()
    {
        QSettings().clear();
        QSettings().setValue(QStringLiteral("journal/rateBefore"), false);
        Prompts::setAnswerer([](const QString&, const QString&) { return true; });
        window = std::make_unique<MainWindow>(context, clock);
        tray = std::make_unique<Tray>(context, *window);
    }
    ~Fixture()
    {
        if (window->sessions()->isRunning()) {
            window->sessions()->driver()->end();
        }
        tray.reset();
        window.reset();
        Prompts::setAnswerer({});
        QSettings().clear();
    }
    QAction* action(const char* name)
    {
        auto* found = tray->menu()->findChild<QAction*>(QString::fromLatin1(name));
        REQUIRE(found);
        return found;
    }
};

} // namespace

TEST_CASE("the tray menu starts the desk break, and brings a running session forward instead of a second", "[tray]")
{
    Fixture f;
    CHECK_FALSE(f.tray->isShown()); // no tray here, and nothing needs one
    f.action("trayDeskBreak")->trigger();
    REQUIRE(f.window->sessions()->isRunning());
    const qint64 session = f.window->sessions()->sessionId();
    f.action("trayDeskBreak")->trigger();
    CHECK(f.window->sessions()->sessionId() == session);
    REQUIRE(f.window->sessions()->player());
    CHECK(f.window->sessions()->player()->isVisible());
}

TEST_CASE("the tray's routines list the ones done lately first", "[tray]")
{
    Fixture f;
    REQUIRE(f.window->sessions()->startRoutine(QStringLiteral("stress-reset")));
    // The first step done, so the session is kept.
    for (int second = 0; second < 900 && f.window->sessions()->driver()->snapshot().stepIndex < 1; ++second) {
        f.clock.advance(1000);
        f.window->sessions()->driver()->tick();
    }
    REQUIRE(f.window->sessions()->driver()->snapshot().stepIndex >= 1);
    f.window->sessions()->driver()->end();
    auto* routines = f.action("trayRoutines")->menu();
    REQUIRE(routines);
    Q_EMIT routines->aboutToShow();
    REQUIRE_FALSE(routines->actions().isEmpty());
    CHECK(routines->actions().first()->text() == QStringLiteral("Stress reset"));
}

TEST_CASE("pausing is offered only while reminders are on, and Quit ends Unknot", "[tray]")
{
    Fixture f;
    CHECK_FALSE(f.action("trayPause")->isEnabled());
    f.tray->setReminders(true, QStringLiteral("Next break in 40 minutes"));
    CHECK(f.action("trayPause")->isEnabled());
    CHECK(f.action("trayStatus")->isVisible());
    QSignalSpy hour(f.tray.get(), &Tray::pauseRequested);
    QSignalSpy tomorrow(f.tray.get(), &Tray::pauseUntilTomorrowRequested);
    f.action("trayPauseHour")->trigger();
    f.action("trayPauseTomorrow")->trigger();
    REQUIRE(hour.size() == 1);
    CHECK(hour.first().first().toInt() == 60);
    CHECK(tomorrow.size() == 1);

    // Closing the window keeps Unknot running when asked to; Quit ends it all the same.
    f.window->setKeepRunningOnClose([] { return true; });
    f.window->show();
    QSignalSpy closed(f.window.get(), &MainWindow::closed);
    f.window->close();
    CHECK_FALSE(f.window->isVisible());
    CHECK(closed.isEmpty());
    f.action("trayQuit")->trigger();
    CHECK(closed.size() == 1);
}
