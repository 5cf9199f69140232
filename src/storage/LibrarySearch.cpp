#include "LibrarySearch.h"

#include "SqlSupport.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>

namespace unknot {

LibrarySearch::LibrarySearch(Connection connection)
    : m_connection(std::move(connection))
{
}

QStringList LibrarySearch::words(const QString& text)
{
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]+"));
    QStringList found;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const QString each = it.next().captured(0).toLower();
        if (!found.contains(each)) {
            found.append(each);
        }
    }
    return found;
}

bool LibrarySearch::isFiller(const QString& word)
{
    static const QSet<QString> filler{
        QStringLiteral("sore"),   QStringLiteral("pain"),  QStringLiteral("pains"),   QStringLiteral("painful"),
        QStringLiteral("ache"),   QStringLiteral("aches"), QStringLiteral("aching"),  QStringLiteral("achy"),
        QStringLiteral("hurt"),   QStringLiteral("hurts"), QStringLiteral("hurting"), QStringLiteral("my"),
        QStringLiteral("i"),      QStringLiteral("is"),    QStringLiteral("it"),      QStringLiteral("the"),
        QStringLiteral("a"),      QStringLiteral("an"),    QStringLiteral("and"),     QStringLiteral("or"),
        QStringLiteral("of"),     QStringLiteral("in"),    QStringLiteral("on"),      QStringLiteral("at"),
        QStringLiteral("to"),     QStringLiteral("for"),   QStringLiteral("with"),    QStringLiteral("when"),
        QStringLiteral("between")};
    return filler.contains(word);
}

QString LibrarySearch::prefixTerm(const QString& word)
{
    QString quoted = word;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QStringLiteral("\"*");
}

QSet<qint64> LibrarySearch::rowsMatching(const QString& expression) const
{
    QSet<qint64> rows;
    QSqlQuery query(sql::database(m_connection));
    query.prepare(QStringLiteral("SELECT rowid FROM library_search WHERE library_search MATCH ?"));
    query.addBindValue(expression);
    query.exec();
    while (query.next()) {
        rows.insert(query.value(0).toLongLong());
    }
    return rows;
}

QList<SearchHit> LibrarySearch::run(const QString& text, int limit) const
{
    const QStringList all = words(text);
    if (all.isEmpty()) {
        return {};
    }
    QStringList terms;
    QStringList counted; // the words that say what or where; all of them when only filler was typed
    for (const QString& word : all) {
        terms.append(prefixTerm(word));
        if (!isFiller(word)) {
            counted.append(word);
        }
    }
    if (counted.isEmpty()) {
        counted = all;
    }

    // Any word finds an item, so that a typo in one word or an unusual pairing still lists something.
    struct Scored {
        SearchHit hit;
        qint64 row = 0;
        int matched = 0;   // counted words found anywhere
        int inName = 0;    // ... in the name
        int inAliases = 0; // ... in the other names
    };
    QList<Scored> scored;
    QSqlQuery query(sql::database(m_connection));
    // bm25 weights: the name counts most, then the other names, the summary, and the body least. The snippet is
    // made later for the hits shown only: with hundreds of own exercises, a snippet for every match is most of the
    // time a keystroke takes.
    const QString expression = terms.join(QStringLiteral(" OR "));
    query.prepare(QStringLiteral("SELECT rowid, kind, slug, name, summary, bm25(library_search, 30.0, 12.0, 4.0, 1.0) "
                                 "FROM library_search WHERE library_search MATCH ?"));
    query.addBindValue(expression);
    query.exec();
    while (query.next()) {
        const auto kind = ItemRef::kindFromKey(query.value(1).toString()).value_or(ItemKind::Cause);
        const ItemSummary item{{kind, query.value(2).toString()}, query.value(3).toString(), query.value(4).toString()};
        scored.append({{item, QString(), query.value(5).toDouble()}, query.value(0).toLongLong()});
    }
    if (scored.isEmpty()) {
        return {};
    }
    for (const QString& word : std::as_const(counted)) {
        const QString term = prefixTerm(word);
        const QSet<qint64> anywhere = rowsMatching(term);
        const QSet<qint64> name = rowsMatching(QStringLiteral("name : ") + term);
        const QSet<qint64> aliases = rowsMatching(QStringLiteral("aliases : ") + term);
        for (Scored& each : scored) {
            each.matched += anywhere.contains(each.row) ? 1 : 0;
            each.inName += name.contains(each.row) ? 1 : 0;
            each.inAliases += aliases.contains(each.row) ? 1 : 0;
        }
    }
    std::stable_sort(scored.begin(), scored.end(), [](const Scored& a, const Scored& b) {
        if (a.matched != b.matched) {
            return a.matched > b.matched;
        }
        if (a.inName != b.inName) {
            return a.inName > b.inName;
        }
        if (a.inAliases != b.inAliases) {
            return a.inAliases > b.inAliases;
        }
        return a.hit.rank < b.hit.rank;
    });
    // When some items hold every counted word, those are the answer; otherwise the best partial matches are.
    const int needed = static_cast<int>(counted.size());
    const bool someHaveAll = scored.first().matched == needed;
    QList<SearchHit> hits;
    QSqlQuery snippet(sql::database(m_connection));
    snippet.prepare(QStringLiteral("SELECT snippet(library_search, 3, '[', ']', '…', 12) FROM library_search "
                                   "WHERE library_search MATCH ? AND rowid = ?"));
    for (qsizetype i = 0; i < scored.size() && hits.size() < limit; ++i) {
        if (!someHaveAll || scored.at(i).matched == needed) {
            SearchHit hit = scored.at(i).hit;
            snippet.addBindValue(expression);
            snippet.addBindValue(scored.at(i).row);
            if (snippet.exec() && snippet.next()) {
                hit.snippet = snippet.value(0).toString();
            }
            hits.append(hit);
        }
    }
    return hits;
}

} // namespace unknot
