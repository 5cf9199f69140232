#include "JournalCsv.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>
#include <algorithm>
#include <cstdio>

namespace unknot {

namespace {

// clang-format off
enum Column {
    Record, Uuid, SessionUuid, TimeUtc, TimeLocal, EndUtc, RoutineSlug, RoutineName, Kind, Status, SelfPaced,
    PlanJson, Position, ExerciseSlug, Title, PlannedReps, ActualReps, PlannedMs, ActualMs, Skipped, Moment, Rating,
    Sites, Note, ColumnCount
};
// clang-format on

const QByteArray byteOrderMark("\xEF\xBB\xBF");

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

/// Reads RFC 4180 records one by one, counting physical lines so that errors can name them.
class RowReader {
public:
    explicit RowReader(const QString& text)
        : m_text(text)
    {
    }

    /// The next record and the line it starts on; false at the end or on an error (then error is set).
    bool next(QStringList* fields, int* line)
    {
        fields->clear();
        if (m_pos >= m_text.size()) {
            return false;
        }
        *line = m_line;
        while (true) {
            QString field;
            if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char('"')) {
                if (!quotedField(&field, *line)) {
                    return false;
                }
            } else {
                const qsizetype start = m_pos;
                while (m_pos < m_text.size() && !endsField(m_text.at(m_pos))) {
                    if (m_text.at(m_pos) == QLatin1Char('"')) {
                        return fail(m_line, QStringLiteral("a field with a quote in it must be in quotes, with the "
                                                           "quote doubled."));
                    }
                    ++m_pos;
                }
                field = m_text.mid(start, m_pos - start);
            }
            fields->append(field);
            if (m_pos >= m_text.size()) {
                return true;
            }
            const QChar c = m_text.at(m_pos++);
            if (c == QLatin1Char(',')) {
                continue;
            }
            if (c == QLatin1Char('\r') && m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char('\n')) {
                ++m_pos;
            }
            ++m_line;
            return true;
        }
    }

    QString error;
    int errorLine = 0;

private:
    static bool endsField(QChar c) { return c == QLatin1Char(',') || c == QLatin1Char('\n') || c == QLatin1Char('\r'); }

    bool quotedField(QString* field, int line)
    {
        ++m_pos; // the opening quote
        while (true) {
            if (m_pos >= m_text.size()) {
                return fail(line, QStringLiteral("a quoted field is not closed."));
            }
            const QChar c = m_text.at(m_pos++);
            if (c == QLatin1Char('"')) {
                if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char('"')) {
                    *field += c;
                    ++m_pos;
                    continue;
                }
                if (m_pos < m_text.size() && !endsField(m_text.at(m_pos))) {
                    return fail(m_line, QStringLiteral("a quote inside a quoted field must be doubled."));
                }
                return true;
            }
            m_line += c == QLatin1Char('\n') ? 1 : 0;
            *field += c;
        }
    }

    bool fail(int line, const QString& message)
    {
        error = message;
        errorLine = line;
        return false;
    }

    const QString& m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
};

/// Checks one row's fields and builds records from them; a failed check sets error and returns false.
class RowChecker {
public:
    RowChecker(const QSet<QString>& knownRoutineSlugs, const QDateTime& nowUtc)
        : m_known(knownRoutineSlugs)
        , m_latest(nowUtc.isValid() ? nowUtc.addSecs(PainEntry::futureToleranceSecs) : QDateTime())
    {
    }

    bool row(const QStringList& f, int line, JournalCsv::Contents* contents)
    {
        const QString record = f.at(Record).trimmed();
        if (record == QLatin1String("session")) {
            return session(f, line, contents);
        }
        if (record == QLatin1String("step")) {
            return step(f, contents);
        }
        if (record == QLatin1String("entry")) {
            return entry(f, line, contents);
        }
        return fail(QStringLiteral("the record must be \"session\", \"step\" or \"entry\", not \"%1\".").arg(record));
    }

