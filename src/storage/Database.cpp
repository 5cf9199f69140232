#include "Database.h"

#include "JournalBackup.h"
#include "Log.h"
#include "OwnerOnly.h"
#include "SqlSupport.h"
#include "Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

#include <sqlite3.h>

namespace unknot {

namespace {

struct Migration {
    int version;
    QString path;
};

QList<Migration> migrations()
{
    QList<Migration> list;
    const QDir dir(QStringLiteral(":/migrations"));
    // No name filter: QDir matches one with a regular expression, and PCRE2 costs half a MiB at start-up.
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
        if (name.endsWith(QLatin1String(".sql"), Qt::CaseInsensitive)) {
            list.append({name.section(QLatin1Char('_'), 0, 0).toInt(), dir.filePath(name)});
        }
    }
    return list;
}

bool looksLikeSqlite(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QByteArray header = file.read(16);
    return header.isEmpty() || header == QByteArray("SQLite format 3\0", 16);
}

} // namespace

Database::Database()
    : m_connectionName(QStringLiteral("unknot-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Database::~Database()
{
    close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

void Database::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
}

Connection Database::connection() const
{
    return Connection(m_connectionName);
}

int Database::latestVersion()
{
    const auto list = migrations();
    return list.isEmpty() ? 0 : list.last().version;
}

int Database::schemaVersion() const
{
    QSqlQuery query(sql::database(connection()));
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        return -1;
    }
    const int version = query.value(0).toInt();
    query.finish();
    return version;
}

Database::Status Database::fail(Problem problem, const QString& message)
{
    log::error(QStringLiteral("database %1: %2").arg(m_path, message));
    close();
    return {problem, message};
}

Database::Status Database::open(const QString& path)
{
    return open(path, latestVersion());
}

Database::Status Database::open(const QString& path, int targetVersion)
{
    close();
    m_path = path;
    const bool inMemory = path == QLatin1String(":memory:");
    const QFileInfo info(path);
    const QString where = QDir::toNativeSeparators(path);
    // SQLite gives -wal and -shm the journal's mode; with this umask the journal and both are private from birth.
    const OwnerOnly privateFiles;
    if (!inMemory && info.exists()) {
        // Checked before SQLite touches the file, so a foreign file is never modified.
        if (info.isDir()) {
            return fail(Problem::NotAFile,
                        tr("%1 is a folder, not a journal file. Unknot has not changed it. Give a file name instead "
                           "(for example %2), or move the folder away, then start Unknot again.")
                            .arg(where, QDir::toNativeSeparators(QDir(path).filePath(QStringLiteral("unknot.sqlite")))));
        }
        if (!info.isFile() || !looksLikeSqlite(path)) {
            return fail(Problem::NotADatabase,
                        tr("The file %1 is not an Unknot journal: it is not a SQLite database. "
                           "Unknot has not changed it. Move or rename it, then start Unknot again "
                           "to begin a new journal.")
                            .arg(where));
        }
        if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable()) {
            return fail(Problem::ReadOnly,
                        tr("Unknot cannot write to %1, so nothing new could be saved. "
                           "Check that the file and its folder belong to you and are not read-only, "
                           "then start Unknot again.")
                            .arg(where));
        }
        // A journal from an earlier version may have been left readable by others.
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            OwnerOnly::restrictFile(path + suffix);
        }
    } else if (!inMemory) {
        const QFileInfo folder(info.absolutePath());
        const QString folderName = QDir::toNativeSeparators(folder.filePath());
        if (!folder.isDir()) {
            return fail(Problem::CannotOpen, tr("Unknot could not open %1: the folder %2 does not exist. Create it, "
                                                "or start Unknot with another journal file.")
                                                 .arg(where, folderName));
        }
        if (!folder.isWritable()) {
            return fail(Problem::ReadOnly, tr("Unknot cannot create the journal %1: the folder %2 is read-only for "
                                              "you. Check that the folder belongs to you and is not read-only, or "
                                              "start Unknot with another journal file.")
                                               .arg(where, folderName));
        }
    }
    QString openError;
    {
        // Reused, not re-added: repositories holding this connection follow a reopen.
        QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
            ? QSqlDatabase::database(m_connectionName, false)
            : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        if (!db.open()) {
            openError = db.lastError().text();
        }
    } // the handle must be released before fail() removes the connection
    if (!openError.isEmpty()) {
        return fail(Problem::CannotOpen, tr("Unknot could not open %1: %2. Check that there is free disk space, "
                                            "then start Unknot again.")
                                             .arg(where, openError));
    }
    sqlite3* handle = sql::handle(connection());
    const int version = schemaVersion();
    if (version < 0 && !inMemory && info.exists() && info.size() > 0) {
        // The header says SQLite, yet the schema cannot be read: the file is damaged, not foreign.
        return fail(Problem::Damaged, damagedMessage(where, handle ? QString::fromUtf8(sqlite3_errmsg(handle))
                                                                   : QString()));
    }
    if (version < 0) {
        return fail(Problem::NotADatabase,
                    tr("The file %1 could not be read as an Unknot journal. Unknot has not changed it. "
                       "Move or rename it, then start Unknot again to begin a new journal.")
                        .arg(where));
    }
    if (version > latestVersion()) {
        return fail(Problem::TooNew, tr("The journal %1 was saved by a newer version of Unknot "
                                        "(format %2; this version knows up to %3). Unknot has not "
                                        "changed it. Please install the newer version to open it.")
                                         .arg(where)
                                         .arg(version)
                                         .arg(latestVersion()));
    }
    if (!inMemory && handle) {
        // Before anything is written: a damaged file gets no new entries, no WAL switch, no migration.
        const QString damage = quickCheck(handle);
        if (!damage.isEmpty()) {
            return fail(Problem::Damaged, damagedMessage(where, damage));
        }
    }
    if (!inMemory && handle && sqlite3_db_readonly(handle, "main") == 1) {
        // SQLite fell back to read-only (file attributes, mount options): saving would fail later.
        return fail(Problem::ReadOnly, tr("Unknot can read %1 but cannot write to it, so nothing new "
                                          "could be saved. Check that the file and its folder belong to "
                                          "you and are not read-only, then start Unknot again.")
                                           .arg(where));
    }
    QSqlQuery pragma(sql::database(connection()));
    pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    pragma.exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
    if (!inMemory && (!pragma.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !pragma.next())) {
        return fail(Problem::ReadOnly, tr("Unknot cannot write to %1: %2. Check the file's "
                                          "permissions and free disk space, then start Unknot again.")
                                           .arg(where, pragma.lastError().text()));
    }
    pragma.finish(); // an unfinished statement would block the migration's commit
    QString error;
    if (!migrate(targetVersion, &error)) {
        return fail(Problem::MigrationFailed, tr("Unknot could not update the journal %1 to the new "
                                                 "format, and left it as it was. The reason: %2")
                                                  .arg(where, error));
    }
    if (!inMemory) {
        // Health data: readable by its owner only.
        OwnerOnly::restrictFile(path);
    }
    log::info(QStringLiteral("database %1 open at format %2").arg(path).arg(schemaVersion()));
    return {};
}

