#pragma once

#include "RedFlagCheck.h"

#include <QSqlDatabase>
#include <optional>

namespace unknot {

/// The red-flag checks the person has answered, each kept whole with its date and the questions as shown.
class SafetyRepository {
public:
    explicit SafetyRepository(QSqlDatabase db);

    /// Stores one check and all its answers in one transaction. Returns the check's id, or nothing with error set
    /// and nothing written.
    std::optional<qint64> saveCheck(const QDateTime& answeredUtc, const QList<RedFlagAnswer>& answers, QString* error);
    /// The most recently answered check, with its answers in the order shown.
    std::optional<RedFlagCheck> lastCheck() const;
    /// True once any check has been answered (the first-run check is then done).
    bool hasAnyCheck() const;

private:
    QSqlDatabase m_db;
};

} // namespace unknot
