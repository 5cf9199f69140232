#pragma once

#include "ContentRules.h"
#include "ImportBatch.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace unknot {

/// Unknot's own pack and share file: {"format": "unknot-pack", "version": 1, "exercises": [...], "routines": [...]},
/// items in the content-pack form of own items (docs/content-format.md). A routine exported with its own exercises
/// is such a file.
class PackFile {
    Q_DECLARE_TR_FUNCTIONS(PackFile)

public:
    static constexpr int version = 1; ///< the newest this Unknot reads and the one it writes

    /// Reads the file at path; its name goes into the batch and the messages.
    static ImportBatch read(const QString& path, const ContentRules::Known& library);
    /// Reads a file's bytes. library: the ids a routine's steps and an exercise's muscles may name besides the file's.
    static ImportBatch parse(const QByteArray& bytes, const QString& fileName, const ContentRules::Known& library);
    /// The file for these items, indented, "format" and "version" first.
    static QByteArray write(const QList<QJsonObject>& exercises, const QList<QJsonObject>& routines);
};

} // namespace unknot
