#include "../storage/Capture.h"
#include "report/ReportWriter.h"

#include "../core/StringMaker.h"
#include "Database.h"
#include "HistoryRepository.h"
#include "PainRepository.h"
#include "SessionRepository.h"

#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace unknot;
using Moment = PainEntry::Moment;

namespace {

const QTimeZone utc(QByteArrayLiteral("UTC"));

QDateTime at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2024, 6, day), QTime(hour, minute), Qt::UTC);
}

/// A journal of three weeks in June 2024: activation most mornings (pain easing from 7 to 3 before, 2 points lower
/// after), a desk break some afternoons, and a few standalone ratings.
struct Journal {
    QTemporaryDir dir;
    Database db;

    Journal()
    {
        REQUIRE(db.open(dir.filePath(QStringLiteral("journal.sqlite"))).ok());
        for (int day = 3; day <= 23; ++day) {
            const int before = 7 - (day - 3) / 5;
            if (day % 7 != 2) {
                session(QStringLiteral("upper-back-activation"), QStringLiteral("Upper back activation"), at(day, 8),
                        before, before - 2);
            }
            if (day % 3 == 0) {
                session(QStringLiteral("desk-micro-break"), QStringLiteral("Desk micro-break"), at(day, 14), before - 1,
                        std::nullopt);
            }
            if (day % 4 == 0) {
                rate(0, Moment::Standalone, at(day, 20), before - 1);
            }
        }
    }

    void session(const QString& slug, const QString& name, const QDateTime& start, int before, std::optional<int> after)
    {
        SessionRepository sessions(db.connection());
        SessionRecord record;
        record.routineSlug = slug;
        record.routineName = name;
        record.startedUtc = start;
        QString error;
        const auto id = test::capture(sessions.begin(record), &error);
        REQUIRE(id);
        REQUIRE(test::capture(sessions.finish(*id, SessionRecord::Status::Completed, start.addSecs(300)), &error));
        rate(*id, Moment::Before, start.addSecs(-60), before);
        if (after) {
            rate(*id, Moment::After, start.addSecs(360), *after);
        }
    }

    void rate(qint64 sessionId, Moment moment, const QDateTime& when, int rating)
    {
        PainEntry entry;
        entry.sessionId = sessionId;
        entry.moment = moment;
        entry.recordedUtc = when;
        entry.rating = rating;
        QString error;
        REQUIRE(test::capture(PainRepository(db.connection()).add(entry), &error));
    }
};

/// How many pixels differ from white, and how many are near the report's teal.
std::pair<int, int> inkAndTeal(const QImage& image)
{
    int ink = 0, teal = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            ink += c != QColor(Qt::white) ? 1 : 0;
            teal += std::abs(c.red() - 0x2f) < 24 && std::abs(c.green() - 0x7d) < 24 && std::abs(c.blue() - 0x8c) < 24;
        }
    }
    return {ink, teal};
}

} // namespace

TEST_CASE("the report gathers the period's trend, sessions and routines", "[report]")
{
    Journal journal;
    const HistoryRepository history(journal.db.connection());
    const auto d = ReportWriter::gather(history, QDate(2024, 6, 1), QDate(2024, 6, 30), {}, utc, Qt::Monday);
    CHECK(d.pain.bucket == PainStats::Bucket::Day);
    CHECK(d.pain.average.size() == 30);
    CHECK(d.sessions == 25); // 18 activations and 7 desk breaks
    CHECK(d.ratedBoth == 18);
    REQUIRE(d.averageChange);
    CHECK(*d.averageChange == Approx(-2.0));
    REQUIRE(d.routines.size() == 2);
    CHECK(d.routines.at(0).routineName == QStringLiteral("Upper back activation"));
    CHECK(d.routines.at(0).timesDone == 18);
    CHECK(d.pain.dots.size() == 25 + 18 + 5); // before and after sessions, and the standalone ratings
    CHECK(std::count_if(d.pain.dots.cbegin(), d.pain.dots.cend(),
                        [](const PainPoint& point) { return point.moment == Moment::Standalone; }) == 5);
    CHECK(d.sessionsPerWeek.size() == 5); // from Monday 27 May to Sunday 30 June
    int counted = 0;
    for (const TrendBucket& week : d.sessionsPerWeek) {
        counted += week.count;
    }
    CHECK(counted == 25);

    const auto one = ReportWriter::gather(history, QDate(2024, 6, 1), QDate(2024, 6, 30),
                                          {QStringLiteral("desk-micro-break"), {}}, utc, Qt::Monday);
    CHECK(one.sessions == 7);
    CHECK(one.scope == QStringLiteral("Only routine Desk micro-break"));
    CHECK(ReportWriter::gather(history, QDate(2023, 1, 1), QDate(2024, 6, 30), {}, utc, Qt::Monday).pain.bucket ==
          PainStats::Bucket::Week);
}

TEST_CASE("the report is written as a one-page PDF and previewed as an image", "[report]")
{
    Journal journal;
    const HistoryRepository history(journal.db.connection());
    const auto d = ReportWriter::gather(history, QDate(2024, 6, 1), QDate(2024, 6, 30), {}, utc, Qt::Monday);
    const QString path = journal.dir.filePath(QStringLiteral("report.pdf"));
    QString error;
    REQUIRE(ReportWriter::write(path, d, &error));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    CHECK(pdf.startsWith("%PDF"));
    CHECK(pdf.size() > 8000);
    CHECK(pdf.count("/Type /Page") - pdf.count("/Type /Pages") == 1);
    CHECK(QFile::permissions(path).testFlag(QFileDevice::ReadOther) == false);

    const QImage image = ReportWriter::preview(d, 600);
    CHECK(image.width() == 600);
    CHECK(image.height() == 849);
    const auto [ink, teal] = inkAndTeal(image);
    CHECK(ink > 600 * 849 / 50);
    CHECK(teal > 200); // the after dots and the bars
    if (const QString keep = qEnvironmentVariable("UNKNOT_REPORT_PREVIEW"); !keep.isEmpty()) {
        ReportWriter::preview(d, 1240).save(keep);
    }

    CHECK_FALSE(ReportWriter::write(journal.dir.filePath(QStringLiteral("missing/report.pdf")), d, &error));
    CHECK(error.startsWith(QStringLiteral("The report could not be written to")));
}

TEST_CASE("a period without any ratings still gives a readable page", "[report]")
{
    QTemporaryDir dir;
    Database db;
    REQUIRE(db.open(dir.filePath(QStringLiteral("empty.sqlite"))).ok());
    const HistoryRepository history(db.connection());
    const auto d = ReportWriter::gather(history, QDate(2024, 6, 1), QDate(2024, 6, 30), {}, utc, Qt::Monday);
    CHECK(d.sessions == 0);
    CHECK(d.pain.ratings == 0);
    CHECK_FALSE(d.averageBefore);
    CHECK(d.routines.isEmpty());
    CHECK(inkAndTeal(ReportWriter::preview(d, 300)).first > 300 * 424 / 100);
    QString error;
    CHECK(ReportWriter::write(dir.filePath(QStringLiteral("empty.pdf")), d, &error));
}
