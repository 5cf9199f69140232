#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace unknot {

/// One row of the History timeline: a session with its ratings, or a rating made outside any session.
struct TimelineItem {
    enum class Kind { Session, Entry };

    Kind kind = Kind::Entry;
    qint64 id = 0;             ///< the session's or the entry's id
    QDateTime timeUtc;         ///< when the session started or the rating was made
    QString title;             ///< a session: the routine name shown at the time; an entry: empty
    std::optional<int> rating; ///< an entry: its rating
    std::optional<int> before; ///< a session: the rating before it
    std::optional<int> after;  ///< a session: the rating after it
    qint64 beforeEntryId = 0;  ///< a session: the entry holding the rating before it, 0 for none
    qint64 afterEntryId = 0;   ///< a session: the entry holding the rating after it, 0 for none
    QString note;              ///< an entry: its note; a session: the note after it, else the one before
    QStringList siteNames;     ///< places named in the entry (a session: after, else before), worst first

    bool operator==(const TimelineItem&) const = default;
};

} // namespace unknot
