#pragma once

#include "PainTrend.h"
#include "journal/TrendPlot.h"

#include <QChartView>
#include <QDate>
#include <QTimeZone>

namespace unknot {

/// Pain over time, drawn as the report draws it: each rating as a dot (before a session, after one, at other times)
/// and the average of all ratings per day, week or month as a line on top. Built into the unknot_charts module,
/// never into the app: HistoryView reaches it as a TrendPlot.
class TrendChart : public QChartView, public TrendPlot {
    Q_OBJECT

public:
    explicit TrendChart(QWidget* parent = nullptr);

    QWidget* widget() override { return this; }
    void setTrend(const PainTrend& trend, QDate from, QDate to, const QTimeZone& zone = {}) override;
    int averageCount() const override;
    int beforeCount() const override;
    int afterCount() const override;
    int standaloneCount() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    /// The card, axes, legend and series in the palette's colours, light or dark.
    void applyColours();
};

/// The module's plugin object, found by QPluginLoader.
class TrendChartPlugin : public QObject, public TrendPlotFactory {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID UnknotTrendPlotFactory_iid)
    Q_INTERFACES(unknot::TrendPlotFactory)

public:
    TrendPlot* create(QWidget* parent) override { return new TrendChart(parent); }
};

} // namespace unknot
