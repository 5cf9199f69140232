#include "ImportBatch.h"

#include <QPair>
#include <QSet>

namespace unknot {

int ImportBatch::skippedCount() const
{
    // An item left out for several reasons has a note for each; it counts once.
    QSet<QPair<QString, int>> items;
    for (const ImportNote& note : notes) {
        if (note.skipped) {
            items.insert({note.item, note.line});
        }
    }
    return static_cast<int>(items.size());
}

void ImportBatch::refuse(const QString& reason)
{
    exercises.clear();
    routines.clear();
    exerciseLines.clear();
    routineLines.clear();
    notes.clear();
    fatal = reason;
}

void ImportBatch::note(const QString& item, int line, const QString& reason, bool skipped)
{
    notes.append({item, line, reason, skipped});
}

} // namespace unknot
