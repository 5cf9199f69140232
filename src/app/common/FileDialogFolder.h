#pragma once

#include <QString>

namespace unknot {

/// Where the journal's file dialogs (import, export, report) open: the folder of the last file chosen in any of
/// them, else the documents folder, else home. Always an existing, absolute folder: a folder that does not exist
/// makes a file dialog open its parent with the missing folder's name typed in as a file name.
class FileDialogFolder {
public:
    /// The folder to open a dialog in. documents: the documents folder (QStandardPaths' by default).
    static QString start(const QString& documents = documentsFolder());
    /// start()'s folder with fileName in it, for a save dialog's suggested file.
    static QString startPath(const QString& fileName, const QString& documents = documentsFolder());
    /// Remembers the folder of chosenFile (from a dialog that was not cancelled) for the next dialog.
    static void remember(const QString& chosenFile);

    static QString documentsFolder();
    /// The QSettings key holding the remembered folder.
    static QString settingsKey();
};

} // namespace unknot
