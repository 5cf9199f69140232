#pragma once

#include "reminders/IdleSource.h"

#include <memory>

namespace unknot {

/// Idle time from GNOME's idle monitor (org.gnome.Mutter.IdleMonitor on the session bus), on X11 and Wayland.
class GnomeIdleSource : public IdleSource {
public:
    /// Null unless the monitor answers a first question.
    static std::unique_ptr<GnomeIdleSource> open();

    std::optional<qint64> idleMs() override;
    IdleKind kind() const override { return IdleKind::Gnome; }

private:
    GnomeIdleSource() = default;
};

} // namespace unknot
