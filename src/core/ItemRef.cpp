#include "ItemRef.h"

namespace unknot {

QUrl ItemRef::toUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("unknot"));
    url.setPath(kindKey(kind) + QLatin1Char('/') + id);
    return url;
}

std::optional<ItemRef> ItemRef::fromUrl(const QUrl& url)
{
    if (url.scheme() != QLatin1String("unknot")) {
        return std::nullopt;
    }
    const QStringList parts = url.path().split(QLatin1Char('/'));
    if (parts.size() != 2 || parts.at(1).isEmpty()) {
        return std::nullopt;
    }
    const auto kind = kindFromKey(parts.at(0));
    if (!kind) {
        return std::nullopt;
    }
    return ItemRef{*kind, parts.at(1)};
}

QString ItemRef::kindKey(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Cause:
        return QStringLiteral("cause");
    case ItemKind::Muscle:
        return QStringLiteral("muscle");
    case ItemKind::Technique:
        return QStringLiteral("technique");
    case ItemKind::Exercise:
        return QStringLiteral("exercise");
    case ItemKind::Routine:
        return QStringLiteral("routine");
    }
    return {};
}

QString ItemRef::kindKeyPlural(ItemKind kind)
{
    return kindKey(kind) + QLatin1Char('s');
}

QString ItemRef::kindPlural(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Cause:
        return tr("Causes");
    case ItemKind::Muscle:
        return tr("Muscles");
    case ItemKind::Technique:
        return tr("Techniques");
    case ItemKind::Exercise:
        return tr("Exercises");
    case ItemKind::Routine:
        return tr("Routines");
    }
    return {};
}

QString ItemRef::kindSingular(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Cause:
        return tr("Cause");
    case ItemKind::Muscle:
        return tr("Muscle");
    case ItemKind::Technique:
        return tr("Technique");
    case ItemKind::Exercise:
        return tr("Exercise");
    case ItemKind::Routine:
        return tr("Routine");
    }
    return {};
}

std::optional<ItemKind> ItemRef::kindFromKey(const QString& key)
{
    for (ItemKind kind : allKinds) {
        if (kindKey(kind) == key) {
            return kind;
        }
    }
    return std::nullopt;
}

} // namespace unknot
