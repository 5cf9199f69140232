#pragma once

#include "ReminderSchedule.h"
#include "reminders/IdleSource.h"
#include "reminders/Notifier.h"

#include <QObject>
#include <QTimer>
#include <memory>

namespace unknot {

/// Break reminders on the desktop: owns the schedule, wakes it with one single-shot timer set for its next
/// deadline, asks the idle source only while it counts, and shows a due reminder through the notifier.
class Reminders : public QObject {
    Q_OBJECT

public:
    /// The clock must outlive this object. Reminders start off: setSettings() turns them on.
    Reminders(const Clock& clock, std::unique_ptr<IdleSource> idle, std::unique_ptr<Notifier> notifier,
              QObject* parent = nullptr);
    ~Reminders() override;

    void setSettings(const ReminderSettings& settings);
    const ReminderSettings& settings() const { return m_schedule.settings(); }

    /// A routine started or ended playing, from wherever it was started.
    void sessionStarted();
    void sessionEnded();
    void pauseFor(int minutes);
    void pauseUntilTomorrow();
    void resume();
    /// The shell tells when a full-screen window is up (where it can see one).
    void setFullScreen(bool on);

    /// How idle time is learnt, as a plain sentence for the settings dialog.
    QString idleSourceName() const;
    IdleKind idleKind() const { return m_idle->kind(); }
    ReminderStatus status() const { return m_schedule.status(); }
    /// The status as a short sentence, e.g. for the tray's tooltip.
    QString statusText() const;
    const ReminderSchedule& schedule() const { return m_schedule; }
    /// How many times the idle source was asked so far.
    int idlePolls() const { return m_idlePolls; }

Q_SIGNALS:
    /// The person chose Start: play this routine.
    void startRequested(const QString& routineId);
    void statusChanged();

private:
    void wake();
    void choose(ReminderChoice choice);
    template <typename Change> void change(Change&& what);
    void settle(ReminderStatus before);
    ReminderNote note() const;

    const Clock& m_clock;
    ReminderSchedule m_schedule;
    std::unique_ptr<IdleSource> m_idle;
    std::unique_ptr<Notifier> m_notifier;
    QTimer m_timer;
    bool m_shown = false;
    int m_idlePolls = 0;
};

} // namespace unknot
