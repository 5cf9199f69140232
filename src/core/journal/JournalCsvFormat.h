#pragma once

#include <QByteArray>
#include <QString>

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

    /// Whether a column holds free text (uuids, slugs, names, titles, the plan, places, notes), to which the
    /// formula guard applies; the others hold keys, times, numbers and flags that Unknot checks on import.
    static bool isText(Column column);
    /// A text cell as written: with one more leading apostrophe when it starts with one, or with what a spreadsheet
    /// would run as a formula (=, +, -, @, tab, carriage return).
    static QString guarded(const QString& text);
    /// A text cell as read: without one leading apostrophe, undoing guarded() exactly.
    static QString unguarded(const QString& text);
};

} // namespace unknot
