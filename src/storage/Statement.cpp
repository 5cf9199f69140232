#include "Statement.h"

#include "SqlSupport.h"

#include <QVariant>
#include <sqlite3.h>

namespace unknot::sql {

Statement::Statement(const Connection& connection, const char* sql)
    : m_db(handle(connection))
{
    prepare(QByteArray::fromRawData(sql, static_cast<qsizetype>(qstrlen(sql))));
}

Statement::Statement(const Connection& connection, const QString& sql)
    : m_db(handle(connection))
{
    prepare(sql.toUtf8());
}

void Statement::prepare(const QByteArray& sql)
{
    if (!m_db) {
        m_code = SQLITE_MISUSE;
        m_message = QStringLiteral("the journal is not open");
        return;
    }
    if (const int rc = sqlite3_prepare_v2(m_db, sql.constData(), static_cast<int>(sql.size()), &m_statement, nullptr);
        rc != SQLITE_OK) {
        failed(rc);
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

void Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index + 1, value);
}

void Statement::bind(int index, int value)
{
    sqlite3_bind_int(m_statement, index + 1, value);
}

void Statement::bind(int index, const QString& text)
{
    // SQLite copies the text (SQLITE_TRANSIENT), and converts it to the database's UTF-8 once.
    const void* data = text.isNull() ? static_cast<const void*>(u"") : static_cast<const void*>(text.constData());
    sqlite3_bind_text16(m_statement, index + 1, data, static_cast<int>(text.size() * 2), SQLITE_TRANSIENT);
}

void Statement::bindUtf8(int index, QByteArrayView utf8)
{
    sqlite3_bind_text(m_statement, index + 1, utf8.isNull() ? "" : utf8.data(), static_cast<int>(utf8.size()),
                      SQLITE_TRANSIENT);
}

void Statement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index + 1);
}

void Statement::bindOrNull(int index, const QString& text)
{
    if (text.isEmpty()) {
        bindNull(index);
    } else {
        bind(index, text);
    }
}

void Statement::bind(int index, const QVariant& value)
{
    if (value.isNull()) {
        bindNull(index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::Long:
    case QMetaType::Short:
    case QMetaType::Bool:
        bind(index, value.toLongLong());
        break;
    case QMetaType::Double:
        sqlite3_bind_double(m_statement, index + 1, value.toDouble());
        break;
    default:
        bind(index, value.toString());
        break;
    }
}

void Statement::bindAll(const QVariantList& values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        bind(static_cast<int>(i), values.at(i));
    }
}

bool Statement::exec()
{
    if (!m_statement) {
        return false;
    }
    const int rc = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        return failed(rc);
    }
    m_code = 0;
    return true;
}

bool Statement::next()
{
    if (!m_statement) {
        return false;
    }
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW) {
        return true;
    }
    sqlite3_reset(m_statement);
    if (rc != SQLITE_DONE) {
        return failed(rc);
    }
    m_code = 0;
    return false;
}

void Statement::reset()
{
    sqlite3_reset(m_statement);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

int Statement::integer(int column) const
{
    return sqlite3_column_int(m_statement, column);
}

QString Statement::text(int column) const
{
    return QString::fromUtf8(utf8(column));
}

QByteArrayView Statement::utf8(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return text ? QByteArrayView(text, sqlite3_column_bytes(m_statement, column)) : QByteArrayView();
}

qint64 Statement::lastInsertId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

QSqlError Statement::error() const
{
    if (m_code == 0) {
        return {};
    }
    return QSqlError(QStringLiteral("Unable to execute statement"), m_message, QSqlError::StatementError,
                     QString::number(m_code));
}

bool Statement::failed(int code)
{
    // The extended code, as the QSQLITE driver reports it; sql::failureOf() reads its low byte.
    m_code = m_db ? sqlite3_extended_errcode(m_db) : code;
    m_code = m_code == 0 ? code : m_code;
    m_message = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(code));
    return false;
}

QString TextCache::operator()(QByteArrayView utf8)
{
    if (utf8.isNull()) {
        return {};
    }
    // Looked up without a copy of the bytes; only a new text is kept.
    const auto found = m_texts.constFind(QByteArray::fromRawData(utf8.data(), utf8.size()));
    if (found != m_texts.cend()) {
        return *found;
    }
    return *m_texts.insert(utf8.toByteArray(), QString::fromUtf8(utf8));
}

} // namespace unknot::sql
