#pragma once
// Storage only, beside SqlSupport.h: a thin RAII wrapper over one SQLite statement, for the loops over tens of
// thousands of rows (History's reads, the CSV export and import). QSqlQuery turns every value into a QVariant and
// every text into UTF-16 and back; this binds and reads straight from SQLite, text as UTF-8.

#include "Connection.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QSqlError>
#include <QString>
#include <QVariantList>

struct sqlite3;
struct sqlite3_stmt;

namespace unknot::sql {

/// A prepared statement on a connection's SQLite handle, on the thread that owns the connection. Bind (columns and
/// parameters count from 0, as in QSqlQuery), then exec() for a statement without rows, or next() until it returns
/// false: then ok() tells the end from a failure (a damaged page, a full disk), never a short read.
class Statement {
public:
    Statement(const Connection& connection, const char* sql);
    Statement(const Connection& connection, const QString& sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    /// False when the statement could not be prepared; error() says why.
    bool isValid() const { return m_statement != nullptr; }

    void bind(int index, qint64 value);
    void bind(int index, int value);
    /// Binds text (a null QString binds '', never NULL).
    void bind(int index, const QString& text);
    void bindUtf8(int index, QByteArrayView utf8);
    void bindNull(int index);
    /// Binds text, or NULL for empty text (no routine, no exercise, not ended).
    void bindOrNull(int index, const QString& text);
    /// Binds a value as QSqlQuery would: null as NULL, whole numbers as integers, anything else as its text.
    void bind(int index, const QVariant& value);
    /// Binds values in order from the first parameter.
    void bindAll(const QVariantList& values);

    /// Runs a statement that returns no rows, then makes it ready to run again; false on a failure.
    bool exec();
    /// The next row; false at the end or on a failure (see ok()). After the end, it can be bound and run again.
    bool next();
    /// Ends a read early, so that the statement can be bound and run again.
    void reset();
    /// False once the last exec() or next() failed.
    bool ok() const { return m_code == 0; }

    bool isNull(int column) const;
    qint64 int64(int column) const;
    int integer(int column) const;
    QString text(int column) const;
    /// The column's text as SQLite holds it; valid until the next call of next().
    QByteArrayView utf8(int column) const;

    qint64 lastInsertId() const;
    /// What SQLite said about the last failure (its extended code as the native code), for sql::failed().
    QSqlError error() const;

private:
    void prepare(const QByteArray& sql);
    bool failed(int code);

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    int m_code = 0;
    QString m_message;
};

/// The QString of texts that repeat over thousands of rows (routine names, step titles, places), made once each and
/// shared: a row read through it costs a lookup, not an allocation.
class TextCache {
public:
    /// The text of utf8; null for a null view (SQL NULL).
    QString operator()(QByteArrayView utf8);

private:
    QHash<QByteArray, QString> m_texts;
};

} // namespace unknot::sql
