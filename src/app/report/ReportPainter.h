#pragma once

#include "report/ReportWriter.h"

#include <QCoreApplication>

class QPainter;

namespace unknot {

/// Draws ReportWriter's page: the title and period, the summary cards, the pain trend and its legend, where it hurt
/// (ReportMapPanel), the sessions per week, the routines done and the footer.
class ReportPainter {
    Q_DECLARE_TR_FUNCTIONS(ReportPainter)

public:
    /// Draws the page onto painter, whose transform maps ReportWriter::pageWidth x pageHeight onto the page.
    static void paint(QPainter& painter, const ReportWriter::Data& data);
};

} // namespace unknot
