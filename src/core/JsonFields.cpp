#include "JsonFields.h"

#include "ContentRules.h"

#include <QJsonArray>

namespace unknot {

JsonFields::JsonFields(const QJsonObject& json, QStringList* errors)
    : m_json(json)
    , m_errors(errors)
{
}

QString JsonFields::string(const QString& key)
{
    const QString value = m_json.value(key).toString().trimmed();
    if (value.isEmpty()) {
        m_errors->append(ContentRules::tr("it needs %1").arg(ContentRules::field(key)));
    }
    return value;
}

QString JsonFields::optionalString(const QString& key)
{
    return m_json.value(key).toString().trimmed();
}

QString JsonFields::oneOf(const QString& key, const QStringList& allowed)
{
    const QString value = string(key);
    if (!value.isEmpty() && !allowed.contains(value)) {
        m_errors->append(ContentRules::tr("%1 cannot be \"%2\"; it may be one of: %3")
                             .arg(ContentRules::field(key), value, allowed.join(u", ")));
    }
    return value;
}

QStringList JsonFields::paragraphs(const QString& key)
{
    const QStringList values = list(key, true);
    if (values.isEmpty() && m_json.contains(key)) {
        m_errors->append(ContentRules::tr("it needs %1").arg(ContentRules::field(key)));
    }
    return values;
}

QStringList JsonFields::list(const QString& key, bool required)
{
    QStringList values;
    const QJsonValue value = m_json.value(key);
    if (value.isUndefined()) {
        if (required) {
            m_errors->append(ContentRules::tr("it needs %1").arg(ContentRules::field(key)));
        }
        return values;
    }
    if (!value.isArray()) {
        m_errors->append(ContentRules::tr("%1 must be a list").arg(ContentRules::field(key)));
        return values;
    }
    for (const auto& entry : value.toArray()) {
        const QString text = entry.toString().trimmed();
        if (text.isEmpty()) {
            m_errors->append(ContentRules::tr("one line of %1 is empty").arg(ContentRules::field(key)));
            continue;
        }
        values.append(text);
    }
    return values;
}

int JsonFields::number(const QString& key, int fallback, int minimum, int maximum)
{
    if (!m_json.contains(key)) {
        return fallback;
    }
    const int value = m_json.value(key).toInt(minimum - 1);
    if (value < minimum) {
        m_errors->append(
            ContentRules::tr("%1 must be a whole number, at least %2").arg(ContentRules::field(key)).arg(minimum));
        return fallback;
    }
    if (value > maximum) {
        m_errors->append(ContentRules::tr("%1 may be at most %2").arg(ContentRules::field(key)).arg(maximum));
        return fallback;
    }
    return value;
}

} // namespace unknot
