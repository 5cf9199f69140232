#include "journal/RestoreDialog.h"

#include "shell/AppContext.h"
#include "common/Prompts.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace unknot {

RestoreDialog::RestoreDialog(const QList<JournalBackup::Entry>& backups, QWidget* parent)
    : QDialog(parent)
    , m_list(new QTreeWidget)
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore from backup"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(backups.isEmpty()
                                 ? tr("There are no backups of this journal yet. Unknot makes one each day you open "
                                      "it, and before every update and import.")
                                 : tr("Pick the backup to bring back. Your journal file as it is now is kept in "
                                      "the backups folder first."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list->setObjectName(QStringLiteral("backups"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Made"), tr("When"), tr("What it holds")});
    const QLocale locale;
    for (const JournalBackup::Entry& entry : backups) {
        auto* item = new QTreeWidgetItem(m_list, {locale.toString(entry.made, QLocale::ShortFormat),
                                                  JournalBackup::reasonWords(entry.reason), contentsWords(entry)});
        item->setData(0, Qt::UserRole, entry.path);
        item->setDisabled(!entry.readable);
    }
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->setCurrentItem(m_list->topLevelItem(0)); // the newest; the restore still asks before it replaces
    m_list->setVisible(!backups.isEmpty());
    layout->addWidget(m_list, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_restore = buttons->addButton(tr("Restore"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setEnabled(selectedPath().size() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* current) { m_restore->setEnabled(current && !current->isDisabled()); });
    connect(m_list, &QTreeWidget::itemActivated, this, [this] {
        if (m_restore->isEnabled()) {
            accept();
        }
    });
    layout->addWidget(buttons);
    resize(780, 360); // room for the contents column; still fits a 1024x600 screen
}

bool RestoreDialog::run(AppContext& context, QWidget* parent)
{
    const QList<JournalBackup::Entry> backups = context.backups();
    RestoreDialog dialog(backups, parent);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedPath().isEmpty()) {
        return false;
    }
    const QString path = dialog.selectedPath();
    QString made;
    for (const JournalBackup::Entry& entry : backups) {
        made = entry.path == path ? QLocale().toString(entry.made, QLocale::ShortFormat) : made;
    }
    const QString now = context.journalOk() ? tr("Your journal as it is now is kept as a backup first.")
                                            : tr("The journal file that could not be used is kept in the backups "
                                                 "folder first.");
    if (!Prompts::confirm(parent, tr("Restore this backup?"),
                          tr("Unknot will bring back the journal as it was on %1. %2").arg(made, now), tr("Restore"),
                          tr("Cancel"))) {
        return false;
    }
    if (const auto restored = context.restore(path); !restored) {
        QMessageBox::warning(parent, tr("Restore from backup"),
                             tr("The backup could not be restored: %1").arg(restored.error()));
        return false;
    }
    QMessageBox::information(parent, tr("Restore from backup"),
                             tr("Your journal is back as it was on %1. The backups folder is %2.")
                                 .arg(made, QDir::toNativeSeparators(JournalBackup::folderFor(context.journalPath()))));
    return true;
}

QString RestoreDialog::selectedPath() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item && !item->isDisabled() ? item->data(0, Qt::UserRole).toString() : QString();
}

QString RestoreDialog::contentsWords(const JournalBackup::Entry& entry)
{
    if (!entry.readable) {
        return tr("cannot be read");
    }
    const QString sessions = tr("%n session(s)", nullptr, entry.sessions);
    const QString entries = tr("%n pain entry(s)", nullptr, entry.painEntries);
    const QString counts = tr("%1 and %2").arg(sessions, entries);
    if (!entry.first.isValid()) {
        return counts;
    }
    const QLocale locale;
    const QString span = entry.first == entry.last ? locale.toString(entry.first, QLocale::ShortFormat)
                                                   : tr("%1 to %2")
                                                         .arg(locale.toString(entry.first, QLocale::ShortFormat),
                                                              locale.toString(entry.last, QLocale::ShortFormat));
    return tr("%1, %2").arg(counts, span);
}

} // namespace unknot
