#include "SearchIndex.h"

#include <QJsonArray>
#include <QStringList>

namespace unknot::searchindex {

namespace {

/// All human-readable text of an item, for the search index; ids and enum keys are left out.
void collectText(const QJsonValue& value, const QString& key, QStringList* out)
{
    static const QStringList skip{
        QStringLiteral("id"),         QStringLiteral("sources"),       QStringLiteral("muscles"),
        QStringLiteral("techniques"), QStringLiteral("exercises"),     QStringLiteral("exercise"),
        QStringLiteral("kind"),       QStringLiteral("position"),      QStringLiteral("area"),
        QStringLiteral("category"),   QStringLiteral("place"),         QStringLiteral("name"),
        QStringLiteral("summary"),    QStringLiteral("aliases"),       QStringLiteral("figure"),
        QStringLiteral("own"),        QStringLiteral("exerciseCopies")};
    if (skip.contains(key)) {
        return;
    }
    if (value.isString()) {
        out->append(value.toString());
    } else if (value.isArray()) {
        for (const auto& entry : value.toArray()) {
            collectText(entry, key, out);
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            collectText(it.value(), it.key(), out);
        }
    }
}

} // namespace

void prepareInsert(QSqlQuery& query)
{
    query.prepare(QStringLiteral("INSERT INTO library_search (name, aliases, summary, body, kind, slug) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
}

bool insert(QSqlQuery& prepared, const QString& kind, const QJsonObject& item)
{
    QStringList text;
    collectText(item, {}, &text);
    QStringList aliases;
    collectText(item.value(QStringLiteral("aliases")), {}, &aliases);
    prepared.addBindValue(item.value(QStringLiteral("name")).toString());
    prepared.addBindValue(aliases.join(QLatin1Char('\n')));
    prepared.addBindValue(item.value(QStringLiteral("summary")).toString());
    prepared.addBindValue(text.join(QLatin1Char('\n')));
    prepared.addBindValue(kind);
    prepared.addBindValue(item.value(QStringLiteral("id")).toString());
    return prepared.exec();
}

} // namespace unknot::searchindex
