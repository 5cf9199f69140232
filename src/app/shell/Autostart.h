#pragma once

#include <QString>

namespace unknot::autostart {

/// The XDG autostart entry that starts Unknot at login (in the user's autostart folder).
QString entryPath();
/// True when the entry is there.
bool isOn();
/// Writes the entry (starting this program, quietly in the background) or removes it; false, with the reason in
/// why, when the file cannot be written or removed.
bool set(bool on, QString* why);

} // namespace unknot::autostart
