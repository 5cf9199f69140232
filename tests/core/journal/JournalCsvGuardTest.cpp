// The journal CSV's guards: formulas kept inert, one limit for notes, a session's end after its start, and a bound on
// what a hostile file can make the reader hold.
#include "JournalCsv.h"

#include "../StringMaker.h"
#include "JournalCsvTestData.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace unknot;
using namespace unknot::csvtest;

namespace {

/// Peak resident memory in KiB since resetPeak() (Linux's VmHWM); -1 where it cannot be measured.
qint64 peakKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return -1;
}

/// Sets the peak to what is resident now; false where the kernel does not allow it.
bool resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

} // namespace

TEST_CASE("text a spreadsheet would run as a formula is written inert and read back exactly", "[csv][injection]")
{
    const QStringList risky{QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"), QStringLiteral("+1+1"),
                            QStringLiteral("-2 after lifting"), QStringLiteral("@SUM(A1)"),
                            QStringLiteral("\ttabbed"), QStringLiteral("\rcarriage"), QStringLiteral("'quoted"),
                            QStringLiteral("''twice"), QStringLiteral("plain 'inner' =x")};
    QList<SessionRecord> sessions;
    QList<PainEntry> entries;
    for (qsizetype i = 0; i < risky.size(); ++i) {
        SessionRecord s = session(i + 1, QStringLiteral("s-%1").arg(i), at(3, 8 + static_cast<int>(i)));
        s.routineName = risky.at(i);
        s.steps[0].title = risky.at(i);
        sessions.append(s);
        PainEntry e = entry(QStringLiteral("e-%1").arg(i), i + 1, Moment::After, at(3, 8 + static_cast<int>(i), 30), 2);
        e.note = risky.at(i);
        e.sites = {{PainSite::Kind::Area, QStringLiteral("neck"), risky.at(i), true}};
        entries.append(e);
    }
    const QByteArray bytes = JournalCsv::write(sessions, entries, utc);
    CHECK(bytes.contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\","));
    CHECK(bytes.contains(",'+1+1,"));
    CHECK(bytes.contains(",'-2 after lifting\r\n"));
    CHECK(bytes.contains(",'@SUM(A1),"));
    CHECK(bytes.contains(",'\ttabbed,"));
    CHECK(bytes.contains(",\"'\rcarriage\","));
    CHECK(bytes.contains(",''quoted\r\n"));
    CHECK(bytes.contains(",'''twice\r\n"));
    CHECK(bytes.contains(",plain 'inner' =x\r\n"));
    CHECK(bytes.contains(",\"*area:neck:=HYPERLINK")); // a place never starts its cell
    // Every cell of every row starts with something a spreadsheet shows as text.
    const QStringList lines = QString::fromUtf8(bytes).split(QStringLiteral("\r\n"));
    for (const QString& line : lines) {
        for (QString cell : line.split(QLatin1Char(','))) {
            INFO(cell.toStdString());
            if (cell.startsWith(QLatin1Char('"'))) {
                cell.remove(0, 1); // a spreadsheet reads what is inside the quotes
            }
            CHECK_FALSE((!cell.isEmpty() && QStringLiteral("=+-@\t").contains(cell.front())));
        }
    }

    const JournalCsv::Parsed parsed = JournalCsv::parse(bytes, known, now);
    INFO(parsed.error);
    REQUIRE(parsed.ok());
    REQUIRE(parsed.contents.sessions.size() == risky.size());
    REQUIRE(parsed.contents.entries.size() == risky.size());
    for (qsizetype i = 0; i < risky.size(); ++i) {
        CHECK(parsed.contents.sessions.at(i).record.routineName == risky.at(i));
        CHECK(parsed.contents.sessions.at(i).record.steps.at(0).title == risky.at(i));
        CHECK(parsed.contents.entries.at(i).entry.note == risky.at(i));
        CHECK(parsed.contents.entries.at(i).entry.sites.at(0).name == risky.at(i));
    }
}

TEST_CASE("one leading apostrophe is read off text cells only; numbers with one are refused", "[csv][injection]")
{
    const auto noteOf = [](const QString& note) {
        const JournalCsv::Parsed parsed = JournalCsv::parse(
            file({entryRow(QStringLiteral("e-1"), QStringLiteral("4"), {}, QStringLiteral("standalone"), note)}), known,
            now);
        INFO(parsed.error);
        REQUIRE(parsed.ok());
        return parsed.contents.entries.at(0).entry.note;
    };
    CHECK(noteOf(QStringLiteral("'=1+1")) == QStringLiteral("=1+1")); // as a spreadsheet user would guard it
    CHECK(noteOf(QStringLiteral("'plain")) == QStringLiteral("plain"));
    CHECK(noteOf(QStringLiteral("''kept")) == QStringLiteral("'kept"));
    CHECK(errorOf(file({entryRow(QStringLiteral("e-1"), QStringLiteral("'4"))})) ==
          QStringLiteral("Line 2: the rating must be a whole number from 0 to 10."));
}

TEST_CASE("a session that ends before it starts is refused, naming the line", "[csv]")
{
    QString ends = sessionRow(QStringLiteral("s-2"));
    ends.replace(QStringLiteral("2024-06-03T08:07:00.000Z"), QStringLiteral("2024-06-03T07:59:59.000Z"));
    CHECK(errorOf(file({sessionRow(QStringLiteral("s-1")), ends})) ==
          QStringLiteral("Line 3: the session ends (2024-06-03T07:59:59.000Z) before it starts "
                         "(2024-06-03T08:00:00.000Z)."));
    QString instant = sessionRow(QStringLiteral("s-1"));
    instant.replace(QStringLiteral("2024-06-03T08:07:00.000Z"), QStringLiteral("2024-06-03T08:00:00.000Z"));
    CHECK(errorOf(file({instant})).isEmpty()); // ended the moment it started: nothing done, but possible
}

TEST_CASE("a note longer than the one limit is refused on import, naming the line", "[csv]")
{
    const QString longest(PainEntry::maxNoteLength, QLatin1Char('n'));
    const auto withNote = [](const QString& note) {
        return file({sessionRow(QStringLiteral("s-1")),
                     entryRow(QStringLiteral("e-1"), QStringLiteral("4"), {}, QStringLiteral("standalone"), note)});
    };
    CHECK(errorOf(withNote(longest)).isEmpty());
    CHECK(errorOf(withNote(longest + QLatin1Char('!'))) ==
          QStringLiteral("Line 3: the note is 501 characters long; Unknot keeps notes of up to 500. Shorten it, then "
                         "import again."));
}

TEST_CASE("a 20 MB file of commas is refused for what it is, without holding millions of fields", "[csv][bound]")
{
    const QByteArray commas(20 * 1024 * 1024, ',');
    const QByteArray afterHeader = file({}) + "\n" + commas + "\nentry";
    const bool measured = resetPeak() && peakKiB() > 0;
    const qint64 before = peakKiB();
    CHECK(errorOf(commas) == QStringLiteral("Line 1: this is not an Unknot export: the header does not match."));
    CHECK(errorOf(afterHeader) ==
          QStringLiteral("Line 2: a row needs 24 fields; this one has %1.").arg(commas.size() + 1));
    if (measured) {
        // Reading the whole row once took about 900 MB; a generous bound, far from both.
        CHECK(peakKiB() - before < 100 * 1024);
    } else {
        WARN("peak memory cannot be measured here");
    }
    // Bad UTF-8 is still found, on its own line, without splitting the file into lines.
    CHECK(errorOf(file({}) + "\n\n\nentry,\xff\n") == QStringLiteral("Line 4: this is not UTF-8 text."));
}
