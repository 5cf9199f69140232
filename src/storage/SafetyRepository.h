#pragma once

#include "Connection.h"
#include "RedFlagCheck.h"
#include "Result.h"

#include <QSet>
#include <optional>

namespace unknot {

/// The red-flag checks the person has answered, each kept whole with its date and the questions as shown.
class SafetyRepository {
public:
    explicit SafetyRepository(Connection connection);

    /// Stores one check, answered under the given version of the red-flag list, and all its answers in one
    /// transaction. Returns the check's id; on a failure nothing is written.
    Result<qint64> saveCheck(const QDateTime& answeredUtc, int version, const QList<RedFlagAnswer>& answers);
    /// The most recently answered check, with its answers in the order shown.
    std::optional<RedFlagCheck> lastCheck() const;
    /// True once any check has been answered (the first-run check is then done).
    bool hasAnyCheck() const;
    /// Ids of every red flag answered in any check, yes or no: a newer list asks only the others.
    QSet<QString> answeredFlagIds() const;
    /// The signs whose latest answer is yes, in a check answered after since (all checks when since is invalid).
    /// A newer check that answers no to a sign clears it.
    QList<RedFlagAnswer> standingYes(const QDateTime& since) const;

private:
    Connection m_connection;
};

} // namespace unknot
