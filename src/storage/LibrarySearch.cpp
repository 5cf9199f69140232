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

QList<SearchHit> LibrarySearch::run(const QString& text, int limit) const
{
    const QStringList all = words(text);
    if (all.isEmpty() || limit <= 0) {
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
    const QString expression = terms.join(QStringLiteral(" OR "));

    // SQLite ranks and keeps the best rows only: with hundreds of own exercises, carrying every match's texts into
    // Qt is most of what a keystroke costs. For each counted word: is it anywhere, in the name, in the other names
    // (each subquery runs once per statement). bm25 weights: the name counts most, then the other names, the
    // summary, and the body least.
    const QString in = QStringLiteral("(rowid IN (SELECT rowid FROM library_search WHERE library_search MATCH ?))");
    const QString perWord = QStringList(counted.size(), in).join(QStringLiteral(" + "));
    QVariantList values;
    for (const QString& word : std::as_const(counted)) {
        values.append(prefixTerm(word));
    }
    for (const QString& word : std::as_const(counted)) {
        values.append(QStringLiteral("name : ") + prefixTerm(word));
    }
    for (const QString& word : std::as_const(counted)) {
        values.append(QStringLiteral("aliases : ") + prefixTerm(word));
    }
    values.append(expression);
    values.append(limit);
    QSqlQuery ranked(sql::database(m_connection));
    ranked.prepare(QStringLiteral("SELECT rowid, %1 AS matched, %2 AS in_name, %3 AS in_aliases, "
                                  "bm25(library_search, 30.0, 12.0, 4.0, 1.0) AS score "
                                  "FROM library_search WHERE library_search MATCH ? "
                                  "ORDER BY matched DESC, in_name DESC, in_aliases DESC, score, rowid LIMIT ?")
                       .arg(perWord, perWord, perWord));
    for (const QVariant& value : std::as_const(values)) {
        ranked.addBindValue(value);
    }
    if (!ranked.exec()) {
        return {};
    }
    struct Ranked {
        qint64 row = 0;
        double score = 0;
    };
    QList<Ranked> best;
    const auto needed = static_cast<qsizetype>(counted.size());
    bool someHaveAll = false;
    while (ranked.next()) {
        const qsizetype matched = ranked.value(1).toLongLong();
        // When some items hold every counted word, those are the answer; otherwise the best partial matches are.
        someHaveAll = someHaveAll || (best.isEmpty() && matched == needed);
        if (someHaveAll && matched != needed) {
            break;
        }
        best.append({ranked.value(0).toLongLong(), ranked.value(4).toDouble()});
    }

    // The texts, the snippet and whether the item is the person's own, for the hits shown only, in one statement:
    // each evaluation of a prefix term merges its words' lists, so a statement per hit would repeat that per hit.
    // "+rowid" keeps the list a filter, not one lookup per row.
    QStringList rows;
    for (const Ranked& each : std::as_const(best)) {
        rows.append(QString::number(each.row));
    }
    QSqlQuery shown(sql::database(m_connection));
    shown.prepare(
        QStringLiteral("SELECT rowid, kind, slug, name, summary, snippet(library_search, 3, '[', ']', '…', 12), "
                       "EXISTS (SELECT 1 FROM own_item o WHERE o.kind = library_search.kind "
                       "AND o.slug = library_search.slug AND o.deleted_at IS NULL) "
                       "FROM library_search WHERE library_search MATCH ? AND +rowid IN (%1)")
            .arg(rows.join(QLatin1Char(','))));
    shown.addBindValue(expression);
    if (!shown.exec()) {
        return {};
    }
    QHash<qint64, SearchHit> found;
    while (shown.next()) {
        const auto kind = ItemRef::kindFromKey(shown.value(1).toString()).value_or(ItemKind::Cause);
        ItemSummary item{{kind, shown.value(2).toString()}, shown.value(3).toString(), shown.value(4).toString()};
        item.own = shown.value(6).toBool();
        found.insert(shown.value(0).toLongLong(), {item, shown.value(5).toString(), 0});
    }
    QList<SearchHit> hits;
    for (const Ranked& each : std::as_const(best)) {
        if (found.contains(each.row)) {
            SearchHit hit = found.value(each.row);
            hit.rank = each.score;
            hits.append(hit);
        }
    }
    return hits;
}

} // namespace unknot
