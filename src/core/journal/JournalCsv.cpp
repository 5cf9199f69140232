#include "JournalCsv.h"

#include "JournalCsvFormat.h"
#include "JournalCsvReader.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cstdio>

namespace unknot {

namespace {

using enum JournalCsvFormat::Column;

/// "yyyy-MM-ddTHH:mm:ss.zzzZ" for UTC, "yyyy-MM-dd HH:mm" for local time. Qt's own formatting looks up the locale
/// on every call, which takes a third of the time of a ten-year export.
QString timeText(const QDateTime& time, bool utc)
{
    const QDate date = time.date();
    const QTime clock = time.time();
    if (date.year() < 0 || date.year() > 9999) {
        return time.toString(utc ? Qt::ISODateWithMs : Qt::ISODate);
    }
    char text[32];
    if (utc) {
        std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", date.year(), date.month(), date.day(),
                      clock.hour(), clock.minute(), clock.second(), clock.msec());
    } else {
        std::snprintf(text, sizeof text, "%04d-%02d-%02d %02d:%02d", date.year(), date.month(), date.day(),
                      clock.hour(), clock.minute());
    }
    return QString::fromLatin1(text);
}

QString utcText(const QDateTime& time)
{
    return time.isValid() ? timeText(time.toUTC(), true) : QString();
}

QString flag(bool value)
{
    return value ? QStringLiteral("1") : QStringLiteral("0");
}

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
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            if (keepEscapes) {
                part += c;
            }
            part += text.at(++i);
        } else if (c == separator && parts.size() + 1 < maxParts) {
            parts.append(part);
            part.clear();
        } else {
            part += c;
        }
    }
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
                             const QTimeZone& zone)
{
    const QTimeZone local = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    QHash<qint64, qsizetype> sessionIndex;
    for (qsizetype i = 0; i < sessions.size(); ++i) {
        sessionIndex.insert(sessions.at(i).id, i);
    }
    // Each session with its entries, and entries without a session on their own, in time order.
    struct Block {
        QDateTime time;
        qsizetype session = -1;
        QList<const PainEntry*> entries;
    };
    QList<Block> blocks(sessions.size());
    for (qsizetype i = 0; i < sessions.size(); ++i) {
        blocks[i] = {sessions.at(i).startedUtc, i, {}};
    }
    for (const PainEntry& entry : entries) {
        const qsizetype index = entry.sessionId != 0 ? sessionIndex.value(entry.sessionId, -1) : -1;
        if (index >= 0) {
            blocks[index].entries.append(&entry);
        } else {
            blocks.append({entry.recordedUtc, -1, {&entry}});
        }
    }
    std::stable_sort(blocks.begin(), blocks.end(), [](const Block& a, const Block& b) { return a.time < b.time; });

    QString text;
    text.reserve(sessions.size() * 600 + entries.size() * 200);
    QStringList row;
    const auto flush = [&text, &row]() {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i > 0) {
                text += QLatin1Char(',');
            }
            const auto column = static_cast<JournalCsvFormat::Column>(i);
            text += quoted(JournalCsvFormat::isText(column) ? JournalCsvFormat::guarded(row.at(i)) : row.at(i));
        }
        text += QStringLiteral("\r\n");
    };
    const auto start = [&row, &local](const QString& record, const QDateTime& time) {
        row = QStringList(ColumnCount);
        row[Record] = record;
        row[TimeUtc] = utcText(time);
        row[TimeLocal] = time.isValid() ? timeText(time.toTimeZone(local), false) : QString();
    };
    row = columns();
    flush();
    for (Block& block : blocks) {
        if (block.session >= 0) {
            const SessionRecord& s = sessions.at(block.session);
            start(QStringLiteral("session"), s.startedUtc);
            row[Uuid] = s.uuid;
            row[EndUtc] = utcText(s.endedUtc);
            row[RoutineSlug] = s.routineSlug;
            row[RoutineName] = s.routineName;
            row[Kind] = SessionRecord::kindKey(s.kind);
            row[Status] = SessionRecord::statusKey(s.status);
            row[SelfPaced] = flag(s.selfPaced);
            row[PlanJson] = QString::fromUtf8(QJsonDocument(s.plan).toJson(QJsonDocument::Compact));
            flush();
            for (const StepRecord& step : s.steps) {
                start(QStringLiteral("step"), step.endedUtc);
                row[SessionUuid] = s.uuid;
                row[Position] = QString::number(step.position);
                row[ExerciseSlug] = step.exerciseSlug;
                row[Title] = step.title;
                row[PlannedReps] = QString::number(step.plannedReps);
                row[ActualReps] = QString::number(step.actualReps);
                row[PlannedMs] = QString::number(step.plannedMs);
                row[ActualMs] = QString::number(step.actualMs);
                row[Skipped] = flag(step.skipped);
                flush();
            }
            std::stable_sort(block.entries.begin(), block.entries.end(),
                             [](const PainEntry* a, const PainEntry* b) { return a->recordedUtc < b->recordedUtc; });
        }
        for (const PainEntry* e : std::as_const(block.entries)) {
            start(QStringLiteral("entry"), e->recordedUtc);
            row[Uuid] = e->uuid;
            row[SessionUuid] = block.session >= 0 ? sessions.at(block.session).uuid : QString();
            row[Moment] = PainEntry::momentKey(e->moment);
            row[Rating] = QString::number(e->rating);
            row[Sites] = sitesField(e->sites);
            row[Note] = e->note;
            flush();
        }
    }
    return JournalCsvFormat::byteOrderMark() + text.toUtf8();
}

JournalCsv::Parsed JournalCsv::parse(const QByteArray& bytes, const QSet<QString>& knownRoutineSlugs,
                                     const QDateTime& nowUtc)
{
    return JournalCsvReader::parse(bytes, knownRoutineSlugs, nowUtc);
}

} // namespace unknot
