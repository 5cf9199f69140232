#include "BodyMapShading.h"

#include <cmath>

namespace unknot {

BodyMapShading::BodyMapShading(const QList<BodyMapRegion>& regions, QHash<QString, QString> muscleAreas)
    : m_muscleAreas(std::move(muscleAreas))
{
    for (const auto& region : regions) {
        if (!m_onMap.contains(region.siteKey())) {
            m_onMap.append(region.siteKey());
        }
    }
}

QHash<QString, int> BodyMapShading::counts(const QList<SiteCount>& sites) const
{
    QHash<QString, int> result;
    const auto add = [&result, this](const QString& key, int marks) {
        if (m_onMap.contains(key) && marks > 0) {
            result[key] += marks;
        }
    };
    for (const auto& site : sites) {
        const QString key = BodyMapRegion::siteKey(site.kind, site.slug);
        if (site.kind == PainSite::Kind::Muscle || m_onMap.contains(key)) {
            add(key, site.entries);
            continue;
        }
        // An area without a region of its own shows on its muscles.
        for (auto it = m_muscleAreas.cbegin(); it != m_muscleAreas.cend(); ++it) {
            if (it.value() == site.slug) {
                add(BodyMapRegion::siteKey(PainSite::Kind::Muscle, it.key()), site.entries);
            }
        }
    }
    return result;
}

int BodyMapShading::level(int count, int most)
{
    if (count <= 0 || most <= 0) {
        return 0;
    }
    return std::clamp(static_cast<int>(std::ceil(levels * static_cast<double>(count) / most)), 1, levels);
}

} // namespace unknot
