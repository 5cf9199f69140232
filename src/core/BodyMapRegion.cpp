#include "BodyMapRegion.h"

namespace unknot {

QString BodyMapRegion::siteKey(PainSite::Kind kind, const QString& slug)
{
    return PainSite::kindKey(kind) + QLatin1Char(':') + slug;
}

std::optional<BodyMapRegion> BodyMapRegion::fromElementId(const QString& id)
{
    BodyMapRegion region;
    region.elementId = id;
    QString rest = id;
    if (rest.startsWith(QLatin1String("area-"))) {
        region.kind = PainSite::Kind::Area;
        rest = rest.mid(5);
    }
    if (rest.endsWith(QLatin1String("_l"))) {
        region.side = Side::Left;
        rest.chop(2);
    } else if (rest.endsWith(QLatin1String("_r"))) {
        region.side = Side::Right;
        rest.chop(2);
    }
    // Slugs are lower-case words joined by hyphens, as in the content pack.
    static const auto isSlugChar = [](QChar c) { return (c >= u'a' && c <= u'z') || c.isDigit() || c == u'-'; };
    if (rest.isEmpty() || rest.startsWith(u'-') || !std::all_of(rest.cbegin(), rest.cend(), isSlugChar)) {
        return std::nullopt;
    }
    region.slug = rest;
    return region;
}

} // namespace unknot
