#include "PainRepository.h"

#include "HistoryRepository.h"
#include "Log.h"
#include "SessionRepository.h"
#include "Transaction.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <algorithm>
#include <sqlite3.h>

namespace unknot {

namespace {

const QString entryColumns =
    QStringLiteral("SELECT e.id, e.uuid, e.recorded_at, e.rating, e.moment, e.session_id, e.note FROM pain_entry e ");

bool fail(QString* error, const QString& message)
{
    log::warn(QStringLiteral("pain journal: ") + message);
    if (error) {
        *error = message;
    }
    return false;
}

QVariant nullIfZero(qint64 id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id);
}

/// A null QString binds as SQL NULL; NOT NULL text columns get '' instead.
QString notNull(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString momentWords(PainEntry::Moment moment)
{
    return moment == PainEntry::Moment::Before ? QStringLiteral("before it") : QStringLiteral("after it");
}

PainEntry entryFrom(const QSqlQuery& query)
{
    PainEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.uuid = query.value(1).toString();
    entry.recordedUtc = SessionRepository::fromStored(query.value(2).toString());
    entry.rating = query.value(3).toInt();
    entry.moment = PainEntry::momentFromKey(query.value(4).toString()).value_or(PainEntry::Moment::Standalone);
    entry.sessionId = query.value(5).toLongLong(); // NULL reads as 0
    entry.note = query.value(6).toString();
    return entry;
}

} // namespace

PainRepository::PainRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString PainRepository::reasonWords(const QSqlError& error)
{
    // The QSQLITE driver reports SQLite's result code; the low byte is the primary code.
    bool isNumber = false;
    const int code = error.nativeErrorCode().toInt(&isNumber) & 0xff;
    switch (isNumber ? code : -1) {
    case SQLITE_FULL:
        return QStringLiteral("the disk is full. Free some space, then try again.");
    case SQLITE_READONLY:
        return QStringLiteral("the journal is read-only. Check that the file and its folder belong to you and are "
                              "not read-only, then try again.");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return QStringLiteral("the journal is busy. Wait a moment, then try again.");
    case SQLITE_IOERR:
        return QStringLiteral("the disk could not be written. Check the disk, then try again.");
    case SQLITE_CONSTRAINT:
        return QStringLiteral("part of it breaks a rule of the journal (%1).").arg(error.databaseText());
    default:
        break;
    }
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return QStringLiteral("the journal could not be written (%1). Try again.").arg(text);
}

std::optional<qint64> PainRepository::add(const PainEntry& entry, QString* error)
{
    const QString invalid = PainEntry::validate(entry, QDateTime::currentDateTimeUtc());
    if (!invalid.isEmpty()) {
        fail(error, invalid);
        return std::nullopt;
    }
    const QString notSaved = QStringLiteral("The rating was not saved: ");
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        fail(error, notSaved + reasonWords(m_db.lastError()));
        return std::nullopt;
    }
    if (const QString conflict = sessionConflict(entry); !conflict.isEmpty()) {
        fail(error, conflict);
        return std::nullopt;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO pain_entry (uuid, recorded_at, rating, moment, session_id, note) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(entry.uuid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : entry.uuid);
    query.addBindValue(SessionRepository::toStored(entry.recordedUtc));
    query.addBindValue(entry.rating);
    query.addBindValue(PainEntry::momentKey(entry.moment));
    query.addBindValue(nullIfZero(entry.sessionId));
    query.addBindValue(notNull(entry.note));
    if (!query.exec()) {
        fail(error, notSaved + reasonWords(query.lastError()));
        return std::nullopt;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    if (!insertSites(id, entry.sites, error)) {
        return std::nullopt; // the transaction rolls the entry back
    }
    if (!transaction.commit()) {
        fail(error, notSaved + reasonWords(m_db.lastError()));
        return std::nullopt;
    }
    return id;
}

bool PainRepository::update(const PainEntry& entry, QString* error)
{
    const QString notSaved = QStringLiteral("The change was not saved: ");
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return fail(error, notSaved + reasonWords(m_db.lastError()));
    }
    PainEntry checked = entry;
    if (const auto stored = this->entry(entry.id); stored && stored->note == entry.note) {
        checked.note.clear(); // a note already in the journal stays whole, even if longer than a new one may be
    }
    if (const QString invalid = PainEntry::validate(checked, QDateTime::currentDateTimeUtc()); !invalid.isEmpty()) {
        return fail(error, invalid);
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE pain_entry SET recorded_at = ?, rating = ?, note = ? "
                                 "WHERE id = ? AND deleted_at IS NULL"));
    query.addBindValue(SessionRepository::toStored(entry.recordedUtc));
    query.addBindValue(entry.rating);
    query.addBindValue(notNull(entry.note));
    query.addBindValue(entry.id);
    if (!query.exec()) {
        return fail(error, notSaved + reasonWords(query.lastError()));
    }
    if (query.numRowsAffected() != 1) {
        return fail(error, QStringLiteral("The change was not saved: that rating is no longer in the journal."));
    }
    QSqlQuery clear(m_db);
    clear.prepare(QStringLiteral("DELETE FROM pain_site WHERE entry_id = ?"));
    clear.addBindValue(entry.id);
    if (!clear.exec()) {
        return fail(error, notSaved + reasonWords(clear.lastError()));
    }
    if (!insertSites(entry.id, entry.sites, error)) {
        return false;
    }
    if (!transaction.commit()) {
        return fail(error, notSaved + reasonWords(m_db.lastError()));
    }
    return true;
}

