#pragma once

#include <QString>
#include <sys/types.h>

namespace unknot {

/// While alive, files and folders the process creates are readable by their owner alone (umask 077), so nothing
/// SQLite or spdlog creates is ever visible to others, not even for a moment.
class OwnerOnly {
public:
    OwnerOnly();
    ~OwnerOnly();
    OwnerOnly(const OwnerOnly&) = delete;
    OwnerOnly& operator=(const OwnerOnly&) = delete;

    /// Creates path (and missing parents) and makes it 0700. False if it could not be created.
    static bool makeFolder(const QString& path);
    /// Makes an existing file 0600; a missing file is fine.
    static void restrictFile(const QString& path);

private:
    mode_t m_previous;
};

} // namespace unknot
