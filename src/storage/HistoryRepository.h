#pragma once

#include "Connection.h"
#include "JournalFilter.h"
#include "PainPoint.h"
#include "Result.h"
#include "SessionPain.h"
#include "SiteCount.h"
#include "TimelineItem.h"

#include <QHash>
#include <QTimeZone>

namespace unknot {

/// The reads behind History, returning plain inputs for PainStats and the timeline; a read that cannot finish is a
/// failure, never a short list. Each is a fixed number of
/// queries, whatever the size of the journal. Time ranges are [fromUtc, toUtc); an invalid end is open.
/// Running sessions are left out of the statistics (sessionPain, sessionDays) but shown in the timeline.
class HistoryRepository {
public:
    explicit HistoryRepository(Connection connection);

    /// Live ratings in the range, oldest first, for the trend chart.
    Result<QList<PainPoint>> painPoints(const QDateTime& fromUtc, const QDateTime& toUtc,
                                        const JournalFilter& filter = {}) const;
    /// How many live ratings in the range named each place, most named first; for the body map's shading.
    Result<QList<SiteCount>> siteCounts(const QDateTime& fromUtc, const QDateTime& toUtc,
                                        const JournalFilter& filter = {}) const;
    /// Finished sessions started in the range, newest first, each with its ratings before and after.
    Result<QList<SessionPain>> sessionPain(const QDateTime& fromUtc, const QDateTime& toUtc,
                                           const JournalFilter& filter = {}) const;
    /// The local dates in zone with at least one finished session, oldest first, each once.
    Result<QList<QDate>> sessionDays(const QTimeZone& zone, const JournalFilter& filter = {}) const;
    /// Where "all time" starts, whatever the filter: the earlier of the first live rating's local date and the first
    /// day of sessionDays(zone). Invalid for an empty journal. Two short reads, not the whole journal.
    Result<QDate> firstDay(const QTimeZone& zone) const;
    /// Sessions (with their ratings) and ratings made outside any session, newest first; at most limit items
    /// when limit > 0. A rating whose session was deleted shows as a rating of its own.
    Result<QList<TimelineItem>> timeline(const QDateTime& fromUtc, const QDateTime& toUtc,
                                         const JournalFilter& filter = {}, int limit = 0) const;

    /// SQL condition on pain_entry e for the range and filter, binding into values; shared with PainRepository.
    static QString entryCondition(const QDateTime& fromUtc, const QDateTime& toUtc, const JournalFilter& filter,
                                  QVariantList* values);
    /// SQL condition on session s for a start in the range and the filter, binding into values.
    static QString sessionCondition(const QDateTime& fromUtc, const QDateTime& toUtc, const JournalFilter& filter,
                                    QVariantList* values);
    /// Ids as a JSON array, bound as one value and read with json_each(): any number of ids in one query.
    static QString idArray(const QList<qint64>& ids);

private:
    Result<QHash<qint64, QStringList>> siteNames(const QList<qint64>& entryIds) const;

    Connection m_connection;
};

} // namespace unknot
