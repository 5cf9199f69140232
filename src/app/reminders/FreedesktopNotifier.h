#pragma once

#include "reminders/Notifier.h"

#include <QStringList>
#include <memory>

namespace unknot {

/// Reminders as desktop notifications (org.freedesktop.Notifications): low urgency, with Start, Later and Skip as
/// actions. Where the server cannot show actions, or a Notify call fails, the fallback shows the reminder instead.
class FreedesktopNotifier : public Notifier {
    Q_OBJECT

public:
    /// Null when the session bus has no notification service.
    static std::unique_ptr<FreedesktopNotifier> open(std::unique_ptr<Notifier> fallback);

    void show(const ReminderNote& note) override;
    void withdraw() override;

private Q_SLOTS:
    void onActionInvoked(uint id, const QString& action);
    void onNotificationClosed(uint id, uint reason);
    void onPropertiesChanged(const QString& interface, const QVariantMap& changed, const QStringList& invalidated);

private:
    explicit FreedesktopNotifier(std::unique_ptr<Notifier> fallback);
    void readCapabilities();
    void readInhibited();

    std::unique_ptr<Notifier> m_fallback;
    bool m_actions = true; // until GetCapabilities says otherwise
    bool m_usingFallback = false;
    bool m_wanted = false; // shown and not yet withdrawn
    uint m_id = 0;
};

} // namespace unknot
