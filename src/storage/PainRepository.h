#pragma once

#include "JournalFilter.h"
#include "PainEntry.h"

#include <QSqlDatabase>
#include <optional>

class QSqlError;

namespace unknot {

/// The person's pain ratings in SQLite. Every write is one transaction: it happens whole or not at all, and a
/// refusal or failure comes with a plain message that can be shown beside the form.
class PainRepository {
public:
    explicit PainRepository(QSqlDatabase db);

    /// Stores entry with its sites after PainEntry::validate(); generates a uuid if empty.
    /// Returns the new id, or nothing with error set and nothing written.
    std::optional<qint64> add(const PainEntry& entry, QString* error);
    /// Replaces the time, rating, note and sites of the live entry entry.id; its moment and session stay. A note
    /// longer than PainEntry::maxNoteLength is refused unless it is the one already stored (kept whole, never cut).
    bool update(const PainEntry& entry, QString* error);
    /// Deletes an entry so that restore() can bring it back; deleted entries are left out of every read.
    bool remove(qint64 id, QString* error);
    /// Undoes remove(). Refuses if the session has been rated again at the same moment since.
    bool restore(qint64 id, QString* error);

    /// One live entry with its sites.
    std::optional<PainEntry> entry(qint64 id) const;
    /// Live entries recorded in [fromUtc, toUtc), newest first, with their sites. An invalid end is open.
    QList<PainEntry> entries(const QDateTime& fromUtc, const QDateTime& toUtc, const JournalFilter& filter = {}) const;
    /// The live rating made before or after a session.
    std::optional<PainEntry> entryForSession(qint64 sessionId, PainEntry::Moment moment) const;
    /// Every entry History shows (not deleted, and not of a deleted session), oldest first, with its sites;
    /// nothing, with error set, if the journal could not be read.
    std::optional<QList<PainEntry>> all(QString* error) const;

    /// Why a write failed, in plain words: a full disk, a read-only journal, a busy file, or the database's words.
    static QString reasonWords(const QSqlError& error);

private:
    /// Live entries matching where (an SQL condition on e), newest first; nothing, with error set, on a failed read.
    std::optional<QList<PainEntry>> load(const QString& where, const QVariantList& values,
                                         QString* error = nullptr) const;
    /// Why entry cannot be linked to its session at its moment, or empty when it can; entry.id is not counted.
    QString sessionConflict(const PainEntry& entry) const;
    bool insertSites(qint64 entryId, const QList<PainSite>& sites, QString* error);

    QSqlDatabase m_db;
};

} // namespace unknot