bool PainRepository::remove(qint64 id, QString* error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE pain_entry SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL"));
    query.addBindValue(SessionRepository::toStored(QDateTime::currentDateTimeUtc()));
    query.addBindValue(id);
    if (!query.exec()) {
        return fail(error, QStringLiteral("The rating was not deleted: ") + reasonWords(query.lastError()));
    }
    if (query.numRowsAffected() != 1) {
        return fail(error, QStringLiteral("The rating was not deleted: it is no longer in the journal."));
    }
    return true;
}

bool PainRepository::restore(qint64 id, QString* error)
{
    const QString notRestored = QStringLiteral("The rating could not be brought back: ");
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return fail(error, notRestored + reasonWords(m_db.lastError()));
    }
    PainEntry stored;
    {
        QSqlQuery query(m_db);
        query.prepare(entryColumns + QStringLiteral("WHERE e.id = ?"));
        query.addBindValue(id);
        if (!query.exec()) {
            return fail(error, notRestored + reasonWords(query.lastError()));
        }
        if (!query.next()) {
            return fail(error, notRestored + QStringLiteral("it is no longer in the journal."));
        }
        stored = entryFrom(query);
    }
    if (const QString conflict = sessionConflict(stored); !conflict.isEmpty()) {
        return fail(error, notRestored + QStringLiteral("the session has been rated %1 again since. "
                                                        "Delete the newer rating first.")
                                             .arg(momentWords(stored.moment)));
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE pain_entry SET deleted_at = NULL WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        return fail(error, notRestored + reasonWords(query.lastError()));
    }
    if (!transaction.commit()) {
        return fail(error, notRestored + reasonWords(m_db.lastError()));
    }
    return true;
}

QString PainRepository::sessionConflict(const PainEntry& entry) const
{
    if (entry.sessionId == 0) {
        return {};
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT (SELECT count(*) FROM session WHERE id = ?), "
                                 "(SELECT count(*) FROM pain_entry WHERE session_id = ? AND moment = ? "
                                 "AND deleted_at IS NULL AND id <> ?)"));
    query.addBindValue(entry.sessionId);
    query.addBindValue(entry.sessionId);
    query.addBindValue(PainEntry::momentKey(entry.moment));
    query.addBindValue(entry.id);
    if (!query.exec() || !query.next()) {
        return {}; // the constraints still refuse; this check only finds kinder words
    }
    if (query.value(0).toInt() == 0) {
        return QStringLiteral("The rating was not saved: its session is no longer in the journal.");
    }
    if (query.value(1).toInt() > 0) {
        if (entry.moment == PainEntry::Moment::Standalone) {
            return QStringLiteral("The rating was not saved: this session already has a rating.");
        }
        return QStringLiteral("The rating was not saved: this session already has a rating %1. Edit that one "
                              "instead.")
            .arg(momentWords(entry.moment));
    }
    return {};
}

