#pragma once

#include "ItemSummary.h"

#include "Connection.h"
#include <QStringList>

namespace unknot {

/// Full-text search over the library's index, ranked for the few words a person in pain types ("sore shoulders",
/// "knot between shoulder blades"). Items holding every word are the answer; when none does, items holding some of
/// them are, most words first. Then an item whose name holds the words comes first, then one whose other names do,
/// then bm25 over name, other names, summary and body. Words that say how it feels or join others ("sore", "pain",
/// "my", "between") rank items but are not required.
class LibrarySearch {
public:
    explicit LibrarySearch(Connection connection);

    /// Up to limit hits for text, best first, each marked own or not; empty when text has no words or nothing matches.
    QList<SearchHit> run(const QString& text, int limit) const;

    /// The words of text, lower-cased, each once, in the order typed.
    static QStringList words(const QString& text);
    /// True for words that say how it feels or join other words, rather than what or where.
    static bool isFiller(const QString& word);
    /// An FTS5 prefix term for word, quoted so that FTS5 syntax in it is taken literally.
    static QString prefixTerm(const QString& word);

private:
    Connection m_connection;
};

} // namespace unknot
