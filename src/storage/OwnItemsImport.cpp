#include "OwnItemsImport.h"

#include "OwnItemsRepository.h"
#include "SqlSupport.h"
#include "Transaction.h"

#include <QSet>

namespace unknot {

namespace {

/// The item as the person wrote it: without what saving adds, so an unchanged re-import is seen as unchanged.
QJsonObject comparable(QJsonObject body)
{
    body.remove(QStringLiteral("own"));
    body.remove(QStringLiteral("exerciseCopies"));
    return body;
}

} // namespace

int ImportPreview::count(ImportEntry::Status status) const
{
    return static_cast<int>(
        std::count_if(entries.begin(), entries.end(), [status](const ImportEntry& e) { return e.status == status; }));
}

OwnItemsImport::OwnItemsImport(Connection connection)
    : m_connection(std::move(connection))
{
}

ImportPreview OwnItemsImport::preview(const QList<QJsonObject>& exercises, const QList<QJsonObject>& routines,
                                      const QList<int>& exerciseLines, const QList<int>& routineLines) const
{
    const OwnItemsRepository own(m_connection);
    ImportPreview preview;
    QSet<QString> seen[2];
    QSet<QString> pending; // exercises of this file that will be there for its routines
    const auto add = [&](ItemKind kind, const QJsonObject& item, int line) {
        ImportEntry entry{kind,
                          item.value(QStringLiteral("id")).toString(),
                          item.value(QStringLiteral("name")).toString(),
                          ImportEntry::Status::New,
                          QString(),
                          line,
                          item};
        entry.body.insert(QStringLiteral("own"), true);
        QSet<QString>& ids = seen[kind == ItemKind::Routine ? 1 : 0];
        if (own.builtIn(kind, entry.id)) {
            entry.status = ImportEntry::Status::Skipped;
            entry.reason = tr("a built-in item has the id \"%1\"").arg(entry.id);
        } else if (ids.contains(entry.id)) {
            entry.status = ImportEntry::Status::Skipped;
            entry.reason = tr("the file has the id \"%1\" twice").arg(entry.id);
        } else if (const QString why = own.problem(kind, entry.body, pending); !why.isEmpty()) {
            entry.status = ImportEntry::Status::Skipped;
            entry.reason = why;
        } else if (const auto stored = own.body(kind, entry.id)) {
            entry.status = comparable(*stored) == comparable(entry.body) ? ImportEntry::Status::Unchanged
                                                                         : ImportEntry::Status::Updated;
        }
        ids.insert(entry.id);
        if (kind == ItemKind::Exercise && entry.status != ImportEntry::Status::Skipped) {
            pending.insert(entry.id);
        }
        preview.entries.append(entry);
    };
    for (int i = 0; i < exercises.size(); ++i) {
        add(ItemKind::Exercise, exercises.at(i), exerciseLines.value(i));
    }
    for (int i = 0; i < routines.size(); ++i) {
        add(ItemKind::Routine, routines.at(i), routineLines.value(i));
    }
    return preview;
}

Result<int> OwnItemsImport::write(const ImportPreview& preview)
{
    OwnItemsRepository own(m_connection);
    Transaction transaction(m_connection, Transaction::Mode::Immediate);
    if (!transaction.isActive()) {
        return sql::refused("import", transaction.errorText(), Failure::Busy);
    }
    int written = 0;
    // Exercises first: the file's routines may use them.
    for (const ItemKind kind : {ItemKind::Exercise, ItemKind::Routine}) {
        for (const ImportEntry& entry : preview.entries) {
            if (entry.kind != kind ||
                (entry.status != ImportEntry::Status::New && entry.status != ImportEntry::Status::Updated)) {
                continue;
            }
            if (auto stored = own.store(kind, entry.body); !stored.ok()) {
                const QString where = entry.line > 0 ? tr("\"%1\" (line %2)").arg(entry.name).arg(entry.line)
                                                     : tr("\"%1\"").arg(entry.name);
                return Failed{stored.failure(),
                              tr("Nothing was imported: %1 could not be saved. %2").arg(where, stored.error())};
            }
            ++written;
        }
    }
    if (!transaction.commit()) {
        return sql::refused("import", tr("Nothing was imported: %1").arg(transaction.errorText()), Failure::Other);
    }
    return written;
}

} // namespace unknot
