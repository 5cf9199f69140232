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

int BodyMapShading::most(const QHash<QString, int>& counts)
{
    int result = 0;
    for (int count : counts) {
        result = std::max(result, count);
    }
    return result;
}

QHash<QString, int> BodyMapShading::tones(const QHash<QString, int>& counts)
{
    const int top = most(counts);
    QHash<QString, int> result;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (const int tone = level(it.value(), top); tone > 0) {
            result.insert(it.key(), tone);
        }
    }
    return result;
}

std::pair<int, int> BodyMapShading::range(int level, int most)
{
    if (level < 1 || level > levels || most <= 0) {
        return {0, 0};
    }
    // level() is the ceiling of levels * count / most: a shade covers (level - 1) * most / levels < count <= its end.
    const int first = (level - 1) * most / levels + 1;
    const int last = level * most / levels;
    return first <= last ? std::pair{first, last} : std::pair{0, 0};
}

} // namespace unknot
