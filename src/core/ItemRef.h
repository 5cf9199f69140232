#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace unknot {

/// The five kinds of things in the library.
enum class ItemKind { Cause, Muscle, Technique, Exercise, Routine };

/// A stable pointer to one library item: its kind and slug.
struct ItemRef {
    ItemKind kind = ItemKind::Cause;
    QString id;

    bool operator==(const ItemRef&) const = default;

    /// Link form used in detail pages, e.g. "unknot:muscle/rhomboids".
    QUrl toUrl() const;
    static std::optional<ItemRef> fromUrl(const QUrl& url);

    static QString kindKey(ItemKind kind);       ///< "muscle"
    static QString kindKeyPlural(ItemKind kind); ///< "muscles": content file names and view names, never display words
    static QString kindPlural(ItemKind kind);    ///< "Muscles"
    static QString kindSingular(ItemKind kind);  ///< "Muscle"
    static std::optional<ItemKind> kindFromKey(const QString& key);
    static constexpr ItemKind allKinds[] = {ItemKind::Cause, ItemKind::Muscle, ItemKind::Technique, ItemKind::Exercise,
                                            ItemKind::Routine};
};

} // namespace unknot
