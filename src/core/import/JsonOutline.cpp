#include "JsonOutline.h"

namespace unknot {

JsonOutline JsonOutline::scan(QByteArrayView bytes, const QStringList& wantedKeys, int maxElements)
{
    JsonOutline outline;
    int line = 1;
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    qsizetype stringStart = 0;
    QString lastString;           // the last string at depth 1 of a top-level object: a key when a ':' follows
    QString key;                  // the key whose value is being read at depth 1
    QList<int>* record = nullptr; // where element lines go while inside an outlined array
    int recordDepth = 0;
    bool wantElement = false;
    int count = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c == '\n') {
            ++line;
        }
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
                if (depth == 1 && outline.top == '{' && i - stringStart <= 64) {
                    lastString = QString::fromUtf8(bytes.sliced(stringStart + 1, i - stringStart - 1));
                }
            }
            continue;
        }
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            continue;
        }
        if (wantElement && c != ']') {
            wantElement = false;
            record->append(line);
            if (++count > maxElements) {
                outline.tooMany = true;
                return outline;
            }
        }
        switch (c) {
        case '"':
            inString = true;
            stringStart = i;
            break;
        case ':':
            if (depth == 1) {
                key = lastString;
            }
            break;
        case '[':
        case '{':
            ++depth;
            if (depth == 1) {
                outline.top = c;
                if (c == '[') {
                    record = &outline.lines;
                    recordDepth = 1;
                    wantElement = true;
                }
            } else if (depth == 2 && outline.top == '{' && c == '[' && wantedKeys.contains(key)) {
                record = &outline.keyLines[key];
                recordDepth = 2;
                wantElement = true;
            }
            break;
        case ']':
        case '}':
            wantElement = false;
            if (depth == recordDepth) {
                record = nullptr;
                recordDepth = 0;
            }
            --depth;
            if (depth < 0) {
                return outline;
            }
            break;
        case ',':
            wantElement = record != nullptr && depth == recordDepth;
            break;
        default:
            break;
        }
    }
    return outline;
}

int JsonOutline::lineOf(const QList<int>& lines, qsizetype index)
{
    return index >= 0 && index < lines.size() ? lines.at(index) : 0;
}

} // namespace unknot
