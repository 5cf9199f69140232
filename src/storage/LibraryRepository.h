#pragma once

#include "Connection.h"
#include "ContentPack.h"
#include "ContentRules.h"
#include "ItemSummary.h"
#include "Result.h"

#include <optional>

namespace unknot {

/// The built-in library in SQLite: installs a content pack, then answers lists, items, links and searches.
class LibraryRepository {
public:
    explicit LibraryRepository(Connection connection);

    /// Replaces the library with pack in one transaction unless the stored fingerprint already matches.
    /// On a failure the previous library is kept.
    Result<> install(const ContentPack& pack, const QByteArray& fingerprint);
    QByteArray installedFingerprint() const;

    QList<ItemSummary> list(ItemKind kind) const;
    /// Summaries for the given slugs, in the given order; unknown slugs are skipped.
    QList<ItemSummary> summaries(ItemKind kind, const QStringList& ids) const;
    /// Items of fromKind that link to target (e.g. the exercises that work a muscle).
    QList<ItemSummary> linkingTo(const ItemRef& target, ItemKind fromKind) const;
    /// Full-text search over names, other names, summaries and text, best first (see LibrarySearch).
    QList<SearchHit> search(const QString& text, int limit = 40) const;

    std::optional<Cause> cause(const QString& id) const;
    std::optional<Muscle> muscle(const QString& id) const;
    std::optional<Technique> technique(const QString& id) const;
    std::optional<Exercise> exercise(const QString& id) const;
    std::optional<Routine> routine(const QString& id) const;
    /// The routine the content gives this role ("desk-break", "gentle"); empty if none.
    QString routineWithRole(const QString& role) const;
    Safety safety() const;
    /// The picture for a step that is not an exercise ("heat", "cold", "rest"); empty if the pack has none.
    Figure still(const QString& name) const;
    QList<Source> sources() const;
    /// The ids an imported or edited item may refer to: every muscle, technique and exercise, built-in and own.
    ContentRules::Known knownIds() const;
    /// Estimated seconds for a routine, using the stored exercises' doses.
    int estimatedSeconds(const Routine& routine) const;

private:
    QJsonObject body(ItemKind kind, const QString& id) const;

    Connection m_connection;
};

} // namespace unknot
