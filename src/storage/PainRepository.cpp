#include "PainRepository.h"

#include "HistoryRepository.h"
#include "RowIndex.h"
#include "SessionRepository.h"
#include "SqlSupport.h"
#include "Statement.h"
#include "StoredTime.h"
#include "Transaction.h"

#include <QHash>
#include <QUuid>
#include <algorithm>

namespace unknot {

namespace {

const QString entryColumns =
    QStringLiteral("SELECT e.id, e.uuid, e.recorded_at, e.rating, e.moment, e.session_id, e.note FROM pain_entry e ");

const char* const area = "pain journal";

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
    return moment == PainEntry::Moment::Before ? PainRepository::tr("before it") : PainRepository::tr("after it");
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

PainRepository::PainRepository(Connection connection)
    : m_connection(std::move(connection))
{
}

Result<qint64> PainRepository::add(const PainEntry& entry)
{
    const QString invalid = PainEntry::validate(entry, QDateTime::currentDateTimeUtc());
    if (!invalid.isEmpty()) {
        return sql::refused(area, invalid);
    }
    const QString notSaved = tr("The rating was not saved: ");
    Transaction transaction(m_connection);
    if (!transaction.isActive()) {
        return sql::failed(area, notSaved, transaction.error());
    }
    if (const QString conflict = sessionConflict(entry); !conflict.isEmpty()) {
        return sql::refused(area, conflict);
    }
    QSqlQuery query(sql::database(m_connection));
    query.prepare(QStringLiteral("INSERT INTO pain_entry (uuid, recorded_at, rating, moment, session_id, note) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(entry.uuid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : entry.uuid);
    query.addBindValue(SessionRepository::toStored(entry.recordedUtc));
    query.addBindValue(entry.rating);
    query.addBindValue(PainEntry::momentKey(entry.moment));
    query.addBindValue(nullIfZero(entry.sessionId));
    query.addBindValue(notNull(entry.note));
    if (!query.exec()) {
        return sql::failed(area, notSaved, query.lastError());
    }
    const qint64 id = query.lastInsertId().toLongLong();
    if (auto sites = insertSites(id, entry.sites); !sites) {
        return sites.failed(); // the transaction rolls the entry back
    }
    if (!transaction.commit()) {
        return sql::failed(area, notSaved, transaction.error());
    }
    return id;
}

Result<> PainRepository::update(const PainEntry& entry)
{
    const QString notSaved = tr("The change was not saved: ");
    Transaction transaction(m_connection);
    if (!transaction.isActive()) {
        return sql::failed(area, notSaved, transaction.error());
    }
    PainEntry checked = entry;
    if (const auto stored = this->entry(entry.id); stored && stored->note == entry.note) {
        checked.note.clear(); // a note already in the journal stays whole, even if longer than a new one may be
    }
    if (const QString invalid = PainEntry::validate(checked, QDateTime::currentDateTimeUtc()); !invalid.isEmpty()) {
        return sql::refused(area, invalid);
    }
    QSqlQuery query(sql::database(m_connection));
    query.prepare(QStringLiteral("UPDATE pain_entry SET recorded_at = ?, rating = ?, note = ? "
                                 "WHERE id = ? AND deleted_at IS NULL"));
    query.addBindValue(SessionRepository::toStored(entry.recordedUtc));
    query.addBindValue(entry.rating);
    query.addBindValue(notNull(entry.note));
    query.addBindValue(entry.id);
    if (!query.exec()) {
        return sql::failed(area, notSaved, query.lastError());
    }
    if (query.numRowsAffected() != 1) {
        return sql::refused(area, tr("The change was not saved: that rating is no longer in the journal."));
    }
    QSqlQuery clear(sql::database(m_connection));
    clear.prepare(QStringLiteral("DELETE FROM pain_site WHERE entry_id = ?"));
    clear.addBindValue(entry.id);
    if (!clear.exec()) {
        return sql::failed(area, notSaved, clear.lastError());
    }
    if (auto sites = insertSites(entry.id, entry.sites); !sites) {
        return sites;
    }
    if (!transaction.commit()) {
        return sql::failed(area, notSaved, transaction.error());
    }
    return {};
}

Result<> PainRepository::remove(qint64 id)
{
    QSqlQuery query(sql::database(m_connection));
    query.prepare(QStringLiteral("UPDATE pain_entry SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL"));
    query.addBindValue(SessionRepository::toStored(QDateTime::currentDateTimeUtc()));
    query.addBindValue(id);
    if (!query.exec()) {
        return sql::failed(area, tr("The rating was not deleted: "), query.lastError());
    }
    if (query.numRowsAffected() != 1) {
        return sql::refused(area, tr("The rating was not deleted: it is no longer in the journal."));
    }
    return {};
}

Result<> PainRepository::restore(qint64 id)
{
    const QString notRestored = tr("The rating could not be brought back: ");
    Transaction transaction(m_connection);
    if (!transaction.isActive()) {
        return sql::failed(area, notRestored, transaction.error());
    }
    PainEntry stored;
    {
        QSqlQuery query(sql::database(m_connection));
        if (!sql::run(query, entryColumns + QStringLiteral("WHERE e.id = ?"), {id})) {
            return sql::failed(area, notRestored, query.lastError());
        }
        if (!query.next()) {
            return query.lastError().isValid()
                       ? sql::failed(area, notRestored, query.lastError())
                       : sql::refused(area, notRestored + tr("it is no longer in the journal."));
        }
        stored = entryFrom(query);
    }
    if (const QString conflict = sessionConflict(stored); !conflict.isEmpty()) {
        return sql::refused(area, notRestored + tr("the session has been rated %1 again since. "
                                                   "Delete the newer rating first.")
                                                    .arg(momentWords(stored.moment)));
    }
    QSqlQuery query(sql::database(m_connection));
    if (!sql::run(query, QStringLiteral("UPDATE pain_entry SET deleted_at = NULL WHERE id = ?"), {id})) {
        return sql::failed(area, notRestored, query.lastError());
    }
    if (!transaction.commit()) {
        return sql::failed(area, notRestored, transaction.error());
    }
    return {};
}

QString PainRepository::sessionConflict(const PainEntry& entry) const
{
    if (entry.sessionId == 0) {
        return {};
    }
    QSqlQuery query(sql::database(m_connection));
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
        return tr("The rating was not saved: its session is no longer in the journal.");
    }
    if (query.value(1).toInt() > 0) {
        if (entry.moment == PainEntry::Moment::Standalone) {
            return tr("The rating was not saved: this session already has a rating.");
        }
        return tr("The rating was not saved: this session already has a rating %1. Edit that one instead.")
            .arg(momentWords(entry.moment));
    }
    return {};
}

Result<> PainRepository::insertSites(qint64 entryId, const QList<PainSite>& sites)
{
    QSqlQuery query(sql::database(m_connection));
    query.prepare(QStringLiteral("INSERT INTO pain_site (entry_id, site_kind, site_slug, site_name, worst) "
                                 "VALUES (?, ?, ?, ?, ?)"));
    for (const PainSite& site : sites) {
        query.addBindValue(entryId);
        query.addBindValue(PainSite::kindKey(site.kind));
        query.addBindValue(notNull(site.slug));
        query.addBindValue(notNull(site.name));
        query.addBindValue(site.worst ? 1 : 0);
        if (!query.exec()) {
            return sql::failed(area, tr("The rating was not saved (at the place \"%1\"): ").arg(site.name),
                               query.lastError());
        }
    }
    return {};
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
    auto found = load(where, values);
    return found ? std::move(found).value() : QList<PainEntry>();
}

std::optional<PainEntry> PainRepository::entryForSession(qint64 sessionId, PainEntry::Moment moment) const
{
    const auto found =
        load(QStringLiteral("e.session_id = ? AND e.moment = ?"), {sessionId, PainEntry::momentKey(moment)});
    return found && !found->isEmpty() ? std::optional(found->first()) : std::nullopt;
}

Result<QList<PainEntry>> PainRepository::all() const
{
    QVariantList values;
    const QString where = HistoryRepository::entryCondition({}, {}, {}, &values);
    auto found = load(where, values);
    if (found) {
        std::reverse(found.value().begin(), found.value().end());
    }
    return found;
}

Result<QList<PainEntry>> PainRepository::load(const QString& where, const QVariantList& values) const
{
    // Straight from SQLite: the export reads every entry of a ten-year journal through here.
    sql::Statement query(m_connection, entryColumns + QStringLiteral("WHERE e.deleted_at IS NULL AND ") + where +
                                           QStringLiteral(" ORDER BY e.recorded_at DESC, e.id DESC"));
    query.bindAll(values);
    QList<PainEntry> entries;
    RowIndex indexOf;
    while (query.next()) {
        PainEntry entry;
        entry.id = query.int64(0);
        entry.uuid = query.text(1);
        entry.recordedUtc = StoredTime::fromText(query.utf8(2));
        entry.rating = query.integer(3);
        entry.moment = PainEntry::momentFromKey(query.text(4)).value_or(PainEntry::Moment::Standalone);
        entry.sessionId = query.int64(5); // NULL reads as 0
        entry.note = query.text(6);
        indexOf.add(entry.id);
        entries.append(entry);
    }
    if (!query.ok()) {
        return sql::failed(area, QString(), query.error());
    }
    if (entries.isEmpty()) {
        return entries;
    }
    indexOf.finish();
    // All sites in one query, whatever the number of entries, each entry's in the order they were chosen (rowid).
    // For many entries (the export), one scan of the table beats looking each entry up.
    const bool many = entries.size() > 1000;
    sql::Statement sites(m_connection, many ? "SELECT entry_id, site_kind, site_slug, site_name, worst FROM pain_site "
                                              "ORDER BY rowid"
                                            : "SELECT entry_id, site_kind, site_slug, site_name, worst FROM pain_site "
                                              "WHERE entry_id IN (SELECT value FROM json_each(?)) "
                                              "ORDER BY entry_id, rowid");
    if (!many) {
        sites.bind(0, HistoryRepository::idArray(indexOf.ids()));
    }
    sql::TextCache shared; // the same few dozen places, thousands of times
    while (sites.next()) {
        const qsizetype index = indexOf.value(sites.int64(0));
        if (index < 0) {
            continue; // a place of an entry not asked for (the scan reads them all)
        }
        PainSite site;
        site.kind = sites.utf8(1) == QByteArrayView("muscle") ? PainSite::Kind::Muscle : PainSite::Kind::Area;
        site.slug = shared(sites.utf8(2));
        site.name = shared(sites.utf8(3));
        site.worst = sites.integer(4) != 0;
        entries[index].sites.append(site);
    }
    if (!sites.ok()) {
        return sql::failed(area, tr("could not read places: "), sites.error());
    }
    return entries;
}

} // namespace unknot
