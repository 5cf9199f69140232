#include "Transaction.h"

#include "SqlSupport.h"

#include <QSqlError>
#include <QSqlQuery>

namespace unknot {

Transaction::Transaction(const Connection& connection, Mode mode)
    : m_db(sql::database(connection))
{
    if (mode == Mode::Deferred) {
        m_active = m_db.transaction();
        return;
    }
    // The QSQLITE driver commits and rolls back with plain COMMIT and ROLLBACK, whoever began.
    QSqlQuery begin(m_db);
    m_active = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active) {
        m_error = begin.lastError();
    }
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
    return m_error.isValid() ? m_error : m_db.lastError();
}

QString Transaction::errorText() const
{
    return error().text();
}

} // namespace unknot
