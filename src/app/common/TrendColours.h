#pragma once

#include <QColor>

// The pain trend's colours, shared by History's chart and the PDF report so both read the same way:
// the line darker than any dot, so that it reads on top of them.
namespace unknot::trendcolours {

inline const QColor line(0x1f, 0x4b, 0x57);
inline const QColor before(0x8e, 0x99, 0x9c);
inline const QColor after(0x2f, 0x7d, 0x8c);
inline const QColor other(0xc0, 0x8a, 0x3e);

} // namespace unknot::trendcolours
