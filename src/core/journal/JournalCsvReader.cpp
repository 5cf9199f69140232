#include "JournalCsvReader.h"

#include "JournalCsvFormat.h"
#include "StoredTime.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>
#include <algorithm>
#include <optional>

namespace unknot {

namespace {

using enum JournalCsvFormat::Column;

JournalCsv::Parsed failed(int line, const QString& message)
{
    JournalCsv::Parsed parsed;
    parsed.error = JournalCsvReader::tr("Line %1: %2").arg(line).arg(message);
    parsed.errorLine = line;
    return parsed;
}

/// The first line of bytes that is not UTF-8, counted from 0.
int firstBadUtf8Line(QByteArrayView bytes)
{
    int line = 0;
    for (qsizetype start = 0; start <= bytes.size(); ++line) {
        qsizetype end = bytes.indexOf('\n', start);
        end = end < 0 ? bytes.size() : end;
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString ignored = decoder(bytes.sliced(start, end - start));
        if (decoder.hasError()) {
            return line;
        }
        start = end + 1;
    }
    return 0;
}

} // namespace

JournalCsv::Parsed JournalCsvReader::parse(const QByteArray& bytes, const QSet<QString>& knownRoutineSlugs,
                                           const QDateTime& nowUtc, const JournalCsv::Progress& progress)
{
    const QByteArray& byteOrderMark = JournalCsvFormat::byteOrderMark();
    const QByteArrayView text =
        bytes.startsWith(byteOrderMark) ? QByteArrayView(bytes).sliced(byteOrderMark.size()) : QByteArrayView(bytes);
    const QStringList header = JournalCsv::columns();
    JournalCsvReader reader(text, knownRoutineSlugs, nowUtc);
    QStringList fields;
    int line = 1;
    qsizetype count = 0;
    if (!reader.nextRow(&fields, &count, &line)) {
        return reader.m_encodingError ? failed(reader.m_errorLine, reader.m_error) : failed(1, notExport());
    }
    if (count != header.size() || fields != header) {
        return failed(1, notExport());
    }
    JournalCsv::Parsed parsed;
    const qint64 rows = progress ? JournalCsv::countRows(text) : 0;
    qint64 done = 0;
    while (reader.nextRow(&fields, &count, &line)) {
        if (progress && ++done % 1024 == 0 && !progress(std::min(done, rows), rows)) {
            parsed.cancelled = true;
            return parsed;
        }
        if (count == 1 && fields.first().trimmed().isEmpty()) {
            continue; // a blank line, such as one at the end
        }
        if (count != header.size()) {
            return failed(line,
                          tr("a row needs %1 fields; this one has %2.").arg(header.size()).arg(count));
        }
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (JournalCsvFormat::isText(static_cast<JournalCsvFormat::Column>(i))) {
                fields[i] = JournalCsvFormat::unguarded(fields.at(i));
            }
        }
        if (!reader.checkRow(fields, line, &parsed.contents)) {
            return failed(line, reader.m_error);
        }
    }
    if (!reader.m_error.isEmpty()) {
        return failed(reader.m_errorLine, reader.m_error);
    }
    if (progress && !progress(rows, rows)) {
        parsed.cancelled = true;
    }
    return parsed;
}

QString JournalCsvReader::notExport()
{
    return tr("this is not an Unknot export: the header does not match.");
}

JournalCsvReader::JournalCsvReader(QByteArrayView text, const QSet<QString>& knownRoutineSlugs, const QDateTime& nowUtc)
    : m_text(text)
    , m_known(knownRoutineSlugs)
    , m_latest(nowUtc.isValid() ? nowUtc.addSecs(PainEntry::futureToleranceSecs) : QDateTime())
{
}

