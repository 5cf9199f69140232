#include "SettingsRepository.h"

#include "SqlSupport.h"

namespace unknot {

namespace {

/// Only scalars: a list or a JSON value has no faithful plain-text form here.
bool isStorable(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::QString:
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}

const char* const area = "settings";

} // namespace

SettingsRepository::SettingsRepository(Connection connection)
    : m_connection(std::move(connection))
{
}

std::optional<QString> SettingsRepository::stored(const QString& key) const
{
    QSqlQuery query(sql::database(m_connection));
    query.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    return query.value(0).toString();
}

QString SettingsRepository::value(const QString& key, const QString& fallback) const
{
    return stored(key).value_or(fallback);
}

int SettingsRepository::intValue(const QString& key, int fallback) const
{
    const auto text = stored(key);
    if (!text) {
        return fallback;
    }
    bool ok = false;
    const int number = text->trimmed().toInt(&ok);
    return ok ? number : fallback;
}

bool SettingsRepository::boolValue(const QString& key, bool fallback) const
{
    const auto text = stored(key);
    if (!text) {
        return fallback;
    }
    const QString word = text->trimmed().toLower();
    if (word == QLatin1String("true") || word == QLatin1String("1")) {
        return true;
    }
    if (word == QLatin1String("false") || word == QLatin1String("0")) {
        return false;
    }
    return fallback;
}

QStringList SettingsRepository::keys(const QString& prefix) const
{
    QStringList found;
    QSqlQuery query(sql::database(m_connection));
    // substr rather than LIKE: a key may hold "_" or "%".
    query.prepare(QStringLiteral("SELECT key FROM setting WHERE substr(key, 1, ?) = ? ORDER BY key"));
    query.addBindValue(prefix.size());
    query.addBindValue(prefix);
    if (query.exec()) {
        while (query.next()) {
            found.append(query.value(0).toString());
        }
    }
    return found;
}

bool SettingsRepository::contains(const QString& key) const
{
    return stored(key).has_value();
}

Result<> SettingsRepository::setValue(const QString& key, const QVariant& value)
{
    if (key.isEmpty()) {
        return sql::refused(area, QStringLiteral("a setting needs a name"));
    }
    if (!isStorable(value)) {
        return sql::refused(area, QStringLiteral("the value for \"%1\" cannot be stored as text").arg(key));
    }
    QSqlQuery query(sql::database(m_connection));
    query.prepare(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET "
                                 "value = excluded.value, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"));
    query.addBindValue(key);
    query.addBindValue(value.toString());
    if (!query.exec()) {
        return sql::failed(area, QStringLiteral("could not save \"%1\": ").arg(key), query.lastError());
    }
    return {};
}

Result<> SettingsRepository::remove(const QString& key)
{
    QSqlQuery query(sql::database(m_connection));
    query.prepare(QStringLiteral("DELETE FROM setting WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec()) {
        return sql::failed(area, QStringLiteral("could not forget \"%1\": ").arg(key), query.lastError());
    }
    return {};
}

} // namespace unknot
