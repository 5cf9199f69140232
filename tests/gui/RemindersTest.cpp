// Break reminders on the desktop, with a hand-moved clock, an idle source and a notifier that are plain test
// implementations of the interfaces: the one timer is fired by hand at the deadline it was set for.
#include "reminders/Reminders.h"

#include "ManualClock.h"
#include "reminders/IdleSources.h"
#include "reminders/ReminderWindow.h"
#include "reminders/WindowNotifier.h"

#include <QApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace unknot;

namespace {

constexpr qint64 minute = 60'000;

// A person at the keyboard: idle for as long as the test says.
class TestIdleSource : public IdleSource {
public:
    explicit TestIdleSource(int* polls, qint64* idle)
        : m_polls(polls)
        , m_idle(idle)
    {
    }
    std::optional<qint64> idleMs() override
    {
        ++*m_polls;
        return *m_idle;
    }
    IdleKind kind() const override { return IdleKind::X11; }

private:
    int* m_polls;
    qint64* m_idle;
};

// Keeps what was shown, as a notification server would, and answers for the person.
class TestNotifier : public Notifier {
public:
    QList<ReminderNote> shown;
    int withdrawn = 0;
    bool showing = false;

    void show(const ReminderNote& note) override
    {
        shown.append(note);
        showing = true;
    }
    void withdraw() override
    {
        ++withdrawn;
        showing = false;
    }
    void answer(ReminderChoice choice)
    {
        showing = false;
        Q_EMIT chosen(choice);
    }
};

ReminderSettings anyTime(int activeSeconds)
{
    ReminderSettings s;
    s.enabled = true;
    s.activeSeconds = activeSeconds;
    s.workDays = {1, 2, 3, 4, 5, 6, 7};
    s.workStart = QTime(0, 0);
    s.workEnd = QTime(0, 0);
    return s;
}

struct Fixture {
    ManualClock clock;
    int polls = 0;
    qint64 idle = 0;
    TestNotifier* notifier = new TestNotifier;
    Reminders reminders{clock, std::make_unique<TestIdleSource>(&polls, &idle), std::unique_ptr<Notifier>(notifier)};
    QTimer* timer = reminders.findChild<QTimer*>(QStringLiteral("reminderTimer"));

    // The timer's deadline as the clock sees it, then fired by hand.
    void fire()
    {
        REQUIRE(timer->isActive());
        clock.advance(timer->interval());
        QMetaObject::invokeMethod(timer, "timeout");
    }
    // Fires the timer until ms have passed or the notifier shows something.
    bool runUntilShown(qint64 ms)
    {
        const qint64 end = clock.monotonicMs() + ms;
        const qsizetype before = notifier->shown.size();
        while (timer->isActive() && clock.monotonicMs() + timer->interval() <= end) {
            fire();
            if (notifier->shown.size() > before) {
                return true;
            }
        }
        return false;
    }
};

} // namespace

