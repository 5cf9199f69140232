#include "HistoryRepository.h"

#include "LocalDates.h"
#include "RowIndex.h"
#include "SessionRepository.h"
#include "SqlSupport.h"
#include "Statement.h"
#include "StoredTime.h"

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

std::optional<int> optionalInt(const sql::Statement& row, int column)
{
    return row.isNull(column) ? std::nullopt : std::optional(row.integer(column));
}

/// A stored moment key; an unknown one reads as a rating on its own, as PainEntry::momentFromKey() is used elsewhere.
PainEntry::Moment momentOf(QByteArrayView key)
{
    if (key == QByteArrayView("before")) {
        return PainEntry::Moment::Before;
    }
    if (key == QByteArrayView("after")) {
        return PainEntry::Moment::After;
    }
    return PainEntry::Moment::Standalone;
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
    sql::Statement query(m_connection, QStringLiteral("SELECT e.recorded_at, e.rating, e.moment, e.session_id "
                                                      "FROM pain_entry e WHERE e.deleted_at IS NULL AND ") +
                                           where + QStringLiteral(" ORDER BY e.recorded_at, e.id"));
    query.bindAll(values);
    QList<PainPoint> points;
    while (query.next()) {
        points.append(
            PainPoint{StoredTime::fromText(query.utf8(0)), query.integer(1), momentOf(query.utf8(2)), query.int64(3)});
    }
    if (!query.ok()) {
        return sql::failed(area, QString(), query.error());
    }
    return points;
}

Result<QList<SiteCount>> HistoryRepository::siteCounts(const QDateTime& fromUtc, const QDateTime& toUtc,
                                                       const JournalFilter& filter) const
{
    QVariantList values;
    const QString where = entryCondition(fromUtc, toUtc, filter, &values);
    sql::Statement query(m_connection,
                         QStringLiteral("SELECT p.site_kind, p.site_slug, COUNT(*) FROM pain_site p "
                                        "JOIN pain_entry e ON e.id = p.entry_id WHERE e.deleted_at IS NULL AND ") +
                             where + QStringLiteral(" GROUP BY p.site_kind, p.site_slug ORDER BY 3 DESC, 2"));
    query.bindAll(values);
    QList<SiteCount> counts;
    while (query.next()) {
        const auto kind = PainSite::kindFromKey(query.text(0));
        counts.append({kind.value_or(PainSite::Kind::Area), query.text(1), query.integer(2)});
    }
    if (!query.ok()) {
        return sql::failed(area, QString(), query.error());
    }
    return counts;
}

Result<QList<SessionPain>> HistoryRepository::sessionPain(const QDateTime& fromUtc, const QDateTime& toUtc,
                                                          const JournalFilter& filter) const
{
    QVariantList values;
    const QString where = sessionCondition(fromUtc, toUtc, filter, &values);
    sql::Statement query(m_connection, QStringLiteral("SELECT s.id, s.routine_slug, s.routine_name, s.started_at "
                                                      "FROM session s WHERE s.status <> 'running' AND ") +
                                           where + QStringLiteral(" ORDER BY s.started_at DESC, s.id DESC"));
    query.bindAll(values);
    QList<SessionPain> sessions;
    RowIndex indexOf;
    sql::TextCache shared; // a few routines, done thousands of times: each text is made once
    while (query.next()) {
        indexOf.add(query.int64(0));
        sessions.append(SessionPain{query.int64(0), shared(query.utf8(1)), shared(query.utf8(2)),
                                    StoredTime::fromText(query.utf8(3)), std::nullopt, std::nullopt});
    }
    if (!query.ok()) {
        return sql::failed(area, QString(), query.error());
    }
    if (sessions.isEmpty()) {
        return sessions;
    }
    indexOf.finish();
    // The live rating before and after each (one at most of each, by the partial unique index). For many sessions,
    // one scan of the ratings beats two lookups per session.
    const bool many = sessions.size() > 1000;
    sql::Statement ratings(
        m_connection, many ? "SELECT session_id, moment, rating FROM pain_entry WHERE deleted_at IS NULL "
                             "AND session_id IS NOT NULL AND moment IN ('before', 'after')"
                           : "SELECT session_id, moment, rating FROM pain_entry WHERE deleted_at IS NULL "
                             "AND moment IN ('before', 'after') AND session_id IN (SELECT value FROM json_each(?))");
    if (!many) {
        ratings.bind(0, idArray(indexOf.ids()));
    }
    while (ratings.next()) {
        const qsizetype index = indexOf.value(ratings.int64(0));
        if (index >= 0) {
            (momentOf(ratings.utf8(1)) == PainEntry::Moment::Before ? sessions[index].before : sessions[index].after) =
                ratings.integer(2);
        }
    }
    if (!ratings.ok()) {
        return sql::failed(area, QString(), ratings.error());
    }
    return sessions;
}

Result<QList<QDate>> HistoryRepository::sessionDays(const QTimeZone& zone, const JournalFilter& filter) const
{
    QVariantList values;
    const QString where = sessionCondition({}, {}, filter, &values);
    sql::Statement query(m_connection,
                         QStringLiteral("SELECT s.started_at FROM session s WHERE s.status <> 'running' AND ") + where +
                             QStringLiteral(" ORDER BY s.started_at"));
    query.bindAll(values);
    LocalDates local(zone);
    QList<QDate> days;
    QDate last;
    bool sorted = true;
    while (query.next()) {
        const QDate day = local.of(StoredTime::fromText(query.utf8(0)));
        if (day.isValid() && day != last) {
            sorted = sorted && (!last.isValid() || day > last);
            days.append(day);
            last = day;
        }
    }
    if (!query.ok()) {
        return sql::failed(area, QString(), query.error());
    }
    if (!sorted) {
        // A zone whose clocks once went back over midnight: sort, and keep each day once.
        std::sort(days.begin(), days.end());
        days.erase(std::unique(days.begin(), days.end()), days.end());
    }
    return days;
}

