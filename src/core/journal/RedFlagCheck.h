#pragma once

#include "RedFlagAnswer.h"

#include <QDateTime>
#include <QList>

namespace unknot {

/// One completed red-flag check: when it was answered and every answer given.
struct RedFlagCheck {
    qint64 id = 0;
    QDateTime answeredUtc;
    int version = 1;              ///< version of the red-flag list it was answered under
    QList<RedFlagAnswer> answers; ///< in the order shown

    /// True when any question was answered yes.
    bool anyYes() const
    {
        for (const RedFlagAnswer& answer : answers) {
            if (answer.yes) {
                return true;
            }
        }
        return false;
    }
};

} // namespace unknot
