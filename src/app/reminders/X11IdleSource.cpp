#include "reminders/X11IdleSource.h"

#include <QGuiApplication>

#if QT_CONFIG(xcb)
// Xlib's macros (None, Bool, Status…) clash with Qt's names, so it comes last and stays in this file.
#include <X11/Xlib.h>
#include <X11/extensions/scrnsaver.h>
#endif

namespace unknot {

struct X11IdleSource::Private {
#if QT_CONFIG(xcb)
    Display* display = nullptr;
    XScreenSaverInfo* info = nullptr;
#endif
};

X11IdleSource::X11IdleSource(std::unique_ptr<Private> p)
    : d(std::move(p))
{
}

X11IdleSource::~X11IdleSource()
{
#if QT_CONFIG(xcb)
    XFree(d->info);
#endif
}

std::unique_ptr<X11IdleSource> X11IdleSource::open()
{
#if QT_CONFIG(xcb)
    const auto* x11 = qGuiApp ? qGuiApp->nativeInterface<QNativeInterface::QX11Application>() : nullptr;
    Display* display = x11 ? x11->display() : nullptr;
    int event = 0;
    int error = 0;
    if (!display || !XScreenSaverQueryExtension(display, &event, &error)) {
        return nullptr;
    }
    auto p = std::make_unique<Private>();
    p->display = display; // Qt's own connection, owned by the platform plugin
    p->info = XScreenSaverAllocInfo();
    std::unique_ptr<X11IdleSource> source(new X11IdleSource(std::move(p)));
    if (!source->d->info || !source->idleMs()) {
        return nullptr;
    }
    return source;
#else
    return nullptr;
#endif
}

std::optional<qint64> X11IdleSource::idleMs()
{
#if QT_CONFIG(xcb)
    if (XScreenSaverQueryInfo(d->display, XDefaultRootWindow(d->display), d->info) == 0) {
        return std::nullopt;
    }
    return qint64(d->info->idle);
#else
    return std::nullopt;
#endif
}

} // namespace unknot
