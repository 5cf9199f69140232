#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace unknot {

/// The five kinds of things in the library.
enum class ItemKind { Cause, Muscle, Technique, Exercise, Routine };

/// A stable pointer to one library item: its kind and slug.
struct ItemRef {
    Q_DECLARE_TR_FUNCTIONS(ItemRef)

public:
    ItemKind kind = ItemKind::Cause;
    QString id;

    bool operator==(const ItemRef&) const = default;

    /// Link form used in detail pages, e.g. "unknot:muscle/rhomboids".
    QUrl toUrl() const;
    static std::optional<ItemRef> fromUrl(const QUrl& url);

    static QString kindKey(ItemKind kind);       ///< "muscle"
    static QString kindKeyPlural(ItemKind kind); ///< "muscles": content file names and view names, never translated
    static QString kindPlural(ItemKind kind);    ///< "Muscles", in the person's language
    static QString kindSingular(ItemKind kind);  ///< "Muscle", in the person's language
    static std::optional<ItemKind> kindFromKey(const QString& key);
    static constexpr ItemKind allKinds[] = {ItemKind::Cause, ItemKind::Muscle, ItemKind::Technique, ItemKind::Exercise,
                                            ItemKind::Routine};
};

} // namespace unknot
