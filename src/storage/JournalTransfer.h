#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>
#include <optional>

class QIODevice;

namespace unknot {

/// Moves the journal between machines as the CSV of JournalCsv: exports every live record, and imports a file in
/// one transaction, merging by uuid so that nothing is ever added twice.
class JournalTransfer {
public:
    /// What an import added, and what it left alone because the journal already had it.
    struct ImportResult {
        int sessionsAdded = 0;
        int stepsAdded = 0;
        int entriesAdded = 0;
        int sessionsSkipped = 0; ///< already in the journal (same uuid); their steps are skipped with them
        int entriesSkipped = 0;  ///< already in the journal (same uuid), even if deleted there

        bool operator==(const ImportResult&) const = default;
    };

    explicit JournalTransfer(QSqlDatabase db);

    /// The CSV of what History shows: every session not deleted, with its steps, and every entry neither deleted
    /// nor of a deleted session, read as one snapshot; empty with error set if the journal could not be read.
    /// time_local is written in zone (invalid: the system's).
    QByteArray exportCsv(QString* error, const QTimeZone& zone = {}) const;
    /// Writes exportCsv() to device, which must be open for writing.
    bool exportCsv(QIODevice& device, QString* error, const QTimeZone& zone = {}) const;
    /// Writes exportCsv() to the file at path, whole or not at all, readable by its owner alone.
    bool exportCsv(const QString& path, QString* error, const QTimeZone& zone = {}) const;

    /// Adds the sessions, steps and entries of a CSV export that the journal does not have yet, in one transaction:
    /// on any problem nothing is added, and error names the first bad line. Routines must be in the library or
    /// already in the journal. Times after nowUtc are refused (invalid: the current time).
    std::optional<ImportResult> importCsv(const QByteArray& bytes, QString* error, const QDateTime& nowUtc = {});

private:
    QSqlDatabase m_db;
};

} // namespace unknot
