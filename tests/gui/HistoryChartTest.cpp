#include "../storage/Capture.h"
#include "../core/StringMaker.h"
#include "shell/AppContext.h"
#include "journal/HistoryView.h"
#include "report/ReportWriter.h"
#include "journal/TrendPlot.h"

#include <QApplication>
#include <QChartView>
#include <QPushButton>
#include <QScatterSeries>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace unknot;
using Moment = PainEntry::Moment;

namespace {

/// A journal of the last four weeks: a session most days (rated before and after), and ratings on their own in the
/// evenings, the last of them a minute ago.
struct Journal {
    QTemporaryDir dir;
    AppContext context{dir.filePath(QStringLiteral("journal.sqlite"))};
    QDateTime now = QDateTime::currentDateTimeUtc();

    Journal()
    {
        QSettings().clear();
        const QDate today = QDate::currentDate();
        for (int day = 27; day >= 1; --day) {
            const QDate date = today.addDays(-day);
            if (day % 3 != 0) {
                session(QDateTime(date, QTime(9, 0)).toUTC(), 6 - day % 4, 4 - day % 3);
            }
            if (day % 5 == 0) {
                rate(0, Moment::Standalone, QDateTime(date, QTime(21, 30)).toUTC(), 7);
            }
        }
        rate(0, Moment::Standalone, now.addSecs(-60), 10); // today, at the very right of the chart
    }

    void session(const QDateTime& start, int before, int after,
                 const QString& name = QStringLiteral("Desk micro-break"))
    {
        SessionRecord record;
        record.routineSlug = QStringLiteral("desk-micro-break");
        record.routineName = name;
        record.startedUtc = start;
        QString error;
        const auto id = test::capture(context.sessions().begin(record), &error);
        REQUIRE(id);
        REQUIRE(test::capture(context.sessions().finish(*id, SessionRecord::Status::Completed, start.addSecs(240)), &error));
        rate(*id, Moment::Before, start.addSecs(-30), before);
        rate(*id, Moment::After, start.addSecs(270), after);
    }

    void rate(qint64 sessionId, Moment moment, const QDateTime& when, int rating)
    {
        PainEntry entry;
        entry.sessionId = sessionId;
        entry.moment = moment;
        entry.recordedUtc = when;
        entry.rating = rating;
        QString error;
        REQUIRE(test::capture(context.pain().add(entry), &error));
    }
};

int countOf(const QList<PainPoint>& points, Moment moment)
{
    return static_cast<int>(std::count_if(points.cbegin(), points.cend(),
                                          [moment](const PainPoint& point) { return point.moment == moment; }));
}

int nonEmpty(const QList<TrendBucket>& buckets)
{
    return static_cast<int>(
        std::count_if(buckets.cbegin(), buckets.cend(), [](const TrendBucket& b) { return b.count > 0; }));
}

} // namespace

TEST_CASE("History's chart draws what the report draws, standalone ratings and the average line included",
          "[journal][chart]")
{
    Journal journal;
    QUndoStack undo;
    HistoryView history(journal.context, &undo);
    history.resize(1200, 800);
    history.show();
    const QDate to = QDate::currentDate();
    const QDate from = to.addDays(-27);
    history.setRange(from, to);
    TrendPlot* chart = history.trendPlot(); // from the unknot_charts module
    REQUIRE(chart);

    const auto report = ReportWriter::gather(journal.context.history(), journal.context.library(), from, to);
    REQUIRE(report.pain.oneByOne());
    CHECK(countOf(report.pain.dots, Moment::Standalone) == 6);
    CHECK(chart->beforeCount() == countOf(report.pain.dots, Moment::Before));
    CHECK(chart->afterCount() == countOf(report.pain.dots, Moment::After));
    CHECK(chart->standaloneCount() == countOf(report.pain.dots, Moment::Standalone));
    CHECK(chart->averageCount() == nonEmpty(report.pain.average));
    CHECK(chart->averageCount() == 18 + 1 + 1); // days with a session, 15 days ago (a rating alone), and today

    // The average line is drawn over the dots, as on the page.
    const auto series = qobject_cast<QChartView*>(chart->widget())->chart()->series();
    REQUIRE_FALSE(series.isEmpty());
    CHECK(series.last()->objectName() == QStringLiteral("average"));
}

