#pragma once

#include "Connection.h"
#include "ItemRef.h"
#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>
#include <optional>

namespace unknot {

/// The person's own exercises and routines, kept in the journal beside the built-in library. LibraryRepository
/// lists, finds and searches them with the built-in items; this saves, deletes and restores them.
class OwnItemsRepository {
    Q_DECLARE_TR_FUNCTIONS(OwnItemsRepository)

public:
    explicit OwnItemsRepository(Connection connection);

    /// Checks body (an exercise or routine in the content pack's form, with "id") with the content rules and
    /// stores it as the person's own, replacing an own item with the same id. Refused, with the reason, when a
    /// rule is broken, the id is a built-in item's, or a routine names an exercise the library does not have.
    /// A routine keeps a copy of each built-in exercise it uses, so it still plays if a later library drops it.
    Result<> save(ItemKind kind, const QJsonObject& body);
    /// Deletes an own item; it is kept until the next start so restore() can undo it.
    Result<> remove(ItemKind kind, const QString& id);
    Result<> restore(ItemKind kind, const QString& id);
    /// Forgets items deleted before this start (done once at start-up).
    Result<> purgeDeleted();

    /// A free id for a new item called name: the name as a slug, then "-2", "-3"… past built-in and own ids.
    QString freeId(ItemKind kind, const QString& name) const;
    /// The stored body of a live own item.
    std::optional<QJsonObject> body(ItemKind kind, const QString& id) const;
    bool contains(ItemKind kind, const QString& id) const;

    /// Adds every live own item to the search index (after a new built-in library replaced it). Storage only.
    static bool index(const Connection& connection, QString* error);

    /// The id an item of this name would have: lower case, a-z and 0-9, single dashes.
    static QString slug(const QString& name);

    /// Why body cannot be saved as an own item of kind, in plain words; empty when it can. A routine may also use
    /// the exercises in pending (about to be saved with it).
    QString problem(ItemKind kind, const QJsonObject& body, const QSet<QString>& pending = {}) const;
    /// True when the built-in library has this item.
    bool builtIn(ItemKind kind, const QString& id) const;

private:
    friend class OwnItemsImport;
    /// save() without its own transaction, for a caller that writes several items in one.
    Result<> store(ItemKind kind, const QJsonObject& body);
    static QString notSaved(ItemKind kind);

    Connection m_connection;
};

} // namespace unknot