    QString error;

private:
    bool session(const QStringList& f, int line, JournalCsv::Contents* contents)
    {
        JournalCsv::Session session{{}, line};
        SessionRecord& s = session.record;
        s.uuid = f.at(Uuid).trimmed();
        s.routineSlug = f.at(RoutineSlug).trimmed();
        s.routineName = f.at(RoutineName);
        const auto kind = SessionRecord::kindFromKey(f.at(Kind).trimmed());
        const auto status = SessionRecord::statusFromKey(f.at(Status).trimmed());
        const QJsonDocument plan = QJsonDocument::fromJson(f.at(PlanJson).toUtf8());
        if (!newUuid(s.uuid, line, &m_sessionLines) || !time(f.at(TimeUtc), &s.startedUtc) ||
            !flagValue(f.at(SelfPaced), QStringLiteral("self_paced"), &s.selfPaced)) {
            return false;
        }
        if (!kind) {
            return fail(QStringLiteral("the kind must be routine, exercise or thermal, not \"%1\".").arg(f.at(Kind)));
        }
        if (!status) {
            return fail(
                QStringLiteral("the status must be running, completed or ended_early, not \"%1\".").arg(f.at(Status)));
        }
        s.kind = *kind;
        s.status = *status;
        if (s.status == SessionRecord::Status::Running) {
            if (!f.at(EndUtc).trimmed().isEmpty()) {
                return fail(QStringLiteral("a running session has no end time."));
            }
        } else if (f.at(EndUtc).trimmed().isEmpty()) {
            return fail(QStringLiteral("a finished session needs an end time."));
        } else if (!time(f.at(EndUtc), &s.endedUtc)) {
            return false;
        }
        if (!plan.isObject()) {
            return fail(QStringLiteral("plan_json must be a JSON object, such as {}."));
        }
        s.plan = plan.object();
        if (!s.routineSlug.isEmpty() && !m_known.contains(s.routineSlug)) {
            return fail(QStringLiteral("the routine \"%1\" is not in the library.").arg(s.routineSlug));
        }
        m_sessionIndex.insert(s.uuid, contents->sessions.size());
        contents->sessions.append(session);
        return true;
    }

    bool step(const QStringList& f, JournalCsv::Contents* contents)
    {
        const QString sessionUuid = f.at(SessionUuid).trimmed();
        const auto found = m_sessionIndex.constFind(sessionUuid);
        if (found == m_sessionIndex.cend()) {
            return fail(
                QStringLiteral("this step's session \"%1\" does not come before it in the file.").arg(sessionUuid));
        }
        StepRecord step;
        qint64 position = 0, plannedReps = 0, actualReps = 0;
        if (!number(f.at(Position), QStringLiteral("position"), &position) ||
            !number(f.at(PlannedReps), QStringLiteral("planned_reps"), &plannedReps) ||
            !number(f.at(ActualReps), QStringLiteral("actual_reps"), &actualReps) ||
            !number(f.at(PlannedMs), QStringLiteral("planned_ms"), &step.plannedMs) ||
            !number(f.at(ActualMs), QStringLiteral("actual_ms"), &step.actualMs) ||
            !flagValue(f.at(Skipped), QStringLiteral("skipped"), &step.skipped) ||
            !time(f.at(TimeUtc), &step.endedUtc)) {
            return false;
        }
        step.position = static_cast<int>(position);
        step.plannedReps = static_cast<int>(plannedReps);
        step.actualReps = static_cast<int>(actualReps);
        step.exerciseSlug = f.at(ExerciseSlug).trimmed();
        step.title = f.at(Title);
        contents->sessions[*found].record.steps.append(step);
        return true;
    }

    bool entry(const QStringList& f, int line, JournalCsv::Contents* contents)
    {
        JournalCsv::Entry read{{}, f.at(SessionUuid).trimmed(), line};
        PainEntry& e = read.entry;
        e.uuid = f.at(Uuid).trimmed();
        e.note = f.at(Note);
        if (!newUuid(e.uuid, line, &m_entryLines) || !time(f.at(TimeUtc), &e.recordedUtc)) {
            return false;
        }
        const QString rating = f.at(Rating).trimmed();
        qint64 value = -1;
        if (!digitsOnly(rating) || rating.size() > 2 || (value = rating.toLongLong()) > PainEntry::maxRating) {
            return fail(QStringLiteral("the rating must be a whole number from 0 to 10."));
        }
        e.rating = static_cast<int>(value);
        const auto moment = PainEntry::momentFromKey(f.at(Moment).trimmed());
        if (!moment) {
            return fail(
                QStringLiteral("the moment must be before, after or standalone, not \"%1\".").arg(f.at(Moment)));
        }
        e.moment = *moment;
        QString sitesError;
        e.sites = JournalCsv::sitesFromField(f.at(Sites), &sitesError);
        if (!sitesError.isEmpty()) {
            return fail(sitesError);
        }
        if (const QString invalid = PainEntry::validate(e, {}); !invalid.isEmpty()) {
            return fail(invalid);
        }
        if (!read.sessionUuid.isEmpty()) {
            if (!m_sessionIndex.contains(read.sessionUuid)) {
                return fail(QStringLiteral("this rating's session \"%1\" does not come before it in the file.")
                                .arg(read.sessionUuid));
            }
            const QString key = read.sessionUuid + QLatin1Char('/') + PainEntry::momentKey(e.moment);
            if (const int first = m_momentLines.value(key); first != 0) {
                return fail(QStringLiteral("the session already has a rating %1 on line %2.")
                                .arg(PainEntry::momentKey(e.moment))
                                .arg(first));
            }
            m_momentLines.insert(key, line);
        }
        contents->entries.append(read);
        return true;
    }

