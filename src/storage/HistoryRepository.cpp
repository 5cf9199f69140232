#include "HistoryRepository.h"

#include "LocalDates.h"
#include "Log.h"
#include "SessionRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace unknot {

namespace {

/// The before and after entries of session s: the partial unique index finds each in one step.
const QString ratingJoins =
    QStringLiteral(" LEFT JOIN pain_entry b ON b.session_id = s.id AND b.moment = 'before' AND b.deleted_at IS NULL"
                   " LEFT JOIN pain_entry a ON a.session_id = s.id AND a.moment = 'after' AND a.deleted_at IS NULL ");

QString stringArray(const QStringList& texts)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(texts)).toJson(QJsonDocument::Compact));
}

QString joined(QStringList terms)
{
    return terms.isEmpty() ? QStringLiteral("1") : terms.join(QStringLiteral(" AND "));
}

std::optional<int> optionalInt(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional(value.toInt());
}

bool run(QSqlQuery& query, const QString& sql, const QVariantList& values)
{
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        log::warn(QStringLiteral("history: query failed: %1").arg(query.lastError().text()));
        return false;
    }
    return true;
}

} // namespace

HistoryRepository::HistoryRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString HistoryRepository::idArray(const QList<qint64>& ids)
{
    QString text = QStringLiteral("[");
    text.reserve(ids.size() * 8 + 2);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0) {
            text += QLatin1Char(',');
        }
        text += QString::number(ids.at(i));
    }
    return text + QLatin1Char(']');
}

QString HistoryRepository::entryCondition(const QDateTime& fromUtc, const QDateTime& toUtc, const JournalFilter& filter,
                                          QVariantList* values)
{
    // Ratings of a deleted session go with it (and come back if the deletion is undone).
    QStringList terms{QStringLiteral("(e.session_id IS NULL OR e.session_id NOT IN "
                                     "(SELECT id FROM session WHERE deleted_at IS NOT NULL))")};
    if (fromUtc.isValid()) {
        terms.append(QStringLiteral("e.recorded_at >= ?"));
        values->append(SessionRepository::toStored(fromUtc));
    }
    if (toUtc.isValid()) {
        terms.append(QStringLiteral("e.recorded_at < ?"));
        values->append(SessionRepository::toStored(toUtc));
    }
    if (!filter.routineSlug.isEmpty()) {
        terms.append(QStringLiteral("EXISTS (SELECT 1 FROM session rs WHERE rs.id = e.session_id "
                                    "AND rs.routine_slug = ?)"));
        values->append(filter.routineSlug);
    }
    if (!filter.siteSlugs.isEmpty()) {
        // Not a correlated EXISTS: the planner would walk every site with the slug once per entry.
        terms.append(QStringLiteral("e.id IN (SELECT fs.entry_id FROM pain_site fs "
                                    "WHERE fs.site_slug IN (SELECT value FROM json_each(?)))"));
        values->append(stringArray(filter.siteSlugs));
    }
    return joined(terms);
}

QString HistoryRepository::sessionCondition(const QDateTime& fromUtc, const QDateTime& toUtc,
                                            const JournalFilter& filter, QVariantList* values)
{
    QStringList terms{QStringLiteral("s.deleted_at IS NULL")};
    if (fromUtc.isValid()) {
        terms.append(QStringLiteral("s.started_at >= ?"));
        values->append(SessionRepository::toStored(fromUtc));
    }
    if (toUtc.isValid()) {
        terms.append(QStringLiteral("s.started_at < ?"));
        values->append(SessionRepository::toStored(toUtc));
    }
    if (!filter.routineSlug.isEmpty()) {
        terms.append(QStringLiteral("s.routine_slug = ?"));
        values->append(filter.routineSlug);
    }
    if (!filter.siteSlugs.isEmpty()) {
        // A session matches when a rating made around it names one of the places. The set of such sessions is
        // found once; a correlated EXISTS made the planner walk every site with the slug once per session.
        terms.append(QStringLiteral("s.id IN (SELECT fe.session_id FROM pain_site fs JOIN pain_entry fe "
                                    "ON fe.id = fs.entry_id WHERE fe.deleted_at IS NULL "
                                    "AND fs.site_slug IN (SELECT value FROM json_each(?)))"));
        values->append(stringArray(filter.siteSlugs));
    }
    return joined(terms);
}

QList<PainPoint> HistoryRepository::painPoints(const QDateTime& fromUtc, const QDateTime& toUtc,
                                               const JournalFilter& filter) const
{
    QVariantList values;
    const QString where = entryCondition(fromUtc, toUtc, filter, &values);
    QSqlQuery query(m_db);
    if (!run(query,
             QStringLiteral("SELECT e.recorded_at, e.rating, e.moment, e.session_id FROM pain_entry e "
                            "WHERE e.deleted_at IS NULL AND ") +
                 where + QStringLiteral(" ORDER BY e.recorded_at, e.id"),
             values)) {
        return {};
    }
    QList<PainPoint> points;
    while (query.next()) {
        points.append({SessionRepository::fromStored(query.value(0).toString()), query.value(1).toInt(),
                       PainEntry::momentFromKey(query.value(2).toString()).value_or(PainEntry::Moment::Standalone),
                       query.value(3).toLongLong()});
    }
    return points;
}

