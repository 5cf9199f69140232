#include "journal/TrendChart.h"

#include "common/Tone.h"
#include "common/TrendColours.h"

#include <QCategoryAxis>
#include <QFontMetrics>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>

namespace unknot {

namespace {

qreal msAt(QDate date, const QTimeZone& zone)
{
    return static_cast<qreal>(QDateTime(date, QTime(0, 0), zone).toMSecsSinceEpoch());
}

/// The middle of a bucket's time, where the report puts its average.
qreal middleOf(const TrendBucket& bucket, const QTimeZone& zone)
{
    return (msAt(bucket.first, zone) + msAt(bucket.last.addDays(1), zone)) / 2;
}

QScatterSeries* dots(const QString& id, const QString& name, qreal size)
{
    auto* series = new QScatterSeries;
    series->setObjectName(id);
    series->setName(name);
    series->setBorderColor(Qt::transparent);
    series->setMarkerSize(size);
    return series;
}

int countOf(const QChart* chart, const QString& name)
{
    for (QAbstractSeries* series : chart->series()) {
        if (series->objectName() == name) {
            return static_cast<int>(static_cast<QXYSeries*>(series)->count());
        }
    }
    return 0;
}

} // namespace

TrendChart::TrendChart(QWidget* parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("trendChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(280);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    chart()->setBackgroundRoundness(8);
    chart()->setMargins(QMargins(6, 6, 6, 6));
    chart()->legend()->setAlignment(Qt::AlignBottom);
    applyColours();
}

void TrendChart::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyColours();
    }
}

