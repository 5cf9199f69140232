#include "ReminderSettings.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace unknot;

namespace {

ReminderSettings changed()
{
    ReminderSettings s;
    s.enabled = true;
    s.activeSeconds = 60;
    s.workDays = {2, 6};
    s.workStart = QTime(22, 0);
    s.workEnd = QTime(6, 15);
    s.postponeSeconds = 300;
    s.maxPostpones = 0;
    s.routineId = QStringLiteral("upper-back-activation");
    s.breakSeconds = 120;
    return s;
}

} // namespace

TEST_CASE("reminder settings: off by default, with the desk break after 50 minutes", "[reminder][settings]")
{
    const ReminderSettings s;
    CHECK_FALSE(s.enabled);
    CHECK(s.activeSeconds == 50 * 60);
    CHECK(s.postponeSeconds == 10 * 60);
    CHECK(s.breakSeconds == 5 * 60);
    CHECK(s.routineId == QStringLiteral("desk-micro-break"));
    CHECK(s.isWorkDay(Qt::Friday));
    CHECK_FALSE(s.isWorkDay(Qt::Saturday));
}

TEST_CASE("reminder settings survive a map, JSON and QSettings", "[reminder][settings]")
{
    const ReminderSettings s = changed();
    CHECK(ReminderSettings::fromVariantMap(s.toVariantMap()) == s);

    const QByteArray json = QJsonDocument(QJsonObject::fromVariantMap(s.toVariantMap())).toJson();
    CHECK(ReminderSettings::fromVariantMap(QJsonDocument::fromJson(json).object().toVariantMap()) == s);

    const QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ReminderSettings one = s;
    one.workDays = {3}; // QSettings hands a one-item list back as a plain value
    {
        QSettings settings(dir.filePath(QStringLiteral("r.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("reminders"), one.toVariantMap());
        settings.setValue(QStringLiteral("reminders2"), s.toVariantMap());
    }
    const QSettings settings(dir.filePath(QStringLiteral("r.ini")), QSettings::IniFormat);
    CHECK(ReminderSettings::fromVariantMap(settings.value(QStringLiteral("reminders")).toMap()) == one);
    CHECK(ReminderSettings::fromVariantMap(settings.value(QStringLiteral("reminders2")).toMap()) == s);
}

TEST_CASE("reminder settings: what is missing or out of range keeps its default", "[reminder][settings]")
{
    const ReminderSettings defaults;
    CHECK(ReminderSettings::fromVariantMap({}) == defaults);
    const QVariantMap bad{
        {QStringLiteral("activeSeconds"), -5},
        {QStringLiteral("breakSeconds"), QStringLiteral("soon")},
        {QStringLiteral("workStart"), QStringLiteral("25:00")},
        {QStringLiteral("routine"), QString()},
        {QStringLiteral("workDays"), QVariantList{0, 8, 3, 3, 1}},
    };
    const ReminderSettings s = ReminderSettings::fromVariantMap(bad);
    CHECK(s.activeSeconds == defaults.activeSeconds);
    CHECK(s.breakSeconds == defaults.breakSeconds);
    CHECK(s.workStart == defaults.workStart);
    CHECK(s.routineId == defaults.routineId);
    CHECK(s.workDays == QList<int>{1, 3});
}
