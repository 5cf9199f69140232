#include "PainSite.h"

namespace unknot {

QString PainSite::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Muscle:
        return QStringLiteral("muscle");
    case Kind::Area:
        return QStringLiteral("area");
    }
    return {};
}

std::optional<PainSite::Kind> PainSite::kindFromKey(const QString& key)
{
    for (Kind kind : {Kind::Muscle, Kind::Area}) {
        if (kindKey(kind) == key) {
            return kind;
        }
    }
    return std::nullopt;
}

} // namespace unknot
