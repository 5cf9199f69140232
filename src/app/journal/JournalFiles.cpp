#include "journal/JournalFiles.h"

#include "shell/AppContext.h"
#include "JournalTransfer.h"
#include "report/ReportWriter.h"

#include <QDir>
#include <QFile>
#include <QLocale>

namespace unknot {

JournalFiles::JournalFiles(AppContext& context)
    : m_context(context)
{
}

QString JournalFiles::exportCsv(const QString& path) const
{
    return exportWords(m_context.transfer().exportCsv(path), path);
}

QString JournalFiles::exportWords(const Result<>& written, const QString& path)
{
    if (!written) {
        return tr("The journal could not be exported: %1").arg(written.error());
    }
    return tr("Your journal was saved to %1. It opens in any spreadsheet, and Unknot on another computer can "
              "import it.")
        .arg(QDir::toNativeSeparators(path));
}

QString JournalFiles::importCsv(const QString& path, bool* imported) const
{
    if (imported) {
        *imported = false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return tr("%1 could not be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    }
    return importWords(m_context.transfer().importCsv(file.readAll()), imported);
}

QString JournalFiles::importWords(const Result<JournalTransfer::ImportResult>& result, bool* imported)
{
    if (imported) {
        *imported = false;
    }
    if (!result) {
        return tr("Nothing was imported. %1").arg(result.error());
    }
    if (result->sessionsAdded == 0 && result->entriesAdded == 0) {
        return tr("Nothing new: everything in this file is already in your journal.");
    }
    if (imported) {
        *imported = true;
    }
    //: "Imported 3 sessions and 5 ratings."
    QString text = tr("Imported %1 and %2.")
                       .arg(tr("%n session(s)", nullptr, result->sessionsAdded),
                            tr("%n rating(s)", nullptr, result->entriesAdded));
    const int skipped = result->sessionsSkipped + result->entriesSkipped;
    if (skipped > 0) {
        text += u' ' + tr("%n already in your journal stayed as they were.", nullptr, skipped);
    }
    return text;
}

QString JournalFiles::exportReport(const QString& path, QDate from, QDate to, const JournalFilter& filter) const
{
    const auto report = ReportWriter::gather(m_context.history(), m_context.library(), from, to, filter);
    QString error;
    if (!ReportWriter::write(path, report, &error)) {
        return tr("The report could not be written: %1").arg(error);
    }
    return tr("The report for %1 to %2 was saved to %3.")
        .arg(QLocale().toString(from, QLocale::LongFormat), QLocale().toString(to, QLocale::LongFormat),
             QDir::toNativeSeparators(path));
}

} // namespace unknot
