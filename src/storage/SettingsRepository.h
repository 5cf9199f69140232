#pragma once

#include "Connection.h"
#include "Result.h"

#include <QString>
#include <QStringList>
#include <QVariant>
#include <optional>

namespace unknot {

/// Typed access to the person's settings (the setting table), e.g. "range/v-raises" = 8 or "sound" = true.
/// Reads never fail: a missing or unreadable value gives the fallback.
class SettingsRepository {
public:
    explicit SettingsRepository(Connection connection);

    /// The stored text for key, or fallback if there is none.
    QString value(const QString& key, const QString& fallback = {}) const;
    /// The stored value as an integer, or fallback if there is none or it is not an integer.
    int intValue(const QString& key, int fallback) const;
    /// The stored value as a flag ("true"/"false", "1"/"0"), or fallback if there is none or it is neither.
    bool boolValue(const QString& key, bool fallback) const;
    /// True when a value is stored for key.
    bool contains(const QString& key) const;
    /// The stored keys that begin with prefix, in order.
    QStringList keys(const QString& prefix) const;

    /// Stores a text, number or bool (as "true"/"false") as text, replacing any earlier value; commits at once.
    Result<> setValue(const QString& key, const QVariant& value);
    /// Forgets key, so reads give their fallback again. Removing a missing key succeeds.
    Result<> remove(const QString& key);

private:
    std::optional<QString> stored(const QString& key) const;

    Connection m_connection;
};

} // namespace unknot