/// The next record, how many fields it has and the line it starts on; false at the end or on an error (then m_error
/// is set). Only the first ColumnCount fields are kept: a row of millions of commas costs no memory.
bool JournalCsvReader::nextRow(QStringList* fields, qsizetype* count, int* line)
{
    fields->clear();
    *count = 0;
    if (m_pos >= m_text.size()) {
        return false;
    }
    *line = m_line;
    while (true) {
        const bool keep = *count < JournalCsvFormat::ColumnCount;
        const int fieldLine = m_line;
        QByteArray unquoted;
        QByteArrayView raw;
        if (m_pos < m_text.size() && m_text.at(m_pos) == '"') {
            if (!quotedField(keep ? &unquoted : nullptr, *line)) {
                return false;
            }
            raw = unquoted;
        } else {
            const qsizetype start = m_pos;
            while (m_pos < m_text.size() && !endsField(m_text.at(m_pos))) {
                if (m_text.at(m_pos) == '"') {
                    return failAt(m_line, tr("a field with a quote in it must be in quotes, with the "
                                                         "quote doubled."));
                }
                ++m_pos;
            }
            raw = m_text.sliced(start, m_pos - start);
        }
        ++*count;
        if (keep && std::all_of(raw.begin(), raw.end(), [](char c) { return (c & 0x80) == 0; })) {
            fields->append(text(*count - 1, raw)); // ASCII, nearly every field: the same text, quicker
        } else if (keep) {
            // Each field on its own: a sequence cut at its end is an error, and a leading U+FEFF is the person's text.
            QStringDecoder decoder(QStringDecoder::Utf8,
                                   QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
            fields->append(decoder(raw));
            if (decoder.hasError()) {
                m_encodingError = true;
                return failAt(fieldLine + firstBadUtf8Line(raw), tr("this is not UTF-8 text."));
            }
        }
        if (m_pos >= m_text.size()) {
            return true;
        }
        const char c = m_text.at(m_pos++);
        if (c == ',') {
            continue;
        }
        if (c == '\r' && m_pos < m_text.size() && m_text.at(m_pos) == '\n') {
            ++m_pos;
        }
        ++m_line;
        return true;
    }
}

/// The text of an ASCII field in column; shared with earlier rows where the column's texts repeat.
QString JournalCsvReader::text(qsizetype column, QByteArrayView ascii)
{
    switch (column) {
    case Uuid:
    case SessionUuid:
    case TimeUtc:
    case TimeLocal:
    case EndUtc:
    case ActualMs:
        return QString::fromLatin1(ascii); // different on every row
    default:
        break;
    }
    if (ascii.isEmpty()) {
        return QString::fromLatin1(ascii); // costs nothing
    }
    Recent& recent = m_recent[column];
    for (int i = 0; i < Recent::size; ++i) {
        if (recent.bytes[i].size() == ascii.size() && QByteArrayView(recent.bytes[i]) == ascii) {
            return recent.texts[i];
        }
    }
    const int slot = recent.next;
    recent.next = (slot + 1) % Recent::size;
    recent.bytes[slot] = ascii.toByteArray();
    recent.texts[slot] = QString::fromLatin1(ascii);
    return recent.texts[slot];
}

/// Reads a quoted field into field, or past it when field is null.
bool JournalCsvReader::quotedField(QByteArray* field, int line)
{
    ++m_pos; // the opening quote
    while (true) {
        if (m_pos >= m_text.size()) {
            return failAt(line, tr("a quoted field is not closed."));
        }
        const char c = m_text.at(m_pos++);
        if (c == '"') {
            if (m_pos < m_text.size() && m_text.at(m_pos) == '"') {
                if (field) {
                    *field += c;
                }
                ++m_pos;
                continue;
            }
            if (m_pos < m_text.size() && !endsField(m_text.at(m_pos))) {
                return failAt(m_line, tr("a quote inside a quoted field must be doubled."));
            }
            return true;
        }
        m_line += c == '\n' ? 1 : 0;
        if (field) {
            *field += c;
        }
    }
}

bool JournalCsvReader::endsField(char c)
{
    return c == ',' || c == '\n' || c == '\r';
}

bool JournalCsvReader::failAt(int line, const QString& message)
{
    m_error = message;
    m_errorLine = line;
    return false;
}

bool JournalCsvReader::checkRow(const QStringList& f, int line, JournalCsv::Contents* contents)
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
    return fail(tr("the record must be \"session\", \"step\" or \"entry\", not \"%1\".").arg(record));
}

