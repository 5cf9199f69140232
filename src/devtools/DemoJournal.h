#pragma once

#include <QDate>

namespace unknot {

class AppContext;

/// Fills a journal with plausible weeks of sessions and ratings, for screenshots and for trying History.
/// Deterministic: the same call always writes the same journal.
class DemoJournal {
public:
    /// Writes `days` days ending today; returns the number of sessions written.
    static int fill(AppContext& context, int days);
};

} // namespace unknot
