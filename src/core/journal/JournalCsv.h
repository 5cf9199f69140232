#pragma once

#include "PainEntry.h"
#include "SessionRecord.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace unknot {

/// The journal as one CSV file (sessions, their steps and pain entries), as documented in docs/csv-format.md.
/// Pure: no files, no database. Reading checks every row and names the first bad line.
class JournalCsv {
public:
    /// One session read from a file, with its steps, and the line its row starts on.
    struct Session {
        SessionRecord record; ///< id is 0
        int line = 0;
    };
    /// One pain entry read from a file, with the uuid of its session (empty for none) and its line.
    struct Entry {
        PainEntry entry; ///< id and sessionId are 0; link it through sessionUuid
        QString sessionUuid;
        int line = 0;
    };
    /// Everything a file holds, in file order: each entry's session comes before it.
    struct Contents {
        QList<Session> sessions;
        QList<Entry> entries;
    };
    /// What parse() gives: the contents, or an error naming the first bad line.
    struct Parsed {
        Contents contents;
        QString error; ///< e.g. "Line 7: the rating must be a whole number from 0 to 10."
        int errorLine = 0;
        bool ok() const { return error.isEmpty(); }
    };

    /// The columns of the header row, in order.
    static QStringList columns();

    /// The file for sessions (with their steps) and entries: a UTF-8 byte order mark, the header, then each session
    /// followed by its steps and its entries, and entries without a session in between, oldest first. Entries are
    /// linked through their sessionId to the session with that id; an entry whose session is not among sessions is
    /// written without one. time_local is written in zone (an invalid zone means the system's).
    static QByteArray write(const QList<SessionRecord>& sessions, const QList<PainEntry>& entries,
                            const QTimeZone& zone = {});

    /// Reads a file written by write() (or edited in a spreadsheet and saved as CSV). Refuses the whole file at the
    /// first problem: a wrong header, a malformed row, a bad value, a time after nowUtc, a duplicate uuid, a step
    /// or entry before its session, or a routine slug not in knownRoutineSlugs.
    static Parsed parse(const QByteArray& bytes, const QSet<QString>& knownRoutineSlugs, const QDateTime& nowUtc);

    /// One field quoted as RFC 4180 needs: in double quotes, with quotes doubled, if it holds a comma, a quote or a
    /// line break; as it is otherwise.
    static QString quoted(const QString& field);
    /// The sites column: "kind:slug:name" items separated by ';', the worst marked with a leading '*'. A backslash
    /// keeps the next character as it is: written before '\\' and ';' in slugs and names, and ':' in slugs.
    static QString sitesField(const QList<PainSite>& sites);
    /// The sites from a sites column; empty with error set when it cannot be read.
    static QList<PainSite> sitesFromField(const QString& field, QString* error);
};

} // namespace unknot
