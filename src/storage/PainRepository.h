#pragma once

#include "Connection.h"
#include "JournalFilter.h"
#include "PainEntry.h"
#include "Result.h"

#include <QCoreApplication>
#include <optional>

namespace unknot {

/// The person's pain ratings in SQLite. Every write is one transaction: it happens whole or not at all, and a
/// refusal or failure comes with a plain message that can be shown beside the form.
class PainRepository {
    Q_DECLARE_TR_FUNCTIONS(PainRepository)

public:
    explicit PainRepository(Connection connection);

    /// Stores entry with its sites after PainEntry::validate(); generates a uuid if empty.
    /// Returns the new id; on a failure nothing is written.
    Result<qint64> add(const PainEntry& entry);
    /// Replaces the time, rating, note and sites of the live entry entry.id; its moment and session stay. A note
    /// longer than PainEntry::maxNoteLength is refused unless it is the one already stored (kept whole, never cut).
    Result<> update(const PainEntry& entry);
    /// Deletes an entry so that restore() can bring it back; deleted entries are left out of every read.
    Result<> remove(qint64 id);
    /// Undoes remove(). Refuses if the session has been rated again at the same moment since.
    Result<> restore(qint64 id);

    /// One live entry with its sites.
    std::optional<PainEntry> entry(qint64 id) const;
    /// Live entries recorded in [fromUtc, toUtc), newest first, with their sites. An invalid end is open.
    QList<PainEntry> entries(const QDateTime& fromUtc, const QDateTime& toUtc, const JournalFilter& filter = {}) const;
    /// The live rating made before or after a session.
    std::optional<PainEntry> entryForSession(qint64 sessionId, PainEntry::Moment moment) const;
    /// Every entry History shows (not deleted, and not of a deleted session), oldest first, with its sites;
    /// a failure if the journal could not be read.
    Result<QList<PainEntry>> all() const;

private:
    /// Live entries matching where (an SQL condition on e), newest first, with their sites.
    Result<QList<PainEntry>> load(const QString& where, const QVariantList& values) const;
    /// Why entry cannot be linked to its session at its moment, or empty when it can; entry.id is not counted.
    QString sessionConflict(const PainEntry& entry) const;
    Result<> insertSites(qint64 entryId, const QList<PainSite>& sites);

    Connection m_connection;
};

} // namespace unknot
