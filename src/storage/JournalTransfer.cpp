#include "JournalTransfer.h"

#include "JournalBackup.h"
#include "JournalCsv.h"
#include "LibraryRepository.h"
#include "Log.h"
#include "PainRepository.h"
#include "SessionRepository.h"
#include "SqlSupport.h"
#include "Transaction.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QSaveFile>

namespace unknot {

namespace {

const char* const area = "journal transfer";

/// Empty text is stored as NULL (no routine, no exercise, not ended), as the repositories store it.
QVariant nullIfEmpty(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

/// A null QString binds as SQL NULL; NOT NULL text columns get '' instead.
QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

bool prepare(QSqlQuery& query, const QString& sql)
{
    query.setForwardOnly(true);
    return query.prepare(sql);
}

bool execWith(QSqlQuery& query, const QVariantList& values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        query.bindValue(static_cast<int>(i), values.at(i));
    }
    return query.exec();
}

} // namespace

JournalTransfer::JournalTransfer(Connection connection)
    : m_connection(std::move(connection))
{
}

Result<QByteArray> JournalTransfer::exportCsv(const QTimeZone& zone) const
{
    const QString notRead = tr("The journal could not be read: ");
    // Never committed: the reads share one snapshot, even if the person saves a rating meanwhile.
    Transaction snapshot(m_connection);
    // What History shows, read by the loaders History's edits use: deleted sessions and their ratings stay behind.
    const auto sessions = SessionRepository(m_connection).all();
    if (!sessions) {
        return Failed{sessions.failure(), notRead + sessions.error()};
    }
    const auto entries = PainRepository(m_connection).all();
    if (!entries) {
        return Failed{entries.failure(), notRead + entries.error()};
    }
    return JournalCsv::write(*sessions, *entries, zone);
}

Result<> JournalTransfer::exportCsv(QIODevice& device, const QTimeZone& zone) const
{
    const auto bytes = exportCsv(zone);
    if (!bytes) {
        return bytes.failed();
    }
    if (device.write(*bytes) != bytes->size()) {
        return sql::refused(area, tr("The export could not be written: %1").arg(device.errorString()), Failure::Other);
    }
    return {};
}

Result<> JournalTransfer::exportCsv(const QString& path, const QTimeZone& zone) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return sql::refused(area, tr("The export could not be written to %1: %2").arg(path, file.errorString()),
                            Failure::Other);
    }
    // It is health data: readable by its owner alone, like the journal itself.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (auto written = exportCsv(static_cast<QIODevice&>(file), zone); !written) {
        file.cancelWriting();
        return written;
    }
    if (!file.commit()) {
        return sql::refused(area, tr("The export could not be written to %1: %2").arg(path, file.errorString()),
                            Failure::Other);
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner); // in case it replaced a file
    return {};
}

