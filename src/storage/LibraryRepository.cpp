#include "LibraryRepository.h"

#include "LibrarySearch.h"
#include "OwnItemsRepository.h"
#include "SearchIndex.h"
#include "SqlSupport.h"
#include "Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace unknot {

namespace {

const QString fingerprintKey = QStringLiteral("content_fingerprint");

struct Link {
    QString relation;
    ItemKind to;
    QStringList ids;
};

QList<Link> linksOf(const ContentPack& pack, ItemKind kind, int index)
{
    const auto muscle = QStringLiteral("muscle");
    const auto technique = QStringLiteral("technique");
    const auto exercise = QStringLiteral("exercise");
    switch (kind) {
    case ItemKind::Cause: {
        const Cause& cause = pack.causes().at(index);
        return {{muscle, ItemKind::Muscle, cause.muscles},
                {technique, ItemKind::Technique, cause.techniques},
                {exercise, ItemKind::Exercise, cause.exercises}};
    }
    case ItemKind::Muscle:
        return {};
    case ItemKind::Technique: {
        const Technique& item = pack.techniques().at(index);
        return {{muscle, ItemKind::Muscle, item.muscles}, {exercise, ItemKind::Exercise, item.exercises}};
    }
    case ItemKind::Exercise:
        return {{muscle, ItemKind::Muscle, pack.exercises().at(index).muscles}};
    case ItemKind::Routine: {
        const Routine& routine = pack.routines().at(index);
        QStringList steps;
        for (const auto& step : routine.steps) {
            if (step.kind == RoutineStep::Kind::Exercise) {
                steps.append(step.exercise);
            }
        }
        return {{technique, ItemKind::Technique, routine.techniques},
                {QStringLiteral("step"), ItemKind::Exercise, steps}};
    }
    }
    return {};
}

int itemCount(const ContentPack& pack, ItemKind kind)
{
    switch (kind) {
    case ItemKind::Cause:
        return static_cast<int>(pack.causes().size());
    case ItemKind::Muscle:
        return static_cast<int>(pack.muscles().size());
    case ItemKind::Technique:
        return static_cast<int>(pack.techniques().size());
    case ItemKind::Exercise:
        return static_cast<int>(pack.exercises().size());
    case ItemKind::Routine:
        return static_cast<int>(pack.routines().size());
    }
    return 0;
}

bool run(QSqlQuery& query, QString* error)
{
    if (query.exec()) {
        return true;
    }
    *error = query.lastError().text();
    return false;
}

ItemSummary summaryFrom(const QSqlQuery& query, int offset = 0)
{
    const auto kind = ItemRef::kindFromKey(query.value(offset).toString()).value_or(ItemKind::Cause);
    const bool own = query.record().count() > offset + 4 && query.value(offset + 4).toInt() == 1;
    return {{kind, query.value(offset + 1).toString()},
            query.value(offset + 2).toString(),
            query.value(offset + 3).toString(),
            own};
}

/// The person's own items of a kind, after the built-in ones: the same columns as a library_item row, and own = 1.
const QString ownRows = QStringLiteral("SELECT kind, slug, name, summary, 1 AS own, name COLLATE NOCASE AS ord "
                                       "FROM own_item WHERE kind = ? AND deleted_at IS NULL");

} // namespace

LibraryRepository::LibraryRepository(Connection connection)
    : m_connection(std::move(connection))
{
}

QByteArray LibraryRepository::installedFingerprint() const
{
    QSqlQuery query(sql::database(m_connection));
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(fingerprintKey);
    if (query.exec() && query.next()) {
        return query.value(0).toString().toUtf8();
    }
    return {};
}

