#pragma once

#include "ReminderSettings.h"

#include <QObject>
#include <memory>
#include <optional>

namespace unknot {

class AppContext;
class Clock;
class MainWindow;
class Reminders;
class Tray;

/// Unknot on the desktop between sessions: the tray and the break reminders, tied to the one window. Reminders
/// follow the settings (off until turned on); a reminder's Start, like the tray's, reaches the one window and brings
/// a running session forward; sessions started anywhere hold reminders back; with reminders on and a tray shown,
/// closing the window keeps Unknot in the tray (said once).
class DeskCompanion : public QObject {
    Q_OBJECT

public:
    /// remindAfterSeconds (from --remind-after) turns reminders on for this run with that much active time,
    /// without storing it.
    DeskCompanion(AppContext& context, MainWindow& window, const Clock& clock,
                  std::optional<int> remindAfterSeconds = std::nullopt, QObject* parent = nullptr);
    ~DeskCompanion() override;

    Tray& tray() const { return *m_tray; }
    /// The reminders while they are on; null while off (nothing runs then).
    Reminders* reminders() const { return m_reminders.get(); }
    /// The settings in force: the stored ones, with --remind-after applied.
    ReminderSettings settings() const;
    /// Asks once, on a first start, whether to turn break reminders on.
    void offerReminders();

private:
    void apply();
    void updateTray();
    QString routineFor(const QString& id) const;

    AppContext& m_context;
    MainWindow& m_window;
    const Clock& m_clock;
    std::optional<int> m_remindAfter;
    std::unique_ptr<Tray> m_tray;
    std::unique_ptr<Reminders> m_reminders;
};

} // namespace unknot
