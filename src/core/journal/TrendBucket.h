#pragma once

#include <QDate>

namespace unknot {

/// Pain ratings of one day, week or month of local dates. A bucket with count 0 is a gap in the chart.
struct TrendBucket {
    QDate first; ///< first local date of the day, week or month
    QDate last;  ///< last local date it covers
    int count = 0;
    double average = 0; ///< 0 when count is 0
    int min = 0;        ///< 0 when count is 0
    int max = 0;        ///< 0 when count is 0

    bool operator==(const TrendBucket&) const = default;
};

} // namespace unknot