bool JournalCsvReader::session(const QStringList& f, int line, JournalCsv::Contents* contents)
{
    JournalCsv::Session session{{}, line};
    SessionRecord& s = session.record;
    s.uuid = f.at(Uuid).trimmed();
    s.routineSlug = f.at(RoutineSlug).trimmed();
    s.routineName = f.at(RoutineName);
    const auto kind = SessionRecord::kindFromKey(f.at(Kind).trimmed());
    const auto status = SessionRecord::statusFromKey(f.at(Status).trimmed());
    // Plans repeat (the same routine, the same rests): each text is read once.
    std::optional<QJsonObject> plan;
    if (const auto known = m_plans.constFind(f.at(PlanJson)); known != m_plans.cend()) {
        plan = *known;
    } else if (const QJsonDocument document = QJsonDocument::fromJson(f.at(PlanJson).toUtf8()); document.isObject()) {
        plan = document.object();
        if (m_plans.size() < 1024) {
            m_plans.insert(f.at(PlanJson), *plan);
        }
    }
    if (!newUuid(s.uuid, line, &m_sessionLines) || !time(f.at(TimeUtc), &s.startedUtc) ||
        !flagValue(f.at(SelfPaced), QStringLiteral("self_paced"), &s.selfPaced)) {
        return false;
    }
    if (!kind) {
        return fail(tr("the kind must be routine, exercise or thermal, not \"%1\".").arg(f.at(Kind)));
    }
    if (!status) {
        return fail(
            tr("the status must be running, completed or ended_early, not \"%1\".").arg(f.at(Status)));
    }
    s.kind = *kind;
    s.status = *status;
    if (s.status == SessionRecord::Status::Running) {
        if (!f.at(EndUtc).trimmed().isEmpty()) {
            return fail(tr("a running session has no end time."));
        }
    } else if (f.at(EndUtc).trimmed().isEmpty()) {
        return fail(tr("a finished session needs an end time."));
    } else if (!time(f.at(EndUtc), &s.endedUtc)) {
        return false;
    } else if (s.endedUtc < s.startedUtc) {
        return fail(tr("the session ends (%1) before it starts (%2).")
                        .arg(f.at(EndUtc).trimmed(), f.at(TimeUtc).trimmed()));
    }
    if (!plan) {
        return fail(tr("plan_json must be a JSON object, such as {}."));
    }
    s.plan = *plan;
    if (!s.routineSlug.isEmpty() && !m_known.contains(s.routineSlug)) {
        return fail(tr("the routine \"%1\" is not in the library.").arg(s.routineSlug));
    }
    m_sessionIndex.insert(s.uuid, contents->sessions.size());
    contents->sessions.append(session);
    return true;
}

