#include "OwnItemsRepository.h"

#include "Exercise.h"
#include "ImportText.h"
#include "Routine.h"
#include "SearchIndex.h"
#include "SqlSupport.h"
#include "Transaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace unknot {

namespace {

const char* const area = "own items";

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString compact(const QJsonObject& json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

} // namespace

OwnItemsRepository::OwnItemsRepository(Connection connection)
    : m_connection(std::move(connection))
{
}

QString OwnItemsRepository::slug(const QString& name)
{
    return ImportText::slugify(name, QStringLiteral("item"));
}

bool OwnItemsRepository::builtIn(ItemKind kind, const QString& id) const
{
    QSqlQuery query(sql::database(m_connection));
    return sql::run(query, QStringLiteral("SELECT 1 FROM library_item WHERE kind = ? AND slug = ?"),
                    {ItemRef::kindKey(kind), id}) &&
           query.next();
}

bool OwnItemsRepository::contains(ItemKind kind, const QString& id) const
{
    return body(kind, id).has_value();
}

QString OwnItemsRepository::freeId(ItemKind kind, const QString& name) const
{
    const QString base = slug(name);
    QString id = base;
    for (int n = 2; builtIn(kind, id) || contains(kind, id); ++n) {
        id = QStringLiteral("%1-%2").arg(base).arg(n);
    }
    return id;
}

std::optional<QJsonObject> OwnItemsRepository::body(ItemKind kind, const QString& id) const
{
    QSqlQuery query(sql::database(m_connection));
    if (sql::run(query, QStringLiteral("SELECT body FROM own_item WHERE kind = ? AND slug = ? AND deleted_at IS NULL"),
                 {ItemRef::kindKey(kind), id}) &&
        query.next()) {
        return QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
    }
    return std::nullopt;
}

QString OwnItemsRepository::problem(ItemKind kind, const QJsonObject& body, const QSet<QString>& pending) const
{
    QStringList errors;
    if (kind == ItemKind::Exercise) {
        const Exercise exercise = Exercise::fromJson(body, &errors);
        for (const QString& muscle : exercise.muscles) {
            if (!builtIn(ItemKind::Muscle, muscle)) {
                errors.append(tr("the muscle \"%1\" is not in the library").arg(muscle));
            }
        }
    } else if (kind == ItemKind::Routine) {
        const Routine routine = Routine::fromJson(body, &errors);
        for (int i = 0; i < routine.steps.size(); ++i) {
            const RoutineStep& step = routine.steps.at(i);
            if (step.kind == RoutineStep::Kind::Exercise && !builtIn(ItemKind::Exercise, step.exercise) &&
                !contains(ItemKind::Exercise, step.exercise) && !pending.contains(step.exercise)) {
                errors.append(
                    tr("step %1 names the exercise \"%2\", which is not in the library").arg(i + 1).arg(step.exercise));
            }
        }
    } else {
        errors.append(tr("only exercises and routines can be your own"));
    }
    return errors.join(QStringLiteral("; "));
}

QString OwnItemsRepository::notSaved(ItemKind kind)
{
    return kind == ItemKind::Routine ? tr("Your routine was not saved: ") : tr("Your exercise was not saved: ");
}

Result<> OwnItemsRepository::save(ItemKind kind, const QJsonObject& body)
{
    Transaction transaction(m_connection);
    if (!transaction.isActive()) {
        return sql::refused(area, transaction.errorText(), Failure::Busy);
    }
    if (auto stored = store(kind, body); !stored.ok()) {
        return stored;
    }
    if (!transaction.commit()) {
        return sql::refused(area, transaction.errorText(), Failure::Other);
    }
    return {};
}

Result<> OwnItemsRepository::store(ItemKind kind, const QJsonObject& given)
{
    QJsonObject body = given;
    body.insert(QStringLiteral("own"), true);
    const QString id = body.value(QStringLiteral("id")).toString();
    if (builtIn(kind, id)) {
        return sql::refused(area, tr("\"%1\" is the id of a built-in item; yours needs another.").arg(id));
    }
    if (const QString why = problem(kind, body); !why.isEmpty()) {
        return sql::refused(area, tr("Not saved: %1.").arg(why));
    }
    if (kind == ItemKind::Routine) {
        // A copy of each built-in exercise the routine uses: it still plays if a later library drops one.
        QJsonObject copies;
        for (const auto& step : body.value(QStringLiteral("steps")).toArray()) {
            const QString exercise = step.toObject().value(QStringLiteral("exercise")).toString();
            QSqlQuery query(sql::database(m_connection));
            if (!exercise.isEmpty() &&
                sql::run(query, QStringLiteral("SELECT body FROM library_item WHERE kind = 'exercise' AND slug = ?"),
                         {exercise}) &&
                query.next()) {
                copies.insert(exercise, QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
            }
        }
        body.insert(QStringLiteral("exerciseCopies"), copies);
    }
    QSqlQuery query(sql::database(m_connection));
    const QString kindKey = ItemRef::kindKey(kind);
    const QString stamp = now();
    if (!sql::run(query,
                  QStringLiteral("INSERT INTO own_item (kind, slug, name, summary, body, created_at, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (kind, slug) DO UPDATE SET "
                                 "name = excluded.name, summary = excluded.summary, body = excluded.body, "
                                 "updated_at = excluded.updated_at, deleted_at = NULL"),
                  {kindKey, id, body.value(QStringLiteral("name")).toString(),
                   body.value(QStringLiteral("summary")).toString(QStringLiteral("")), compact(body), stamp, stamp}) ||
        !sql::run(query, QStringLiteral("DELETE FROM library_search WHERE kind = ? AND slug = ?"), {kindKey, id})) {
        return sql::failed(area, notSaved(kind), query.lastError());
    }
    QSqlQuery insert(sql::database(m_connection));
    searchindex::prepareInsert(insert);
    if (!searchindex::insert(insert, kindKey, body)) {
        return sql::failed(area, notSaved(kind), insert.lastError());
    }
    return {};
}

Result<> OwnItemsRepository::remove(ItemKind kind, const QString& id)
{
    QSqlQuery query(sql::database(m_connection));
    const QString kindKey = ItemRef::kindKey(kind);
    Transaction transaction(m_connection);
    if (!sql::run(
            query,
            QStringLiteral("UPDATE own_item SET deleted_at = ? WHERE kind = ? AND slug = ? AND deleted_at IS NULL"),
            {now(), kindKey, id}) ||
        !sql::run(query, QStringLiteral("DELETE FROM library_search WHERE kind = ? AND slug = ?"), {kindKey, id})) {
        return sql::failed(area, tr("Not deleted: "), query.lastError());
    }
    if (!transaction.commit()) {
        return sql::refused(area, transaction.errorText(), Failure::Other);
    }
    return {};
}

Result<> OwnItemsRepository::restore(ItemKind kind, const QString& id)
{
    QSqlQuery query(sql::database(m_connection));
    if (!sql::run(query, QStringLiteral("SELECT body FROM own_item WHERE kind = ? AND slug = ?"),
                  {ItemRef::kindKey(kind), id}) ||
        !query.next()) {
        return sql::refused(area, tr("There is nothing to bring back."));
    }
    return save(kind, QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
}

Result<> OwnItemsRepository::purgeDeleted()
{
    QSqlQuery query(sql::database(m_connection));
    if (!sql::run(query, QStringLiteral("DELETE FROM own_item WHERE deleted_at IS NOT NULL"))) {
        return sql::failed(area, QString(), query.lastError());
    }
    return {};
}

bool OwnItemsRepository::index(const Connection& connection, QString* error)
{
    QSqlQuery items(sql::database(connection));
    QSqlQuery insert(sql::database(connection));
    searchindex::prepareInsert(insert);
    if (!sql::run(items, QStringLiteral("SELECT kind, body FROM own_item WHERE deleted_at IS NULL"))) {
        *error = items.lastError().text();
        return false;
    }
    while (items.next()) {
        if (!searchindex::insert(insert, items.value(0).toString(),
                                 QJsonDocument::fromJson(items.value(1).toString().toUtf8()).object())) {
            *error = insert.lastError().text();
            return false;
        }
    }
    return !items.lastError().isValid();
}

} // namespace unknot