TEST_CASE("a reminder comes due after the set active time, and Start asks for the routine", "[reminders]")
{
    Fixture f;
    REQUIRE(f.timer);
    CHECK_FALSE(f.timer->isActive()); // off by default: no timer at all
    QSignalSpy status(&f.reminders, &Reminders::statusChanged);
    f.reminders.setSettings(anyTime(60)); // as a short interval from the command line would
    CHECK(status.count() == 1);
    CHECK(f.reminders.status() == ReminderStatus::Counting);
    CHECK(f.runUntilShown(60'000));
    CHECK(f.clock.monotonicMs() == 60'000);
    CHECK(f.reminders.status() == ReminderStatus::Due);
    REQUIRE(f.notifier->shown.size() == 1);
    const ReminderNote note = f.notifier->shown.constFirst();
    CHECK(note.title == QStringLiteral("Time for a short break"));
    CHECK(note.laterLabel == QStringLiteral("In 10 minutes"));
    CHECK(note.body.contains(QStringLiteral("1 minute.")));

    QSignalSpy start(&f.reminders, &Reminders::startRequested);
    f.notifier->answer(ReminderChoice::Start);
    REQUIRE(start.count() == 1);
    CHECK(start.constFirst().constFirst().toString() == QStringLiteral("desk-micro-break"));
    f.reminders.sessionStarted();
    CHECK(f.reminders.status() == ReminderStatus::InSession);
    CHECK_FALSE(f.timer->isActive());  // nothing to wait for while a routine plays
    CHECK(f.notifier->withdrawn == 0); // the answer took it away already
}

TEST_CASE("\"In 10 minutes\" puts the reminder off, up to the limit", "[reminders]")
{
    Fixture f;
    f.reminders.setSettings(anyTime(50 * 60));
    REQUIRE(f.runUntilShown(50 * minute));
    f.notifier->answer(ReminderChoice::Later);
    CHECK(f.reminders.status() == ReminderStatus::Postponed);
    CHECK_FALSE(f.runUntilShown(10 * minute - 1000));
    CHECK(f.runUntilShown(10 * minute));
    CHECK(f.clock.monotonicMs() == 60 * minute);
    f.notifier->answer(ReminderChoice::Later);
    REQUIRE(f.runUntilShown(10 * minute));
    CHECK(f.notifier->shown.last().laterLabel.isEmpty()); // two in a row: only Start and Skip now
    f.notifier->answer(ReminderChoice::Skip);
    CHECK(f.reminders.status() == ReminderStatus::Counting);
    CHECK(f.reminders.schedule().activeSeconds() == 0);
}

TEST_CASE("the reminder timer is single-shot for the next deadline, and idle is polled rarely", "[reminders]")
{
    Fixture f;
    f.reminders.setSettings(anyTime(50 * 60));
    CHECK(f.timer->isSingleShot());
    qint64 shortest = 60 * minute;
    int wakes = 0;
    while (f.clock.monotonicMs() < 45 * minute) {
        REQUIRE(f.timer->isActive());
        CHECK(f.clock.monotonicMs() + f.timer->interval() == *f.reminders.schedule().nextWakeMs());
        shortest = std::min<qint64>(shortest, f.timer->interval());
        f.fire();
        ++wakes;
    }
    CHECK(shortest >= ReminderSchedule::minPollMs);
    CHECK(f.polls == wakes);
    CHECK(f.polls <= 20); // typing for 45 minutes: a look every 2.5 minutes
    // A break resets the count and takes the shown reminder away.
    REQUIRE(f.runUntilShown(5 * minute));
    CHECK(f.notifier->showing);
    f.idle = 6 * minute;
    f.fire();
    CHECK(f.reminders.status() == ReminderStatus::OnBreak);
    CHECK_FALSE(f.notifier->showing);
    CHECK(f.notifier->withdrawn == 1);
}

TEST_CASE("the idle source's sentence says when wall time is counted", "[reminders]")
{
    CHECK(IdleSources::describe(IdleKind::None).startsWith(QStringLiteral("Counting wall time")));
    Fixture f;
    CHECK(f.reminders.idleSourceName() == IdleSources::describe(IdleKind::X11));
}

TEST_CASE("Unknot's own reminder window shows without taking the keyboard", "[reminders]")
{
    WindowNotifier notifier;
    QSignalSpy chosen(&notifier, &Notifier::chosen);
    notifier.show({QStringLiteral("Time for a short break"), QStringLiteral("body"), QStringLiteral("Start"),
                   QStringLiteral("In 10 minutes"), QStringLiteral("Skip")});
    ReminderWindow* window = notifier.window();
    REQUIRE(window);
    CHECK(window->isVisible());
    CHECK(window->windowFlags().testFlag(Qt::WindowDoesNotAcceptFocus));
    CHECK(window->windowFlags().testFlag(Qt::Tool));
    CHECK(window->testAttribute(Qt::WA_ShowWithoutActivating));
    // The offscreen platform activates every window it shows, so whether the keyboard stays put is seen on a real
    // desktop (../shared/tools/try-desktop); here the window asks for it in every way Qt has.
    auto* later = window->findChild<QPushButton*>(QStringLiteral("reminderLater"));
    REQUIRE(later);
    CHECK(later->focusPolicy() == Qt::NoFocus);
    QTest::mouseClick(later, Qt::LeftButton);
    REQUIRE(chosen.count() == 1);
    CHECK(chosen.constFirst().constFirst().value<ReminderChoice>() == ReminderChoice::Later);
    CHECK_FALSE(window->isVisible());
}
