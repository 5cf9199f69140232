#pragma once

#include "reminders/IdleSource.h"

#include <QCoreApplication>
#include <memory>

namespace unknot {

/// Picks the way to learn idle time that works on this desktop.
class IdleSources {
    Q_DECLARE_TR_FUNCTIONS(IdleSources)

public:
    /// The first that answers: GNOME's monitor on Wayland, else X11's extension on xcb, else GNOME's, else none.
    static std::unique_ptr<IdleSource> pick();
    /// A plain sentence for the settings dialog, e.g. that wall time is counted and why.
    static QString describe(IdleKind kind);
};

} // namespace unknot