QList<SessionPain> HistoryRepository::sessionPain(const QDateTime& fromUtc, const QDateTime& toUtc,
                                                  const JournalFilter& filter) const
{
    QVariantList values;
    const QString where = sessionCondition(fromUtc, toUtc, filter, &values);
    QSqlQuery query(m_db);
    if (!run(query,
             QStringLiteral("SELECT s.id, s.routine_slug, s.routine_name, s.started_at, b.rating, a.rating "
                            "FROM session s") +
                 ratingJoins + QStringLiteral("WHERE s.status <> 'running' AND ") + where +
                 QStringLiteral(" ORDER BY s.started_at DESC, s.id DESC"),
             values)) {
        return {};
    }
    QList<SessionPain> sessions;
    while (query.next()) {
        sessions.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                         SessionRepository::fromStored(query.value(3).toString()), optionalInt(query.value(4)),
                         optionalInt(query.value(5))});
    }
    return sessions;
}

QList<QDate> HistoryRepository::sessionDays(const QTimeZone& zone, const JournalFilter& filter) const
{
    QVariantList values;
    const QString where = sessionCondition({}, {}, filter, &values);
    QSqlQuery query(m_db);
    if (!run(query,
             QStringLiteral("SELECT s.started_at FROM session s WHERE s.status <> 'running' AND ") + where +
                 QStringLiteral(" ORDER BY s.started_at"),
             values)) {
        return {};
    }
    LocalDates local(zone);
    QSet<QDate> seen;
    QList<QDate> days;
    while (query.next()) {
        const QDate day = local.of(SessionRepository::fromStored(query.value(0).toString()));
        if (day.isValid() && !seen.contains(day)) {
            seen.insert(day);
            days.append(day);
        }
    }
    // Nearly always in order already; a zone whose clocks once went back over midnight may need this.
    std::sort(days.begin(), days.end());
    return days;
}

QList<TimelineItem> HistoryRepository::timeline(const QDateTime& fromUtc, const QDateTime& toUtc,
                                                const JournalFilter& filter, int limit) const
{
    QVariantList values;
    const QString sessionWhere = sessionCondition(fromUtc, toUtc, filter, &values);
    const QString entryWhere = entryCondition(fromUtc, toUtc, filter, &values);
    values.append(limit > 0 ? limit : -1); // SQLite reads a negative limit as none
    // Ratings made around a session show on the session's row; only those without one are rows of their own.
    const QString sql =
        QStringLiteral("SELECT 0, s.id, s.started_at, s.routine_name, NULL, b.rating, a.rating, b.id, a.id, "
                       "COALESCE(NULLIF(a.note, ''), b.note, '') FROM session s") +
        ratingJoins + QStringLiteral("WHERE ") + sessionWhere +
        QStringLiteral(" UNION ALL SELECT 1, e.id, e.recorded_at, '', e.rating, NULL, NULL, NULL, NULL, e.note "
                       "FROM pain_entry e WHERE e.deleted_at IS NULL AND e.session_id IS NULL AND ") +
        entryWhere + QStringLiteral(" ORDER BY 3 DESC, 1, 2 DESC LIMIT ?");
    QSqlQuery query(m_db);
    if (!run(query, sql, values)) {
        return {};
    }
    QList<TimelineItem> items;
    QList<qint64> namedEntries; // the entry whose places each item shows
    while (query.next()) {
        TimelineItem item;
        item.kind = query.value(0).toInt() == 0 ? TimelineItem::Kind::Session : TimelineItem::Kind::Entry;
        item.id = query.value(1).toLongLong();
        item.timeUtc = SessionRepository::fromStored(query.value(2).toString());
        item.title = query.value(3).toString();
        item.rating = optionalInt(query.value(4));
        item.before = optionalInt(query.value(5));
        item.after = optionalInt(query.value(6));
        item.beforeEntryId = query.value(7).toLongLong();
        item.afterEntryId = query.value(8).toLongLong();
        item.note = query.value(9).toString();
        const qint64 named = item.kind == TimelineItem::Kind::Entry ? item.id
                             : item.afterEntryId != 0               ? item.afterEntryId
                                                                    : item.beforeEntryId;
        namedEntries.append(named);
        items.append(item);
    }
    const QHash<qint64, QStringList> names = siteNames(namedEntries);
    for (qsizetype i = 0; i < items.size(); ++i) {
        items[i].siteNames = names.value(namedEntries.at(i));
    }
    return items;
}

QHash<qint64, QStringList> HistoryRepository::siteNames(const QList<qint64>& entryIds) const
{
    QHash<qint64, QStringList> names;
    QList<qint64> ids;
    std::copy_if(entryIds.cbegin(), entryIds.cend(), std::back_inserter(ids), [](qint64 id) { return id != 0; });
    if (ids.isEmpty()) {
        return names;
    }
    QSqlQuery query(m_db);
    if (!run(query,
             QStringLiteral("SELECT entry_id, site_name FROM pain_site WHERE entry_id IN "
                            "(SELECT value FROM json_each(?)) ORDER BY entry_id, worst DESC, rowid"),
             {idArray(ids)})) {
        return names;
    }
    while (query.next()) {
        names[query.value(0).toLongLong()].append(query.value(1).toString());
    }
    return names;
}

} // namespace unknot
