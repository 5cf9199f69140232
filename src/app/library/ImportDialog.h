#pragma once

#include "ImportBatch.h"
#include "OwnItemsImport.h"

#include <QDialog>

class QTreeWidget;

namespace unknot {

/// What importing a file will do, before anything is written: how many items are new, updated, unchanged or
/// skipped (each with the reason and its line), and the notes (images left out, muscles kept as text). Accept
/// imports; the dialog says so when there is nothing to import.
class ImportDialog : public QDialog {
    Q_OBJECT

public:
    ImportDialog(const ImportBatch& batch, const ImportPreview& preview, QWidget* parent = nullptr);

    /// How many items accepting would write.
    int toWrite() const { return m_toWrite; }
    QTreeWidget* table() const { return m_table; }
    void done(int result) override;

private:
    QTreeWidget* m_table;
    int m_toWrite = 0;
};

} // namespace unknot
