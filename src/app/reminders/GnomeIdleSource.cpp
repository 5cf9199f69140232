#include "reminders/GnomeIdleSource.h"

#include <QDBusConnection>
#include <QDBusMessage>

namespace unknot {

namespace {

// A local call: the monitor answers in well under a millisecond, so a second means it is gone.
constexpr int timeoutMs = 1000;

} // namespace

std::unique_ptr<GnomeIdleSource> GnomeIdleSource::open()
{
    std::unique_ptr<GnomeIdleSource> source(new GnomeIdleSource);
    return source->idleMs() ? std::move(source) : nullptr;
}

std::optional<qint64> GnomeIdleSource::idleMs()
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        return std::nullopt;
    }
    const QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.gnome.Mutter.IdleMonitor"), QStringLiteral("/org/gnome/Mutter/IdleMonitor/Core"),
        QStringLiteral("org.gnome.Mutter.IdleMonitor"), QStringLiteral("GetIdletime"));
    const QDBusMessage reply = bus.call(call, QDBus::Block, timeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty()) {
        return std::nullopt;
    }
    return qint64(reply.arguments().constFirst().toULongLong());
}

} // namespace unknot
