#pragma once

#include <QByteArray>

namespace unknot {

/// What JournalCsv's writing side and JournalCsvReader share: where each column sits in a row, and the file's start.
class JournalCsvFormat {
public:
    /// The position of each column in a row, in the order of JournalCsv::columns().
    // clang-format off
    enum Column {
        Record, Uuid, SessionUuid, TimeUtc, TimeLocal, EndUtc, RoutineSlug, RoutineName, Kind, Status, SelfPaced,
        PlanJson, Position, ExerciseSlug, Title, PlannedReps, ActualReps, PlannedMs, ActualMs, Skipped, Moment, Rating,
        Sites, Note, ColumnCount
    };
    // clang-format on

    /// The UTF-8 byte order mark that a written file starts with and that reading skips.
    static const QByteArray& byteOrderMark();
};

} // namespace unknot
