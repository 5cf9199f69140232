#pragma once

#include <QString>

namespace unknot {

/// Names the process allowed to write a running session, and tells whether a named process still runs.
///
/// A token is "boot/pid/start": the boot id, the process id, and the process's start time in clock ticks since
/// boot (from /proc). A claim lives exactly as long as its process: once the process has ended, its pid is gone
/// or names a process started at another time, and after a reboot the boot id differs. So a crash frees its
/// session at once, with no timeout to wait out and no heartbeat written while a session runs.
class SessionOwner {
public:
    /// The token of the calling process.
    static QString thisProcess();
    /// The token of the running process pid; empty when there is none (or the system cannot say).
    static QString ofProcess(qint64 pid);
    /// True while the process that token names still runs.
    static bool isAlive(const QString& token);
};

} // namespace unknot
