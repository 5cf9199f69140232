#pragma once

#include "figures/BodyMapArt.h"
#include "report/ReportWriter.h"

#include <QCoreApplication>
#include <QPalette>

class QPainter;

namespace unknot {

/// The report's "where it hurt": the body map shaded as History shades it, what each shade stands for, and the places
/// named most often in words (read faster than shades). The map stays vector: QSvgRenderer draws onto the painter.
class ReportMapPanel {
    Q_DECLARE_TR_FUNCTIONS(ReportMapPanel)

public:
    /// Draws the panel into area, in page points; a one-line note when no place was marked.
    static void paint(QPainter& painter, const QRectF& area, const ReportWriter::Data& data);
    /// The height the panel needs: the map's, or one line.
    static double height(const ReportWriter::Data& data);
    /// The views shown: the back, and the front too when a counted place lies on it.
    static QList<BodyMapArt::View> views(const QHash<QString, int>& counts);
    /// Where paint() draws each view when the panel fills area, left to right.
    static QList<std::pair<BodyMapArt::View, QRectF>> mapPlaces(const QRectF& area, const ReportWriter::Data& data);
    /// The legend's words for a shade standing for first..last marks: "1–3 times", "12 times".
    static QString shadeText(int first, int last);
    /// Paper: the map's colours for white paper and the report's ink, whatever the screen's palette.
    static QPalette paper();
};

} // namespace unknot
