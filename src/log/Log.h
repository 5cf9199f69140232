#pragma once

// The one place spdlog is included: everything else logs through these helpers.
#include <QString>

namespace unknot::log {

/// Writes to a file in logDirectory and, when verbose, also to stderr.
void init(const QString& logDirectory, bool verbose);
void info(const QString& message);
void warn(const QString& message);
void error(const QString& message);

} // namespace unknot::log
