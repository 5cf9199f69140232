#include "SafetyRepository.h"

#include "SessionRepository.h"
#include "SqlSupport.h"
#include "Transaction.h"

#include <QCoreApplication>

namespace unknot {

namespace {

const char* const area = "safety";

} // namespace

SafetyRepository::SafetyRepository(Connection connection)
    : m_connection(std::move(connection))
{
}

Result<qint64> SafetyRepository::saveCheck(const QDateTime& answeredUtc, int version,
                                           const QList<RedFlagAnswer>& answers)
{
    const QString notSaved = QCoreApplication::translate("unknot::Journal", "The answers were not saved: ");
    if (!answeredUtc.isValid() || answers.isEmpty() || version < 1) {
        return sql::refused(area,
                            notSaved + QCoreApplication::translate("unknot::Journal", "there is nothing to save."));
    }
    Transaction transaction(m_connection);
    if (!transaction.isActive()) {
        return sql::failed(area, notSaved, transaction.error());
    }
    QSqlQuery check(sql::database(m_connection));
    check.prepare(QStringLiteral("INSERT INTO red_flag_check (answered_at, version) VALUES (?, ?)"));
    check.addBindValue(SessionRepository::toStored(answeredUtc));
    check.addBindValue(version);
    if (!check.exec()) {
        return sql::failed(area, notSaved, check.lastError());
    }
    const qint64 id = check.lastInsertId().toLongLong();
    QSqlQuery answer(sql::database(m_connection));
    answer.prepare(QStringLiteral("INSERT INTO red_flag_answer (check_id, position, flag_id, flag_text, answer) "
                                  "VALUES (?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const RedFlagAnswer& each = answers.at(i);
        answer.addBindValue(id);
        answer.addBindValue(i);
        answer.addBindValue(each.flagId.isNull() ? QStringLiteral("") : each.flagId);
        answer.addBindValue(each.flagText.isNull() ? QStringLiteral("") : each.flagText); // null binds as NULL
        answer.addBindValue(each.yes ? 1 : 0);
        if (!answer.exec()) {
            return sql::failed(area, notSaved, answer.lastError()); // the transaction rolls back all of it
        }
    }
    if (!transaction.commit()) {
        return sql::failed(area, notSaved, transaction.error());
    }
    return id;
}

std::optional<RedFlagCheck> SafetyRepository::lastCheck() const
{
    RedFlagCheck last;
    {
        QSqlQuery query(sql::database(m_connection));
        if (!query.exec(QStringLiteral("SELECT id, answered_at, version FROM red_flag_check "
                                       "ORDER BY answered_at DESC, id DESC LIMIT 1"))) {
            (void)sql::failed(area, QStringLiteral("could not read checks: "), query.lastError());
            return std::nullopt;
        }
        if (!query.next()) {
            return std::nullopt;
        }
        last.id = query.value(0).toLongLong();
        last.answeredUtc = SessionRepository::fromStored(query.value(1).toString());
        last.version = query.value(2).toInt();
    }
    auto answers = sql::select(
        m_connection, area,
        QStringLiteral("SELECT flag_id, flag_text, answer FROM red_flag_answer "
                       "WHERE check_id = ? ORDER BY position"),
        {last.id}, [](const QSqlQuery& row) {
            return RedFlagAnswer{row.value(0).toString(), row.value(1).toString(), row.value(2).toInt() != 0};
        });
    if (!answers) {
        return std::nullopt;
    }
    last.answers = std::move(answers).value();
    return last;
}

bool SafetyRepository::hasAnyCheck() const
{
    QSqlQuery query(sql::database(m_connection));
    return query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM red_flag_check)")) && query.next() &&
           query.value(0).toInt() != 0;
}

QSet<QString> SafetyRepository::answeredFlagIds() const
{
    const auto ids = sql::select(m_connection, area, QStringLiteral("SELECT DISTINCT flag_id FROM red_flag_answer"), {},
                                 [](const QSqlQuery& row) { return row.value(0).toString(); });
    return ids ? QSet<QString>(ids->begin(), ids->end()) : QSet<QString>();
}

QList<RedFlagAnswer> SafetyRepository::standingYes(const QDateTime& since) const
{
    // Each sign's latest answer, by the time its check was answered (the id breaks ties).
    const auto standing = sql::select(
        m_connection, area,
        QStringLiteral(
            "SELECT a.flag_id, a.flag_text FROM red_flag_answer a JOIN red_flag_check c ON c.id = a.check_id "
            "WHERE a.answer = 1 AND c.answered_at > ? AND NOT EXISTS ("
            "  SELECT 1 FROM red_flag_answer a2 JOIN red_flag_check c2 ON c2.id = a2.check_id "
            "  WHERE a2.flag_id = a.flag_id AND (c2.answered_at > c.answered_at "
            "    OR (c2.answered_at = c.answered_at AND c2.id > c.id))) "
            "ORDER BY c.answered_at, a.position"),
        {since.isValid() ? SessionRepository::toStored(since) : QStringLiteral("")}, // '' sorts first; NULL would not
        [](const QSqlQuery& row) {
            return RedFlagAnswer{row.value(0).toString(), row.value(1).toString(), true};
        });
    return standing ? standing.value() : QList<RedFlagAnswer>();
}

} // namespace unknot
