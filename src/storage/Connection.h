#pragma once

#include <QString>

namespace unknot {

/// Names the journal's database connection without exposing Qt SQL: repositories hold one, and only storage's
/// own sources turn it into a query (SqlSupport.h). A restore reopens the file under the same name.
class Connection {
public:
    Connection() = default;
    explicit Connection(QString name)
        : m_name(std::move(name))
    {
    }
    const QString& name() const { return m_name; }

private:
    QString m_name;
};

} // namespace unknot