Result<JournalTransfer::ImportResult> JournalTransfer::importCsv(const QByteArray& bytes, const QDateTime& nowUtc)
{
    QSet<QString> known;
    for (const ItemSummary& routine : LibraryRepository(m_connection).list(ItemKind::Routine)) {
        known.insert(routine.ref.id);
    }
    const QSqlDatabase db = sql::database(m_connection);
    QSqlQuery query(db);
    // A routine since removed from the library is still known to a journal that has sessions of it.
    prepare(query, QStringLiteral("SELECT DISTINCT routine_slug FROM session WHERE routine_slug IS NOT NULL"));
    if (!query.exec()) {
        return sql::failed(area, tr("Nothing was imported: "), query.lastError());
    }
    if (auto read =
            sql::forEach(query, area, [&known](const QSqlQuery& row) { known.insert(row.value(0).toString()); });
        !read) {
        return read.failed();
    }
    const JournalCsv::Parsed parsed =
        JournalCsv::parse(bytes, known, nowUtc.isValid() ? nowUtc : QDateTime::currentDateTimeUtc());
    if (!parsed.ok()) {
        return sql::refused(area, parsed.error);
    }

    const QString notImported = tr("Nothing was imported: ");
    if (db.databaseName() != QLatin1String(":memory:")) {
        // An import adds many rows at once: keep the journal as it was, so it can be undone by a restore.
        if (const auto backup = JournalBackup::make(m_connection, JournalBackup::Reason::BeforeImport); !backup) {
            return sql::refused(
                area, notImported + tr("no backup of the journal could be made first (%1).").arg(backup.error()),
                backup.failure());
        }
    }
    Transaction transaction(m_connection);
    if (!transaction.isActive()) {
        return sql::failed(area, notImported, transaction.error());
    }
    QHash<QString, qint64> sessionIds; // by uuid: those already here, then those added
    QSet<QString> entryUuids;
    QSet<qint64> addedSessions;
    prepare(query, QStringLiteral("SELECT uuid, id FROM session"));
    if (!query.exec()) {
        return sql::failed(area, notImported, query.lastError());
    }
    if (auto read = sql::forEach(query, area,
                                 [&sessionIds](const QSqlQuery& row) {
                                     sessionIds.insert(row.value(0).toString(), row.value(1).toLongLong());
                                 });
        !read) {
        return Failed{read.failure(), notImported + read.error()};
    }
    prepare(query, QStringLiteral("SELECT uuid FROM pain_entry"));
    if (!query.exec()) {
        return sql::failed(area, notImported, query.lastError());
    }
    if (auto read = sql::forEach(query, area,
                                 [&entryUuids](const QSqlQuery& row) { entryUuids.insert(row.value(0).toString()); });
        !read) {
        return Failed{read.failure(), notImported + read.error()};
    }

    QSqlQuery addSession(db), addStep(db), addEntry(db), addSite(db), rated(db);
    prepare(addSession, QStringLiteral("INSERT INTO session (uuid, routine_slug, routine_name, kind, started_at, "
                                       "ended_at, status, self_paced, plan) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    prepare(addStep, QStringLiteral("INSERT INTO session_step (session_id, position, visit, exercise_slug, title, "
                                    "planned_reps, actual_reps, planned_ms, actual_ms, skipped, ended_at) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    prepare(addEntry, QStringLiteral("INSERT INTO pain_entry (uuid, recorded_at, rating, moment, session_id, note) "
                                     "VALUES (?, ?, ?, ?, ?, ?)"));
    prepare(addSite, QStringLiteral("INSERT INTO pain_site (entry_id, site_kind, site_slug, site_name, worst) "
                                    "VALUES (?, ?, ?, ?, ?)"));
    prepare(rated, QStringLiteral("SELECT count(*) FROM pain_entry WHERE session_id = ? AND moment = ? "
                                  "AND deleted_at IS NULL"));
    const auto lineFailed = [&notImported](int line, const QSqlQuery& failed) {
        return sql::failed(area, notImported + tr("line %1: ").arg(line), failed.lastError());
    };

    ImportResult result;
    for (const JournalCsv::Session& read : parsed.contents.sessions) {
        const SessionRecord& s = read.record;
        if (sessionIds.contains(s.uuid)) {
            ++result.sessionsSkipped; // the journal's own copy wins, steps and all
            continue;
        }
        if (!execWith(addSession,
                      {s.uuid, nullIfEmpty(s.routineSlug), notNull(s.routineName), SessionRecord::kindKey(s.kind),
                       SessionRepository::toStored(s.startedUtc), nullIfEmpty(SessionRepository::toStored(s.endedUtc)),
                       SessionRecord::statusKey(s.status), s.selfPaced ? 1 : 0,
                       QString::fromUtf8(QJsonDocument(s.plan).toJson(QJsonDocument::Compact))})) {
            return lineFailed(read.line, addSession);
        }
        const qint64 id = addSession.lastInsertId().toLongLong();
        sessionIds.insert(s.uuid, id);
        addedSessions.insert(id);
        ++result.sessionsAdded;
        QHash<int, int> visits; // the file lists each session's steps in the order they were left
        for (const StepRecord& step : s.steps) {
            const int visit = ++visits[step.position];
            if (!execWith(addStep, {id, step.position, visit, nullIfEmpty(step.exerciseSlug), notNull(step.title),
                                    step.plannedReps, step.actualReps, step.plannedMs, step.actualMs,
                                    step.skipped ? 1 : 0, SessionRepository::toStored(step.endedUtc)})) {
                return lineFailed(read.line, addStep);
            }
            ++result.stepsAdded;
        }
    }
    for (const JournalCsv::Entry& read : parsed.contents.entries) {
        const PainEntry& e = read.entry;
        if (entryUuids.contains(e.uuid)) {
            ++result.entriesSkipped;
            continue;
        }
        const qint64 sessionId = read.sessionUuid.isEmpty() ? 0 : sessionIds.value(read.sessionUuid);
        if (sessionId != 0 && !addedSessions.contains(sessionId)) {
            // The file's check covers sessions it adds; one already here may have been rated again since.
            if (!execWith(rated, {sessionId, PainEntry::momentKey(e.moment)}) || !rated.next()) {
                return lineFailed(read.line, rated);
            }
            const bool taken = rated.value(0).toInt() > 0;
            rated.finish();
            if (taken) {
                return sql::refused(area, tr("Line %1: the session already has another rating %2 in this journal. "
                                             "Delete one of the two, then import again.")
                                              .arg(read.line)
                                              .arg(PainEntry::momentKey(e.moment)));
            }
        }
        if (!execWith(addEntry,
                      {e.uuid, SessionRepository::toStored(e.recordedUtc), e.rating, PainEntry::momentKey(e.moment),
                       sessionId == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(sessionId),
                       notNull(e.note)})) {
            return lineFailed(read.line, addEntry);
        }
        const qint64 entryId = addEntry.lastInsertId().toLongLong();
        for (const PainSite& site : e.sites) {
            if (!execWith(addSite,
                          {entryId, PainSite::kindKey(site.kind), site.slug, notNull(site.name), site.worst ? 1 : 0})) {
                return lineFailed(read.line, addSite);
            }
        }
        entryUuids.insert(e.uuid);
        ++result.entriesAdded;
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
