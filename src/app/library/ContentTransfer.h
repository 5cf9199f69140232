#pragma once

#include "ImportBatch.h"
#include "OwnItemsImport.h"

#include <QObject>

class QWidget;

namespace unknot {

class LibraryRepository;
class OwnItemsRepository;

/// Brings exercises and routines in from files (Unknot's own, Workrave's, free-exercise-db's) and shares an own
/// routine, with its own exercises, as one file another Unknot can import.
class ContentTransfer : public QObject {
    Q_OBJECT

public:
    ContentTransfer(const LibraryRepository& library, OwnItemsRepository& own, OwnItemsImport& importer,
                    QWidget* parent);

    /// Asks for a file, shows what importing it will do, and imports on confirmation.
    void importFile();
    /// Reads path and shows the preview (no file dialog): for tests and for files handed to Unknot.
    void importPath(const QString& path);
    /// Asks where to save, then writes the own routine id and the own exercises it uses to one file.
    void exportRoutine(const QString& id);
    /// Writes the own routine id (with its own exercises) to path; false with a message shown if it cannot.
    bool exportRoutineTo(const QString& id, const QString& path);

Q_SIGNALS:
    /// Own items were added or changed: lists and pages should show them, starting with first (a routine when the
    /// file brought one, since that is what a shared file is for).
    void imported(int count, const unknot::ItemRef& first);

private:
    const LibraryRepository& m_library;
    OwnItemsRepository& m_own;
    OwnItemsImport& m_importer;
    QWidget* m_parent;
};

} // namespace unknot
