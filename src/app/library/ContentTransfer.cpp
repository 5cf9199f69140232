#include "library/ContentTransfer.h"

#include "ImportFile.h"
#include "LibraryRepository.h"
#include "OwnItemsRepository.h"
#include "PackFile.h"
#include "common/FileDialogFolder.h"
#include "common/Prompts.h"
#include "library/ImportDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QJsonArray>
#include <QSaveFile>

namespace unknot {

ContentTransfer::ContentTransfer(const LibraryRepository& library, OwnItemsRepository& own, OwnItemsImport& importer,
                                 QWidget* parent)
    : QObject(parent)
    , m_library(library)
    , m_own(own)
    , m_importer(importer)
    , m_parent(parent)
{
}

void ContentTransfer::importFile()
{
    const QString path = QFileDialog::getOpenFileName(
        m_parent, tr("Import exercises"), FileDialogFolder::start(),
        tr("Exercise files (*.json *.xml *.unknot);;Unknot exercises and routines (*.json *.unknot);;"
           "Workrave exercises (*.xml);;free-exercise-db (exercises.json);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    FileDialogFolder::remember(path);
    importPath(path);
}

void ContentTransfer::importPath(const QString& path)
{
    const ImportBatch batch = ImportFile::read(path, m_library.knownIds());
    if (batch.refused()) {
        Prompts::inform(m_parent, tr("Nothing was imported"), batch.fatal);
        return;
    }
    const ImportPreview preview =
        m_importer.preview(batch.exercises, batch.routines, batch.exerciseLines, batch.routineLines);
    ImportDialog dialog(batch, preview, m_parent);
    if (dialog.exec() != QDialog::Accepted || dialog.toWrite() == 0) {
        return;
    }
    const auto written = m_importer.write(preview);
    if (!written.ok()) {
        Prompts::inform(m_parent, tr("Nothing was imported"), written.error());
        return;
    }
    ItemRef first;
    for (const ImportEntry& entry : preview.entries) {
        const bool writtenNow =
            entry.status == ImportEntry::Status::New || entry.status == ImportEntry::Status::Updated;
        if (writtenNow &&
            (first.id.isEmpty() || (entry.kind == ItemKind::Routine && first.kind != ItemKind::Routine))) {
            first = {entry.kind, entry.id};
        }
    }
    Q_EMIT imported(*written, first);
    Prompts::tell(m_parent, tr("Imported"),
                  tr("%n item(s) added to your library. Find them under Exercises and Routines, marked \"Yours\".",
                     nullptr, *written));
}

void ContentTransfer::exportRoutine(const QString& id)
{
    const auto routine = m_own.body(ItemKind::Routine, id);
    if (!routine) {
        Prompts::inform(m_parent, tr("Only your own routines can be shared"),
                        tr("Duplicate this routine first: the copy is yours to change and share."));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(m_parent, tr("Share a routine"),
                                                      FileDialogFolder::startPath(id + QStringLiteral(".unknot.json")),
                                                      tr("Unknot routines (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    FileDialogFolder::remember(path);
    if (exportRoutineTo(id, path)) {
        Prompts::tell(m_parent, tr("Routine shared"),
                      tr("It is saved in %1. On the other computer, open it with File → Import exercises.")
                          .arg(QDir::toNativeSeparators(path)));
    }
}

bool ContentTransfer::exportRoutineTo(const QString& id, const QString& path)
{
    const auto routine = m_own.body(ItemKind::Routine, id);
    if (!routine) {
        return false;
    }
    // The routine and the own exercises it uses; built-in exercises are named by id, every Unknot has them.
    QList<QJsonObject> exercises;
    QStringList added;
    for (const auto& step : routine->value(QStringLiteral("steps")).toArray()) {
        const QString exercise = step.toObject().value(QStringLiteral("exercise")).toString();
        if (const auto own = m_own.body(ItemKind::Exercise, exercise); own && !added.contains(exercise)) {
            exercises.append(*own);
            added.append(exercise);
        }
    }
    QJsonObject shared = *routine;
    shared.remove(QStringLiteral("exerciseCopies"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(PackFile::write(exercises, {shared})) < 0 || !file.commit()) {
        Prompts::inform(m_parent, tr("The routine was not shared"),
                        tr("%1 could not be written: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

} // namespace unknot
