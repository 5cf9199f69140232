#include "JournalBackup.h"

#include "Database.h"
#include "Log.h"
#include "OwnerOnly.h"
#include "SqlSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cstdio>
#include <sqlite3.h>

namespace unknot {

namespace {

const QString stampFormat = QStringLiteral("yyyyMMdd-HHmmsszzz");

QString reasonTag(JournalBackup::Reason reason)
{
    switch (reason) {
    case JournalBackup::Reason::Daily:
        return QStringLiteral("daily");
    case JournalBackup::Reason::BeforeMigration:
        return QStringLiteral("before-update");
    case JournalBackup::Reason::BeforeImport:
        return QStringLiteral("before-import");
    case JournalBackup::Reason::BeforeRestore:
        return QStringLiteral("before-restore");
    }
    return {};
}

/// Matches this journal's backups: <journal>-<stamp>-<reason>.sqlite. Set-aside copies end in -set-aside.
struct NameParts {
    QString stamp; ///< yyyyMMdd-HHmmsszzz
    QString tag;   ///< why it was made, or "set-aside"
};

/// The parts of a backup's file name, "<journal>-<stamp>-<tag>.sqlite"; nothing for any other name. Plain string
/// checks, no regular expression: this runs at every start, and PCRE2 with its JIT cost half a MiB there.
std::optional<NameParts> partsOf(const QString& name, const QString& journalPath)
{
    const QString prefix = QFileInfo(journalPath).completeBaseName() + QLatin1Char('-');
    const QLatin1String suffix(".sqlite");
    if (!name.startsWith(prefix) || !name.endsWith(suffix)) {
        return std::nullopt;
    }
    const QStringView rest = QStringView(name).mid(prefix.size(), name.size() - prefix.size() - suffix.size());
    constexpr qsizetype dateLength = 8;                // yyyyMMdd
    constexpr qsizetype stampLength = dateLength + 10; // -HHmmsszzz
    if (rest.size() < stampLength + 2 || rest.at(dateLength) != u'-' || rest.at(stampLength) != u'-') {
        return std::nullopt;
    }
    for (qsizetype i = 0; i < stampLength; ++i) {
        if (i != dateLength && (rest.at(i) < u'0' || rest.at(i) > u'9')) {
            return std::nullopt;
        }
    }
    const QStringView tag = rest.mid(stampLength + 1);
    for (const QChar c : tag) {
        if ((c < u'a' || c > u'z') && c != u'-') {
            return std::nullopt;
        }
    }
    return NameParts{rest.left(stampLength).toString(), tag.toString()};
}

QString fileName(const QString& journalPath, const QDateTime& now, const QString& tag)
{
    return QStringLiteral("%1-%2-%3.sqlite")
        .arg(QFileInfo(journalPath).completeBaseName(), now.toLocalTime().toString(stampFormat), tag);
}

QString sqliteError(sqlite3* db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

/// One whole-number answer, or fallback when the statement fails (e.g. a table an older format lacks).
void readSpan(sqlite3* db, const char* sql, int* count, QDate* first, QDate* last)
{
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK && sqlite3_step(statement) == SQLITE_ROW) {
        *count = sqlite3_column_int(statement, 0);
        for (int column : {1, 2}) {
            const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
            const QDate date =
                text ? QDateTime::fromString(QString::fromUtf8(text), Qt::ISODateWithMs).toLocalTime().date() : QDate();
            if (date.isValid() && (!first->isValid() || date < *first)) {
                *first = date;
            }
            if (date.isValid() && (!last->isValid() || date > *last)) {
                *last = date;
            }
        }
    }
    sqlite3_finalize(statement);
}

void summarize(JournalBackup::Entry* entry)
{
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(entry->path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &statement, nullptr) == SQLITE_OK &&
            sqlite3_step(statement) == SQLITE_ROW) {
            entry->schemaVersion = sqlite3_column_int(statement, 0);
            entry->readable = true;
        }
        sqlite3_finalize(statement);
        readSpan(db, "SELECT count(*), min(started_at), max(started_at) FROM session WHERE deleted_at IS NULL",
                 &entry->sessions, &entry->first, &entry->last);
        readSpan(db, "SELECT count(*), min(recorded_at), max(recorded_at) FROM pain_entry WHERE deleted_at IS NULL",
                 &entry->painEntries, &entry->first, &entry->last);
    }
    sqlite3_close(db);
}

