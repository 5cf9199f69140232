#pragma once

#include <QCoreApplication>
#include "Connection.h"

#include <QString>

struct sqlite3;

namespace unknot {

/// Opens the person's SQLite file, sets pragmas and applies numbered migrations.
/// It never writes to a file it cannot safely use: those are reported and left untouched.
class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Problem { None, CannotOpen, NotADatabase, NotAFile, TooNew, ReadOnly, Damaged, MigrationFailed };

    struct Status {
        Problem problem = Problem::None;
        QString message; ///< plain words for the person: what is wrong and what to do
        bool ok() const { return problem == Problem::None; }
    };

    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Opens (creating if needed) the file at path, or an in-memory database for ":memory:".
    Status open(const QString& path);
    /// Opens and migrates only up to targetVersion; for testing upgrades step by step.
    Status open(const QString& path, int targetVersion);
    /// Opens a second connection to the journal at path, which the app's own Database has opened, checked and
    /// migrated, for work on another thread (a long import or export): open it, use it and destroy this on that
    /// thread, since SQLite connections belong to one. Same pragmas; no checks, migration or backup of its own.
    /// Refuses ":memory:" (a memory journal cannot be shared) and a file of another format than this version's.
    Status openForWorker(const QString& path);
    /// Closes the file. The connection stays registered, so copies of connection() held by repositories follow
    /// the next open() (a restore reopens the journal under the same objects).
    void close();

    /// The connection repositories are built on; it names the journal, whichever file is open under it.
    Connection connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;
    static int latestVersion();
    /// SQLite's quick check of the main database: empty when sound, else its first finding.
    static QString quickCheck(sqlite3* handle);

private:
    Status fail(Problem problem, const QString& message);
    static QString damagedMessage(const QString& where, const QString& finding);
    bool migrate(int targetVersion, QString* error);

    QString m_connectionName;
    QString m_path;
};

} // namespace unknot