bool JournalCsvReader::step(const QStringList& f, JournalCsv::Contents* contents)
{
    const QString sessionUuid = f.at(SessionUuid).trimmed();
    const auto found = m_sessionIndex.constFind(sessionUuid);
    if (found == m_sessionIndex.cend()) {
        return fail(tr("this step's session \"%1\" does not come before it in the file.").arg(sessionUuid));
    }
    StepRecord step;
    qint64 position = 0, plannedReps = 0, actualReps = 0;
    if (!number(f.at(Position), QStringLiteral("position"), &position) ||
        !number(f.at(PlannedReps), QStringLiteral("planned_reps"), &plannedReps) ||
        !number(f.at(ActualReps), QStringLiteral("actual_reps"), &actualReps) ||
        !number(f.at(PlannedMs), QStringLiteral("planned_ms"), &step.plannedMs) ||
        !number(f.at(ActualMs), QStringLiteral("actual_ms"), &step.actualMs) ||
        !flagValue(f.at(Skipped), QStringLiteral("skipped"), &step.skipped) || !time(f.at(TimeUtc), &step.endedUtc)) {
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

bool JournalCsvReader::entry(const QStringList& f, int line, JournalCsv::Contents* contents)
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
        return fail(tr("the rating must be a whole number from 0 to 10."));
    }
    e.rating = static_cast<int>(value);
    const auto moment = PainEntry::momentFromKey(f.at(Moment).trimmed());
    if (!moment) {
        return fail(tr("the moment must be before, after or standalone, not \"%1\".").arg(f.at(Moment)));
    }
    e.moment = *moment;
    if (const auto known = m_sites.constFind(f.at(Sites)); known != m_sites.cend()) {
        e.sites = *known;
    } else {
        QString sitesError;
        e.sites = JournalCsv::sitesFromField(f.at(Sites), &sitesError);
        if (!sitesError.isEmpty()) {
            return fail(sitesError);
        }
        if (m_sites.size() < 4096) {
            m_sites.insert(f.at(Sites), e.sites);
        }
    }
    if (const qsizetype length = PainEntry::noteLength(e.note); length > PainEntry::maxNoteLength) {
        return fail(tr("the note is %1 characters long; Unknot keeps "
                                                                    "notes of up to %2. Shorten it, then import again.")
                        .arg(length)
                        .arg(PainEntry::maxNoteLength));
    }
    if (const QString invalid = PainEntry::validate(e, {}); !invalid.isEmpty()) {
        return fail(invalid);
    }
    if (!read.sessionUuid.isEmpty()) {
        if (!m_sessionIndex.contains(read.sessionUuid)) {
            return fail(tr("this rating's session \"%1\" does not come before it in the file.")
                            .arg(read.sessionUuid));
        }
        QHash<QString, int>& lines = m_momentLines[static_cast<int>(e.moment)];
        if (const int first = lines.value(read.sessionUuid); first != 0) {
            return fail(tr("the session already has a rating %1 on line %2.")
                            .arg(PainEntry::momentKey(e.moment))
                            .arg(first));
        }
        lines.insert(read.sessionUuid, line);
    }
    contents->entries.append(read);
    return true;
}

bool JournalCsvReader::newUuid(const QString& uuid, int line, QHash<QString, int>* lines)
{
    if (uuid.isEmpty()) {
        return fail(tr("the uuid is missing."));
    }
    if (const int first = lines->value(uuid); first != 0) {
        return fail(tr("the uuid \"%1\" is used twice (first on line %2).").arg(uuid).arg(first));
    }
    lines->insert(uuid, line);
    return true;
}

bool JournalCsvReader::time(const QString& field, QDateTime* out)
{
    const QString text = field.trimmed();
    const QDateTime parsed = text.endsWith(QLatin1Char('Z')) ? StoredTime::fromText(QStringView(text)) : QDateTime();
    if (!parsed.isValid()) {
        return fail(tr("\"%1\" is not a UTC time such as 2024-06-03T08:00:00.000Z.").arg(text));
    }
    *out = parsed;
    if (m_latest.isValid() && *out > m_latest) {
        return fail(tr("the time %1 is in the future.").arg(text));
    }
    return true;
}

bool JournalCsvReader::number(const QString& field, const QString& column, qint64* out)
{
    const QStringView text = QStringView(field).trimmed();
    // int range for the counts, and far more than any step lasts in milliseconds
    if (!digitsOnly(text) || text.size() > 9) {
        return fail(tr("%1 must be a whole number of 0 or more, not \"%2\".").arg(column, text));
    }
    qint64 value = 0;
    for (const QChar c : text) {
        value = value * 10 + (c.unicode() - u'0');
    }
    *out = value;
    return true;
}

bool JournalCsvReader::flagValue(const QString& field, const QString& column, bool* out)
{
    const QStringView text = QStringView(field).trimmed();
    if (text != QLatin1String("0") && text != QLatin1String("1")) {
        return fail(tr("%1 must be 0 or 1, not \"%2\".").arg(column, text));
    }
    *out = text == QLatin1String("1");
    return true;
}

bool JournalCsvReader::digitsOnly(QStringView text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(),
                                          [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

bool JournalCsvReader::fail(const QString& message)
{
    m_error = message;
    return false;
}

} // namespace unknot
