#pragma once

#include <QSqlDatabase>

namespace unknot {

/// A transaction that rolls back when it goes out of scope unless commit() succeeded.
class Transaction {
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active; }
    bool commit();
    QString errorText() const;

private:
    QSqlDatabase m_db;
    bool m_active = false;
    bool m_committed = false;
};

} // namespace unknot
