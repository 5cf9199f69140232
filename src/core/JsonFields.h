#pragma once

#include <QJsonObject>
#include <QStringList>
#include <limits>

namespace unknot {

/// Reads typed fields from one JSON item and collects a reason for each field that is missing or wrong.
class JsonFields {
public:
    JsonFields(const QJsonObject& json, QStringList* errors);

    QString string(const QString& key); ///< required, non-empty
    QString optionalString(const QString& key);
    QString oneOf(const QString& key, const QStringList& allowed);
    QStringList paragraphs(const QString& key);          ///< required array of non-empty strings, at least one
    QStringList list(const QString& key, bool required); ///< array of strings, may be empty
    int number(const QString& key, int fallback, int minimum, int maximum = std::numeric_limits<int>::max());
    bool flag(const QString& key) const { return m_json.value(key).toBool(false); }

private:
    const QJsonObject& m_json;
    QStringList* m_errors;
};

} // namespace unknot
