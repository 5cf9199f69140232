#include "shell/DesktopScheme.h"

#include "Log.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QGuiApplication>
#include <QPalette>

namespace unknot {

namespace {

const QString service = QStringLiteral("org.freedesktop.portal.Desktop");
const QString path = QStringLiteral("/org/freedesktop/portal/desktop");
const QString interface = QStringLiteral("org.freedesktop.portal.Settings");
const QString group = QStringLiteral("org.freedesktop.appearance");
const QString key = QStringLiteral("color-scheme");
// Start-up waits this long at most for a portal that does not answer.
constexpr int timeoutMs = 300;

std::optional<QPalette>& desktopPalette()
{
    static std::optional<QPalette> palette;
    return palette;
}

/// The portal wraps the value in one or two variants, depending on its version.
std::optional<uint> schemeOf(QVariant value)
{
    while (value.canConvert<QDBusVariant>() && value.metaType() == QMetaType::fromType<QDBusVariant>()) {
        value = qvariant_cast<QDBusVariant>(value).variant();
    }
    bool ok = false;
    const uint scheme = value.toUInt(&ok);
    return ok ? std::optional(scheme) : std::nullopt;
}

} // namespace

DesktopScheme& DesktopScheme::instance()
{
    static DesktopScheme scheme;
    return scheme;
}

void DesktopScheme::rememberDesktopPalette()
{
    if (!desktopPalette()) {
        desktopPalette() = QGuiApplication::palette();
    }
}

bool DesktopScheme::prefersDark()
{
    const std::optional<uint> scheme = instance().portalScheme();
    if (scheme == 1u) {
        return true;
    }
    if (scheme == 2u) {
        return false;
    }
    const QPalette palette = desktopPalette().value_or(QGuiApplication::palette());
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

std::optional<uint> DesktopScheme::portalScheme()
{
    if (m_asked) {
        return m_scheme;
    }
    m_asked = true;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        return m_scheme;
    }
    QDBusMessage read = QDBusMessage::createMethodCall(service, path, interface, QStringLiteral("Read"));
    read << group << key;
    const QDBusMessage reply = bus.call(read, QDBus::Block, timeoutMs);
    if (reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty()) {
        m_scheme = schemeOf(reply.arguments().constFirst());
    } else {
        log::info(QStringLiteral("no colour scheme from the desktop portal (%1); judging by the desktop's palette")
                      .arg(reply.errorName()));
    }
    return m_scheme;
}

void DesktopScheme::listen()
{
    if (m_listening) {
        return;
    }
    m_listening = QDBusConnection::sessionBus().connect(service, path, interface, QStringLiteral("SettingChanged"),
                                                        this, SLOT(onSettingChanged(QString, QString, QDBusVariant)));
}

void DesktopScheme::onSettingChanged(const QString& changedGroup, const QString& changedKey, const QDBusVariant& value)
{
    if (changedGroup != group || changedKey != key) {
        return;
    }
    const std::optional<uint> scheme = schemeOf(value.variant());
    if (m_asked && scheme == m_scheme) {
        return;
    }
    m_asked = true;
    m_scheme = scheme;
    Q_EMIT changed();
}

} // namespace unknot
