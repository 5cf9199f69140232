#pragma once

#include "JournalCsv.h"
#include "JournalCsvFormat.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

namespace unknot {

/// The reading side of JournalCsv: splits the bytes into RFC 4180 records, counting physical lines so that errors can
/// name them, and checks each row as it builds the sessions and entries. Memory beyond the file and what it holds
/// stays at one row, whatever the file: a row keeps at most its expected number of fields.
class JournalCsvReader {
    Q_DECLARE_TR_FUNCTIONS(JournalCsvReader)

public:
    /// Reads a file as JournalCsv::parse() promises (which calls this): the contents, or the first bad line.
    static JournalCsv::Parsed parse(const QByteArray& bytes, const QSet<QString>& knownRoutineSlugs,
                                    const QDateTime& nowUtc, const JournalCsv::Progress& progress = {});

private:
    JournalCsvReader(QByteArrayView text, const QSet<QString>& knownRoutineSlugs, const QDateTime& nowUtc);

    // Splitting into records, straight from the bytes: only the row being read is decoded.
    bool nextRow(QStringList* fields, qsizetype* count, int* line);
    QString text(qsizetype column, QByteArrayView ascii);
    bool quotedField(QByteArray* field, int line);
    static bool endsField(char c);
    static QString notExport();
    bool failAt(int line, const QString& message);

    // Checking one row's fields and building records from them; a failed check sets m_error and returns false.
    bool checkRow(const QStringList& f, int line, JournalCsv::Contents* contents);
    bool session(const QStringList& f, int line, JournalCsv::Contents* contents);
    bool step(const QStringList& f, JournalCsv::Contents* contents);
    bool entry(const QStringList& f, int line, JournalCsv::Contents* contents);
    bool newUuid(const QString& uuid, int line, QHash<QString, int>* lines);
    bool time(const QString& field, QDateTime* out);
    bool number(const QString& field, const QString& column, qint64* out);
    bool flagValue(const QString& field, const QString& column, bool* out);
    static bool digitsOnly(QStringView text);
    bool fail(const QString& message);

    const QByteArrayView m_text; ///< the file after its byte order mark; the caller's bytes outlive the reader
    qsizetype m_pos = 0;
    int m_line = 1;
    const QSet<QString>& m_known;
    QDateTime m_latest;
    QHash<QString, int> m_sessionLines;
    QHash<QString, int> m_entryLines;
    QHash<QString, int> m_momentLines[3]; ///< by PainEntry::Moment: the line of each session's rating, by its uuid
    // Texts that repeat over thousands of rows (keys, names, titles, numbers, places, plans) are made once and shared,
    // and places and plans read once: far fewer allocations to make, and to free when the import is done. Each column
    // remembers its last few texts, compared byte by byte: cheaper than hashing every field.
    struct Recent {
        static constexpr int size = 16;
        QByteArray bytes[size];
        QString texts[size];
        int next = 0;
    };
    Recent m_recent[JournalCsvFormat::ColumnCount];
    QHash<QString, QList<PainSite>> m_sites;
    QHash<QString, QJsonObject> m_plans;
    QHash<QString, qsizetype> m_sessionIndex;
    QString m_error;
    int m_errorLine = 0; ///< set by failAt() alone: a failed check's line is the row's
    bool m_encodingError = false;
};

} // namespace unknot