Result<> LibraryRepository::install(const ContentPack& pack, const QByteArray& fingerprint)
{
    QString errorText;
    QString* error = &errorText;
    // The library is rebuilt from the pack: its words are for the log, the person sees that the library failed.
    const auto failed = [&errorText] {
        return sql::refused("library", QStringLiteral("the library could not be installed: ") + errorText,
                            Failure::Other);
    };
    if (!fingerprint.isEmpty() && fingerprint == installedFingerprint()) {
        return {};
    }
    Transaction transaction(m_connection);
    if (!transaction.isActive()) {
        *error = transaction.errorText();
        return failed();
    }
    QSqlQuery query(sql::database(m_connection));
    for (const char* table : {"library_search", "library_link", "library_item_source", "library_item", "library_source",
                              "library_safety", "library_figure"}) {
        if (!query.exec(QStringLiteral("DELETE FROM ") + QLatin1String(table))) {
            *error = query.lastError().text();
            return failed();
        }
    }
    query.prepare(QStringLiteral("INSERT INTO library_source (id, kind, title) VALUES (?, ?, ?)"));
    for (const auto& source : pack.sources()) {
        query.addBindValue(source.id);
        query.addBindValue(source.kind);
        query.addBindValue(source.title);
        if (!run(query, error)) {
            return failed();
        }
    }
    QSqlQuery item(sql::database(m_connection));
    item.prepare(QStringLiteral("INSERT INTO library_item (kind, slug, position, name, summary, body) "
                                "VALUES (?, ?, ?, ?, ?, ?)"));
    QSqlQuery itemSource(sql::database(m_connection));
    itemSource.prepare(
        QStringLiteral("INSERT INTO library_item_source (kind, slug, source_id, position) VALUES (?, ?, ?, ?)"));
    QSqlQuery link(sql::database(m_connection));
    link.prepare(QStringLiteral("INSERT INTO library_link (from_kind, from_slug, relation, to_kind, to_slug, position) "
                                "VALUES (?, ?, ?, ?, ?, ?)"));
    QSqlQuery search(sql::database(m_connection));
    searchindex::prepareInsert(search);
    for (ItemKind kind : ItemRef::allKinds) {
        const QString kindKey = ItemRef::kindKey(kind);
        for (int i = 0; i < itemCount(pack, kind); ++i) {
            const QJsonObject raw = pack.rawItem(kind, i);
            const QString slug = raw.value(QStringLiteral("id")).toString();
            const QString name = raw.value(QStringLiteral("name")).toString();
            const QString summary = raw.value(QStringLiteral("summary")).toString();
            item.addBindValue(kindKey);
            item.addBindValue(slug);
            item.addBindValue(i);
            item.addBindValue(name);
            item.addBindValue(summary);
            item.addBindValue(QString::fromUtf8(QJsonDocument(raw).toJson(QJsonDocument::Compact)));
            if (!run(item, error)) {
                *error = QStringLiteral("%1 \"%2\": %3").arg(kindKey, slug, *error);
                return failed();
            }
            const QJsonArray sources = raw.value(QStringLiteral("sources")).toArray();
            for (int position = 0; position < sources.size(); ++position) {
                itemSource.addBindValue(kindKey);
                itemSource.addBindValue(slug);
                itemSource.addBindValue(sources.at(position).toString());
                itemSource.addBindValue(position);
                if (!run(itemSource, error)) {
                    return failed();
                }
            }
            if (!searchindex::insert(search, kindKey, raw)) {
                *error = search.lastError().text();
                return failed();
            }
            for (const Link& each : linksOf(pack, kind, i)) {
                for (int position = 0; position < each.ids.size(); ++position) {
                    link.addBindValue(kindKey);
                    link.addBindValue(slug);
                    link.addBindValue(each.relation);
                    link.addBindValue(ItemRef::kindKey(each.to));
                    link.addBindValue(each.ids.at(position));
                    link.addBindValue(position);
                    if (!run(link, error)) {
                        return failed();
                    }
                }
            }
        }
    }
    query.prepare(QStringLiteral("INSERT INTO library_safety (id, body) VALUES (1, ?)"));
    query.addBindValue(QString::fromUtf8(
        QJsonDocument(pack.toJson().value(QStringLiteral("safety")).toObject()).toJson(QJsonDocument::Compact)));
    if (!run(query, error)) {
        return failed();
    }
    const QJsonObject stills = pack.toJson().value(QStringLiteral("figures")).toObject();
    query.prepare(QStringLiteral("INSERT INTO library_figure (name, body) VALUES (?, ?)"));
    for (auto it = stills.begin(); it != stills.end(); ++it) {
        query.addBindValue(it.key());
        query.addBindValue(QString::fromUtf8(QJsonDocument(it.value().toObject()).toJson(QJsonDocument::Compact)));
        if (!run(query, error)) {
            return failed();
        }
    }
    // The index was emptied with the built-in items: the person's own go back in.
    if (!OwnItemsRepository::index(m_connection, error)) {
        return failed();
    }
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    query.addBindValue(fingerprintKey);
    query.addBindValue(QString::fromUtf8(fingerprint));
    if (!run(query, error)) {
        return failed();
    }
    if (!transaction.commit()) {
        // A deferred foreign key (a link to a missing item) fails here.
        *error = transaction.errorText();
        return failed();
    }
    // The install wrote every page of the library through the cache; the app reads few of them, so let them go.
    query.exec(QStringLiteral("PRAGMA shrink_memory"));
    return {};
}