TEST_CASE("today's last rating and ratings of 0 and 10 are drawn whole inside the plot", "[journal][chart]")
{
    const std::unique_ptr<TrendPlot> trend(TrendPlot::create());
    REQUIRE(trend);
    auto& chart = *qobject_cast<QChartView*>(trend->widget());
    chart.resize(640, 320);
    chart.show();
    REQUIRE(QTest::qWaitForWindowExposed(&chart));
    const QTimeZone utc(QByteArrayLiteral("UTC"));
    const QDate from(2024, 6, 3);
    const QDate to(2024, 6, 30);
    const QList<PainPoint> points{{QDateTime(from, QTime(0, 1), utc), 0, Moment::Before, 1},
                                  {QDateTime(to, QTime(23, 58), utc), 10, Moment::Standalone, 0},
                                  {QDateTime(to, QTime(12, 0), utc), 5, Moment::After, 1}};
    trend->setTrend(PainTrend::of(points, from, to, utc, Qt::Monday), from, to, utc);
    QApplication::processEvents();
    const QRectF plot = chart.chart()->plotArea();
    int checked = 0;
    for (QAbstractSeries* series : chart.chart()->series()) {
        auto* dots = qobject_cast<QScatterSeries*>(series);
        if (!dots) {
            continue;
        }
        const qreal radius = dots->markerSize() / 2;
        for (const QPointF& value : dots->points()) {
            const QPointF at = chart.chart()->mapToPosition(value, dots);
            INFO(series->objectName().toStdString()
                 << " dot at " << at.x() << "," << at.y() << " in plot " << plot.left() << ".." << plot.right() << " x "
                 << plot.top() << ".." << plot.bottom());
            CHECK(at.x() - radius >= plot.left());
            CHECK(at.x() + radius <= plot.right());
            CHECK(at.y() - radius >= plot.top());
            CHECK(at.y() + radius <= plot.bottom());
            ++checked;
        }
    }
    CHECK(checked == 3);
}

TEST_CASE("the chart keeps its size when the words beside and above it change", "[journal][chart]")
{
    Journal journal;
    // A session with a long name: deleting it makes the undo button's words long.
    journal.session(journal.now.addSecs(-3600), 5, 3,
                    QStringLiteral("Upper back and shoulder activation, the long evening version with extra rests"));
    QUndoStack stack;
    HistoryView history(journal.context, &stack);
    history.resize(1100, 760);
    history.show();
    REQUIRE(QTest::qWaitForWindowExposed(&history));
    history.setRange(QDate::currentDate().addDays(-27), QDate::currentDate());
    QApplication::processEvents();
    REQUIRE(history.trendPlot());
    const QWidget* chart = history.trendPlot()->widget();
    const QRect before = chart->geometry();
    const auto where = [chart] {
        const QRect g = chart->geometry();
        return QStringLiteral("chart at %1,%2 %3x%4")
            .arg(g.x())
            .arg(g.y())
            .arg(g.width())
            .arg(g.height())
            .toStdString();
    };
    INFO("before: " << where());

    auto* timeline = history.findChild<QTreeWidget*>(QStringLiteral("timeline"));
    REQUIRE(timeline->topLevelItemCount() > 0);
    QTreeWidgetItem* longOne = nullptr;
    for (int row = 0; row < timeline->topLevelItemCount(); ++row) {
        if (timeline->topLevelItem(row)->text(2).startsWith(QStringLiteral("Upper back and shoulder"))) {
            longOne = timeline->topLevelItem(row);
        }
    }
    REQUIRE(longOne);
    timeline->setCurrentItem(longOne);
    history.deleteSelected();
    QApplication::processEvents();
    auto* undo = history.findChild<QPushButton*>(QStringLiteral("undoButton"));
    CHECK(undo->toolTip().contains(QStringLiteral("long evening version")));
    CHECK((chart->geometry() == before));
    INFO("after deleting: " << where());

    history.setRange(QDate::currentDate(), QDate::currentDate()); // another summary line
    QApplication::processEvents();
    CHECK((chart->geometry() == before));
    history.undoStack()->undo();
    QApplication::processEvents();
    CHECK(undo->text() == QStringLiteral("Undo"));
    CHECK(undo->toolTip().isEmpty());
    CHECK((chart->geometry() == before));
}
