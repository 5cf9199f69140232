#include "Transaction.h"

#include "SqlSupport.h"

#include <QSqlError>

namespace unknot {

Transaction::Transaction(const Connection& connection)
    : m_db(sql::database(connection))
{
    m_active = m_db.transaction();
}

Transaction::~Transaction()
{
    if (m_active && !m_committed) {
        m_db.rollback();
    }
}

bool Transaction::commit()
{
    if (!m_active || m_committed) {
        return false;
    }
    m_committed = m_db.commit();
    return m_committed;
}

QSqlError Transaction::error() const
{
    return m_db.lastError();
}

QString Transaction::errorText() const
{
    return m_db.lastError().text();
}

} // namespace unknot
