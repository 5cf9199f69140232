#pragma once

#include "Connection.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTimeZone>
#include <functional>

class QIODevice;

namespace unknot {

/// Moves the journal between machines as the CSV of JournalCsv: exports every live record, and imports a file in
/// one transaction, merging by uuid so that nothing is ever added twice.
class JournalTransfer {
    Q_DECLARE_TR_FUNCTIONS(JournalTransfer)

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

    /// Told how far an export or import has come, done of total; returning false cancels it, and the call then fails
    /// with Failure::Cancelled having written nothing. An export counts the rows it writes (known once the journal
    /// is read); an import counts each row of the file twice, once read and once added. Called every thousand rows
    /// or so, on the thread doing the work.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit JournalTransfer(Connection connection);

    /// The CSV of what History shows: every session not deleted, with its steps, and every entry neither deleted
    /// nor of a deleted session, read as one snapshot; a failure if the journal could not be read.
    /// time_local is written in zone (invalid: the system's).
    Result<QByteArray> exportCsv(const QTimeZone& zone = {}, const Progress& progress = {}) const;
    /// Writes exportCsv() to device, which must be open for writing.
    Result<> exportCsv(QIODevice& device, const QTimeZone& zone = {}, const Progress& progress = {}) const;
    /// Writes exportCsv() to the file at path, whole or not at all, readable by its owner alone. Cancelled, it
    /// leaves no file (and an older file at path as it was).
    Result<> exportCsv(const QString& path, const QTimeZone& zone = {}, const Progress& progress = {}) const;

    /// Adds the sessions, steps and entries of a CSV export that the journal does not have yet, in one transaction:
    /// on any problem nothing is added, and the failure names the first bad line. Routines must be in the library
    /// or already in the journal. Times after nowUtc are refused (invalid: the current time). A journal kept in a
    /// file is backed up first (JournalBackup::Reason::BeforeImport).
    Result<ImportResult> importCsv(const QByteArray& bytes, const QDateTime& nowUtc = {},
                                   const Progress& progress = {});

private:
    Connection m_connection;
};

} // namespace unknot
