#pragma once

#include "BodyMapRegion.h"
#include "SiteCount.h"

#include <QHash>
#include <QList>
#include <utility>

namespace unknot {

/// Turns how often each place was marked into how often each place on the body map was: a muscle counts on its own
/// regions; an area on its own region where the map has one, else on the regions of the muscles in that area (from
/// the library). Places the map cannot show are left out.
class BodyMapShading {
public:
    /// regions: every region of the map; muscleAreas: each muscle's slug with its area key.
    BodyMapShading(const QList<BodyMapRegion>& regions, QHash<QString, QString> muscleAreas);

    /// Marks per region place (BodyMapRegion::siteKey()); places never marked are absent.
    QHash<QString, int> counts(const QList<SiteCount>& sites) const;
    /// The shade, 1 (lightest) to levels, of count marks when the most marked place has most; 0 for none.
    static int level(int count, int most);
    /// The marks of the most marked place in counts; 0 for none.
    static int most(const QHash<QString, int>& counts);
    /// The shade of each place in counts, relative to the most marked one: what History and the report show.
    static QHash<QString, int> tones(const QHash<QString, int>& counts);
    /// The marks a shade stands for when the most marked place has most, first and last; {0, 0} when no count
    /// gets that shade (with fewer marks than levels some shades stay unused).
    static std::pair<int, int> range(int level, int most);
    static constexpr int levels = 4;

private:
    QStringList m_onMap; ///< the site keys the map has regions for
    QHash<QString, QString> m_muscleAreas;
};

} // namespace unknot
