#include "ReminderSettings.h"

#include <QVariantList>
#include <algorithm>

namespace unknot {

namespace {

const QString timeFormat = QStringLiteral("HH:mm");

// A stored number inside [low, high], or the fallback when it is missing, not a number or outside.
int readInt(const QVariantMap& map, const QString& key, int low, int high, int fallback)
{
    bool ok = false;
    const int value = map.value(key).toInt(&ok);
    return ok && value >= low && value <= high ? value : fallback;
}

QTime readTime(const QVariantMap& map, const QString& key, QTime fallback)
{
    const QTime time = QTime::fromString(map.value(key).toString(), timeFormat);
    return time.isValid() ? time : fallback;
}

} // namespace

QVariantMap ReminderSettings::toVariantMap() const
{
    QVariantList days;
    for (const int day : workDays) {
        days.append(day);
    }
    return {
        {QStringLiteral("enabled"), enabled},
        {QStringLiteral("activeSeconds"), activeSeconds},
        {QStringLiteral("workDays"), days},
        {QStringLiteral("workStart"), workStart.toString(timeFormat)},
        {QStringLiteral("workEnd"), workEnd.toString(timeFormat)},
        {QStringLiteral("postponeSeconds"), postponeSeconds},
        {QStringLiteral("maxPostpones"), maxPostpones},
        {QStringLiteral("routine"), routineId},
        {QStringLiteral("breakSeconds"), breakSeconds},
    };
}

ReminderSettings ReminderSettings::fromVariantMap(const QVariantMap& map)
{
    const ReminderSettings defaults;
    ReminderSettings s;
    s.enabled = map.value(QStringLiteral("enabled"), defaults.enabled).toBool();
    constexpr int day = 24 * 60 * 60;
    s.activeSeconds = readInt(map, QStringLiteral("activeSeconds"), 10, day, defaults.activeSeconds);
    s.postponeSeconds = readInt(map, QStringLiteral("postponeSeconds"), 10, day, defaults.postponeSeconds);
    s.maxPostpones = readInt(map, QStringLiteral("maxPostpones"), 0, 100, defaults.maxPostpones);
    s.breakSeconds = readInt(map, QStringLiteral("breakSeconds"), 10, day, defaults.breakSeconds);
    s.workStart = readTime(map, QStringLiteral("workStart"), defaults.workStart);
    s.workEnd = readTime(map, QStringLiteral("workEnd"), defaults.workEnd);
    const QString routine = map.value(QStringLiteral("routine")).toString();
    s.routineId = routine.isEmpty() ? defaults.routineId : routine;
    if (map.contains(QStringLiteral("workDays"))) {
        s.workDays.clear();
        // QSettings hands a one-element list back as a plain value, so take either.
        const QVariant stored = map.value(QStringLiteral("workDays"));
        const QVariantList days = stored.canConvert<QVariantList>() ? stored.toList() : QVariantList{stored};
        for (const QVariant& value : days) {
            bool ok = false;
            const int d = value.toInt(&ok);
            if (ok && d >= 1 && d <= 7 && !s.workDays.contains(d)) {
                s.workDays.append(d);
            }
        }
        std::sort(s.workDays.begin(), s.workDays.end());
    }
    return s;
}

} // namespace unknot
