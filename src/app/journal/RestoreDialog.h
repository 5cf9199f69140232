#pragma once

#include "JournalBackup.h"

#include <QDialog>

class QPushButton;
class QTreeWidget;

namespace unknot {

class AppContext;

/// Lists the journal's backups with their date and what each holds; the person picks one to restore.
class RestoreDialog : public QDialog {
    Q_OBJECT

public:
    RestoreDialog(const QList<JournalBackup::Entry>& backups, QWidget* parent = nullptr);

    /// Shows the backups of context's journal; on a pick, confirms (through Prompts), restores and says how it went.
    /// True when a backup was restored.
    static bool run(AppContext& context, QWidget* parent);

    /// The backup picked, or empty.
    QString selectedPath() const;
    /// "12 sessions and 30 pain entries, 3 May to 9 June 2024": the contents in a few words.
    static QString contentsWords(const JournalBackup::Entry& entry);

private:
    QTreeWidget* m_list;
    QPushButton* m_restore;
};

} // namespace unknot
