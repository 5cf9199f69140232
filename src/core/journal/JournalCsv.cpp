#include "JournalCsv.h"

#include "JournalCsvFormat.h"
#include "JournalCsvReader.h"
#include "JournalCsvWriter.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cstring>
#include <utility>

namespace unknot {

namespace {

using enum JournalCsvFormat::Column;

QString escaped(const QString& text, bool colonToo)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || (colonToo && c == QLatin1Char(':'))) {
            out += QLatin1Char('\\');
        }
        out += c;
    }
    return out;
}

/// Splits text at separators not escaped by a backslash; at most maxParts parts (the last keeps the rest).
/// The escapes are kept for a later split when keepEscapes is set, and dropped otherwise.
QStringList splitEscaped(const QString& text, QChar separator, qsizetype maxParts, bool keepEscapes)
{
    QStringList parts;
    QString part;
    qsizetype run = 0; // the start of the characters not yet added to part
    const QStringView view(text);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            part += view.sliced(run, i - run + (keepEscapes ? 1 : 0));
            part += text.at(++i);
            run = i + 1;
        } else if (c == separator && parts.size() + 1 < maxParts) {
            part += view.sliced(run, i - run);
            parts.append(std::exchange(part, QString()));
            run = i + 1;
        }
    }
    part += view.sliced(run);
    parts.append(part);
    return parts;
}

} // namespace

QStringList JournalCsv::columns()
{
    return {QStringLiteral("record"),       QStringLiteral("uuid"),          QStringLiteral("session_uuid"),
            QStringLiteral("time_utc"),     QStringLiteral("time_local"),    QStringLiteral("end_utc"),
            QStringLiteral("routine_slug"), QStringLiteral("routine_name"),  QStringLiteral("kind"),
            QStringLiteral("status"),       QStringLiteral("self_paced"),    QStringLiteral("plan_json"),
            QStringLiteral("position"),     QStringLiteral("exercise_slug"), QStringLiteral("title"),
            QStringLiteral("planned_reps"), QStringLiteral("actual_reps"),   QStringLiteral("planned_ms"),
            QStringLiteral("actual_ms"),    QStringLiteral("skipped"),       QStringLiteral("moment"),
            QStringLiteral("rating"),       QStringLiteral("sites"),         QStringLiteral("note")};
}

