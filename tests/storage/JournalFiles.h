#pragma once

// Real journal files for tests: filled, damaged, and checked for privacy. Shared by the storage and gui tests.
#include "SqlSupport.h"
#include "Database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QUuid>
#include <catch2/catch.hpp>
#include <sys/stat.h>

namespace unknot::testing {

inline QByteArray fileDigest(const QString& path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

/// Adds a pain entry (rating, at a UTC time) straight into the journal.
inline bool addEntry(const Connection& journal, int rating, const QString& recordedUtc)
{
    QSqlQuery query(sql::database(journal));
    query.prepare(
        QStringLiteral("INSERT INTO pain_entry (uuid, recorded_at, rating, moment) VALUES (?, ?, ?, 'standalone')"));
    query.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    query.addBindValue(recordedUtc);
    query.addBindValue(rating);
    return query.exec();
}

inline bool addSession(const Connection& journal, const QString& startedUtc)
{
    QSqlQuery query(sql::database(journal));
    query.prepare(QStringLiteral("INSERT INTO session (uuid, routine_slug, routine_name, kind, started_at, ended_at, "
                                 "status, self_paced, plan) VALUES (?, 'desk-micro-break', 'Desk micro-break', "
                                 "'routine', ?, ?, 'completed', 0, '{}')"));
    query.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    query.addBindValue(startedUtc);
    query.addBindValue(startedUtc);
    return query.exec();
}

inline int count(const Connection& journal, const QString& table)
{
    QSqlQuery query(sql::database(journal));
    return query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) && query.next() ? query.value(0).toInt()
                                                                                            : -1;
}

/// A closed journal of a few hundred KB: enough pages that damage lands inside a table.
inline void makeFilledJournal(const QString& path)
{
    Database db;
    REQUIRE(db.open(path).ok());
    QSqlQuery query(sql::database(db.connection()));
    REQUIRE(query.exec(QStringLiteral("BEGIN")));
    for (int i = 0; i < 2000; ++i) {
        REQUIRE(addEntry(db.connection(), i % 11, QStringLiteral("2024-03-01T09:00:00.000Z")));
    }
    REQUIRE(query.exec(QStringLiteral("COMMIT")));
}

/// Overwrites 8 KB in the middle of the file with garbage, as a failing disk or a stray write would.
inline void damageJournal(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    REQUIRE(size > 64 * 1024);
    QByteArray garbage(8 * 1024, '\0');
    for (int i = 0; i < garbage.size(); ++i) {
        garbage[i] = static_cast<char>((i * 37 + 11) % 251);
    }
    REQUIRE(file.seek(size / 2 / 4096 * 4096));
    REQUIRE(file.write(garbage) == garbage.size());
}

/// The permission bits as stat gives them, e.g. 0600.
inline int modeOf(const QString& path)
{
    struct stat info {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? static_cast<int>(info.st_mode & 07777) : -1;
}

} // namespace unknot::testing
