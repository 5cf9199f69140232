#include "common/FileDialogFolder.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace unknot {

namespace {

bool isFolder(const QString& path)
{
    return !path.isEmpty() && QFileInfo(path).isDir();
}

} // namespace

QString FileDialogFolder::settingsKey()
{
    return QStringLiteral("files/lastFolder");
}

QString FileDialogFolder::documentsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

QString FileDialogFolder::start(const QString& documents)
{
    const QString remembered = QSettings().value(settingsKey()).toString();
    for (const QString& folder : {remembered, documents}) {
        if (isFolder(folder)) {
            return QDir(folder).absolutePath();
        }
    }
    return QDir::homePath();
}

QString FileDialogFolder::startPath(const QString& fileName, const QString& documents)
{
    return QDir(start(documents)).filePath(fileName);
}

void FileDialogFolder::remember(const QString& chosenFile)
{
    if (!chosenFile.isEmpty()) {
        QSettings().setValue(settingsKey(), QFileInfo(chosenFile).absolutePath());
    }
}

} // namespace unknot
