#include "SafetyRepository.h"

#include "Log.h"
#include "PainRepository.h"
#include "SessionRepository.h"
#include "Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace unknot {

namespace {

bool fail(QString* error, const QString& message)
{
    log::warn(QStringLiteral("safety: ") + message);
    if (error) {
        *error = message;
    }
    return false;
}

} // namespace

SafetyRepository::SafetyRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<qint64> SafetyRepository::saveCheck(const QDateTime& answeredUtc, int version,
                                                  const QList<RedFlagAnswer>& answers, QString* error)
{
    const QString notSaved = QStringLiteral("The answers were not saved: ");
    if (!answeredUtc.isValid() || answers.isEmpty() || version < 1) {
        fail(error, notSaved + QStringLiteral("there is nothing to save."));
        return std::nullopt;
    }
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        fail(error, notSaved + PainRepository::reasonWords(m_db.lastError()));
        return std::nullopt;
    }
    QSqlQuery check(m_db);
    check.prepare(QStringLiteral("INSERT INTO red_flag_check (answered_at, version) VALUES (?, ?)"));
    check.addBindValue(SessionRepository::toStored(answeredUtc));
    check.addBindValue(version);
    if (!check.exec()) {
        fail(error, notSaved + PainRepository::reasonWords(check.lastError()));
        return std::nullopt;
    }
    const qint64 id = check.lastInsertId().toLongLong();
    QSqlQuery answer(m_db);
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
            fail(error, notSaved + PainRepository::reasonWords(answer.lastError()));
            return std::nullopt; // the transaction rolls back the check and the answers before this one
        }
    }
    if (!transaction.commit()) {
        fail(error, notSaved + PainRepository::reasonWords(m_db.lastError()));
        return std::nullopt;
    }
    return id;
}

std::optional<RedFlagCheck> SafetyRepository::lastCheck() const
{
    RedFlagCheck last;
    {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("SELECT id, answered_at, version FROM red_flag_check "
                                       "ORDER BY answered_at DESC, id DESC LIMIT 1"))) {
            log::warn(QStringLiteral("safety: could not read checks: %1").arg(query.lastError().text()));
            return std::nullopt;
        }
        if (!query.next()) {
            return std::nullopt;
        }
        last.id = query.value(0).toLongLong();
        last.answeredUtc = SessionRepository::fromStored(query.value(1).toString());
        last.version = query.value(2).toInt();
    }
    QSqlQuery answers(m_db);
    answers.prepare(QStringLiteral("SELECT flag_id, flag_text, answer FROM red_flag_answer WHERE check_id = ? "
                                   "ORDER BY position"));
    answers.addBindValue(last.id);
    if (!answers.exec()) {
        log::warn(QStringLiteral("safety: could not read answers: %1").arg(answers.lastError().text()));
        return std::nullopt;
    }
    while (answers.next()) {
        last.answers.append({answers.value(0).toString(), answers.value(1).toString(), answers.value(2).toInt() != 0});
    }
    if (answers.lastError().isValid()) {
        log::warn(QStringLiteral("safety: could not read answers: %1").arg(answers.lastError().text()));
        return std::nullopt;
    }
    return last;
}

bool SafetyRepository::hasAnyCheck() const
{
    QSqlQuery query(m_db);
    return query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM red_flag_check)")) && query.next() &&
           query.value(0).toInt() != 0;
}

QSet<QString> SafetyRepository::answeredFlagIds() const
{
    QSet<QString> ids;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT DISTINCT flag_id FROM red_flag_answer"))) {
        log::warn(QStringLiteral("safety: could not read answers: %1").arg(query.lastError().text()));
        return ids;
    }
    while (query.next()) {
        ids.insert(query.value(0).toString());
    }
    return ids;
}

QList<RedFlagAnswer> SafetyRepository::standingYes(const QDateTime& since) const
{
    QList<RedFlagAnswer> standing;
    QSqlQuery query(m_db);
    // Each sign's latest answer, by the time its check was answered (the id breaks ties).
    query.prepare(QStringLiteral(
        "SELECT a.flag_id, a.flag_text FROM red_flag_answer a JOIN red_flag_check c ON c.id = a.check_id "
        "WHERE a.answer = 1 AND c.answered_at > ? AND NOT EXISTS ("
        "  SELECT 1 FROM red_flag_answer a2 JOIN red_flag_check c2 ON c2.id = a2.check_id "
        "  WHERE a2.flag_id = a.flag_id AND (c2.answered_at > c.answered_at "
        "    OR (c2.answered_at = c.answered_at AND c2.id > c.id))) "
        "ORDER BY c.answered_at, a.position"));
    query.addBindValue(since.isValid() ? SessionRepository::toStored(since) : QStringLiteral("")); // not NULL
    if (!query.exec()) {
        log::warn(QStringLiteral("safety: could not read answers: %1").arg(query.lastError().text()));
        return standing;
    }
    while (query.next()) {
        standing.append({query.value(0).toString(), query.value(1).toString(), true});
    }
    return standing;
}

} // namespace unknot