void TrendChart::applyColours()
{
    // Qt Charts paints its own white card. Light keeps its look (the light chart theme's greys); dark takes the
    // palette's ground and text, so it reads.
    const QPalette p = tone::current();
    const bool dark = tone::isDark(p);
    const trendcolours::Set colours = trendcolours::forGround(dark);
    const QColor text = dark ? p.color(QPalette::Text) : QColor(0x40, 0x40, 0x44);
    QChart* c = chart();
    c->setBackgroundBrush(dark ? p.color(QPalette::Base) : QColor(Qt::white));
    c->setBackgroundPen(dark ? QPen(QColor(0x3a, 0x42, 0x45)) : QPen(Qt::NoPen));
    c->legend()->setLabelColor(text);
    for (QAbstractAxis* axis : c->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(dark ? QColor(0x6a, 0x74, 0x77) : QColor(0xd6, 0xd6, 0xd6));
        axis->setGridLineColor(dark ? QColor(0x3a, 0x42, 0x45) : QColor(0xe2, 0xe2, 0xe2));
    }
    for (QAbstractSeries* series : c->series()) {
        const QString id = series->objectName();
        if (id == QLatin1String("average")) {
            static_cast<QLineSeries*>(series)->setPen(
                QPen(colours.line, 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        } else {
            static_cast<QScatterSeries*>(series)->setColor(id == QLatin1String("before") ? colours.before
                                                           : id == QLatin1String("after") ? colours.after
                                                                                          : colours.other);
            static_cast<QScatterSeries*>(series)->setBorderColor(Qt::transparent);
        }
    }
}

void TrendChart::setTrend(const PainTrend& trend, QDate from, QDate to, const QTimeZone& zone)
{
    const QTimeZone tz = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    QChart* c = chart();
    c->removeAllSeries();
    for (QAbstractAxis* axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    const QString per = trend.bucket == PainStats::Bucket::Day    ? tr("day")
                        : trend.bucket == PainStats::Bucket::Week ? tr("week")
                                                                  : tr("month");
    const bool each = trend.oneByOne();
    // Smaller dots over longer periods, where they stand closer together.
    const qreal size = trend.bucket == PainStats::Bucket::Day ? 9 : trend.bucket == PainStats::Bucket::Week ? 6 : 5;
    auto* before = dots(QStringLiteral("before"), each ? tr("Before a session") : tr("Average before, per %1").arg(per),
                        size);
    auto* after = dots(QStringLiteral("after"), each ? tr("After a session") : tr("Average after, per %1").arg(per),
                       size);
    auto* other = dots(QStringLiteral("standalone"),
                       each ? tr("At other times") : tr("Average at other times, per %1").arg(per), size);
    const auto seriesOf = [&](PainEntry::Moment moment) {
        return moment == PainEntry::Moment::Before ? before : moment == PainEntry::Moment::After ? after : other;
    };
    if (each) {
        for (const PainPoint& point : trend.dots) {
            seriesOf(point.moment)->append(static_cast<qreal>(point.recordedUtc.toMSecsSinceEpoch()), point.rating);
        }
    } else {
        for (const auto& [buckets, moment] :
             {std::pair{&trend.before, PainEntry::Moment::Before}, std::pair{&trend.after, PainEntry::Moment::After},
              std::pair{&trend.standalone, PainEntry::Moment::Standalone}}) {
            for (const TrendBucket& bucket : *buckets) {
                if (bucket.count > 0) {
                    seriesOf(moment)->append(middleOf(bucket, tz), bucket.average);
                }
            }
        }
    }
    auto* average = new QLineSeries;
    average->setObjectName(QStringLiteral("average"));
    average->setName(tr("Average per %1").arg(per)); // of all ratings; short enough for a narrow chart
    for (const TrendBucket& bucket : trend.average) {
        if (bucket.count > 0) { // an empty day or week is bridged, not a zero
            average->append(middleOf(bucket, tz), bucket.average);
        }
    }
    average->setPointsVisible(average->count() == 1); // one point alone makes no line
    // Added last, the line is drawn over the dots, as in the report.
    for (QAbstractSeries* series : {static_cast<QAbstractSeries*>(before), static_cast<QAbstractSeries*>(after),
                                    static_cast<QAbstractSeries*>(other), static_cast<QAbstractSeries*>(average)}) {
        c->addSeries(series);
    }

    // The plot clips what crosses its edge: pad both axes so that a dot on the first or last hour, or at 0 or 10,
    // is drawn whole.
    const qreal start = msAt(from, tz);
    const qreal end = msAt(to.addDays(1), tz);
    const qreal pad = (end - start) * 0.03;
    auto* x = new QCategoryAxis;
    x->setObjectName(QStringLiteral("timeAxis"));
    x->setRange(start - pad, end + pad);
    x->setStartValue(start - pad);
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    // The report's date labels: a handful spread over the period, on the middle of their day for short periods.
    const qint64 days = from.daysTo(to) + 1;
    const int ticks = static_cast<int>(std::min<qint64>(days, 6));
    const bool byDay = days <= 62;
    QString last;
    for (int i = 0; i < ticks; ++i) {
        const QDate date = from.addDays(ticks == 1 ? 0 : (days - 1) * i / (ticks - 1));
        const qreal at = byDay ? (msAt(date, tz) + msAt(date.addDays(1), tz)) / 2 : msAt(date, tz);
        //: Dates along the chart's time axis (QDate formats): a day, then a month.
        last = QLocale().toString(date, byDay ? tr("d MMM") : tr("MMM yyyy"));
        x->append(last, at);
    }
    // The last label is centred near the plot's right edge: leave room for its second half.
    c->setMargins(QMargins(6, 6, std::max(6, QFontMetrics(x->labelsFont()).horizontalAdvance(last) / 2), 6));
    auto* y = new QValueAxis;
    y->setObjectName(QStringLiteral("painAxis"));
    y->setRange(-0.6, 10.6);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(2);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(tr("Pain (0–10)"));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* series : c->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    applyColours();
}

int TrendChart::averageCount() const
{
    return countOf(chart(), QStringLiteral("average"));
}

int TrendChart::beforeCount() const
{
    return countOf(chart(), QStringLiteral("before"));
}

int TrendChart::afterCount() const
{
    return countOf(chart(), QStringLiteral("after"));
}

int TrendChart::standaloneCount() const
{
    return countOf(chart(), QStringLiteral("standalone"));
}

} // namespace unknot
