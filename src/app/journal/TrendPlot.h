#pragma once

#include <QDate>
#include <QTimeZone>
#include <QtPlugin>

class QWidget;

namespace unknot {

struct PainTrend;

/// History's chart of pain over time, as HistoryView sees it. The real one (TrendChart, on Qt Charts) is in the
/// unknot_charts module, which is loaded when History is first opened.
class TrendPlot {
public:
    virtual ~TrendPlot() = default;

    /// The chart itself, to lay out; its parent owns it (and this).
    virtual QWidget* widget() = 0;
    /// Shows trend for the local dates from..to (both included) in zone; an invalid zone means the system's.
    virtual void setTrend(const PainTrend& trend, QDate from, QDate to, const QTimeZone& zone = {}) = 0;
    /// Number of points drawn per series, for tests: the average line and the dots of each moment.
    virtual int averageCount() const = 0;
    virtual int beforeCount() const = 0;
    virtual int afterCount() const = 0;
    virtual int standaloneCount() const = 0;

    /// A new chart from the unknot_charts module (loaded on first use); nullptr, logged, when it cannot be loaded.
    static TrendPlot* create(QWidget* parent = nullptr);
};

/// The unknot_charts module's plugin object: it makes the charts.
class TrendPlotFactory {
public:
    virtual ~TrendPlotFactory() = default;
    virtual TrendPlot* create(QWidget* parent) = 0;
};

} // namespace unknot

#define UnknotTrendPlotFactory_iid "org.unknot.TrendPlotFactory/1"
Q_DECLARE_INTERFACE(unknot::TrendPlotFactory, UnknotTrendPlotFactory_iid)