bool PainRepository::insertSites(qint64 entryId, const QList<PainSite>& sites, QString* error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO pain_site (entry_id, site_kind, site_slug, site_name, worst) "
                                 "VALUES (?, ?, ?, ?, ?)"));
    for (const PainSite& site : sites) {
        query.addBindValue(entryId);
        query.addBindValue(PainSite::kindKey(site.kind));
        query.addBindValue(notNull(site.slug));
        query.addBindValue(notNull(site.name));
        query.addBindValue(site.worst ? 1 : 0);
        if (!query.exec()) {
            return fail(error, QStringLiteral("The rating was not saved (at the place \"%1\"): %2")
                                   .arg(site.name, reasonWords(query.lastError())));
        }
    }
    return true;
}

std::optional<PainEntry> PainRepository::entry(qint64 id) const
{
    const auto found = load(QStringLiteral("e.id = ?"), {id});
    return found && !found->isEmpty() ? std::optional(found->first()) : std::nullopt;
}

QList<PainEntry> PainRepository::entries(const QDateTime& fromUtc, const QDateTime& toUtc,
                                         const JournalFilter& filter) const
{
    QVariantList values;
    const QString where = HistoryRepository::entryCondition(fromUtc, toUtc, filter, &values);
    return load(where, values).value_or(QList<PainEntry>());
}

std::optional<PainEntry> PainRepository::entryForSession(qint64 sessionId, PainEntry::Moment moment) const
{
    const auto found =
        load(QStringLiteral("e.session_id = ? AND e.moment = ?"), {sessionId, PainEntry::momentKey(moment)});
    return found && !found->isEmpty() ? std::optional(found->first()) : std::nullopt;
}

std::optional<QList<PainEntry>> PainRepository::all(QString* error) const
{
    QVariantList values;
    const QString where = HistoryRepository::entryCondition({}, {}, {}, &values);
    auto found = load(where, values, error);
    if (found) {
        std::reverse(found->begin(), found->end());
    }
    return found;
}

std::optional<QList<PainEntry>> PainRepository::load(const QString& where, const QVariantList& values,
                                                     QString* error) const
{
    QList<PainEntry> entries;
    QHash<qint64, qsizetype> indexOf;
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(entryColumns + QStringLiteral("WHERE e.deleted_at IS NULL AND ") + where +
                      QStringLiteral(" ORDER BY e.recorded_at DESC, e.id DESC"));
        for (const QVariant& value : values) {
            query.addBindValue(value);
        }
        if (!query.exec()) {
            fail(error, QStringLiteral("could not read entries: %1").arg(query.lastError().text()));
            return std::nullopt;
        }
        while (query.next()) {
            indexOf.insert(query.value(0).toLongLong(), entries.size());
            entries.append(entryFrom(query));
        }
    }
    if (entries.isEmpty()) {
        return entries;
    }
    // All sites in one query, whatever the number of entries.
    QSqlQuery sites(m_db);
    sites.setForwardOnly(true);
    sites.prepare(QStringLiteral("SELECT entry_id, site_kind, site_slug, site_name, worst FROM pain_site "
                                 "WHERE entry_id IN (SELECT value FROM json_each(?)) ORDER BY entry_id, rowid"));
    sites.addBindValue(HistoryRepository::idArray(indexOf.keys()));
    if (!sites.exec()) {
        fail(error, QStringLiteral("could not read places: %1").arg(sites.lastError().text()));
        return std::nullopt;
    }
    while (sites.next()) {
        PainSite site;
        site.kind = PainSite::kindFromKey(sites.value(1).toString()).value_or(PainSite::Kind::Area);
        site.slug = sites.value(2).toString();
        site.name = sites.value(3).toString();
        site.worst = sites.value(4).toInt() != 0;
        entries[indexOf.value(sites.value(0).toLongLong())].sites.append(site);
    }
    return entries;
}

} // namespace unknot
