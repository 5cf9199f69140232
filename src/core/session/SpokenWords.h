#pragma once

#include <QString>

namespace unknot::spoken {

/// A whole number in words for speech, in the person's language: 0-99 spelled out ("forty-two"), digits beyond.
QString number(qint64 n);
/// A count in words with its unit, with the plural form the language needs: "one rep", "ten reps".
QString reps(qint64 n);
QString cycles(qint64 n);  ///< "one cycle", "ten cycles"
QString sets(qint64 n);    ///< "two sets"
QString seconds(qint64 n); ///< "one second", "thirty seconds"
QString minutes(qint64 n); ///< "one minute", "fifteen minutes"

} // namespace unknot::spoken
