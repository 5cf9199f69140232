#pragma once

#include <QColor>
#include <QFont>
#include <algorithm>

// The report page's ink, greys and type, shared by ReportPainter and the panels it lays out. Sizes are in page
// points: the painter's transform maps the A4 page onto the PDF or the preview.
namespace unknot::reportstyle {

inline const QColor ink(0x26, 0x34, 0x3a);
inline const QColor muted(0x5b, 0x6d, 0x72);
inline const QColor grid(0xe1, 0xe7, 0xe6);
inline const QColor band(0xee, 0xf2, 0xf1);
inline constexpr double margin = 44;

inline QFont font(double pixels, bool bold = false)
{
    QFont f;
    f.setPixelSize(std::max(1, qRound(pixels)));
    f.setBold(bold);
    return f;
}

} // namespace unknot::reportstyle
