#pragma once

// Rows and files for the journal CSV tests: shared by JournalCsvTest.cpp and JournalCsvGuardTest.cpp.
#include "JournalCsv.h"

#include <QHash>
#include <QJsonArray>

namespace unknot::csvtest {

using Moment = PainEntry::Moment;

inline const QString activation = QStringLiteral("upper-back-activation");
inline const QSet<QString> known{activation, QStringLiteral("desk-micro-break")};
inline const QTimeZone utc(QByteArrayLiteral("UTC"));
inline const QDateTime now(QDate(2024, 7, 1), QTime(12, 0), Qt::UTC);

inline QDateTime at(int day, int hour, int minute = 0, int ms = 0)
{
    return QDateTime(QDate(2024, 6, day), QTime(hour, minute, 0, ms), Qt::UTC);
}

inline SessionRecord session(qint64 id, const QString& uuid, const QDateTime& start)
{
    SessionRecord s;
    s.id = id;
    s.uuid = uuid;
    s.routineSlug = activation;
    s.routineName = QStringLiteral("Upper back activation");
    s.startedUtc = start;
    s.endedUtc = start.addSecs(420);
    s.status = SessionRecord::Status::Completed;
    s.selfPaced = true;
    s.plan = {{QStringLiteral("routine"), activation}, {QStringLiteral("reps"), 8}};
    StepRecord first{0,
                     QStringLiteral("scapular-squeeze"),
                     QStringLiteral("Shoulder blade squeeze"),
                     10,
                     10,
                     0,
                     61234,
                     false,
                     start.addSecs(62)};
    StepRecord rest{1, {}, QStringLiteral("Rest, \"breathe\""), 0, 0, 15000, 4000, true, start.addSecs(66)};
    s.steps = {first, rest};
    return s;
}

inline PainEntry entry(const QString& uuid, qint64 sessionId, Moment moment, const QDateTime& when, int rating)
{
    PainEntry e;
    e.uuid = uuid;
    e.sessionId = sessionId;
    e.moment = moment;
    e.recordedUtc = when;
    e.rating = rating;
    return e;
}

/// A file of the header and the given rows (already CSV text), with LF line ends.
inline QByteArray file(const QStringList& rows)
{
    return (QStringList{JournalCsv::columns().join(QLatin1Char(','))} + rows).join(QLatin1Char('\n')).toUtf8();
}

/// One CSV row: the given columns set, the others empty.
inline QString row(const QHash<QString, QString>& values)
{
    QStringList fields;
    for (const QString& column : JournalCsv::columns()) {
        fields.append(JournalCsv::quoted(values.value(column)));
    }
    return fields.join(QLatin1Char(','));
}

inline QString sessionRow(const QString& uuid, const QString& slug = activation, const QString& start = {})
{
    return row({{QStringLiteral("record"), QStringLiteral("session")},
                {QStringLiteral("uuid"), uuid},
                {QStringLiteral("time_utc"), start.isEmpty() ? QStringLiteral("2024-06-03T08:00:00.000Z") : start},
                {QStringLiteral("end_utc"), QStringLiteral("2024-06-03T08:07:00.000Z")},
                {QStringLiteral("routine_slug"), slug},
                {QStringLiteral("routine_name"), QStringLiteral("Activation")},
                {QStringLiteral("kind"), QStringLiteral("routine")},
                {QStringLiteral("status"), QStringLiteral("completed")},
                {QStringLiteral("self_paced"), QStringLiteral("0")},
                {QStringLiteral("plan_json"), QStringLiteral("{}")}});
}

inline QString entryRow(const QString& uuid, const QString& rating, const QString& sessionUuid = {},
                        const QString& moment = QStringLiteral("standalone"), const QString& note = {})
{
    return row({{QStringLiteral("record"), QStringLiteral("entry")},
                {QStringLiteral("uuid"), uuid},
                {QStringLiteral("session_uuid"), sessionUuid},
                {QStringLiteral("time_utc"), QStringLiteral("2024-06-03T09:00:00Z")},
                {QStringLiteral("moment"), moment},
                {QStringLiteral("rating"), rating},
                {QStringLiteral("note"), note}});
}

inline QString errorOf(const QByteArray& bytes)
{
    return JournalCsv::parse(bytes, known, now).error;
}

} // namespace unknot::csvtest
