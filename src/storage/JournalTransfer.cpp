#include "JournalTransfer.h"

#include "JournalBackup.h"
#include "JournalCsv.h"
#include "LibraryRepository.h"
#include "Log.h"
#include "PainRepository.h"
#include "SessionRepository.h"
#include "SqlSupport.h"
#include "Statement.h"
#include "StoredTime.h"
#include "Transaction.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QSaveFile>

namespace unknot {

namespace {

const char* const area = "journal transfer";

/// How often an import tells its progress while adding rows.
constexpr qint64 progressEvery = 1024;

/// The connection's settings while an import adds its rows, restored after it: a bigger page cache (its inserts
/// touch the uuid and time indexes all over, and SQLite's default 2 MB made it write pages out to the WAL and read
/// them back within the one transaction), and no CHECK or foreign key evaluation row by row. Every value those
/// guard has been checked by JournalCsv's reader with the same rules (kinds, statuses, moments, ratings 0 to 10,
/// counts of 0 or more, an end time exactly when finished, places with a slug) or comes from the journal's own
/// enums, JSON writer and new row ids; the CHECKs on some columns built a temporary table for every row.
/// Set outside the transaction: SQLite ignores foreign_keys inside one.
class ImportSettings {
public:
    explicit ImportSettings(const Connection& connection)
        : m_connection(connection)
        , m_cache(read("PRAGMA cache_size", -2000))
        , m_foreignKeys(read("PRAGMA foreign_keys", 1))
    {
        sql::Statement(m_connection, "PRAGMA cache_size = -65536").exec(); // 64 MiB at most, taken as needed
        sql::Statement(m_connection, "PRAGMA ignore_check_constraints = 1").exec();
        sql::Statement(m_connection, "PRAGMA foreign_keys = 0").exec();
    }
    ~ImportSettings()
    {
        sql::Statement(m_connection, QStringLiteral("PRAGMA cache_size = %1").arg(m_cache)).exec();
        sql::Statement(m_connection, "PRAGMA ignore_check_constraints = 0").exec();
        sql::Statement(m_connection, QStringLiteral("PRAGMA foreign_keys = %1").arg(m_foreignKeys)).exec();
    }
    ImportSettings(const ImportSettings&) = delete;
    ImportSettings& operator=(const ImportSettings&) = delete;

private:
    qint64 read(const char* pragma, qint64 fallback) const
    {
        sql::Statement query(m_connection, pragma);
        const qint64 value = query.next() ? query.int64(0) : fallback;
        query.reset();
        return value;
    }

    Connection m_connection;
    qint64 m_cache;
    qint64 m_foreignKeys;
};

} // namespace

JournalTransfer::JournalTransfer(Connection connection)
    : m_connection(std::move(connection))
{
}

Result<QByteArray> JournalTransfer::exportCsv(const QTimeZone& zone, const Progress& progress) const
{
    const QString notRead = tr("The journal could not be read: ");
    const Failed cancelled{Failure::Cancelled, tr("The export was cancelled; nothing was saved.")};
    // Never committed: the reads share one snapshot, even if the person saves a rating meanwhile.
    Transaction snapshot(m_connection);
    // What History shows, read by the loaders History's edits use: deleted sessions and their ratings stay behind.
    const auto sessions = SessionRepository(m_connection).all();
    if (!sessions) {
        return Failed{sessions.failure(), notRead + sessions.error()};
    }
    if (progress && !progress(0, 0)) {
        return cancelled;
    }
    const auto entries = PainRepository(m_connection).all();
    if (!entries) {
        return Failed{entries.failure(), notRead + entries.error()};
    }
    QByteArray bytes = JournalCsv::write(*sessions, *entries, zone, progress);
    if (bytes.isEmpty()) {
        return cancelled; // a whole file has at least its header
    }
    return bytes;
}

Result<> JournalTransfer::exportCsv(QIODevice& device, const QTimeZone& zone, const Progress& progress) const
{
    const auto bytes = exportCsv(zone, progress);
    if (!bytes) {
        return bytes.failed();
    }
    if (device.write(*bytes) != bytes->size()) {
        return sql::refused(area, tr("The export could not be written: %1").arg(device.errorString()), Failure::Other);
    }
    return {};
}

Result<> JournalTransfer::exportCsv(const QString& path, const QTimeZone& zone, const Progress& progress) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return sql::refused(area, tr("The export could not be written to %1: %2").arg(path, file.errorString()),
                            Failure::Other);
    }
    // It is health data: readable by its owner alone, like the journal itself.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (auto written = exportCsv(static_cast<QIODevice&>(file), zone, progress); !written) {
        file.cancelWriting(); // no file, and an older one at path stays as it was
        return written;
    }
    if (!file.commit()) {
        return sql::refused(area, tr("The export could not be written to %1: %2").arg(path, file.errorString()),
                            Failure::Other);
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner); // in case it replaced a file
    return {};
}

