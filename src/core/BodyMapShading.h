#pragma once

#include "BodyMapRegion.h"
#include "SiteCount.h"

#include <QHash>
#include <QList>

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
    static constexpr int levels = 4;

private:
    QStringList m_onMap; ///< the site keys the map has regions for
    QHash<QString, QString> m_muscleAreas;
};

} // namespace unknot
