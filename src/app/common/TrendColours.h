#pragma once

#include <QColor>

// The pain trend's colours, shared by History's chart and the PDF report so both read the same way:
// the line darker than any dot, so that it reads on top of them. The report is paper and always uses the light ones.
namespace unknot::trendcolours {

inline const QColor line(0x1f, 0x4b, 0x57);
inline const QColor before(0x8e, 0x99, 0x9c);
inline const QColor after(0x2f, 0x7d, 0x8c);
inline const QColor other(0xc0, 0x8a, 0x3e);

/// The four colours together, for a light or a dark ground. On dark the line is the lightest, so it still reads on
/// top of the dots.
struct Set {
    QColor line;
    QColor before;
    QColor after;
    QColor other;
};

inline Set forGround(bool dark)
{
    if (dark) {
        return {QColor(0xcf, 0xee, 0xf3), QColor(0x7d, 0x88, 0x8b), QColor(0x4f, 0xa8, 0xb8), QColor(0xd0, 0x9a, 0x4e)};
    }
    return {line, before, after, other};
}

} // namespace unknot::trendcolours
