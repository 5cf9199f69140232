#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace unknot {

/// Where the items of a JSON file start, found in one pass over the bytes before the file is parsed: QJsonDocument
/// keeps no positions, and counting first lets a file with too many items be refused before it fills memory.
struct JsonOutline {
    char top = 0;                        ///< '[' or '{' for the top-level value; 0 when there is neither
    QList<int> lines;                    ///< top is an array: the line each element starts on
    QHash<QString, QList<int>> keyLines; ///< top is an object: per wanted key holding an array, each element's line
    bool tooMany = false;                ///< more than maxElements elements; the scan stopped there

    /// Scans bytes; for a top-level object only the arrays under wantedKeys are outlined. Never fails: for bytes that
    /// are not JSON the outline is meaningless, and the parse that follows says why.
    static JsonOutline scan(QByteArrayView bytes, const QStringList& wantedKeys, int maxElements);
    /// The line of element index, 0 when unknown.
    static int lineOf(const QList<int>& lines, qsizetype index);
};

} // namespace unknot
