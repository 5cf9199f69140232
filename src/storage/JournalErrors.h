#pragma once

#include <QString>

class QSqlError;

namespace unknot {

/// Recognises a full disk in what the journal reports, so callers can say so in plain words.
class JournalErrors {
public:
    /// Whether error is SQLite's full disk: SQLITE_FULL, or one of its extended codes.
    static bool isDiskFull(const QSqlError& error);
    /// Whether a repository's message reports a full disk: PainRepository::reasonWords() for it, or SQLite's own
    /// text for it where the code did not come through (a failed commit reports the text alone).
    static bool saysDiskFull(const QString& message);
};

} // namespace unknot
