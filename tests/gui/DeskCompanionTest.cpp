// The desk companion end to end, as the app wires it: reminders on from the command line's short interval, a
// reminder comes due (Unknot's own window here: the offscreen platform has no notification server), its Start
// plays the desk break in the one window, and the session is in the journal.
#include "shell/DeskCompanion.h"

#include "ManualClock.h"
#include "common/Preferences.h"
#include "common/Prompts.h"
#include "reminders/Reminders.h"
#include "session/SessionController.h"
#include "session/SessionDriver.h"
#include "shell/AppContext.h"
#include "shell/MainWindow.h"
#include "shell/SettingsDialog.h"
#include "shell/Tray.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace unknot;

namespace {

struct Fixture {
    QTemporaryDir dir;
    ManualClock clock;
    AppContext context{dir.filePath(QStringLiteral("journal.sqlite"))};
    std::unique_ptr<MainWindow> window;

    Fixture()
    {
        QSettings().clear();
        QSettings().setValue(QStringLiteral("journal/rateBefore"), false);
        Prompts::setAnswerer([](const QString&, const QString&) { return true; });
        window = std::make_unique<MainWindow>(context, clock);
    }
    ~Fixture()
    {
        if (window->sessions()->isRunning()) {
            window->sessions()->driver()->end();
        }
        window.reset();
        Prompts::setAnswerer({});
        QSettings().clear();
    }
};

/// Moves the clock to the reminders' next deadline and fires their timer, as the event loop would.
void wakeReminders(ManualClock& clock, Reminders& reminders)
{
    auto* timer = reminders.findChild<QTimer*>(QStringLiteral("reminderTimer"));
    REQUIRE(timer);
    REQUIRE(timer->isActive());
    clock.advance(timer->interval());
    QMetaObject::invokeMethod(timer, "timeout");
}

QWidget* reminderWindow()
{
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (widget->objectName() == QLatin1String("reminderWindow") && widget->isVisible()) {
            return widget;
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("a reminder set on the command line comes due, and its Start plays the desk break, which is logged",
          "[companion]")
{
    Fixture f;
    DeskCompanion companion(f.context, *f.window, f.clock, 60);
    REQUIRE(companion.reminders());
    CHECK(companion.settings().activeSeconds == 60);
    CHECK(QSettings().value(QStringLiteral("reminders/settings")).isNull()); // for this run only
    CHECK(companion.tray().menu()->findChild<QAction*>(QStringLiteral("trayPause"))->isEnabled());

    // Wall time counts here (no idle source offscreen): working hours aside, a minute later a reminder is due.
    ReminderSettings always = companion.settings();
    always.workDays = {1, 2, 3, 4, 5, 6, 7};
    always.workStart = always.workEnd = QTime(0, 0); // the whole day, so the test does not depend on the hour
    companion.reminders()->setSettings(always);
    for (int wake = 0; wake < 20 && !reminderWindow(); ++wake) {
        wakeReminders(f.clock, *companion.reminders());
    }
    QWidget* shown = reminderWindow();
    REQUIRE(shown);
    CHECK_FALSE(f.window->sessions()->isRunning());

    auto* start = shown->findChild<QPushButton*>(QStringLiteral("reminderStart"));
    REQUIRE(start);
    start->click();
    REQUIRE(f.window->sessions()->isRunning());
    const auto session = f.context.sessions().session(f.window->sessions()->sessionId());
    REQUIRE(session);
    CHECK(session->routineSlug == f.context.library().routineWithRole(QStringLiteral("desk-break")));
    CHECK(companion.reminders()->status() == ReminderStatus::InSession);
}

TEST_CASE("reminders follow the settings: off makes nothing run, on makes them count", "[companion]")
{
    Fixture f;
    DeskCompanion companion(f.context, *f.window, f.clock);
    CHECK_FALSE(companion.reminders());
    CHECK_FALSE(companion.tray().menu()->findChild<QAction*>(QStringLiteral("trayPause"))->isEnabled());
    ReminderSettings on;
    on.enabled = true;
    Preferences::instance().setReminders(on.toVariantMap());
    REQUIRE(companion.reminders());
    CHECK(companion.reminders()->settings().enabled);
    on.enabled = false;
    Preferences::instance().setReminders(on.toVariantMap());
    CHECK_FALSE(companion.reminders());
}

TEST_CASE("a first start asks once whether to turn reminders on", "[companion]")
{
    Fixture f;
    DeskCompanion companion(f.context, *f.window, f.clock);
    companion.offerReminders(); // answered yes
    REQUIRE(companion.reminders());
    Preferences::instance().setReminders({});
    CHECK_FALSE(companion.reminders());
    companion.offerReminders(); // not asked again
    CHECK_FALSE(companion.reminders());
}

TEST_CASE("the settings' first page turns reminders on and sets them, and the companion follows", "[companion]")
{
    Fixture f;
    DeskCompanion companion(f.context, *f.window, f.clock);
    SettingsDialog* dialog = f.window->openSettings();
    auto* page = dialog->findChild<QWidget*>(QStringLiteral("remindersPage"));
    REQUIRE(page);
    CHECK(page->isVisible()); // the page the dialog opens on
    CHECK_FALSE(page->findChild<QLabel*>(QStringLiteral("idleNote"))->text().isEmpty());
    auto* minutes = page->findChild<QSpinBox*>(QStringLiteral("remindAfter"));
    REQUIRE(minutes);
    CHECK_FALSE(minutes->isEnabled()); // off until turned on
    page->findChild<QCheckBox*>(QStringLiteral("remindersOn"))->click();
    REQUIRE(companion.reminders());
    CHECK(minutes->isEnabled());
    minutes->setValue(25);
    CHECK(companion.reminders()->settings().activeSeconds == 25 * 60);
    page->findChild<QCheckBox*>(QStringLiteral("day6"))->click(); // Saturday too
    CHECK(companion.reminders()->settings().workDays == QList<int>{1, 2, 3, 4, 5, 6});
    dialog->close();
}
