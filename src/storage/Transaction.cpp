#include "Transaction.h"

#include <QSqlError>

namespace unknot {

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
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

QString Transaction::errorText() const
{
    return m_db.lastError().text();
}

} // namespace unknot
