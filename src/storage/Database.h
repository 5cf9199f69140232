#pragma once

#include <QSqlDatabase>
#include <QString>

namespace unknot {

/// Opens the person's SQLite file, sets pragmas and applies numbered migrations.
/// It never writes to a file it cannot safely use: those are reported and left untouched.
class Database {
public:
    enum class Problem { None, CannotOpen, NotADatabase, TooNew, ReadOnly, MigrationFailed };

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
    void close();

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;
    static int latestVersion();

private:
    Status fail(Problem problem, const QString& message);
    bool migrate(int targetVersion, QString* error);

    QString m_connectionName;
    QString m_path;
};

} // namespace unknot
