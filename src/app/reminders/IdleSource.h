#pragma once

#include <QtGlobal>
#include <optional>

namespace unknot {

/// Which way Unknot learns how long keyboard and mouse have been idle.
enum class IdleKind {
    X11,   ///< the X11 screen-saver extension
    Gnome, ///< GNOME's idle monitor over D-Bus (also on Wayland)
    None,  ///< nothing answers: every minute the computer is on counts
};

/// Tells how long the person has not touched keyboard or mouse. Asked only while reminders count, and no more
/// often than ReminderSchedule::minPollMs.
class IdleSource {
public:
    virtual ~IdleSource() = default;

    /// Milliseconds since the last input; none when the desktop did not answer this time.
    virtual std::optional<qint64> idleMs() = 0;
    virtual IdleKind kind() const = 0;
};

/// The fallback where the desktop does not say when the person is away.
class NoIdleSource : public IdleSource {
public:
    std::optional<qint64> idleMs() override { return std::nullopt; }
    IdleKind kind() const override { return IdleKind::None; }
};

} // namespace unknot
