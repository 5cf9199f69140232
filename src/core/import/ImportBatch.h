#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace unknot {

/// One problem or remark of an import: an image left out, an unmatched muscle, an item skipped and why.
struct ImportNote {
    QString item;         ///< the item's name (or id) as the file gives it; empty for the whole file
    int line = 0;         ///< 1-based line in the file where the item starts; 0 when unknown
    QString reason;       ///< in plain words, translated
    bool skipped = false; ///< the item is left out of the batch
};

/// What a parser hands over: the items of one file in the content-pack form of own items, ready to be stored as
/// bodies, and every note. With a fatal message the whole file is refused and the lists are empty.
struct ImportBatch {
    QString format;                         ///< "unknot-pack", "workrave", "free-exercise-db"
    QString file;                           ///< the file's name as the person chose it
    QList<QJsonObject> exercises;           ///< each in the JSON form of an own exercise (docs/content-format.md)
    QList<QJsonObject> routines;            ///< same, routines (only from unknot-pack files)
    QList<int> exerciseLines, routineLines; ///< 1-based line in the file where each item starts (0 when unknown)
    QList<ImportNote> notes;
    QString fatal; ///< non-empty: the whole file is refused and nothing may be written

    bool refused() const { return !fatal.isEmpty(); }
    /// Items left out (by name and line; one item may have several notes).
    int skippedCount() const;
    /// Refuses the whole file: clears the items and notes and keeps only the reason.
    void refuse(const QString& reason);
    void note(const QString& item, int line, const QString& reason, bool skipped = false);
};

} // namespace unknot
