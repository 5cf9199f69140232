#include "StoredTime.h"

#include "../StringMaker.h"
#include "LocalDates.h"

#include <QTimeZone>
#include <catch2/catch.hpp>
#include <random>

using namespace unknot;

namespace {

/// What the journal did before StoredTime: Qt's own ISO formatting and parsing.
QString qtText(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime qtTime(const QString& text)
{
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

/// Reads text both ways (as UTF-16 and as UTF-8) and checks each against Qt's reading.
void readsAsQtDoes(const QString& text)
{
    INFO(text);
    const QDateTime expected = qtTime(text);
    const QDateTime fromUtf16 = StoredTime::fromText(QStringView(text));
    const QByteArray utf8 = text.toUtf8();
    const QDateTime fromUtf8 = StoredTime::fromText(QByteArrayView(utf8));
    CHECK(fromUtf16.isValid() == expected.isValid());
    CHECK(fromUtf8.isValid() == expected.isValid());
    if (expected.isValid()) {
        CHECK(fromUtf16 == expected);
        CHECK(fromUtf8 == expected);
        CHECK(fromUtf16.timeSpec() == Qt::UTC);
        CHECK(fromUtf16.toMSecsSinceEpoch() == expected.toMSecsSinceEpoch());
    }
}

QDateTime utc(int year, int month, int day, int hour, int minute, int second = 0, int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), Qt::UTC);
}

} // namespace

TEST_CASE("stored times are written as Qt writes ISO dates with milliseconds", "[time]")
{
    CHECK(StoredTime::toText(utc(2024, 6, 3, 8, 0)) == QStringLiteral("2024-06-03T08:00:00.000Z"));
    CHECK(StoredTime::toText(utc(2024, 2, 29, 23, 59, 59, 999)) == QStringLiteral("2024-02-29T23:59:59.999Z"));
    CHECK(StoredTime::toText(utc(1970, 1, 1, 0, 0)) == QStringLiteral("1970-01-01T00:00:00.000Z"));
    CHECK(StoredTime::toText(utc(1969, 12, 31, 23, 59, 59, 1)) == QStringLiteral("1969-12-31T23:59:59.001Z"));
    CHECK(StoredTime::toText(utc(2099, 12, 31, 23, 59, 59, 999)) == QStringLiteral("2099-12-31T23:59:59.999Z"));
    CHECK(StoredTime::toText(QDateTime()).isEmpty());
    // A local or offset time is written in UTC.
    const QTimeZone berlin(QByteArrayLiteral("Europe/Berlin"));
    REQUIRE(berlin.isValid());
    const QDateTime summer(QDate(2024, 7, 1), QTime(10, 30, 0, 5), berlin);
    CHECK(StoredTime::toText(summer) == QStringLiteral("2024-07-01T08:30:00.005Z"));
    // Outside years 1 to 9999, Qt's own text.
    const QDateTime far = utc(12000, 1, 1, 0, 0);
    CHECK(StoredTime::toText(far) == qtText(far));
    QByteArray bytes("x");
    StoredTime::append(&bytes, utc(2000, 2, 29, 12, 0, 0, 42));
    StoredTime::append(&bytes, QDateTime());
    CHECK(bytes == QByteArray("x2000-02-29T12:00:00.042Z"));
}

TEST_CASE("stored times read back exactly, from 1970 to 2099, to the millisecond", "[time]")
{
    std::mt19937_64 random(7);
    const qint64 first = utc(1970, 1, 1, 0, 0).toMSecsSinceEpoch();
    const qint64 last = utc(2099, 12, 31, 23, 59, 59, 999).toMSecsSinceEpoch();
    std::uniform_int_distribution<qint64> pick(first, last);
    for (int i = 0; i < 20000; ++i) {
        const QDateTime time = QDateTime::fromMSecsSinceEpoch(pick(random), Qt::UTC);
        const QString text = StoredTime::toText(time);
        REQUIRE(text == qtText(time));
        REQUIRE(StoredTime::fromText(QStringView(text)) == time);
        const QByteArray utf8 = text.toUtf8();
        REQUIRE(StoredTime::fromText(QByteArrayView(utf8)) == time);
    }
    // Every day's midnight across leap years and century years (2000 is a leap year, 2100 is not).
    for (QDate day(1999, 1, 1); day <= QDate(2101, 3, 1); day = day.addDays(1)) {
        const QDateTime midnight(day, QTime(0, 0), Qt::UTC);
        REQUIRE(StoredTime::toText(midnight) == qtText(midnight));
        REQUIRE(StoredTime::fromText(StoredTime::toText(midnight)) == midnight);
    }
}

TEST_CASE("stored times read anything Qt reads, and refuse what it refuses", "[time]")
{
    for (const char* text : {"2024-02-29T12:00:00.000Z",
                             "2023-02-29T12:00:00.000Z",
                             "2100-02-29T00:00:00.000Z",
                             "2000-02-29T00:00:00.000Z",
                             "2024-04-31T00:00:00.000Z",
                             "2024-13-01T00:00:00.000Z",
                             "2024-00-10T00:00:00.000Z",
                             "2024-06-00T00:00:00.000Z",
                             "2024-06-03T23:59:59.999Z",
                             "2024-06-03T24:00:00.000Z",
                             "2024-06-03T08:60:00.000Z",
                             "2024-06-03T08:00:60.000Z",
                             "0000-01-01T00:00:00.000Z",
                             "0001-01-01T00:00:00.000Z",
                             "9999-12-31T23:59:59.999Z",
                             "2024-06-03T08:00:00Z",
                             "2024-06-03T08:00:00.5Z",
                             "2024-06-03T08:00Z",
                             "2024-06-03T10:00:00.000+02:00",
                             "2024-06-03T08:00:00.000",
                             "2024-06-03 08:00:00.000Z",
                             "2024-06-03t08:00:00.000z",
                             " 2024-06-03T08:00:00.000Z",
                             "2024-06-03T08:00:00.000Z ",
                             "2024-6-3T8:00:00.000Z",
                             "2024-06-03T08:0a:00.000Z",
                             "２０２４-06-03T08:00:00.000Z",
                             "1970-01-01T00:00:00.000Z",
                             "garbage",
                             "Z",
                             ""}) {
        readsAsQtDoes(QString::fromUtf8(text));
    }
}

TEST_CASE("local minutes for the CSV follow the zone across daylight saving", "[time]")
{
    const QTimeZone london(QByteArrayLiteral("Europe/London"));
    REQUIRE(london.isValid());
    LocalDates local(london);
    // Clocks went forward at 01:00 UTC on 31 March 2024 and back at 01:00 UTC on 27 October 2024.
    for (const QDateTime& time :
         {utc(2024, 3, 31, 0, 59, 59, 999), utc(2024, 3, 31, 1, 0), utc(2024, 10, 27, 0, 30), utc(2024, 10, 27, 1, 0),
          utc(2024, 10, 27, 1, 30), utc(2024, 2, 29, 23, 45), utc(1970, 1, 1, 0, 0), utc(2099, 12, 31, 23, 59)}) {
        QByteArray minutes;
        REQUIRE(StoredTime::appendMinutes(&minutes, local.wallMSecs(time)));
        CHECK(QString::fromLatin1(minutes) == time.toTimeZone(london).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        CHECK(local.of(time) == time.toTimeZone(london).date());
    }
    QByteArray none;
    CHECK_FALSE(StoredTime::appendMinutes(&none, utc(12000, 1, 1, 0, 0).toMSecsSinceEpoch()));
    CHECK(none.isEmpty());
}
