#include "ImportFile.h"

#include "FreeExerciseDbImport.h"
#include "ImportText.h"
#include "PackFile.h"
#include "WorkraveImport.h"

#include <QFileInfo>

namespace unknot {

ImportBatch ImportFile::read(const QString& path, const ContentRules::Known& library)
{
    QByteArray bytes;
    QString fatal;
    if (!ImportText::readFile(path, &bytes, &fatal)) {
        ImportBatch refused;
        refused.file = QFileInfo(path).fileName();
        refused.refuse(fatal);
        return refused;
    }
    return parse(bytes, QFileInfo(path).fileName(), QFileInfo(path).absolutePath(), library);
}

ImportBatch ImportFile::parse(const QByteArray& bytes, const QString& fileName, const QString& imageFolder,
                              const ContentRules::Known& library)
{
    // The first character that is not white space (after a byte-order mark) says what the file is.
    QByteArrayView text(bytes);
    if (text.startsWith("\xEF\xBB\xBF")) {
        text = text.sliced(3);
    }
    char first = 0;
    for (const char c : text) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
            first = c;
            break;
        }
    }
    if (first == '<') {
        return WorkraveImport::parse(bytes, fileName, imageFolder, library);
    }
    if (first == '{') {
        return PackFile::parse(bytes, fileName, library);
    }
    if (first == '[') {
        return FreeExerciseDbImport::parse(bytes, fileName, library);
    }
    ImportBatch refused;
    refused.file = fileName;
    refused.refuse(first == 0 ? tr("%1 is empty.").arg(fileName)
                              : tr("%1 is not a file Unknot can import. It reads its own exercise and routine "
                                   "files, Workrave's exercises file (XML) and free-exercise-db's exercises.json.")
                                    .arg(fileName));
    return refused;
}

} // namespace unknot