QList<ItemSummary> LibraryRepository::list(ItemKind kind) const
{
    QList<ItemSummary> items;
    QSqlQuery query(sql::database(m_connection));
    query.prepare(QStringLiteral("SELECT kind, slug, name, summary, 0 AS own, position AS ord FROM library_item "
                                 "WHERE kind = ? UNION ALL ") +
                  ownRows + QStringLiteral(" ORDER BY own, ord"));
    query.addBindValue(ItemRef::kindKey(kind));
    query.addBindValue(ItemRef::kindKey(kind));
    query.exec();
    while (query.next()) {
        items.append(summaryFrom(query));
    }
    return items;
}

QList<ItemSummary> LibraryRepository::summaries(ItemKind kind, const QStringList& ids) const
{
    QList<ItemSummary> items;
    QSqlQuery query(sql::database(m_connection));
    query.prepare(QStringLiteral("SELECT kind, slug, name, summary, 0 FROM library_item WHERE kind = ? AND slug = ? "
                                 "UNION ALL SELECT kind, slug, name, summary, 1 FROM own_item "
                                 "WHERE kind = ? AND slug = ? AND deleted_at IS NULL"));
    for (const auto& id : ids) {
        query.addBindValue(ItemRef::kindKey(kind));
        query.addBindValue(id);
        query.addBindValue(ItemRef::kindKey(kind));
        query.addBindValue(id);
        if (query.exec() && query.next()) {
            items.append(summaryFrom(query));
        }
    }
    return items;
}

QList<ItemSummary> LibraryRepository::linkingTo(const ItemRef& target, ItemKind fromKind) const
{
    QList<ItemSummary> items;
    QSqlQuery query(sql::database(m_connection));
    query.prepare(QStringLiteral("SELECT DISTINCT i.kind, i.slug, i.name, i.summary FROM library_link l "
                                 "JOIN library_item i ON i.kind = l.from_kind AND i.slug = l.from_slug "
                                 "WHERE l.to_kind = ? AND l.to_slug = ? AND l.from_kind = ? ORDER BY i.position"));
    query.addBindValue(ItemRef::kindKey(target.kind));
    query.addBindValue(target.id);
    query.addBindValue(ItemRef::kindKey(fromKind));
    query.exec();
    while (query.next()) {
        items.append(summaryFrom(query));
    }
    // Own exercises that work a muscle, and own routines that use an exercise, from their bodies.
    QString own;
    if (target.kind == ItemKind::Muscle && fromKind == ItemKind::Exercise) {
        own = QStringLiteral("SELECT DISTINCT o.kind, o.slug, o.name, o.summary, 1 FROM own_item o, "
                             "json_each(o.body, '$.muscles') j WHERE o.kind = 'exercise' AND j.value = ? ");
    } else if (target.kind == ItemKind::Exercise && fromKind == ItemKind::Routine) {
        own = QStringLiteral("SELECT DISTINCT o.kind, o.slug, o.name, o.summary, 1 FROM own_item o, "
                             "json_each(o.body, '$.steps') j WHERE o.kind = 'routine' "
                             "AND json_extract(j.value, '$.exercise') = ? ");
    }
    if (!own.isEmpty()) {
        QSqlQuery ownQuery(sql::database(m_connection));
        if (sql::run(ownQuery, own + QStringLiteral("AND o.deleted_at IS NULL ORDER BY o.name"), {target.id})) {
            while (ownQuery.next()) {
                items.append(summaryFrom(ownQuery));
            }
        }
    }
    return items;
}

