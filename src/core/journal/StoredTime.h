#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>
#include <QStringView>

namespace unknot {

/// The journal's times as it stores and exports them: UTC text "yyyy-MM-ddTHH:mm:ss.zzzZ", which sorts as text.
/// Written and read by hand for years 1 to 9999: Qt's general ISO parsing and formatting took a third of a ten-year
/// History or CSV. Any other text is read by QDateTime::fromString(Qt::ISODateWithMs), so results are Qt's exactly.
class StoredTime {
public:
    /// time in UTC as "yyyy-MM-ddTHH:mm:ss.zzzZ" (Qt::ISODateWithMs); empty for an invalid time.
    static QString toText(const QDateTime& time);
    /// Appends toText(time) to out as UTF-8.
    static void append(QByteArray* out, const QDateTime& time);
    /// The UTC time in text, read as QDateTime::fromString(text, Qt::ISODateWithMs).toUTC() reads it; invalid
    /// for empty or unreadable text.
    static QDateTime fromText(QStringView text);
    /// The same for UTF-8 text, as SQLite hands it over.
    static QDateTime fromText(QByteArrayView utf8);
    /// Appends a wall-clock time as "yyyy-MM-dd HH:mm" (the CSV's local column), given as milliseconds since the
    /// epoch with the zone's offset already added (LocalDates::wallMSecs). False, with nothing appended, for years
    /// outside 1..9999.
    static bool appendMinutes(QByteArray* out, qint64 wallMSecs);
};

} // namespace unknot