Database::Status Database::openForWorker(const QString& path)
{
    close();
    m_path = path;
    if (path.isEmpty() || path == QLatin1String(":memory:")) {
        return fail(Problem::CannotOpen, tr("A journal kept in memory cannot be opened twice."));
    }
    QString openError;
    {
        const OwnerOnly privateFiles;
        QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
                              ? QSqlDatabase::database(m_connectionName, false)
                              : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        if (!db.open()) {
            openError = db.lastError().text();
        }
    }
    if (!openError.isEmpty()) {
        return fail(Problem::CannotOpen,
                    tr("Unknot could not open %1 a second time: %2").arg(QDir::toNativeSeparators(path), openError));
    }
    if (const int version = schemaVersion(); version != latestVersion()) {
        return fail(Problem::TooNew, tr("The journal %1 is not at format %2 (it is at %3).")
                                         .arg(QDir::toNativeSeparators(path))
                                         .arg(latestVersion())
                                         .arg(version));
    }
    QSqlQuery pragma(sql::database(connection()));
    pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    pragma.exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
    pragma.finish();
    return {};
}

QString Database::damagedMessage(const QString& where, const QString& finding)
{
    log::error(QStringLiteral("quick check of %1: %2").arg(where, finding)); // SQLite's words are for the log
    return tr("The journal %1 is damaged: part of the file cannot be read. Unknot has not changed it and will not "
              "write to it, so nothing new is saved for now. You can restore a backup "
              "(Journal → Restore from backup…); the damaged file is kept even then.")
        .arg(where);
}

QString Database::quickCheck(sqlite3* handle)
{
    sqlite3_stmt* statement = nullptr;
    QString finding;
    if (sqlite3_prepare_v2(handle, "PRAGMA quick_check(1)", -1, &statement, nullptr) != SQLITE_OK) {
        finding = QString::fromUtf8(sqlite3_errmsg(handle));
    } else if (sqlite3_step(statement) != SQLITE_ROW) {
        finding = QString::fromUtf8(sqlite3_errmsg(handle));
    } else {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
        const QString answer = text ? QString::fromUtf8(text) : QString();
        if (answer != QLatin1String("ok")) {
            finding = answer.isEmpty() ? QStringLiteral("no answer") : answer;
        }
    }
    sqlite3_finalize(statement);
    // The check read every page into the cache; the app needs few of them, so give that memory back at once.
    sqlite3_db_release_memory(handle);
    return finding;
}

bool Database::migrate(int targetVersion, QString* error)
{
    sqlite3* handle = sql::handle(connection());
    if (!handle) {
        *error = QStringLiteral("the SQLite driver gave no handle");
        return false;
    }
    const int from = schemaVersion();
    const QList<Migration> all = migrations();
    const bool pending = std::any_of(all.begin(), all.end(), [&](const Migration& migration) {
        return migration.version > from && migration.version <= targetVersion;
    });
    if (pending && from > 0 && m_path != QLatin1String(":memory:")) {
        // An update rewrites tables: keep the journal as it was first.
        if (const auto backup = JournalBackup::make(connection(), JournalBackup::Reason::BeforeMigration); !backup) {
            *error = tr("no backup could be made first (%1)").arg(backup.error());
            return false;
        }
    }
    for (const Migration& migration : all) {
        if (migration.version <= schemaVersion() || migration.version > targetVersion) {
            continue;
        }
        QFile file(migration.path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("migration %1 is missing").arg(migration.version);
            return false;
        }
        const QByteArray sql = file.readAll() + "\nPRAGMA user_version = " + QByteArray::number(migration.version) + ';';
        Transaction transaction(connection());
        char* message = nullptr;
        // sqlite3_exec runs a whole script; QSqlQuery would stop after the first statement.
        if (sqlite3_exec(handle, sql.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
            *error = QStringLiteral("step %1: %2").arg(migration.version).arg(QString::fromUtf8(message));
            sqlite3_free(message);
            return false;
        }
        if (!transaction.commit()) {
            *error = transaction.errorText();
            return false;
        }
        log::info(QStringLiteral("database migrated to format %1").arg(migration.version));
    }
    return true;
}

} // namespace unknot
