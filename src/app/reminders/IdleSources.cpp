#include "reminders/IdleSources.h"

#include "Log.h"
#include "reminders/GnomeIdleSource.h"
#include "reminders/X11IdleSource.h"

#include <QGuiApplication>

namespace unknot {

std::unique_ptr<IdleSource> IdleSources::pick()
{
    std::unique_ptr<IdleSource> source;
    // Under Wayland an X11 client sees only the input that reaches XWayland windows, so ask the compositor first.
    const bool wayland = qEnvironmentVariable("XDG_SESSION_TYPE") == QStringLiteral("wayland");
    if (wayland) {
        source = GnomeIdleSource::open();
    }
    if (!source && QGuiApplication::platformName() == QStringLiteral("xcb")) {
        source = X11IdleSource::open();
    }
    if (!source && !wayland) {
        source = GnomeIdleSource::open();
    }
    if (!source) {
        source = std::make_unique<NoIdleSource>();
    }
    const char* names[] = {"the X11 screen saver", "GNOME's idle monitor", "nothing (wall time)"};
    log::info(QStringLiteral("Break reminders learn idle time from %1").arg(QLatin1String(names[int(source->kind())])));
    return source;
}

QString IdleSources::describe(IdleKind kind)
{
    switch (kind) {
    case IdleKind::X11:
        return tr("Time away from the keyboard and mouse is noticed through the X11 screen saver.");
    case IdleKind::Gnome:
        return tr("Time away from the keyboard and mouse is noticed through GNOME's idle monitor.");
    case IdleKind::None:
        break;
    }
    return tr("Counting wall time: this desktop does not say when you are away, so every minute the computer is "
              "on counts.");
}

} // namespace unknot
