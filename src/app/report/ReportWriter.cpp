#include "report/ReportWriter.h"

#include "BodyMapShading.h"
#include "HistoryRepository.h"
#include "figures/BodyMapArt.h"
#include "figures/BodyMapWidget.h"
#include "report/ReportPainter.h"

#include <QFile>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <algorithm>

namespace unknot {

namespace {

std::optional<double> mean(qint64 sum, int count)
{
    return count > 0 ? std::optional(static_cast<double>(sum) / count) : std::nullopt;
}

} // namespace

ReportWriter::Data ReportWriter::gather(const HistoryRepository& history, const LibraryRepository& library, QDate from,
                                        QDate to, const JournalFilter& filter, const QTimeZone& zone,
                                        Qt::DayOfWeek firstDayOfWeek)
{
    Data d;
    d.from = from;
    d.to = std::max(from, to);
    d.zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    d.preparedOn = QDate::currentDate();
    const QDateTime fromUtc = QDateTime(d.from, QTime(0, 0), d.zone).toUTC();
    const QDateTime toUtc = QDateTime(d.to.addDays(1), QTime(0, 0), d.zone).toUTC();
    const auto points = history.painPoints(fromUtc, toUtc, filter);
    const auto read = history.sessionPain(fromUtc, toUtc, filter);
    const auto sites = history.siteCounts(fromUtc, toUtc, filter); // History's query, so the same places
    for (const QString& error : {points.error(), read.error(), sites.error()}) {
        if (!error.isEmpty()) {
            d.readError = error;
            return d;
        }
    }
    d.pain = PainTrend::of(*points, d.from, d.to, d.zone, firstDayOfWeek);

    const QList<SessionPain>& sessions = *read;
    QList<PainPoint> starts; // one per session, for counting per week
    qint64 beforeSum = 0, afterSum = 0, changeSum = 0;
    int beforeCount = 0, afterCount = 0;
    for (const SessionPain& s : sessions) {
        starts.append({s.startedUtc, 0, PainEntry::Moment::Standalone, s.sessionId});
        beforeSum += s.before.value_or(0);
        beforeCount += s.before ? 1 : 0;
        afterSum += s.after.value_or(0);
        afterCount += s.after ? 1 : 0;
        if (s.before && s.after) {
            changeSum += *s.after - *s.before;
            ++d.ratedBoth;
        }
    }
    d.sessions = static_cast<int>(sessions.size());
    d.averageBefore = mean(beforeSum, beforeCount);
    d.averageAfter = mean(afterSum, afterCount);
    d.averageChange = mean(changeSum, d.ratedBoth);
    d.sessionsPerWeek = PainStats::trend(starts, PainStats::Bucket::Week, d.from, d.to, d.zone, firstDayOfWeek);
    d.routines = PainStats::perRoutine(sessions);

    const BodyMapShading shading(BodyMapArt::shared().allRegions(), BodyMapWidget::muscleAreas(library));
    d.mapCounts = shading.counts(*sites);
    const QHash<QString, QString> names = BodyMapWidget::placeNames(library);
    for (qsizetype i = 0; i < sites->size() && i < placesNamed; ++i) { // most named first
        const SiteCount& site = sites->at(i);
        d.mostMarked.append({names.value(BodyMapRegion::siteKey(site.kind, site.slug), site.slug), site.entries});
    }

    QStringList scope;
    if (!filter.routineSlug.isEmpty()) {
        scope.append(ReportPainter::tr("routine %1")
                         .arg(sessions.isEmpty() ? filter.routineSlug : sessions.first().routineName));
    }
    if (!filter.siteSlugs.isEmpty()) {
        scope.append(ReportPainter::tr("places %1").arg(filter.siteSlugs.join(QStringLiteral(", "))));
    }
    //: Above the report when History was filtered: "Only routine Desk micro-break; places neck".
    d.scope = scope.isEmpty() ? QString() : ReportPainter::tr("Only %1").arg(scope.join(QStringLiteral("; ")));
    return d;
}

QImage ReportWriter::preview(const Data& data, int widthPx)
{
    const int width = std::max(1, widthPx);
    QImage image(width, qRound(width * pageHeight / pageWidth), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    painter.scale(width / pageWidth, width / pageWidth);
    ReportPainter::paint(painter, data);
    return image;
}

bool ReportWriter::write(const QString& path, const Data& data, QString* error)
{
    const auto fail = [error, &path](const QString& why) {
        if (error) {
            *error = ReportPainter::tr("The report could not be written to %1: %2").arg(path, why);
        }
        return false;
    };
    if (!data.readError.isEmpty()) {
        return fail(data.readError); // a report from part of the journal would mislead
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(file.errorString());
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner); // health data
    {
        QPdfWriter pdf(&file);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(300);
        pdf.setTitle(ReportPainter::tr("Upper back pain: progress report"));
        pdf.setCreator(QStringLiteral("Unknot"));
        QPainter painter;
        if (!painter.begin(&pdf)) {
            file.cancelWriting();
            return fail(ReportPainter::tr("the PDF could not be started."));
        }
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        painter.scale(pdf.width() / pageWidth, pdf.height() / pageHeight);
        ReportPainter::paint(painter, data);
        painter.end();
    }
    if (!file.commit()) {
        return fail(file.errorString());
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

} // namespace unknot
