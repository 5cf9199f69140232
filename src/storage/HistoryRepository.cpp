#include "HistoryRepository.h"

#include "LocalDates.h"
#include "SessionRepository.h"
#include "SqlSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
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

const char* const area = "history";

} // namespace

HistoryRepository::HistoryRepository(Connection connection)
    : m_connection(std::move(connection))
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

Result<QList<PainPoint>> HistoryRepository::painPoints(const QDateTime& fromUtc, const QDateTime& toUtc,
                                                       const JournalFilter& filter) const
{
    QVariantList values;
    const QString where = entryCondition(fromUtc, toUtc, filter, &values);
    return sql::select(
        m_connection, area,
        QStringLiteral("SELECT e.recorded_at, e.rating, e.moment, e.session_id FROM pain_entry e "
                       "WHERE e.deleted_at IS NULL AND ") +
            where + QStringLiteral(" ORDER BY e.recorded_at, e.id"),
        values, [](const QSqlQuery& row) {
            return PainPoint{SessionRepository::fromStored(row.value(0).toString()), row.value(1).toInt(),
                             PainEntry::momentFromKey(row.value(2).toString()).value_or(PainEntry::Moment::Standalone),
                             row.value(3).toLongLong()};
        });
}

Result<QList<SessionPain>> HistoryRepository::sessionPain(const QDateTime& fromUtc, const QDateTime& toUtc,
                                                          const JournalFilter& filter) const
{
    QVariantList values;
    const QString where = sessionCondition(fromUtc, toUtc, filter, &values);
    return sql::select(m_connection, area,
                       QStringLiteral("SELECT s.id, s.routine_slug, s.routine_name, s.started_at, b.rating, a.rating "
                                      "FROM session s") +
                           ratingJoins + QStringLiteral("WHERE s.status <> 'running' AND ") + where +
                           QStringLiteral(" ORDER BY s.started_at DESC, s.id DESC"),
                       values, [](const QSqlQuery& row) {
                           return SessionPain{
                               row.value(0).toLongLong(), row.value(1).toString(),
                               row.value(2).toString(),   SessionRepository::fromStored(row.value(3).toString()),
                               optionalInt(row.value(4)), optionalInt(row.value(5))};
                       });
}

Result<QList<QDate>> HistoryRepository::sessionDays(const QTimeZone& zone, const JournalFilter& filter) const
{
    QVariantList values;
    const QString where = sessionCondition({}, {}, filter, &values);
    QSqlQuery query(sql::database(m_connection));
    if (!sql::run(query,
                  QStringLiteral("SELECT s.started_at FROM session s WHERE s.status <> 'running' AND ") + where +
                      QStringLiteral(" ORDER BY s.started_at"),
                  values)) {
        return sql::failed(area, QString(), query.lastError());
    }
    LocalDates local(zone);
    QSet<QDate> seen;
    QList<QDate> days;
    const auto read = sql::forEach(query, area, [&](const QSqlQuery& row) {
        const QDate day = local.of(SessionRepository::fromStored(row.value(0).toString()));
        if (day.isValid() && !seen.contains(day)) {
            seen.insert(day);
            days.append(day);
        }
    });
    if (!read) {
        return read.failed();
    }
    // Nearly always in order already; a zone whose clocks once went back over midnight may need this.
    std::sort(days.begin(), days.end());
    return days;
}

Result<QList<TimelineItem>> HistoryRepository::timeline(const QDateTime& fromUtc, const QDateTime& toUtc,
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
    QSqlQuery query(sql::database(m_connection));
    if (!sql::run(query, sql, values)) {
        return sql::failed(area, QString(), query.lastError());
    }
    QList<TimelineItem> items;
    QList<qint64> namedEntries; // the entry whose places each item shows
    const auto read = sql::forEach(query, area, [&](const QSqlQuery& row) {
        TimelineItem item;
        item.kind = row.value(0).toInt() == 0 ? TimelineItem::Kind::Session : TimelineItem::Kind::Entry;
        item.id = row.value(1).toLongLong();
        item.timeUtc = SessionRepository::fromStored(row.value(2).toString());
        item.title = row.value(3).toString();
        item.rating = optionalInt(row.value(4));
        item.before = optionalInt(row.value(5));
        item.after = optionalInt(row.value(6));
        item.beforeEntryId = row.value(7).toLongLong();
        item.afterEntryId = row.value(8).toLongLong();
        item.note = row.value(9).toString();
        const qint64 named = item.kind == TimelineItem::Kind::Entry ? item.id
                             : item.afterEntryId != 0               ? item.afterEntryId
                                                                    : item.beforeEntryId;
        namedEntries.append(named);
        items.append(item);
    });
    if (!read) {
        return read.failed();
    }
    const auto names = siteNames(namedEntries);
    if (!names) {
        return names.failed();
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        items[i].siteNames = names->value(namedEntries.at(i));
    }
    return items;
}

Result<QHash<qint64, QStringList>> HistoryRepository::siteNames(const QList<qint64>& entryIds) const
{
    QHash<qint64, QStringList> names;
    QList<qint64> ids;
    std::copy_if(entryIds.cbegin(), entryIds.cend(), std::back_inserter(ids), [](qint64 id) { return id != 0; });
    if (ids.isEmpty()) {
        return names;
    }
    QSqlQuery query(sql::database(m_connection));
    if (!sql::run(query,
                  QStringLiteral("SELECT entry_id, site_name FROM pain_site WHERE entry_id IN "
                                 "(SELECT value FROM json_each(?)) ORDER BY entry_id, worst DESC, rowid"),
                  {idArray(ids)})) {
        return sql::failed(area, QString(), query.lastError());
    }
    const auto read = sql::forEach(query, area, [&names](const QSqlQuery& row) {
        names[row.value(0).toLongLong()].append(row.value(1).toString());
    });
    if (!read) {
        return read.failed();
    }
    return names;
}

} // namespace unknot
