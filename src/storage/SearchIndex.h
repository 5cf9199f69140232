#pragma once
// The full-text index the library search reads (library_search): built-in items are indexed when the pack is
// installed, the person's own items when they are saved, and again after each install. Storage only.

#include <QJsonObject>
#include <QSqlQuery>

namespace unknot::searchindex {

/// The statement that adds one row, prepared on query.
void prepareInsert(QSqlQuery& query);
/// Adds item (in the content pack's JSON form) of kind (a kind key, e.g. "exercise") with the prepared statement.
bool insert(QSqlQuery& prepared, const QString& kind, const QJsonObject& item);

} // namespace unknot::searchindex
