#pragma once

#include "JournalCsv.h"
#include "JournalCsvFormat.h"
#include "LocalDates.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringEncoder>
#include <utility>

namespace unknot {

/// The writing side of JournalCsv: builds the file as UTF-8 bytes straight away, one cell at a time, with the
/// quoting and formula guard of JournalCsv::quoted() and JournalCsvFormat::guarded() applied to the bytes. A ten-year
/// journal (30 MB) takes a fraction of the time that joining QStrings took.
class JournalCsvWriter {
public:
    /// The file JournalCsv::write() promises (which calls this); empty when progress asked to stop.
    static QByteArray write(const QList<SessionRecord>& sessions, const QList<PainEntry>& entries,
                            const QTimeZone& zone, const JournalCsv::Progress& progress);

private:
    using Column = JournalCsvFormat::Column;

    explicit JournalCsvWriter(const QTimeZone& zone);

    // One row, cell by cell, in the order of the columns; cells not given stay empty.
    void plain(Column column, QByteArrayView ascii);
    void text(Column column, const QString& value);
    void utf8Text(Column column, QByteArrayView utf8);
    void number(Column column, qint64 value);
    void times(const QDateTime& utc);
    void utcTime(Column column, const QDateTime& utc);
    void sites(const QList<PainSite>& sites);
    void endRow();

    void to(Column column);
    void escaped(const QString& text, bool colonToo);
    void finishText(qsizetype start);
    QByteArray planText(const QJsonObject& plan);
    void appendUtf8(QStringView text);

    QByteArray m_out;
    qsizetype m_commas = 0; ///< in the row being written
    LocalDates m_local;
    QTimeZone m_zone;
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
    std::pair<QJsonObject, QByteArray> m_plans[8]; ///< the last plans written, with their text
    size_t m_nextPlan = 0;
    size_t m_planCount = 0;
    QByteArray m_muscle; ///< PainSite's kind keys, as bytes once
    QByteArray m_area;
};

} // namespace unknot
