#include "reminders/Notifiers.h"

#include "reminders/FreedesktopNotifier.h"
#include "reminders/WindowNotifier.h"

namespace unknot {

std::unique_ptr<Notifier> Notifiers::pick()
{
    if (auto desktop = FreedesktopNotifier::open(std::make_unique<WindowNotifier>())) {
        return desktop;
    }
    return std::make_unique<WindowNotifier>();
}

} // namespace unknot