Result<JournalTransfer::ImportResult> JournalTransfer::importCsv(const QByteArray& bytes, const QDateTime& nowUtc,
                                                                 const Progress& progress)
{
    const QString notImported = tr("Nothing was imported: ");
    const Failed cancelled{Failure::Cancelled, tr("The import was cancelled; nothing was added.")};
    QSet<QString> known;
    for (const ItemSummary& routine : LibraryRepository(m_connection).list(ItemKind::Routine)) {
        known.insert(routine.ref.id);
    }
    // A routine since removed from the library is still known to a journal that has sessions of it.
    sql::Statement routines(m_connection, "SELECT DISTINCT routine_slug FROM session WHERE routine_slug IS NOT NULL");
    while (routines.next()) {
        known.insert(routines.text(0));
    }
    if (!routines.ok()) {
        return sql::failed(area, notImported, routines.error());
    }
    // Each row counts twice: once read here, once added (or found already there) below.
    qint64 rows = 0;
    const JournalCsv::Progress reading = [&progress, &rows](qint64 done, qint64 total) {
        rows = total;
        return progress(done, 2 * total);
    };
    const JournalCsv::Parsed parsed = JournalCsv::parse(
        bytes, known, nowUtc.isValid() ? nowUtc : QDateTime::currentDateTimeUtc(), progress ? reading : nullptr);
    if (parsed.cancelled) {
        return cancelled;
    }
    if (!parsed.ok()) {
        return sql::refused(area, parsed.error);
    }

    if (sql::database(m_connection).databaseName() != QLatin1String(":memory:")) {
        // An import adds many rows at once: keep the journal as it was, so it can be undone by a restore.
        if (const auto backup = JournalBackup::make(m_connection, JournalBackup::Reason::BeforeImport); !backup) {
            return sql::refused(
                area, notImported + tr("no backup of the journal could be made first (%1).").arg(backup.error()),
                backup.failure());
        }
    }
    const ImportSettings settings(m_connection);
    // Immediate: the journal is this import's to write from the start, so no other writer can slip in between
    // reading what is there and adding what is not.
    Transaction transaction(m_connection, Transaction::Mode::Immediate);
    if (!transaction.isActive()) {
        return sql::failed(area, notImported, transaction.error());
    }
    QHash<QString, qint64> sessionIds; // by uuid: those already here, then those added
    QSet<QString> entryUuids;
    QSet<qint64> addedSessions;
    sql::Statement here(m_connection, "SELECT uuid, id FROM session");
    while (here.next()) {
        sessionIds.insert(here.text(0), here.int64(1));
    }
    if (!here.ok()) {
        return sql::failed(area, notImported, here.error());
    }
    sql::Statement hereEntries(m_connection, "SELECT uuid FROM pain_entry");
    while (hereEntries.next()) {
        entryUuids.insert(hereEntries.text(0));
    }
    if (!hereEntries.ok()) {
        return sql::failed(area, notImported, hereEntries.error());
    }

    sql::Statement addSession(m_connection, "INSERT INTO session (uuid, routine_slug, routine_name, kind, started_at, "
                                            "ended_at, status, self_paced, plan) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    sql::Statement addStep(m_connection, "INSERT INTO session_step (session_id, position, visit, exercise_slug, "
                                         "title, planned_reps, actual_reps, planned_ms, actual_ms, skipped, ended_at) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    sql::Statement addEntry(m_connection, "INSERT INTO pain_entry (uuid, recorded_at, rating, moment, session_id, "
                                          "note) VALUES (?, ?, ?, ?, ?, ?)");
    sql::Statement addSite(m_connection, "INSERT INTO pain_site (entry_id, site_kind, site_slug, site_name, worst) "
                                         "VALUES (?, ?, ?, ?, ?)");
    sql::Statement rated(m_connection, "SELECT count(*) FROM pain_entry WHERE session_id = ? AND moment = ? "
                                       "AND deleted_at IS NULL");
    for (const sql::Statement* statement : {&addSession, &addStep, &addEntry, &addSite, &rated}) {
        if (!statement->isValid()) {
            return sql::failed(area, notImported, statement->error());
        }
    }
    const auto lineFailed = [&notImported](int line, const sql::Statement& failed) {
        return sql::failed(area, notImported + tr("line %1: ").arg(line), failed.error());
    };
    qint64 handled = 0;
    const auto handledRows = [&](qint64 count) {
        const qint64 before = handled;
        handled += count;
        return !progress || before / progressEvery == handled / progressEvery ||
               progress(std::min(rows + handled, 2 * rows), 2 * rows);
    };
    QByteArray time; // the stored text of a time, reused
    const auto stored = [&time](const QDateTime& utc) -> QByteArrayView {
        time.clear();
        StoredTime::append(&time, utc);
        return time;
    };

    ImportResult result;
    for (const JournalCsv::Session& read : parsed.contents.sessions) {
        const SessionRecord& s = read.record;
        if (!handledRows(1 + s.steps.size())) {
            return cancelled;
        }
        if (sessionIds.contains(s.uuid)) {
            ++result.sessionsSkipped; // the journal's own copy wins, steps and all
            continue;
        }
        addSession.bind(0, s.uuid);
        addSession.bindOrNull(1, s.routineSlug);
        addSession.bind(2, s.routineName);
        addSession.bind(3, SessionRecord::kindKey(s.kind));
        addSession.bindUtf8(4, stored(s.startedUtc));
        if (s.endedUtc.isValid()) {
            addSession.bindUtf8(5, stored(s.endedUtc));
        } else {
            addSession.bindNull(5);
        }
        addSession.bind(6, SessionRecord::statusKey(s.status));
        addSession.bind(7, s.selfPaced ? 1 : 0);
        addSession.bindUtf8(8, QJsonDocument(s.plan).toJson(QJsonDocument::Compact));
        if (!addSession.exec()) {
            return lineFailed(read.line, addSession);
        }
        const qint64 id = addSession.lastInsertId();
        sessionIds.insert(s.uuid, id);
        addedSessions.insert(id);
        ++result.sessionsAdded;
        QHash<int, int> visits; // the file lists each session's steps in the order they were left
        for (const StepRecord& step : s.steps) {
            addStep.bind(0, id);
            addStep.bind(1, step.position);
            addStep.bind(2, ++visits[step.position]);
            addStep.bindOrNull(3, step.exerciseSlug);
            addStep.bind(4, step.title);
            addStep.bind(5, step.plannedReps);
            addStep.bind(6, step.actualReps);
            addStep.bind(7, step.plannedMs);
            addStep.bind(8, step.actualMs);
            addStep.bind(9, step.skipped ? 1 : 0);
            if (step.endedUtc.isValid()) {
                addStep.bindUtf8(10, stored(step.endedUtc));
            } else {
                addStep.bindNull(10);
            }
            if (!addStep.exec()) {
                return lineFailed(read.line, addStep);
            }
            ++result.stepsAdded;
        }
    }
    for (const JournalCsv::Entry& read : parsed.contents.entries) {
        const PainEntry& e = read.entry;
        if (!handledRows(1)) {
            return cancelled;
        }
        if (entryUuids.contains(e.uuid)) {
            ++result.entriesSkipped;
            continue;
        }
        const qint64 sessionId = read.sessionUuid.isEmpty() ? 0 : sessionIds.value(read.sessionUuid);
        if (sessionId != 0 && !addedSessions.contains(sessionId)) {
            // The file's check covers sessions it adds; one already here may have been rated again since.
            rated.bind(0, sessionId);
            rated.bind(1, PainEntry::momentKey(e.moment));
            if (!rated.next()) {
                return lineFailed(read.line, rated);
            }
            const bool taken = rated.integer(0) > 0;
            rated.reset();
            if (taken) {
                return sql::refused(area, tr("Line %1: the session already has another rating %2 in this journal. "
                                             "Delete one of the two, then import again.")
                                              .arg(read.line)
                                              .arg(PainEntry::momentKey(e.moment)));
            }
        }
        addEntry.bind(0, e.uuid);
        addEntry.bindUtf8(1, stored(e.recordedUtc));
        addEntry.bind(2, e.rating);
        addEntry.bind(3, PainEntry::momentKey(e.moment));
        if (sessionId == 0) {
            addEntry.bindNull(4);
        } else {
            addEntry.bind(4, sessionId);
        }
        addEntry.bind(5, e.note);
        if (!addEntry.exec()) {
            return lineFailed(read.line, addEntry);
        }
        const qint64 entryId = addEntry.lastInsertId();
        for (const PainSite& site : e.sites) {
            addSite.bind(0, entryId);
            addSite.bind(1, PainSite::kindKey(site.kind));
            addSite.bind(2, site.slug);
            addSite.bind(3, site.name);
            addSite.bind(4, site.worst ? 1 : 0);
            if (!addSite.exec()) {
                return lineFailed(read.line, addSite);
            }
        }
        entryUuids.insert(e.uuid);
        ++result.entriesAdded;
    }
    // The last chance to cancel: after the commit, the rows are in.
    if (progress && !progress(2 * rows, 2 * rows)) {
        return cancelled;
    }
    if (!transaction.commit()) {
        return sql::failed(area, notImported, transaction.error());
    }
    log::info(QStringLiteral("journal transfer: imported %1 sessions (%2 steps) and %3 entries; %4 sessions and %5 "
                             "entries were already there")
                  .arg(result.sessionsAdded)
                  .arg(result.stepsAdded)
                  .arg(result.entriesAdded)
                  .arg(result.sessionsSkipped)
                  .arg(result.entriesSkipped));
    return result;
}

} // namespace unknot
