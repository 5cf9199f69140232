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
#include <functional>

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
        bool cancelled = false; ///< progress asked to stop; contents are partial
        bool ok() const { return error.isEmpty() && !cancelled; }
    };
    /// Told how far a long write or parse has come, in rows of the file (done of total); returning false stops it.
    /// Called every thousand rows or so, and once at the end, on the thread doing the work.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    /// The columns of the header row, in order.
    static QStringList columns();

    /// The file for sessions (with their steps) and entries: a UTF-8 byte order mark, the header, then each session
    /// followed by its steps and its entries, and entries without a session in between, oldest first. Entries are
    /// linked through their sessionId to the session with that id; an entry whose session is not among sessions is
    /// written without one. time_local is written in zone (an invalid zone means the system's). Empty (not even the
    /// header) when progress stopped it.
    static QByteArray write(const QList<SessionRecord>& sessions, const QList<PainEntry>& entries,
                            const QTimeZone& zone = {}, const Progress& progress = {});

    /// Reads a file written by write() (or edited in a spreadsheet and saved as CSV). Refuses the whole file at the
    /// first problem: a wrong header, a malformed row, a bad value, a time after nowUtc, a duplicate uuid, a step
    /// or entry before its session, or a routine slug not in knownRoutineSlugs. progress counts rows against
    /// countRows(bytes).
    static Parsed parse(const QByteArray& bytes, const QSet<QString>& knownRoutineSlugs, const QDateTime& nowUtc,
                        const Progress& progress = {});
    /// How many rows follow the header, quoted line breaks and a last line without one counted as parse() reads
    /// them (blank lines included): a quick scan for progress, not a check.
    static qint64 countRows(QByteArrayView bytes);

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