QString JournalCsv::quoted(const QString& field)
{
    static const QString special = QStringLiteral(",\"\r\n");
    if (std::none_of(field.cbegin(), field.cend(), [](QChar c) { return special.contains(c); })) {
        return field;
    }
    QString text = field;
    return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QString JournalCsv::sitesField(const QList<PainSite>& sites)
{
    QStringList items;
    for (const PainSite& site : sites) {
        items.append((site.worst ? QStringLiteral("*") : QString()) + PainSite::kindKey(site.kind) + QLatin1Char(':') +
                     escaped(site.slug, true) + QLatin1Char(':') + escaped(site.name, false));
    }
    return items.join(QLatin1Char(';'));
}

QList<PainSite> JournalCsv::sitesFromField(const QString& field, QString* error)
{
    QList<PainSite> sites;
    if (field.trimmed().isEmpty()) {
        return sites;
    }
    if (!field.contains(QLatin1Char('\\'))) {
        // Nothing escaped, as nearly always: cut the items and their parts straight from the field.
        const QStringView all(field);
        for (qsizetype start = 0; start <= all.size();) {
            qsizetype end = all.indexOf(QLatin1Char(';'), start);
            end = end < 0 ? all.size() : end;
            QStringView text = all.sliced(start, end - start);
            start = end + 1;
            // Spaces after a ';' are a person's editing; a name keeps any at its end.
            while (!text.isEmpty() && text.front().isSpace()) {
                text = text.sliced(1);
            }
            if (text.isEmpty()) {
                continue; // a ';' at the end, as a person editing the file may leave
            }
            PainSite site;
            site.worst = text.startsWith(QLatin1Char('*'));
            const QStringView parts = site.worst ? text.sliced(1) : text;
            const qsizetype first = parts.indexOf(QLatin1Char(':'));
            const qsizetype second = first < 0 ? -1 : parts.indexOf(QLatin1Char(':'), first + 1);
            const QStringView kind = first < 0 ? QStringView() : parts.first(first);
            const auto known = second < 0 ? std::nullopt
                               : kind == PainSite::kindKey(PainSite::Kind::Muscle)
                                   ? std::optional(PainSite::Kind::Muscle)
                               : kind == PainSite::kindKey(PainSite::Kind::Area) ? std::optional(PainSite::Kind::Area)
                                                                                 : std::nullopt;
            if (!known || second == first + 1) {
                *error =
                    QCoreApplication::translate("JournalCsv", "the place \"%1\" is not written as "
                                                              "kind:slug:name, such as muscle:rhomboids:Rhomboids.")
                        .arg(text);
                return {};
            }
            site.kind = *known;
            site.slug = parts.sliced(first + 1, second - first - 1).toString();
            site.name = parts.sliced(second + 1).toString();
            sites.append(site);
        }
        return sites;
    }
    for (const QString& item : splitEscaped(field, QLatin1Char(';'), field.size() + 1, true)) {
        // Spaces after a ';' are a person's editing; a name keeps any at its end.
        qsizetype start = 0;
        while (start < item.size() && item.at(start).isSpace()) {
            ++start;
        }
        const QString text = item.mid(start);
        if (text.isEmpty()) {
            continue; // a ';' at the end, as a person editing the file may leave
        }
        PainSite site;
        site.worst = text.startsWith(QLatin1Char('*'));
        const QStringList parts = splitEscaped(site.worst ? text.mid(1) : text, QLatin1Char(':'), 3, false);
        const auto kind = parts.size() == 3 ? PainSite::kindFromKey(parts.at(0)) : std::nullopt;
        if (!kind || parts.at(1).isEmpty()) {
            *error = QCoreApplication::translate("JournalCsv", "the place \"%1\" is not written as kind:slug:name, "
                                                               "such as muscle:rhomboids:Rhomboids.")
                         .arg(text);
            return {};
        }
        site.kind = *kind;
        site.slug = parts.at(1);
        site.name = parts.at(2);
        sites.append(site);
    }
    return sites;
}

QByteArray JournalCsv::write(const QList<SessionRecord>& sessions, const QList<PainEntry>& entries,
                             const QTimeZone& zone, const Progress& progress)
{
    return JournalCsvWriter::write(sessions, entries, zone, progress);
}

JournalCsv::Parsed JournalCsv::parse(const QByteArray& bytes, const QSet<QString>& knownRoutineSlugs,
                                     const QDateTime& nowUtc, const Progress& progress)
{
    return JournalCsvReader::parse(bytes, knownRoutineSlugs, nowUtc, progress);
}

qint64 JournalCsv::countRows(QByteArrayView bytes)
{
    // Line breaks outside quotes end rows; "" inside a quoted field toggles twice and changes nothing.
    qint64 breaks = 0;
    bool quoted = false;
    const char* at = bytes.data();
    const char* const end = at + bytes.size();
    while (at < end) {
        const char* next = quoted ? static_cast<const char*>(std::memchr(at, '"', static_cast<size_t>(end - at)))
                                  : std::find_if(at, end, [](char c) { return c == '"' || c == '\n'; });
        if (!next || next == end) {
            break;
        }
        if (*next == '"') {
            quoted = !quoted;
        } else {
            ++breaks;
        }
        at = next + 1;
    }
    const bool lastUnended = !bytes.isEmpty() && bytes.back() != '\n';
    return std::max<qint64>(0, breaks + (lastUnended ? 1 : 0) - 1); // less the header
}

} // namespace unknot
