#pragma once
// The ten-year journal of the history benchmark: generated with a fixed seed, so every run measures the same rows.

#include "Database.h"

#include <QString>

namespace unknot::bench {

constexpr int years = 10;

/// Prints the message and ends the benchmark.
[[noreturn]] void die(const QString& message);

/// Opens a new journal at path (removing any file there first) with the library installed.
void openJournal(Database& db, const QString& path);

struct Counts {
    qint64 sessions = 0, steps = 0, entries = 0, sites = 0, deleted = 0;
};

/// Fills db with ten years ending yesterday: 5-7 sessions a day (mostly routines from the library, some single
/// exercises and heat/cold timers), most rated before and after, a few standalone ratings a day with places.
Counts generate(Database& db);

} // namespace unknot::bench
