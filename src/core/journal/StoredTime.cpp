#include "StoredTime.h"

#include <optional>

namespace unknot {

namespace {

constexpr qint64 msPerDay = 24 * 60 * 60 * 1000;

struct Civil {
    qint64 year;
    int month;
    int day;
};

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm); year 0 is 1 BC.
constexpr qint64 daysFromCivil(qint64 year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const qint64 yearOfEra = year - era * 400;
    const qint64 dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

constexpr Civil civilFromDays(qint64 days)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 shifted = (5 * dayOfYear + 2) / 153;
    const int day = static_cast<int>(dayOfYear - (153 * shifted + 2) / 5 + 1);
    const int month = static_cast<int>(shifted < 10 ? shifted + 3 : shifted - 9);
    return {yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day};
}

static_assert(daysFromCivil(1970, 1, 1) == 0);
static_assert(daysFromCivil(2000, 3, 1) == 11017);
static_assert(civilFromDays(11016).month == 2 && civilFromDays(11016).day == 29);

constexpr qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - (a % b != 0 && (a < 0) != (b < 0) ? 1 : 0);
}

constexpr bool leapYear(qint64 year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

constexpr int daysInMonth(qint64 year, int month)
{
    constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && leapYear(year) ? 29 : days[month - 1];
}

void putDigits(char* at, qint64 value, int count)
{
    for (int i = count - 1; i >= 0; --i) {
        at[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
}

/// "yyyy-MM-ddTHH:mm:ss.zzzZ" (24 characters) for msecs since the epoch, or false outside years 1..9999.
bool format(qint64 msecs, char* text)
{
    const qint64 days = floorDiv(msecs, msPerDay);
    const qint64 inDay = msecs - days * msPerDay;
    const Civil date = civilFromDays(days);
    if (date.year < 1 || date.year > 9999) {
        return false;
    }
    putDigits(text, date.year, 4);
    text[4] = '-';
    putDigits(text + 5, date.month, 2);
    text[7] = '-';
    putDigits(text + 8, date.day, 2);
    text[10] = 'T';
    putDigits(text + 11, inDay / 3'600'000, 2);
    text[13] = ':';
    putDigits(text + 14, inDay / 60'000 % 60, 2);
    text[16] = ':';
    putDigits(text + 17, inDay / 1000 % 60, 2);
    text[19] = '.';
    putDigits(text + 20, inDay % 1000, 3);
    text[23] = 'Z';
    return true;
}

/// The value of count digits at text, or -1 if any is not a digit.
template <typename Char> int digits(const Char* text, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const auto c = static_cast<char16_t>(text[i]);
        if (c < u'0' || c > u'9') {
            return -1;
        }
        value = value * 10 + (c - u'0');
    }
    return value;
}

/// Milliseconds since the epoch for text in exactly the stored form with a real date and time; empty otherwise.
template <typename Char> std::optional<qint64> parse(const Char* text, qsizetype size)
{
    if (size != 24) {
        return std::nullopt;
    }
    const auto at = [text](int i) { return static_cast<char16_t>(text[i]); };
    if (at(4) != u'-' || at(7) != u'-' || at(10) != u'T' || at(13) != u':' || at(16) != u':' || at(19) != u'.' ||
        at(23) != u'Z') {
        return std::nullopt;
    }
    const int year = digits(text, 4);
    const int month = digits(text + 5, 2);
    const int day = digits(text + 8, 2);
    const int hour = digits(text + 11, 2);
    const int minute = digits(text + 14, 2);
    const int second = digits(text + 17, 2);
    const int milli = digits(text + 20, 3);
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour < 0 || hour > 23 ||
        minute < 0 || minute > 59 || second < 0 || second > 59 || milli < 0) {
        return std::nullopt; // Qt decides: 24:00, leap seconds and the like
    }
    return daysFromCivil(year, month, day) * msPerDay + ((hour * 60LL + minute) * 60 + second) * 1000 + milli;
}

QDateTime slowly(const QString& text)
{
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

} // namespace

QString StoredTime::toText(const QDateTime& time)
{
    if (!time.isValid()) {
        return {};
    }
    char text[24];
    if (!format(time.toMSecsSinceEpoch(), text)) {
        return time.toUTC().toString(Qt::ISODateWithMs);
    }
    return QString::fromLatin1(text, 24);
}

void StoredTime::append(QByteArray* out, const QDateTime& time)
{
    if (!time.isValid()) {
        return;
    }
    char text[24];
    if (!format(time.toMSecsSinceEpoch(), text)) {
        out->append(time.toUTC().toString(Qt::ISODateWithMs).toUtf8());
        return;
    }
    out->append(text, 24);
}

QDateTime StoredTime::fromText(QStringView text)
{
    if (text.isEmpty()) {
        return {};
    }
    if (const auto msecs = parse(text.utf16(), text.size())) {
        return QDateTime::fromMSecsSinceEpoch(*msecs, Qt::UTC);
    }
    return slowly(text.toString());
}

QDateTime StoredTime::fromText(QByteArrayView utf8)
{
    if (utf8.isEmpty()) {
        return {};
    }
    if (const auto msecs = parse(utf8.data(), utf8.size())) {
        return QDateTime::fromMSecsSinceEpoch(*msecs, Qt::UTC);
    }
    return slowly(QString::fromUtf8(utf8));
}

bool StoredTime::appendMinutes(QByteArray* out, qint64 wallMSecs)
{
    char text[24];
    if (!format(wallMSecs, text)) {
        return false;
    }
    text[10] = ' ';
    out->append(text, 16);
    return true;
}

} // namespace unknot
