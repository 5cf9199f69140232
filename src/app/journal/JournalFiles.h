#pragma once

#include "JournalFilter.h"

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

private:
    AppContext& m_context;
};

} // namespace unknot
