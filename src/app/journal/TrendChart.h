#pragma once

#include "PainTrend.h"

#include <QChartView>
#include <QDate>
#include <QTimeZone>

namespace unknot {

/// Pain over time, drawn as the report draws it: each rating as a dot (before a session, after one, at other times)
/// and the average of all ratings per day, week or month as a line on top.
class TrendChart : public QChartView {
    Q_OBJECT

public:
    explicit TrendChart(QWidget* parent = nullptr);

    /// Shows trend for the local dates from..to (both included) in zone; an invalid zone means the system's.
    void setTrend(const PainTrend& trend, QDate from, QDate to, const QTimeZone& zone = {});
    /// Number of points drawn per series, for tests: the average line and the dots of each moment.
    int averageCount() const;
    int beforeCount() const;
    int afterCount() const;
    int standaloneCount() const;
};

} // namespace unknot
