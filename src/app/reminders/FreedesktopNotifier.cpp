#include "reminders/FreedesktopNotifier.h"

#include "Log.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QGuiApplication>

namespace unknot {

namespace {
// The installed desktop entry and icon share the app's id; a build run from its folder has neither, and the
// server then shows its own icon.
QString appId()
{
    const QString id = QGuiApplication::desktopFileName();
    return id.isEmpty() ? QStringLiteral("unknot") : id;
}
} // namespace

namespace {

const QString service = QStringLiteral("org.freedesktop.Notifications");
const QString path = QStringLiteral("/org/freedesktop/Notifications");
const QString interface = QStringLiteral("org.freedesktop.Notifications");

QDBusMessage call(const QString& method)
{
    return QDBusMessage::createMethodCall(service, path, interface, method);
}

// NotificationClosed's reason when the person closed it.
constexpr uint dismissedByUser = 2;

} // namespace

std::unique_ptr<FreedesktopNotifier> FreedesktopNotifier::open(std::unique_ptr<Notifier> fallback)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        return nullptr;
    }
    // Servers are often started on the first call, so being activatable is enough.
    QDBusConnectionInterface* names = bus.interface();
    if (!names->isServiceRegistered(service) && !names->activatableServiceNames().value().contains(service)) {
        return nullptr;
    }
    std::unique_ptr<FreedesktopNotifier> notifier(new FreedesktopNotifier(std::move(fallback)));
    bus.connect(service, path, interface, QStringLiteral("ActionInvoked"), notifier.get(),
                SLOT(onActionInvoked(uint, QString)));
    bus.connect(service, path, interface, QStringLiteral("NotificationClosed"), notifier.get(),
                SLOT(onNotificationClosed(uint, uint)));
    bus.connect(service, path, QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("PropertiesChanged"),
                notifier.get(), SLOT(onPropertiesChanged(QString, QVariantMap, QStringList)));
    notifier->readCapabilities();
    notifier->readInhibited();
    return notifier;
}

FreedesktopNotifier::FreedesktopNotifier(std::unique_ptr<Notifier> fallback)
    : m_fallback(std::move(fallback))
{
    connect(m_fallback.get(), &Notifier::chosen, this, &Notifier::chosen);
}

void FreedesktopNotifier::readCapabilities()
{
    auto* watcher = new QDBusPendingCallWatcher(
        QDBusConnection::sessionBus().asyncCall(call(QStringLiteral("GetCapabilities"))), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* w) {
        const QDBusPendingReply<QStringList> reply = *w;
        if (reply.isValid()) {
            m_actions = reply.value().contains(QStringLiteral("actions"));
        }
        w->deleteLater();
    });
}

// KDE's server has an Inhibited property for do-not-disturb; others do not, and then nothing is held back here.
void FreedesktopNotifier::readInhibited()
{
    QDBusMessage get = QDBusMessage::createMethodCall(service, path, QStringLiteral("org.freedesktop.DBus.Properties"),
                                                      QStringLiteral("Get"));
    get.setArguments({interface, QStringLiteral("Inhibited")});
    auto* watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(get), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* w) {
        const QDBusPendingReply<QDBusVariant> reply = *w;
        if (reply.isValid()) {
            Q_EMIT doNotDisturbChanged(reply.value().variant().toBool());
        }
        w->deleteLater();
    });
}

void FreedesktopNotifier::show(const ReminderNote& note)
{
    if (!m_actions) {
        m_usingFallback = true;
        m_fallback->show(note);
        return;
    }
    QStringList actions{QStringLiteral("start"), note.startLabel};
    if (!note.laterLabel.isEmpty()) {
        actions << QStringLiteral("later") << note.laterLabel;
    }
    actions << QStringLiteral("skip") << note.skipLabel;
    const QVariantMap hints{
        {QStringLiteral("urgency"), QVariant::fromValue(uchar(0))}, // low: no sound, no banner over full screen
        {QStringLiteral("desktop-entry"), appId()},
    };
    m_wanted = true;
    QDBusMessage notify = call(QStringLiteral("Notify"));
    notify.setArguments({QStringLiteral("Unknot"), m_id, appId(), note.title, note.body, actions, hints, -1});
    auto* watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(notify), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, note](QDBusPendingCallWatcher* w) {
        const QDBusPendingReply<uint> reply = *w;
        if (reply.isValid()) {
            m_id = reply.value();
            m_usingFallback = false;
            if (!m_wanted) {
                withdraw(); // taken back while the server was still answering
            }
        } else if (m_wanted) {
            log::warn(QStringLiteral("The desktop did not show the break reminder (%1); Unknot shows its own")
                          .arg(reply.error().message()));
            m_usingFallback = true;
            m_fallback->show(note);
        }
        w->deleteLater();
    });
}

void FreedesktopNotifier::withdraw()
{
    m_wanted = false;
    if (m_usingFallback) {
        m_fallback->withdraw();
    }
    if (m_id != 0) {
        QDBusMessage close = call(QStringLiteral("CloseNotification"));
        close.setArguments({m_id});
        QDBusConnection::sessionBus().asyncCall(close);
        m_id = 0;
    }
}

void FreedesktopNotifier::onActionInvoked(uint id, const QString& action)
{
    if (id == 0 || id != m_id) {
        return; // another program's notification, or ours answered already
    }
    m_id = 0; // the server closes it next and says so: that is not a dismissal
    if (action == QStringLiteral("start") || action == QStringLiteral("default")) {
        Q_EMIT chosen(ReminderChoice::Start);
    } else if (action == QStringLiteral("later")) {
        Q_EMIT chosen(ReminderChoice::Later);
    } else if (action == QStringLiteral("skip")) {
        Q_EMIT chosen(ReminderChoice::Skip);
    }
}

void FreedesktopNotifier::onNotificationClosed(uint id, uint reason)
{
    if (id == 0 || id != m_id) {
        return;
    }
    m_id = 0;
    // Expired or closed by the server: the reminder stays due, quietly. Closed by the person: not now.
    if (reason == dismissedByUser) {
        Q_EMIT chosen(ReminderChoice::Dismissed);
    }
}

void FreedesktopNotifier::onPropertiesChanged(const QString& changedInterface, const QVariantMap& changed,
                                              const QStringList&)
{
    if (changedInterface == interface && changed.contains(QStringLiteral("Inhibited"))) {
        Q_EMIT doNotDisturbChanged(changed.value(QStringLiteral("Inhibited")).toBool());
    }
}

} // namespace unknot