Result<QDate> HistoryRepository::firstDay(const QTimeZone& zone) const
{
    const QTimeZone tz = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    QDate first;
    // The first rating (by time, then id) as History's points list it, on its local date.
    QVariantList values;
    sql::Statement entry(m_connection, QStringLiteral("SELECT e.recorded_at FROM pain_entry e WHERE "
                                                      "e.deleted_at IS NULL AND ") +
                                           entryCondition({}, {}, {}, &values) +
                                           QStringLiteral(" ORDER BY e.recorded_at, e.id LIMIT 1"));
    entry.bindAll(values);
    if (entry.next()) {
        first = StoredTime::fromText(entry.utf8(0)).toTimeZone(tz).date();
    }
    if (!entry.ok()) {
        return sql::failed(area, QString(), entry.error());
    }
    // The earliest local date of a finished session: those of the first two days in UTC are enough, whatever the zone
    // (a clock turned back can give a later session an earlier date, never by two days). Rows are read as needed.
    values.clear();
    sql::Statement session(m_connection,
                           QStringLiteral("SELECT s.started_at FROM session s WHERE s.status <> 'running' AND ") +
                               sessionCondition({}, {}, {}, &values) + QStringLiteral(" ORDER BY s.started_at"));
    session.bindAll(values);
    LocalDates local(tz);
    QDateTime earliest;
    while (session.next()) {
        const QDateTime started = StoredTime::fromText(session.utf8(0));
        if (!started.isValid()) {
            continue;
        }
        earliest = earliest.isValid() ? earliest : started;
        if (started > earliest.addDays(2)) {
            break;
        }
        const QDate day = local.of(started);
        first = first.isValid() ? std::min(first, day) : day;
    }
    if (!session.ok()) {
        return sql::failed(area, QString(), session.error());
    }
    return first;
}

Result<QList<TimelineItem>> HistoryRepository::timeline(const QDateTime& fromUtc, const QDateTime& toUtc,
                                                        const JournalFilter& filter, int limit) const
{
    QVariantList values;
    const QString sessionWhere = sessionCondition(fromUtc, toUtc, filter, &values);
    const qsizetype sessionValues = values.size();
    QVariantList entryValues;
    const QString entryWhere = entryCondition(fromUtc, toUtc, filter, &entryValues);
    const QVariant most = limit > 0 ? limit : -1; // SQLite reads a negative limit as none
    values.insert(sessionValues, most);
    values.append(entryValues);
    values.append(most);
    values.append(most);
    // Ratings made around a session show on the session's row; only those without one are rows of their own. Each
    // side is cut to the newest `limit` first, along its time index (the + keeps SQLite from choosing the session
    // index and sorting every rating on its own), so a long journal is not joined and sorted whole for a few rows.
    const QString sql =
        QStringLiteral("SELECT * FROM (SELECT 0, s.id, s.started_at, s.routine_name, NULL, b.rating, a.rating, b.id, "
                       "a.id, COALESCE(NULLIF(a.note, ''), b.note, '') FROM session s") +
        ratingJoins + QStringLiteral("WHERE ") + sessionWhere +
        QStringLiteral(" ORDER BY s.started_at DESC, s.id DESC LIMIT ?) UNION ALL SELECT * FROM (SELECT 1, e.id, "
                       "e.recorded_at, '', e.rating, NULL, NULL, NULL, NULL, e.note FROM pain_entry e "
                       "WHERE e.deleted_at IS NULL AND +e.session_id IS NULL AND ") +
        entryWhere +
        QStringLiteral(" ORDER BY e.recorded_at DESC, e.id DESC LIMIT ?) ORDER BY 3 DESC, 1, 2 DESC LIMIT ?");
    sql::Statement query(m_connection, sql);
    query.bindAll(values);
    QList<TimelineItem> items;
    QList<qint64> namedEntries; // the entry whose places each item shows
    while (query.next()) {
        TimelineItem item;
        item.kind = query.integer(0) == 0 ? TimelineItem::Kind::Session : TimelineItem::Kind::Entry;
        item.id = query.int64(1);
        item.timeUtc = StoredTime::fromText(query.utf8(2));
        item.title = query.text(3);
        item.rating = optionalInt(query, 4);
        item.before = optionalInt(query, 5);
        item.after = optionalInt(query, 6);
        item.beforeEntryId = query.int64(7);
        item.afterEntryId = query.int64(8);
        item.note = query.text(9);
        const qint64 named = item.kind == TimelineItem::Kind::Entry ? item.id
                             : item.afterEntryId != 0               ? item.afterEntryId
                                                                    : item.beforeEntryId;
        namedEntries.append(named);
        items.append(item);
    }
    if (!query.ok()) {
        return sql::failed(area, QString(), query.error());
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
    sql::Statement query(m_connection, "SELECT entry_id, site_name FROM pain_site WHERE entry_id IN "
                                       "(SELECT value FROM json_each(?)) ORDER BY entry_id, worst DESC, rowid");
    query.bind(0, idArray(ids));
    while (query.next()) {
        names[query.int64(0)].append(query.text(1));
    }
    if (!query.ok()) {
        return sql::failed(area, QString(), query.error());
    }
    return names;
}

} // namespace unknot
