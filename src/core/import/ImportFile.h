#pragma once

#include "ContentRules.h"
#include "ImportBatch.h"

#include <QCoreApplication>

namespace unknot {

/// File → Import exercises…: reads any file Unknot can import, telling the kind of file from what is in it (an
/// Unknot pack or shared routine, Workrave's exercises, free-exercise-db's exercises.json), not from its name.
class ImportFile {
    Q_DECLARE_TR_FUNCTIONS(ImportFile)

public:
    static ImportBatch read(const QString& path, const ContentRules::Known& library);
    /// The same for bytes already read; imageFolder is where a Workrave file's images would be.
    static ImportBatch parse(const QByteArray& bytes, const QString& fileName, const QString& imageFolder,
                             const ContentRules::Known& library);
};

} // namespace unknot