bool copyPrivately(const QString& from, const QString& to, QString* error)
{
    const OwnerOnly guard;
    QFile::remove(to);
    if (!QFile::copy(from, to)) {
        *error = JournalBackup::tr("could not copy %1 to %2")
                     .arg(QDir::toNativeSeparators(from), QDir::toNativeSeparators(to));
        return false;
    }
    OwnerOnly::restrictFile(to); // QFile::copy keeps the source's permissions
    return true;
}

} // namespace

QString JournalBackup::folderFor(const QString& journalPath)
{
    return QFileInfo(journalPath).absoluteDir().filePath(QStringLiteral("backups"));
}

QString JournalBackup::reasonWords(Reason reason)
{
    switch (reason) {
    case Reason::Daily:
        return tr("daily");
    case Reason::BeforeMigration:
        return tr("before an update");
    case Reason::BeforeImport:
        return tr("before an import");
    case Reason::BeforeRestore:
        return tr("before a restore");
    }
    return {};
}

Result<QString> JournalBackup::make(const Connection& connection, Reason reason, QDateTime now)
{
    sqlite3* source = sql::handle(connection);
    const QString journalPath = sql::database(connection).databaseName();
    if (!source || journalPath.isEmpty() || journalPath == QLatin1String(":memory:")) {
        return Failed{Failure::Other, tr("the journal is not open as a file")};
    }
    const QString folder = folderFor(journalPath);
    if (!OwnerOnly::makeFolder(folder)) {
        return Failed{Failure::ReadOnly, tr("could not create the folder %1").arg(QDir::toNativeSeparators(folder))};
    }
    const QString target = QDir(folder).filePath(
        fileName(journalPath, now.isValid() ? now : QDateTime::currentDateTime(), reasonTag(reason)));
    QString problem;
    Failure kind = Failure::Other;
    {
        const OwnerOnly guard; // the copy and its journal files are created private
        sqlite3* copy = nullptr;
        if (sqlite3_open_v2(target.toUtf8().constData(), &copy, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) ==
            SQLITE_OK) {
            sqlite3_backup* backup = sqlite3_backup_init(copy, "main", source, "main");
            if (!backup) {
                problem = sqliteError(copy);
            } else {
                const int rc = sqlite3_backup_step(backup, -1);
                sqlite3_backup_finish(backup);
                // The copy read every page of the journal into its cache: give that memory back.
                sqlite3_db_release_memory(source);
                if (rc != SQLITE_DONE) {
                    problem = QString::fromUtf8(sqlite3_errstr(rc));
                    kind = (rc & 0xff) == SQLITE_FULL ? Failure::DiskFull : Failure::Other;
                }
            }
            // One self-contained file: a WAL-mode copy would need -wal and -shm files to be read.
            if (problem.isEmpty() &&
                sqlite3_exec(copy, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr) != SQLITE_OK) {
                problem = sqliteError(copy);
            }
            if (problem.isEmpty()) {
                const QString damage = Database::quickCheck(copy);
                if (!damage.isEmpty()) {
                    problem = tr("the journal is damaged (%1), so no backup was made").arg(damage);
                    kind = Failure::Unreadable;
                }
            }
        } else {
            problem = sqliteError(copy);
        }
        sqlite3_close(copy);
    }
    if (!problem.isEmpty()) {
        QFile::remove(target);
        QFile::remove(target + QStringLiteral("-journal"));
        log::error(QStringLiteral("backup of %1 failed: %2").arg(journalPath, problem));
        return Failed{kind, problem};
    }
    OwnerOnly::restrictFile(target);
    log::info(QStringLiteral("backup of %1 made: %2").arg(journalPath, target));
    if (reason != Reason::BeforeRestore) {
        rotate(journalPath); // not while restoring: the oldest copy may be the one being restored
    }
    return target;
}

