#pragma once

#include "JournalFilter.h"
#include "PainPoint.h"
#include "PainTrend.h"
#include "RoutineSummary.h"
#include "TrendBucket.h"

#include <QDate>
#include <QHash>
#include <QImage>
#include <QList>
#include <QLocale>
#include <QString>
#include <QTimeZone>
#include <optional>

namespace unknot {

class HistoryRepository;
class LibraryRepository;

/// The one-page A4 progress report for a physiotherapist or doctor: the period, the pain trend with the ratings
/// before and after each session, where it hurt, sessions per week, the routines done and the averages. As a PDF,
/// or as an image of the same page for the docs.
class ReportWriter {
public:
    /// A place the period's ratings named, in words, with how many of them named it.
    struct MarkedPlace {
        QString name;
        int times = 0;

        bool operator==(const MarkedPlace&) const = default;
    };

    /// Everything the page shows, gathered once from the journal.
    struct Data {
        QDate from; ///< first local date of the period
        QDate to;   ///< last local date of the period, included
        QTimeZone zone;
        QString scope;  ///< what the filter kept, e.g. "Routine: Upper back activation"; empty for everything
        PainTrend pain; ///< the chart: as History draws it, per day, week or month
        QList<TrendBucket> sessionsPerWeek; ///< count = sessions started that week
        QList<RoutineSummary> routines;     ///< most often done first
        /// Ratings per place on the body map (BodyMapRegion::siteKey()), counted as History counts them: an area
        /// without a region of its own on its muscles.
        QHash<QString, int> mapCounts;
        QList<MarkedPlace> mostMarked; ///< the places named most often, as the ratings named them; at most three
        int sessions = 0;              ///< finished sessions in the period
        std::optional<double> averageBefore;
        std::optional<double> averageAfter;
        std::optional<double> averageChange; ///< after minus before, over sessions rated both times
        int ratedBoth = 0;
        QDate preparedOn;
        QString readError; ///< why the journal could not be read; empty when it was read whole
    };

    /// Reads the period from..to (local dates in zone, both included; an invalid zone means the system's) and works
    /// out what the page shows. The trend is per day, week or month as PainTrend::bucketFor says. The library names
    /// the places and tells which muscles lie in an area.
    static Data gather(const HistoryRepository& history, const LibraryRepository& library, QDate from, QDate to,
                       const JournalFilter& filter = {}, const QTimeZone& zone = {},
                       Qt::DayOfWeek firstDayOfWeek = QLocale().firstDayOfWeek());
    /// How many places the report names in words beside the map.
    static constexpr int placesNamed = 3;

    /// Writes the page as a PDF to path, whole or not at all, readable by its owner alone.
    static bool write(const QString& path, const Data& data, QString* error);
    /// The same page as an image widthPx wide, on white.
    static QImage preview(const Data& data, int widthPx);

    /// The page's size in the units ReportPainter draws in: A4 in points.
    static constexpr double pageWidth = 595.0;
    static constexpr double pageHeight = 842.0;
};

} // namespace unknot
