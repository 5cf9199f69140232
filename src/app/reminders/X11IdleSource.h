#pragma once

#include "reminders/IdleSource.h"

#include <memory>

namespace unknot {

/// Idle time from the X server's screen-saver extension (libXss); only on the xcb platform.
class X11IdleSource : public IdleSource {
public:
    /// Null unless the platform is xcb, the extension is there and a first query answers.
    static std::unique_ptr<X11IdleSource> open();
    ~X11IdleSource() override;

    std::optional<qint64> idleMs() override;
    IdleKind kind() const override { return IdleKind::X11; }

private:
    struct Private;
    explicit X11IdleSource(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace unknot
