#pragma once

#include "reminders/Notifier.h"

#include <memory>

namespace unknot {

/// Picks how reminders are shown on this desktop.
class Notifiers {
public:
    /// Desktop notifications where the session bus has a server, with Unknot's own window as their fallback;
    /// the window alone where it has none.
    static std::unique_ptr<Notifier> pick();
};

} // namespace unknot
