#pragma once

#include <QString>

namespace unknot::spoken {

/// A whole number in words for speech: 0-99 spelled out ("forty-two"), digits beyond.
QString number(qint64 n);
/// "one rep", "ten reps".
QString amount(qint64 n, const QString& singular, const QString& plural);

} // namespace unknot::spoken
