#include "JournalCsvWriter.h"

#include "StoredTime.h"

#include <QHash>
#include <QJsonDocument>
#include <algorithm>
#include <charconv>

namespace unknot {

namespace {

using enum JournalCsvFormat::Column;

/// How often the writer tells its progress (and may be stopped): every so many rows.
constexpr qint64 progressEvery = 1024;

/// What a text cell may not start with unguarded (JournalCsvFormat::guarded); all ASCII, so the first byte tells.
bool risky(char c)
{
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\'';
}

QByteArray ascii(const QString& key)
{
    return key.toLatin1();
}

} // namespace

JournalCsvWriter::JournalCsvWriter(const QTimeZone& zone)
    : m_local(zone)
    , m_zone(zone.isValid() ? zone : QTimeZone::systemTimeZone())
    , m_muscle(ascii(PainSite::kindKey(PainSite::Kind::Muscle)))
    , m_area(ascii(PainSite::kindKey(PainSite::Kind::Area)))
{
}

QByteArray JournalCsvWriter::write(const QList<SessionRecord>& sessions, const QList<PainEntry>& entries,
                                   const QTimeZone& zone, const JournalCsv::Progress& progress)
{
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
    qint64 rows = entries.size();
    qint64 steps = 0;
    for (qsizetype i = 0; i < sessions.size(); ++i) {
        blocks[i] = {sessions.at(i).startedUtc, i, {}};
        steps += sessions.at(i).steps.size();
    }
    rows += sessions.size() + steps;
    for (const PainEntry& entry : entries) {
        const qsizetype index = entry.sessionId != 0 ? sessionIndex.value(entry.sessionId, -1) : -1;
        if (index >= 0) {
            blocks[index].entries.append(&entry);
        } else {
            blocks.append({entry.recordedUtc, -1, {&entry}});
        }
    }
    std::stable_sort(blocks.begin(), blocks.end(), [](const Block& a, const Block& b) { return a.time < b.time; });

    // The few keys, as bytes once.
    const QByteArray kinds[] = {ascii(SessionRecord::kindKey(SessionRecord::Kind::Routine)),
                                ascii(SessionRecord::kindKey(SessionRecord::Kind::Exercise)),
                                ascii(SessionRecord::kindKey(SessionRecord::Kind::Thermal))};
    const QByteArray statuses[] = {ascii(SessionRecord::statusKey(SessionRecord::Status::Running)),
                                   ascii(SessionRecord::statusKey(SessionRecord::Status::Completed)),
                                   ascii(SessionRecord::statusKey(SessionRecord::Status::EndedEarly))};
    const QByteArray moments[] = {ascii(PainEntry::momentKey(PainEntry::Moment::Before)),
                                  ascii(PainEntry::momentKey(PainEntry::Moment::After)),
                                  ascii(PainEntry::momentKey(PainEntry::Moment::Standalone))};

    JournalCsvWriter w(zone);
    // About what a row takes, so that 30 MB are not copied on the way.
    w.m_out.reserve(sessions.size() * 320 + steps * 170 + entries.size() * 230 + 1024);
    w.m_out += JournalCsvFormat::byteOrderMark();
    w.m_out += JournalCsv::columns().join(QLatin1Char(',')).toUtf8(); // plain names: nothing to quote or guard
    w.m_out += "\r\n";
    qint64 done = 0;
    const auto rowDone = [&]() {
        w.endRow();
        ++done;
        return !progress || done % progressEvery != 0 || progress(done, rows);
    };
    for (Block& block : blocks) {
        if (block.session >= 0) {
            const SessionRecord& s = sessions.at(block.session);
            w.plain(Record, "session");
            w.text(Uuid, s.uuid);
            w.times(s.startedUtc);
            w.utcTime(EndUtc, s.endedUtc);
            w.text(RoutineSlug, s.routineSlug);
            w.text(RoutineName, s.routineName);
            w.plain(Kind, kinds[static_cast<int>(s.kind)]);
            w.plain(Status, statuses[static_cast<int>(s.status)]);
            w.plain(SelfPaced, s.selfPaced ? "1" : "0");
            w.utf8Text(PlanJson, w.planText(s.plan));
            if (!rowDone()) {
                return {};
            }
            for (const StepRecord& step : s.steps) {
                w.plain(Record, "step");
                w.text(SessionUuid, s.uuid);
                w.times(step.endedUtc);
                w.number(Position, step.position);
                w.text(ExerciseSlug, step.exerciseSlug);
                w.text(Title, step.title);
                w.number(PlannedReps, step.plannedReps);
                w.number(ActualReps, step.actualReps);
                w.number(PlannedMs, step.plannedMs);
                w.number(ActualMs, step.actualMs);
                w.plain(Skipped, step.skipped ? "1" : "0");
                if (!rowDone()) {
                    return {};
                }
            }
            std::stable_sort(block.entries.begin(), block.entries.end(),
                             [](const PainEntry* a, const PainEntry* b) { return a->recordedUtc < b->recordedUtc; });
        }
        for (const PainEntry* e : std::as_const(block.entries)) {
            w.plain(Record, "entry");
            w.text(Uuid, e->uuid);
            if (block.session >= 0) {
                w.text(SessionUuid, sessions.at(block.session).uuid);
            }
            w.times(e->recordedUtc);
            w.plain(Moment, moments[static_cast<int>(e->moment)]);
            w.number(Rating, e->rating);
            w.sites(e->sites);
            w.text(Note, e->note);
            if (!rowDone()) {
                return {};
            }
        }
    }
    if (progress && !progress(done, rows)) {
        return {};
    }
    return std::move(w.m_out);
}

QByteArray JournalCsvWriter::planText(const QJsonObject& plan)
{
    // Sessions of a routine mostly share their plan, and the loader shares it between them: comparing with the last
    // few written is quick then, and serializing again is not.
    for (size_t i = 0; i < m_planCount; ++i) {
        if (m_plans[i].first == plan) {
            return m_plans[i].second;
        }
    }
    QByteArray text = QJsonDocument(plan).toJson(QJsonDocument::Compact);
    m_plans[m_nextPlan] = {plan, text};
    m_nextPlan = (m_nextPlan + 1) % std::size(m_plans);
    m_planCount = std::min(m_planCount + 1, std::size(m_plans));
    return text;
}

void JournalCsvWriter::to(Column column)
{
    // Cell n follows n commas in its row.
    m_out.append(column - m_commas, ',');
    m_commas = column;
}

void JournalCsvWriter::endRow()
{
    to(static_cast<Column>(ColumnCount - 1));
    m_out += "\r\n";
    m_commas = 0;
}

void JournalCsvWriter::plain(Column column, QByteArrayView ascii)
{
    to(column);
    m_out += ascii;
}

void JournalCsvWriter::number(Column column, qint64 value)
{
    to(column);
    char digits[24];
    const auto written = std::to_chars(digits, digits + sizeof digits, value);
    m_out.append(digits, written.ptr - digits);
}

void JournalCsvWriter::text(Column column, const QString& value)
{
    to(column);
    const qsizetype start = m_out.size();
    appendUtf8(value);
    finishText(start);
}

void JournalCsvWriter::utf8Text(Column column, QByteArrayView utf8)
{
    to(column);
    const qsizetype start = m_out.size();
    m_out += utf8;
    finishText(start);
}

void JournalCsvWriter::appendUtf8(QStringView text)
{
    if (text.isEmpty()) {
        return;
    }
    const qsizetype start = m_out.size();
    m_out.resize(start + m_encoder.requiredSpace(text.size()));
    char* end = m_encoder.appendToBuffer(m_out.data() + start, text);
    m_out.resize(end - m_out.constData());
}

/// The text cell from start to the end: guarded with an apostrophe and quoted, as JournalCsv::quoted() and
/// JournalCsvFormat::guarded() do on QStrings. Both are rare; most cells are left as they are.
void JournalCsvWriter::finishText(qsizetype start)
{
    const qsizetype end = m_out.size();
    const bool guard = end > start && risky(m_out.at(start));
    const bool quote = std::any_of(m_out.cbegin() + start, m_out.cend(),
                                   [](char c) { return c == ',' || c == '"' || c == '\r' || c == '\n'; });
    if (!guard && !quote) {
        return;
    }
    const QByteArray cell = m_out.sliced(start);
    m_out.truncate(start);
    if (quote) {
        m_out += '"';
    }
    if (guard) {
        m_out += '\'';
    }
    if (quote) {
        for (const char c : cell) {
            m_out += c;
            if (c == '"') {
                m_out += '"';
            }
        }
        m_out += '"';
    } else {
        m_out += cell;
    }
}

void JournalCsvWriter::times(const QDateTime& utc)
{
    utcTime(TimeUtc, utc);
    to(TimeLocal);
    if (!utc.isValid()) {
        return;
    }
    if (!StoredTime::appendMinutes(&m_out, m_local.wallMSecs(utc))) {
        m_out += utc.toTimeZone(m_zone).toString(Qt::ISODate).toUtf8(); // a year outside 1..9999
    }
}

void JournalCsvWriter::utcTime(Column column, const QDateTime& utc)
{
    to(column);
    StoredTime::append(&m_out, utc);
}

void JournalCsvWriter::sites(const QList<PainSite>& sites)
{
    // As JournalCsv::sitesField(): "kind:slug:name" items separated by ';', the worst marked with a leading '*'.
    to(Sites);
    const qsizetype start = m_out.size();
    for (qsizetype i = 0; i < sites.size(); ++i) {
        const PainSite& site = sites.at(i);
        if (i > 0) {
            m_out += ';';
        }
        if (site.worst) {
            m_out += '*';
        }
        m_out += site.kind == PainSite::Kind::Muscle ? m_muscle : m_area;
        m_out += ':';
        escaped(site.slug, true);
        m_out += ':';
        escaped(site.name, false);
    }
    finishText(start);
}

void JournalCsvWriter::escaped(const QString& text, bool colonToo)
{
    const qsizetype start = m_out.size();
    appendUtf8(text);
    const auto needs = [colonToo](char c) { return c == '\\' || c == ';' || (colonToo && c == ':'); };
    if (std::none_of(m_out.cbegin() + start, m_out.cend(), needs)) {
        return;
    }
    const QByteArray raw = m_out.sliced(start);
    m_out.truncate(start);
    for (const char c : raw) {
        if (needs(c)) {
            m_out += '\\';
        }
        m_out += c;
    }
}

} // namespace unknot
