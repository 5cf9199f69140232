#pragma once

#include "Connection.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace unknot {

/// Storage only. A transaction that rolls back when it goes out of scope unless commit() succeeded.
class Transaction {
public:
    explicit Transaction(const Connection& connection);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active; }
    bool commit();
    QString errorText() const;
    /// What the database said when begin or commit failed.
    QSqlError error() const;

private:
    QSqlDatabase m_db;
    bool m_active = false;
    bool m_committed = false;
};

} // namespace unknot
