#pragma once

#include "JournalFilter.h"
#include "JournalTransfer.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace unknot {

class AppContext;

/// The journal's files: CSV export and import, and the PDF report for a physiotherapist. Each returns what to
/// tell the person: how it went, or what went wrong and that nothing changed.
class JournalFiles {
    Q_DECLARE_TR_FUNCTIONS(JournalFiles)

public:
    explicit JournalFiles(AppContext& context);

    QString exportCsv(const QString& path) const;
    /// imported is set to true when anything was added, so the views showing the journal can read it again.
    QString importCsv(const QString& path, bool* imported = nullptr) const;
    /// The report for the local dates from to to (both included), narrowed by filter as History shows it.
    QString exportReport(const QString& path, QDate from, QDate to, const JournalFilter& filter) const;

    /// What to tell the person after an export to path (JournalFileTask words its own runs with these too).
    static QString exportWords(const Result<>& written, const QString& path);
    /// What to tell the person after an import; imported is set to true when anything was added.
    static QString importWords(const Result<JournalTransfer::ImportResult>& result, bool* imported);

private:
    AppContext& m_context;
};

} // namespace unknot
