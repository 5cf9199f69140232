#pragma once

#include "PainPoint.h"
#include "TrendBucket.h"

#include <QChartView>

namespace unknot {

/// Pain over time: the average per day, week or month as a line, and each session's before and after as dots.
class TrendChart : public QChartView {
    Q_OBJECT

public:
    explicit TrendChart(QWidget* parent = nullptr);

    void setData(const QList<TrendBucket>& buckets, const QList<PainPoint>& points, QDate from, QDate to);
    /// Number of points drawn per series, for tests: average, before, after.
    int averageCount() const;
    int beforeCount() const;
    int afterCount() const;
};

} // namespace unknot
