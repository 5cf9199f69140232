#pragma once

#include "Connection.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace unknot {

/// Copies of the journal in a private `backups` folder beside it, made with SQLite's online backup, so a copy is
/// consistent even while the journal is open. Each copy is checked after it is written: a damaged journal never
/// yields a backup. The newest `kept` copies stay; a file set aside before a restore is never deleted.
class JournalBackup {
    Q_DECLARE_TR_FUNCTIONS(JournalBackup)

public:
    enum class Reason { Daily, BeforeMigration, BeforeImport, BeforeRestore };

    /// One backup and what it holds, read from the copy itself.
    struct Entry {
        QString path;
        QDateTime made; ///< local time, from the file name
        Reason reason = Reason::Daily;
        int schemaVersion = 0;
        int sessions = 0;
        int painEntries = 0;
        QDate first; ///< the earliest session or entry (local date); invalid when there is none
        QDate last;
        bool readable = false;
    };

    static constexpr int kept = 7;

    static QString folderFor(const QString& journalPath);
    /// Backs up the connection's open file; returns the copy's path (nothing is left behind on a failure).
    static Result<QString> make(const Connection& connection, Reason reason, QDateTime now = {});
    /// Makes a daily backup when the newest is a day old or there is none. Fails only when one was due and failed.
    static Result<> makeDailyIfDue(const Connection& connection, QDateTime now = {});
    /// The backups of the journal at journalPath, newest first, with their contents.
    static QList<Entry> list(const QString& journalPath);
    /// Copies the journal file (and its -wal) aside as it is, whatever state it is in; the copy is never deleted.
    static Result<QString> setAside(const QString& journalPath, QDateTime now = {});
    /// Replaces the (closed) journal file with a checked copy of backupPath. The caller keeps the current file first.
    static Result<> replace(const QString& journalPath, const QString& backupPath);
    static QString reasonWords(Reason reason);

private:
    /// The backups by name alone, newest first, without opening them (what rotating and the daily check need).
    static QList<Entry> files(const QString& journalPath);
    static void rotate(const QString& journalPath);
};

} // namespace unknot
