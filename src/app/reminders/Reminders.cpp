#include "reminders/Reminders.h"

#include "reminders/IdleSources.h"

#include <QDateTime>
#include <QLocale>
#include <algorithm>
#include <limits>

namespace unknot {

Reminders::Reminders(const Clock& clock, std::unique_ptr<IdleSource> idle, std::unique_ptr<Notifier> notifier,
                     QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_schedule(clock)
    , m_idle(std::move(idle))
    , m_notifier(std::move(notifier))
{
    m_timer.setParent(this); // a child, so the shell and tests can find it by name
    m_timer.setObjectName(QStringLiteral("reminderTimer"));
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::VeryCoarseTimer); // to the second is plenty, and lets the system batch wake-ups
    connect(&m_timer, &QTimer::timeout, this, &Reminders::wake);
    connect(m_notifier.get(), &Notifier::chosen, this, &Reminders::choose);
    connect(m_notifier.get(), &Notifier::doNotDisturbChanged, this,
            [this](bool on) { change([&] { m_schedule.setDoNotDisturb(on); }); });
    m_schedule.setIdleSource(m_idle->kind() != IdleKind::None);
}

Reminders::~Reminders()
{
    if (m_shown) {
        m_notifier->withdraw();
    }
}

void Reminders::setSettings(const ReminderSettings& settings)
{
    change([&] { m_schedule.setSettings(settings); });
}

void Reminders::sessionStarted()
{
    change([&] { m_schedule.sessionStarted(); });
}

void Reminders::sessionEnded()
{
    change([&] { m_schedule.sessionEnded(); });
}

void Reminders::pauseFor(int minutes)
{
    change([&] { m_schedule.pauseFor(minutes); });
}

void Reminders::pauseUntilTomorrow()
{
    change([&] { m_schedule.pauseUntilTomorrow(); });
}

void Reminders::resume()
{
    change([&] { m_schedule.resume(); });
}

void Reminders::setFullScreen(bool on)
{
    change([&] { m_schedule.setFullScreen(on); });
}

QString Reminders::idleSourceName() const
{
    return IdleSources::describe(m_idle->kind());
}

void Reminders::wake()
{
    change([&] {
        if (!m_schedule.wantsIdleSample()) {
            m_schedule.update();
            return;
        }
        ++m_idlePolls;
        if (const auto idle = m_idle->idleMs()) {
            m_schedule.activity(*idle);
        } else {
            m_schedule.update(); // no answer this time: the time counts
        }
    });
}

void Reminders::choose(ReminderChoice choice)
{
    m_shown = false; // the person answered, so it is gone already
    change([&] {
        switch (choice) {
        case ReminderChoice::Start:
            m_schedule.started();
            break;
        case ReminderChoice::Later:
            m_schedule.postpone();
            break;
        case ReminderChoice::Skip:
        case ReminderChoice::Dismissed:
            m_schedule.skip();
            break;
        }
    });
    if (choice == ReminderChoice::Start) {
        Q_EMIT startRequested(m_schedule.settings().routineId);
    }
}

template <typename Change> void Reminders::change(Change&& what)
{
    const ReminderStatus before = m_schedule.status();
    what();
    settle(before);
}

// After any change: show or take back the reminder, arm the one timer, and tell if the status moved.
void Reminders::settle(ReminderStatus before)
{
    if (m_schedule.due() && !m_shown) {
        m_shown = true;
        m_notifier->show(note());
    } else if (!m_schedule.due() && m_shown) {
        m_shown = false;
        m_notifier->withdraw();
    }
    if (const auto next = m_schedule.nextWakeMs()) {
        const qint64 wait = std::clamp<qint64>(*next - m_clock.monotonicMs(), 0, std::numeric_limits<int>::max());
        m_timer.start(int(wait));
    } else {
        m_timer.stop();
    }
    if (m_schedule.status() != before) {
        Q_EMIT statusChanged();
    }
}

ReminderNote Reminders::note() const
{
    const int minutes = int(std::max<qint64>(m_schedule.activeSeconds() / 60, 1));
    const int later = std::max(m_schedule.settings().postponeSeconds / 60, 1);
    return {
        tr("Time for a short break"),
        tr("You have been at the computer for %n minute(s). A few minutes of movement ease the upper back and "
           "shoulders.",
           nullptr, minutes),
        tr("Start"),
        m_schedule.canPostpone() ? tr("In %n minute(s)", nullptr, later) : QString(),
        tr("Skip"),
    };
}

QString Reminders::statusText() const
{
    switch (m_schedule.status()) {
    case ReminderStatus::Off:
        return tr("Break reminders are off.");
    case ReminderStatus::InSession:
        return tr("No reminders while a routine plays.");
    case ReminderStatus::Paused: {
        const QDateTime until = QDateTime::fromMSecsSinceEpoch(m_schedule.pausedUntilWallMs().value_or(0));
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock.wallMs());
        const QLocale locale;
        const QString when = until.date() == now.date() ? locale.toString(until.time(), QLocale::ShortFormat)
                                                        : locale.toString(until, QLocale::ShortFormat);
        return tr("Reminders are paused until %1.").arg(when);
    }
    case ReminderStatus::OutsideHours:
        return tr("No reminders outside your working hours.");
    case ReminderStatus::OnBreak:
        return tr("You are away: the count starts again when you are back.");
    case ReminderStatus::Counting: {
        const qint64 left = m_schedule.settings().activeSeconds - m_schedule.activeSeconds();
        return tr("Next break reminder in %n minute(s).", nullptr, int(std::max<qint64>((left + 59) / 60, 1)));
    }
    case ReminderStatus::Postponed:
        return tr("The break reminder comes back in a few minutes.");
    case ReminderStatus::Held:
        return tr("A break reminder waits until do-not-disturb or the full-screen window ends.");
    case ReminderStatus::Due:
        break;
    }
    return tr("Time for a short break.");
}

} // namespace unknot