Result<> JournalBackup::makeDailyIfDue(const Connection& connection, QDateTime now)
{
    now = now.isValid() ? now : QDateTime::currentDateTime();
    const QList<Entry> backups = files(sql::database(connection).databaseName());
    if (!backups.isEmpty() && backups.first().made.secsTo(now) < 24 * 60 * 60) {
        return {};
    }
    if (auto made = make(connection, Reason::Daily, now); !made) {
        return made.failed();
    }
    return {};
}

QList<JournalBackup::Entry> JournalBackup::list(const QString& journalPath)
{
    QList<Entry> entries = files(journalPath);
    for (Entry& entry : entries) {
        summarize(&entry);
    }
    return entries;
}

QList<JournalBackup::Entry> JournalBackup::files(const QString& journalPath)
{
    QList<Entry> entries;
    const QDir folder(folderFor(journalPath));
    const QStringList names = folder.entryList(QDir::Files, QDir::Name | QDir::Reversed);
    for (const QString& name : names) {
        const std::optional<NameParts> parts = partsOf(name, journalPath);
        if (!parts) {
            continue;
        }
        Entry entry;
        bool known = false;
        for (Reason reason : {Reason::Daily, Reason::BeforeMigration, Reason::BeforeImport, Reason::BeforeRestore}) {
            if (parts->tag == reasonTag(reason)) {
                entry.reason = reason;
                known = true;
            }
        }
        if (!known) {
            continue; // a set-aside copy, or someone else's file
        }
        entry.path = folder.filePath(name);
        entry.made = QDateTime::fromString(parts->stamp, stampFormat);
        entries.append(entry);
    }
    return entries;
}

void JournalBackup::rotate(const QString& journalPath)
{
    // By name: summing up each copy (a count over every table) would read them all, hundreds of MB in a long journal.
    const QList<Entry> backups = files(journalPath);
    for (qsizetype i = kept; i < backups.size(); ++i) {
        QFile::remove(backups.at(i).path);
    }
}

Result<QString> JournalBackup::setAside(const QString& journalPath, QDateTime now)
{
    const QString folder = folderFor(journalPath);
    if (!OwnerOnly::makeFolder(folder)) {
        return Failed{Failure::ReadOnly, tr("could not create the folder %1").arg(QDir::toNativeSeparators(folder))};
    }
    QString error;
    const QString target = QDir(folder).filePath(
        fileName(journalPath, now.isValid() ? now : QDateTime::currentDateTime(), QStringLiteral("set-aside")));
    if (!copyPrivately(journalPath, target, &error)) {
        return Failed{Failure::Other, error};
    }
    // The -wal may hold the last changes: it travels with the file.
    const QString wal = journalPath + QStringLiteral("-wal");
    if (QFileInfo::exists(wal) && !copyPrivately(wal, target + QStringLiteral("-wal"), &error)) {
        return Failed{Failure::Other, error};
    }
    log::info(QStringLiteral("journal %1 set aside as %2").arg(journalPath, target));
    return target;
}

Result<> JournalBackup::replace(const QString& journalPath, const QString& backupPath)
{
    QString damage;
    {
        sqlite3* copy = nullptr;
        if (sqlite3_open_v2(backupPath.toUtf8().constData(), &copy, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
            damage = sqliteError(copy);
        } else {
            damage = Database::quickCheck(copy);
        }
        sqlite3_close(copy);
    }
    if (!damage.isEmpty()) {
        return Failed{Failure::Unreadable,
                      tr("the backup %1 cannot be used: %2").arg(QDir::toNativeSeparators(backupPath), damage)};
    }
    // Copy beside the journal, then rename over it: the journal is whole at every moment.
    const QString incoming = journalPath + QStringLiteral(".restoring");
    if (QString error; !copyPrivately(backupPath, incoming, &error)) {
        return Failed{Failure::Other, error};
    }
    QFile::remove(journalPath + QStringLiteral("-wal"));
    QFile::remove(journalPath + QStringLiteral("-shm"));
    if (std::rename(QFile::encodeName(incoming).constData(), QFile::encodeName(journalPath).constData()) != 0) {
        QFile::remove(incoming);
        return Failed{Failure::Other, tr("could not replace %1").arg(QDir::toNativeSeparators(journalPath))};
    }
    log::info(QStringLiteral("journal %1 restored from %2").arg(journalPath, backupPath));
    return {};
}

} // namespace unknot
