#pragma once

#include "JournalFilter.h"
#include "PainPoint.h"
#include "PainTrend.h"
#include "RoutineSummary.h"
#include "TrendBucket.h"

#include <QDate>
#include <QImage>
#include <QList>
#include <QLocale>
#include <QString>
#include <QTimeZone>
#include <optional>

namespace unknot {

class HistoryRepository;

/// The one-page A4 progress report for a physiotherapist or doctor: the period, the pain trend with the ratings
/// before and after each session, sessions per week, the routines done and the averages. As a PDF, or as an image
/// of the same page for the docs.
class ReportWriter {
public:
    /// Everything the page shows, gathered once from the journal.
    struct Data {
        QDate from; ///< first local date of the period
        QDate to;   ///< last local date of the period, included
        QTimeZone zone;
        QString scope; ///< what the filter kept, e.g. "Routine: Upper back activation"; empty for everything
        PainTrend pain;                     ///< the chart: as History draws it, per day, week or month
        QList<TrendBucket> sessionsPerWeek; ///< count = sessions started that week
        QList<RoutineSummary> routines;     ///< most often done first
        int sessions = 0;                   ///< finished sessions in the period
        std::optional<double> averageBefore;
        std::optional<double> averageAfter;
        std::optional<double> averageChange; ///< after minus before, over sessions rated both times
        int ratedBoth = 0;
        QDate preparedOn;
        QString readError; ///< why the journal could not be read; empty when it was read whole
    };

    /// Reads the period from..to (local dates in zone, both included; an invalid zone means the system's) and works
    /// out what the page shows. The trend is per day, week or month as PainTrend::bucketFor says.
    static Data gather(const HistoryRepository& history, QDate from, QDate to, const JournalFilter& filter = {},
                       const QTimeZone& zone = {}, Qt::DayOfWeek firstDayOfWeek = QLocale().firstDayOfWeek());

    /// Writes the page as a PDF to path, whole or not at all, readable by its owner alone.
    static bool write(const QString& path, const Data& data, QString* error);
    /// The same page as an image widthPx wide, on white.
    static QImage preview(const Data& data, int widthPx);

    /// The page's size in the units ReportPainter draws in: A4 in points.
    static constexpr double pageWidth = 595.0;
    static constexpr double pageHeight = 842.0;
};

} // namespace unknot