    bool newUuid(const QString& uuid, int line, QHash<QString, int>* lines)
    {
        if (uuid.isEmpty()) {
            return fail(QStringLiteral("the uuid is missing."));
        }
        if (const int first = lines->value(uuid); first != 0) {
            return fail(QStringLiteral("the uuid \"%1\" is used twice (first on line %2).").arg(uuid).arg(first));
        }
        lines->insert(uuid, line);
        return true;
    }

    bool time(const QString& field, QDateTime* out)
    {
        const QString text = field.trimmed();
        const QDateTime parsed =
            text.endsWith(QLatin1Char('Z')) ? QDateTime::fromString(text, Qt::ISODateWithMs) : QDateTime();
        if (!parsed.isValid()) {
            return fail(QStringLiteral("\"%1\" is not a UTC time such as 2024-06-03T08:00:00.000Z.").arg(text));
        }
        *out = parsed.toUTC();
        if (m_latest.isValid() && *out > m_latest) {
            return fail(QStringLiteral("the time %1 is in the future.").arg(text));
        }
        return true;
    }

    bool number(const QString& field, const QString& column, qint64* out)
    {
        const QString text = field.trimmed();
        // int range for the counts, and far more than any step lasts in milliseconds
        if (!digitsOnly(text) || text.size() > 9) {
            return fail(QStringLiteral("%1 must be a whole number of 0 or more, not \"%2\".").arg(column, text));
        }
        *out = text.toLongLong();
        return true;
    }

    bool flagValue(const QString& field, const QString& column, bool* out)
    {
        const QString text = field.trimmed();
        if (text != QLatin1String("0") && text != QLatin1String("1")) {
            return fail(QStringLiteral("%1 must be 0 or 1, not \"%2\".").arg(column, text));
        }
        *out = text == QLatin1String("1");
        return true;
    }

    static bool digitsOnly(const QString& text)
    {
        return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(),
                                              [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
    }

    bool fail(const QString& message)
    {
        error = message;
        return false;
    }

    const QSet<QString>& m_known;
    QDateTime m_latest;
    QHash<QString, int> m_sessionLines;
    QHash<QString, int> m_entryLines;
    QHash<QString, int> m_momentLines;
    QHash<QString, qsizetype> m_sessionIndex;
};

JournalCsv::Parsed failed(int line, const QString& message)
{
    JournalCsv::Parsed parsed;
    parsed.error = QStringLiteral("Line %1: %2").arg(line).arg(message);
    parsed.errorLine = line;
    return parsed;
}

/// The first line that is not UTF-8, counted from 1.
int firstBadUtf8Line(const QByteArray& bytes)
{
    int line = 1;
    for (const QByteArray& text : bytes.split('\n')) {
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString ignored = decoder(text);
        if (decoder.hasError()) {
            return line;
        }
        ++line;
    }
    return 1;
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
            *error = QStringLiteral("the place \"%1\" is not written as kind:slug:name, such as "
                                    "muscle:rhomboids:Rhomboids.")
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
            text += quoted(row.at(i));
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
    return byteOrderMark + text.toUtf8();
}

JournalCsv::Parsed JournalCsv::parse(const QByteArray& bytes, const QSet<QString>& knownRoutineSlugs,
                                     const QDateTime& nowUtc)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes.startsWith(byteOrderMark) ? bytes.mid(byteOrderMark.size()) : bytes);
    if (decoder.hasError()) {
        return failed(firstBadUtf8Line(bytes), QStringLiteral("this is not UTF-8 text."));
    }
    const QStringList header = columns();
    RowReader reader(text);
    QStringList fields;
    int line = 1;
    if (!reader.next(&fields, &line) || fields != header) {
        return failed(1, QStringLiteral("this is not an Unknot export: the header does not match."));
    }
    Parsed parsed;
    RowChecker checker(knownRoutineSlugs, nowUtc);
    while (reader.next(&fields, &line)) {
        if (fields.size() == 1 && fields.first().trimmed().isEmpty()) {
            continue; // a blank line, such as one at the end
        }
        if (fields.size() != header.size()) {
            return failed(
                line, QStringLiteral("a row needs %1 fields; this one has %2.").arg(header.size()).arg(fields.size()));
        }
        if (!checker.row(fields, line, &parsed.contents)) {
            return failed(line, checker.error);
        }
    }
    if (!reader.error.isEmpty()) {
        return failed(reader.errorLine, reader.error);
    }
    return parsed;
}

} // namespace unknot
