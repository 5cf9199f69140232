#pragma once

#include <QList>
#include <QString>
#include <QTime>
#include <QVariantMap>

namespace unknot {

/// What the person chose for break reminders. Times are in seconds so a test or the command line can ask for a
/// short interval; the settings dialog shows minutes.
struct ReminderSettings {
    /// Off until the person turns reminders on.
    bool enabled = false;
    /// Active computer time before a reminder.
    int activeSeconds = 50 * 60;
    /// Days with reminders, as Qt::DayOfWeek (1 = Monday … 7 = Sunday).
    QList<int> workDays{1, 2, 3, 4, 5};
    /// Working hours in local time; an end at or before the start runs past midnight into the next day, and an
    /// end equal to the start means the whole day.
    QTime workStart{9, 0};
    QTime workEnd{17, 30};
    /// How long "Later" puts a reminder off.
    int postponeSeconds = 10 * 60;
    /// Postpones in a row before a reminder offers only Start and Skip.
    int maxPostpones = 2;
    /// The routine a reminder offers.
    QString routineId = QStringLiteral("desk-micro-break");
    /// Time away from keyboard and mouse that counts as a break.
    int breakSeconds = 5 * 60;

    /// True when reminders may come on that day (Qt::DayOfWeek).
    bool isWorkDay(int dayOfWeek) const { return workDays.contains(dayOfWeek); }
    /// True when the hours cover the whole day.
    bool allDay() const { return workStart == workEnd; }

    /// For storage (QSettings or JSON via QJsonObject::fromVariantMap).
    QVariantMap toVariantMap() const;
    /// Reads what toVariantMap() wrote; missing or out-of-range values keep their defaults.
    static ReminderSettings fromVariantMap(const QVariantMap& map);

    bool operator==(const ReminderSettings&) const = default;
};

} // namespace unknot
