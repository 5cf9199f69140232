#include "library/ImportDialog.h"

#include "common/Tone.h"
#include "common/WindowFit.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace unknot {

namespace {

const QString geometryKey = QStringLiteral("import/geometry");

QString statusText(ImportEntry::Status status)
{
    switch (status) {
    case ImportEntry::Status::New:
        return ImportDialog::tr("New");
    case ImportEntry::Status::Updated:
        return ImportDialog::tr("Updated");
    case ImportEntry::Status::Unchanged:
        return ImportDialog::tr("Already there");
    case ImportEntry::Status::Skipped:
        return ImportDialog::tr("Skipped");
    }
    return {};
}

QString kindText(ItemKind kind)
{
    return kind == ItemKind::Routine ? ImportDialog::tr("Routine") : ImportDialog::tr("Exercise");
}

} // namespace

ImportDialog::ImportDialog(const ImportBatch& batch, const ImportPreview& preview, QWidget* parent)
    : QDialog(parent)
    , m_table(new QTreeWidget)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import exercises"));
    using S = ImportEntry::Status;
    m_toWrite = preview.count(S::New) + preview.count(S::Updated);
    // The parser's skipped items never reach the preview: count them with the preview's own.
    const int skipped = preview.count(S::Skipped) + batch.skippedCount();

    auto* heading = new QLabel(tr("From %1").arg(QFileInfo(batch.file).fileName()));
    heading->setObjectName(QStringLiteral("importFile"));
    QFont bold = heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    heading->setFont(bold);
    auto* summary = new QLabel(tr("%1 new, %2 updated, %3 already there, %4 skipped.")
                                   .arg(preview.count(S::New))
                                   .arg(preview.count(S::Updated))
                                   .arg(preview.count(S::Unchanged))
                                   .arg(skipped));
    summary->setObjectName(QStringLiteral("importSummary"));
    summary->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("importTable"));
    m_table->setRootIsDecorated(false);
    m_table->setWordWrap(true); // the reasons are sentences: read whole, not cut off
    m_table->setHeaderLabels({tr("What happens"), tr("Kind"), tr("Name"), tr("Line"), tr("Why")});
    for (int column = 0; column < 4; ++column) {
        m_table->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    m_table->header()->setSectionResizeMode(4, QHeaderView::Stretch);
    for (const ImportEntry& entry : preview.entries) {
        auto* row =
            new QTreeWidgetItem(m_table, {statusText(entry.status), kindText(entry.kind), entry.name,
                                          entry.line > 0 ? QString::number(entry.line) : QString(), entry.reason});
        row->setData(0, Qt::UserRole, static_cast<int>(entry.status));
        row->setToolTip(4, entry.reason);
    }
    // Notes: what the parser left out or kept as text, item by item.
    for (const ImportNote& note : batch.notes) {
        auto* row =
            new QTreeWidgetItem(m_table, {note.skipped ? statusText(S::Skipped) : tr("Note"), QString(), note.item,
                                          note.line > 0 ? QString::number(note.line) : QString(), note.reason});
        row->setData(0, Qt::UserRole, note.skipped ? static_cast<int>(S::Skipped) : -1);
        row->setToolTip(4, note.reason);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    auto* import =
        buttons->addButton(m_toWrite > 0 ? tr("Import %n item(s)", nullptr, m_toWrite) : tr("Nothing to import"),
                           QDialogButtonBox::AcceptRole);
    import->setObjectName(QStringLiteral("importButton"));
    import->setEnabled(m_toWrite > 0);
    import->setDefault(m_toWrite > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(summary);
    layout->addWidget(m_table, 1);
    if (m_toWrite > 0) {
        auto* hint = new QLabel(tr("Nothing is written until you press Import. Your own items are marked "
                                   "\"Yours\" in the library and can be edited."));
        hint->setWordWrap(true);
        tone::mark(hint, tone::Role::Quiet); // the palette's mid grey was too faint to read, in dark above all
        layout->addWidget(hint);
    }
    layout->addWidget(buttons);
    windowfit::restore(this, geometryKey, QSize(760, 520));
}

void ImportDialog::done(int result)
{
    windowfit::save(this, geometryKey);
    QDialog::done(result);
}

} // namespace unknot
