#include "TrendChart.h"

#include <QDateTimeAxis>
#include <QLegend>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

namespace unknot {

namespace {

qreal msAt(QDate date, int hour = 12)
{
    return static_cast<qreal>(QDateTime(date, QTime(hour, 0)).toMSecsSinceEpoch());
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
    chart()->setBackgroundRoundness(8);
    chart()->setMargins(QMargins(6, 6, 6, 6));
    chart()->legend()->setAlignment(Qt::AlignBottom);
}

void TrendChart::setData(const QList<TrendBucket>& buckets, const QList<PainPoint>& points, QDate from, QDate to)
{
    QChart* c = chart();
    c->removeAllSeries();
    for (QAbstractAxis* axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    auto* average = new QLineSeries;
    average->setObjectName(QStringLiteral("average"));
    average->setName(QStringLiteral("Average pain"));
    average->setPen(QPen(QColor(0x2f, 0x7d, 0x8c), 3));
    for (const TrendBucket& bucket : buckets) {
        if (bucket.count > 0) { // an empty day or week is a gap, not a zero
            const qint64 middle = bucket.first.daysTo(bucket.last) / 2;
            average->append(msAt(bucket.first.addDays(middle)), bucket.average);
        }
    }
    auto* before = new QScatterSeries;
    before->setObjectName(QStringLiteral("before"));
    before->setName(QStringLiteral("Before a session"));
    before->setColor(QColor(0x9a, 0xa8, 0xab));
    before->setBorderColor(Qt::transparent);
    before->setMarkerSize(8);
    auto* after = new QScatterSeries;
    after->setObjectName(QStringLiteral("after"));
    after->setName(QStringLiteral("After a session"));
    after->setColor(QColor(0x1f, 0x6f, 0x80));
    after->setBorderColor(Qt::transparent);
    after->setMarkerSize(8);
    for (const PainPoint& point : points) {
        const qreal x = static_cast<qreal>(point.recordedUtc.toMSecsSinceEpoch());
        if (point.moment == PainEntry::Moment::Before) {
            before->append(x, point.rating);
        } else if (point.moment == PainEntry::Moment::After) {
            after->append(x, point.rating);
        }
    }
    // Thousands of dots say nothing over years: the line carries long periods on its own.
    if (before->count() + after->count() > 1500) {
        before->clear();
        after->clear();
    }
    c->addSeries(average);
    c->addSeries(before);
    c->addSeries(after);

    auto* x = new QDateTimeAxis;
    x->setFormat(from.daysTo(to) > 400 ? QStringLiteral("MMM yyyy") : QStringLiteral("d MMM"));
    x->setRange(QDateTime(from, QTime(0, 0)), QDateTime(to, QTime(23, 59)));
    x->setTickCount(7);
    auto* y = new QValueAxis;
    y->setRange(0, 10);
    y->setTickCount(6);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(QStringLiteral("Pain (0–10)"));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* series : c->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
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

} // namespace unknot