QList<SearchHit> LibraryRepository::search(const QString& text, int limit) const
{
    return LibrarySearch(m_connection).run(text, limit);
}

QJsonObject LibraryRepository::body(ItemKind kind, const QString& id) const
{
    QSqlQuery query(sql::database(m_connection));
    query.prepare(QStringLiteral("SELECT body FROM library_item WHERE kind = ? AND slug = ?"));
    query.addBindValue(ItemRef::kindKey(kind));
    query.addBindValue(id);
    if (query.exec() && query.next()) {
        return QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
    }
    return OwnItemsRepository(m_connection).body(kind, id).value_or(QJsonObject{});
}

namespace {

template <typename Item> std::optional<Item> parsed(const QJsonObject& json)
{
    if (json.isEmpty()) {
        return std::nullopt;
    }
    QStringList ignored; // the pack was validated before it was installed
    return Item::fromJson(json, &ignored);
}

} // namespace

std::optional<Cause> LibraryRepository::cause(const QString& id) const
{
    return parsed<Cause>(body(ItemKind::Cause, id));
}

std::optional<Muscle> LibraryRepository::muscle(const QString& id) const
{
    return parsed<Muscle>(body(ItemKind::Muscle, id));
}

std::optional<Technique> LibraryRepository::technique(const QString& id) const
{
    return parsed<Technique>(body(ItemKind::Technique, id));
}

std::optional<Exercise> LibraryRepository::exercise(const QString& id) const
{
    return parsed<Exercise>(body(ItemKind::Exercise, id));
}

std::optional<Routine> LibraryRepository::routine(const QString& id) const
{
    return parsed<Routine>(body(ItemKind::Routine, id));
}

QString LibraryRepository::routineWithRole(const QString& role) const
{
    QSqlQuery query(sql::database(m_connection));
    query.prepare(
        QStringLiteral("SELECT slug FROM library_item WHERE kind = 'routine' AND json_extract(body, '$.role') = ?"));
    query.addBindValue(role);
    if (query.exec() && query.next()) {
        return query.value(0).toString();
    }
    return {};
}

Safety LibraryRepository::safety() const
{
    QSqlQuery query(sql::database(m_connection));
    QStringList ignored;
    if (query.exec(QStringLiteral("SELECT body FROM library_safety WHERE id = 1")) && query.next()) {
        return Safety::fromJson(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object(), &ignored);
    }
    return {};
}

Figure LibraryRepository::still(const QString& name) const
{
    QSqlQuery query(sql::database(m_connection));
    query.prepare(QStringLiteral("SELECT body FROM library_figure WHERE name = ?"));
    query.addBindValue(name);
    QStringList ignored; // checked when the pack was built
    if (query.exec() && query.next()) {
        return Figure::stillFromJson(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object(), &ignored);
    }
    return {};
}

QList<Source> LibraryRepository::sources() const
{
    QList<Source> list;
    QSqlQuery query(sql::database(m_connection));
    query.exec(QStringLiteral("SELECT id, kind, title FROM library_source ORDER BY kind DESC, id"));
    while (query.next()) {
        list.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    }
    return list;
}

ContentRules::Known LibraryRepository::knownIds() const
{
    ContentRules::Known known;
    for (const auto& [kind, ids] :
         {std::pair{ItemKind::Muscle, &known.muscles}, std::pair{ItemKind::Technique, &known.techniques},
          std::pair{ItemKind::Exercise, &known.exercises}}) {
        for (const ItemSummary& item : list(kind)) {
            ids->insert(item.ref.id);
        }
    }
    return known;
}

int LibraryRepository::estimatedSeconds(const Routine& routine) const
{
    QHash<QString, Dose> doses;
    for (const auto& step : routine.steps) {
        if (step.kind == RoutineStep::Kind::Exercise && !doses.contains(step.exercise)) {
            if (const auto found = exercise(step.exercise)) {
                doses.insert(step.exercise, found->dose);
            }
        }
    }
    return routineSeconds(routine, [&doses](const QString& id) -> const Dose* {
        const auto it = doses.constFind(id);
        return it == doses.constEnd() ? nullptr : &it.value();
    });
}

} // namespace unknot
