#pragma once

#include "reminders/Notifier.h"
#include "reminders/ReminderWindow.h"

#include <QPointer>

namespace unknot {

/// Shows reminders in Unknot's own ReminderWindow: the fallback where the desktop has no notification service
/// or its notifications cannot carry buttons.
class WindowNotifier : public Notifier {
    Q_OBJECT

public:
    using Notifier::Notifier;
    ~WindowNotifier() override;

    void show(const ReminderNote& note) override;
    void withdraw() override;
    /// The window, once a reminder has been shown; for tests.
    ReminderWindow* window() const { return m_window; }

private:
    QPointer<ReminderWindow> m_window;
};

} // namespace unknot
