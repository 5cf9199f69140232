#pragma once

#include "Connection.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace unknot {

/// Storage only. A transaction that rolls back when it goes out of scope unless commit() succeeded.
class Transaction {
public:
    /// Deferred takes the write lock at the first write; Immediate at once, so a writer never finds the journal
    /// changed under what it has read.
    enum class Mode { Deferred, Immediate };

    explicit Transaction(const Connection& connection, Mode mode = Mode::Deferred);
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
    QSqlError m_error; ///< why an immediate begin failed
    bool m_active = false;
    bool m_committed = false;
};

} // namespace unknot
