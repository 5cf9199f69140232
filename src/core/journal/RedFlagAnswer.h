#pragma once

#include <QString>

namespace unknot {

/// One answer in a red-flag check, with the question as it was shown.
struct RedFlagAnswer {
    QString flagId;   ///< the red flag's stable id from the library, e.g. "chest-pain-breathless"
    QString flagText; ///< the question shown at the time
    bool yes = false;

    bool operator==(const RedFlagAnswer&) const = default;
};

} // namespace unknot
