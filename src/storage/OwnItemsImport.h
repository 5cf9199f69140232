#pragma once

#include "Connection.h"
#include "ItemRef.h"
#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace unknot {

/// What an import would do with one item, shown before anything is written.
struct ImportEntry {
    enum class Status { New, Updated, Unchanged, Skipped };

    ItemKind kind = ItemKind::Exercise;
    QString id;
    QString name;
    Status status = Status::New;
    QString reason; ///< why it is skipped; empty otherwise
    int line = 0;   ///< where the item starts in the file; 0 when unknown
    QJsonObject body;
};

/// Every item of a file with what would happen to it.
struct ImportPreview {
    QList<ImportEntry> entries;

    int count(ImportEntry::Status status) const;
};

/// Brings items in the content pack's form (from an import or a shared routine) into the person's own items: a
/// preview first (new, updated, unchanged, skipped and why), then one transaction for what is new or changed.
class OwnItemsImport {
    Q_DECLARE_TR_FUNCTIONS(OwnItemsImport)

public:
    explicit OwnItemsImport(Connection connection);

    /// The preview for these items. Lines give where each starts in its file (may be shorter than the items).
    ImportPreview preview(const QList<QJsonObject>& exercises, const QList<QJsonObject>& routines,
                          const QList<int>& exerciseLines = {}, const QList<int>& routineLines = {}) const;
    /// Writes the new and updated entries of preview in one transaction: all of them, or on any failure none.
    /// Returns how many were written.
    Result<int> write(const ImportPreview& preview);

private:
    Connection m_connection;
};

} // namespace unknot
