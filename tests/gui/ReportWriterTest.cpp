#include "../storage/Capture.h"
#include "report/ReportWriter.h"
#include "shell/Theme.h"

#include "../core/StringMaker.h"
#include "BodyMapShading.h"
#include "HistoryRepository.h"
#include "PainRepository.h"
#include "PaintRecorder.h"
#include "SessionRepository.h"
#include "figures/BodyMapPainter.h"
#include "figures/BodyMapWidget.h"
#include "journal/WhereItHurts.h"
#include "report/ReportMapPanel.h"
#include "report/ReportPainter.h"
#include "shell/AppContext.h"

#include <QApplication>
#include <QFile>
#include <QPainter>
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

/// A journal of three weeks in June 2024 beside the real library: activation most mornings (pain easing from 7 to 3
/// before, 2 points lower after), a desk break some afternoons, and a few standalone ratings.
struct Journal {
    QTemporaryDir dir;
    AppContext context{dir.filePath(QStringLiteral("journal.sqlite"))};

    Journal()
    {
        REQUIRE(context.problem().isEmpty());
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
        SessionRepository& sessions = context.sessions();
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

    void rate(qint64 sessionId, Moment moment, const QDateTime& when, int rating, QList<PainSite> sites = {})
    {
        PainEntry entry;
        entry.sessionId = sessionId;
        entry.moment = moment;
        entry.recordedUtc = when;
        entry.rating = rating;
        entry.sites = std::move(sites);
        QString error;
        REQUIRE(test::capture(context.pain().add(entry), &error));
    }

    ReportWriter::Data gather(QDate from, QDate to, const JournalFilter& filter = {})
    {
        return ReportWriter::gather(context.history(), context.library(), from, to, filter, utc, Qt::Monday);
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

/// Writes the report as a PDF into the journal's folder and reads the file back.
QByteArray writtenPdf(const Journal& journal, const ReportWriter::Data& d)
{
    const QString path = journal.dir.filePath(QStringLiteral("report.pdf"));
    QString error;
    REQUIRE(ReportWriter::write(path, d, &error));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("the report gathers the period's trend, sessions and routines", "[report]")
{
    Journal journal;
    const auto d = journal.gather(QDate(2024, 6, 1), QDate(2024, 6, 30));
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

    const auto one = journal.gather(QDate(2024, 6, 1), QDate(2024, 6, 30), {QStringLiteral("desk-micro-break"), {}});
    CHECK(one.sessions == 7);
    CHECK(one.scope == QStringLiteral("Only routine Desk micro-break"));
    CHECK(journal.gather(QDate(2023, 1, 1), QDate(2024, 6, 30)).pain.bucket == PainStats::Bucket::Week);
}

TEST_CASE("the report is written as a one-page PDF and previewed as an image", "[report]")
{
    Journal journal;
    const auto d = journal.gather(QDate(2024, 6, 1), QDate(2024, 6, 30));
    const QByteArray pdf = writtenPdf(journal, d);
    CHECK(pdf.startsWith("%PDF"));
    CHECK(pdf.size() > 8000);
    CHECK(pdf.count("/Type /Page") - pdf.count("/Type /Pages") == 1);
    CHECK_FALSE(
        QFile::permissions(journal.dir.filePath(QStringLiteral("report.pdf"))).testFlag(QFileDevice::ReadOther));

    const QImage image = ReportWriter::preview(d, 600);
    CHECK(image.width() == 600);
    CHECK(image.height() == 849);
    const auto [ink, teal] = inkAndTeal(image);
    CHECK(ink > 600 * 849 / 50);
    CHECK(teal > 200); // the after dots and the bars
    if (const QString keep = qEnvironmentVariable("UNKNOT_REPORT_PREVIEW"); !keep.isEmpty()) {
        ReportWriter::preview(d, 1240).save(keep);
    }

    QString error;
    CHECK_FALSE(ReportWriter::write(journal.dir.filePath(QStringLiteral("missing/report.pdf")), d, &error));
    CHECK(error.startsWith(QStringLiteral("The report could not be written to")));
}

TEST_CASE("a period without any ratings still gives a readable page", "[report]")
{
    QTemporaryDir dir;
    AppContext context(dir.filePath(QStringLiteral("empty.sqlite")));
    const auto d =
        ReportWriter::gather(context.history(), context.library(), QDate(2024, 6, 1), QDate(2024, 6, 30), {}, utc);
    CHECK(d.sessions == 0);
    CHECK(d.pain.ratings == 0);
    CHECK_FALSE(d.averageBefore);
    CHECK(d.routines.isEmpty());
    CHECK(inkAndTeal(ReportWriter::preview(d, 300)).first > 300 * 424 / 100);
    QString error;
    CHECK(ReportWriter::write(dir.filePath(QStringLiteral("empty.pdf")), d, &error));
}

namespace {

const PainSite rhomboids{PainSite::Kind::Muscle, QStringLiteral("rhomboids"), QStringLiteral("Rhomboids"), false};
const PainSite neck{PainSite::Kind::Area, QStringLiteral("neck"), QStringLiteral("Neck"), false};
const PainSite lowerBack{PainSite::Kind::Area, QStringLiteral("lower-back"), QStringLiteral("Lower back"), false};
const PainSite shoulderBlades{PainSite::Kind::Area, QStringLiteral("shoulder-blades"),
                              QStringLiteral("Shoulder blades"), false};
const PainSite pectorals{PainSite::Kind::Muscle, QStringLiteral("pectorals"), QStringLiteral("Pectorals"), false};

/// The June journal with places marked: rhomboids three times, the neck twice, once each the lower back, the shoulder
/// blades and the chest muscles (on the front); and some before and after June.
void markPlaces(Journal& journal)
{
    journal.rate(0, Moment::Standalone, at(5, 12), 5, {rhomboids, neck});
    journal.rate(0, Moment::Standalone, at(6, 12), 4, {rhomboids, neck});
    journal.rate(0, Moment::Standalone, at(7, 12), 4, {rhomboids, lowerBack});
    journal.rate(0, Moment::Standalone, at(8, 12), 3, {shoulderBlades});
    journal.rate(0, Moment::Standalone, at(9, 12), 3, {pectorals});
    journal.rate(0, Moment::Standalone, QDateTime(QDate(2024, 5, 31), QTime(23, 0), Qt::UTC), 6, {rhomboids, neck});
    journal.rate(0, Moment::Standalone, QDateTime(QDate(2024, 7, 1), QTime(0, 30), Qt::UTC), 6, {lowerBack, neck});
}

/// Pixels within a few steps of colour.
int pixelsNear(const QImage& image, const QColor& colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            count += std::abs(c.red() - colour.red()) <= 2 && std::abs(c.green() - colour.green()) <= 2 &&
                     std::abs(c.blue() - colour.blue()) <= 2;
        }
    }
    return count;
}

} // namespace

TEST_CASE("the report counts where it hurt in the period as History does", "[report][bodymap]")
{
    Journal journal;
    markPlaces(journal);
    const auto d = journal.gather(QDate(2024, 6, 1), QDate(2024, 6, 30));
    REQUIRE(d.readError.isEmpty());
    CHECK(d.mapCounts.value(QStringLiteral("muscle:rhomboids")) == 4); // three times itself, once the shoulder blades
    CHECK(d.mapCounts.value(QStringLiteral("muscle:infraspinatus")) == 1);
    CHECK(d.mapCounts.value(QStringLiteral("muscle:middle-trapezius")) == 1);
    // The neck has no region of its own: it is counted on its muscles, without the ratings outside June.
    CHECK(d.mapCounts.value(QStringLiteral("muscle:suboccipitals")) == 2);
    CHECK(d.mapCounts.value(QStringLiteral("muscle:levator-scapulae")) == 2);
    CHECK(d.mapCounts.value(QStringLiteral("area:lower-back")) == 1);
    CHECK(d.mapCounts.value(QStringLiteral("muscle:pectorals")) == 1);
    CHECK_FALSE(d.mapCounts.contains(QStringLiteral("muscle:glutes")));
    // In words, as the ratings named them; ties by name.
    CHECK(d.mostMarked == QList<ReportWriter::MarkedPlace>{{QStringLiteral("Rhomboids"), 3},
                                                           {QStringLiteral("Neck (cervical)"), 2},
                                                           {QStringLiteral("Lower back (lumbar)"), 1}});
    CHECK(ReportMapPanel::views(d.mapCounts) == QList{BodyMapArt::View::Back, BodyMapArt::View::Front});

    // History's map reads the same query for the same period and shades the same places.
    const QDateTime fromUtc(QDate(2024, 6, 1), QTime(0, 0), Qt::UTC);
    const auto sites = journal.context.history().siteCounts(fromUtc, fromUtc.addDays(30));
    REQUIRE(sites);
    WhereItHurts history(journal.context.library());
    history.setCounts(*sites);
    CHECK(history.counts() == d.mapCounts);
    CHECK(history.map()->marks().tones == BodyMapShading::tones(d.mapCounts));

    const auto days = journal.gather(QDate(2024, 6, 5), QDate(2024, 6, 7));
    CHECK(days.mapCounts.value(QStringLiteral("muscle:rhomboids")) == 3);
    CHECK(days.mostMarked.size() == 3);
    // The neck's muscles run down the front of the neck too; the rhomboids and the lower back only on the back.
    CHECK(ReportMapPanel::views(days.mapCounts) == QList{BodyMapArt::View::Back, BodyMapArt::View::Front});
    const auto oneDay = journal.gather(QDate(2024, 6, 7), QDate(2024, 6, 7));
    CHECK(oneDay.mapCounts.size() == 2);
    CHECK(ReportMapPanel::views(oneDay.mapCounts) == QList{BodyMapArt::View::Back});
    CHECK(journal.gather(QDate(2024, 6, 10), QDate(2024, 6, 30)).mapCounts.isEmpty());
}

TEST_CASE("the report's page shows where it hurt in shades and words, on one vector page", "[report][bodymap]")
{
    Journal journal;
    markPlaces(journal);
    const auto d = journal.gather(QDate(2024, 6, 1), QDate(2024, 6, 30));

    // The words on the page, as a PDF reader would find them.
    test::PaintRecorder page(QSize(595, 842));
    {
        QPainter painter(&page);
        ReportPainter::paint(painter, d);
    }
    {
        const QString words = page.text();
        INFO(words.toStdString());
        CHECK(words.contains(QStringLiteral("Where it hurt")));
        CHECK(words.contains(QStringLiteral("Marked most often")));
        CHECK(page.texts().contains(QStringLiteral("Rhomboids")));
        CHECK(page.texts().contains(QStringLiteral("3 times")));
        CHECK(page.texts().contains(QStringLiteral("Neck (cervical)")));
        CHECK(page.texts().contains(QStringLiteral("2 times")));
        CHECK(page.texts().contains(QStringLiteral("Lower back (lumbar)")));
        CHECK(page.texts().contains(QStringLiteral("1 time"))); // the legend runs 1, 2, 3 and 4 times: the most is 4
        CHECK(page.texts().contains(QStringLiteral("4 times")));
        CHECK(page.texts().contains(QStringLiteral("front")));
        CHECK_FALSE(words.contains(QStringLiteral("Infraspinatus"))); // counted on the map, not named
        CHECK(page.paths() > 40);
        CHECK(page.images() == 0); // the map is shapes, not a picture
    }

    // Shaded as History shades, relative to the most marked place (the rhomboids, 4): each region in its tone.
    const BodyMapPainter paper(ReportMapPanel::paper(), BodyMapPainter::Accent::Pain);
    const double scale = 4;
    const QRectF panel(0, 0, 507, ReportMapPanel::height(d));
    QImage image((panel.size() * scale).toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.scale(scale, scale);
        ReportMapPanel::paint(painter, panel, d);
    }
    const auto places = ReportMapPanel::mapPlaces(panel, d);
    REQUIRE(places.size() == 2);
    // A point well inside each region, as a share of its box: the box's middle can fall on the spine or a muscle
    // lying on top.
    const struct {
        const char* id;
        QPointF at;
        int tone;
    } samples[]{{"rhomboids_l", {0.5, 0.5}, 4},        {"rhomboids_r", {0.5, 0.5}, 4},
                {"infraspinatus_l", {0.5, 0.5}, 1},    {"area-lower-back", {0.25, 0.5}, 1},
                {"latissimus-dorsi_r", {0.5, 0.5}, 0}, {"pectorals_l", {0.5, 0.8}, 1}};
    for (const auto& sample : samples) {
        const QString element = QString::fromLatin1(sample.id);
        const BodyMapArt::View view = BodyMapArt::shared().viewOf(element);
        const QRectF place = places.at(view == BodyMapArt::View::Back ? 0 : 1).second;
        const QRectF box = BodyMapPainter::placeOf(element, view, place);
        const QPointF at(box.left() + box.width() * sample.at.x(), box.top() + box.height() * sample.at.y());
        INFO(sample.id);
        CHECK(image.pixelColor((at * scale).toPoint()).name() == paper.toneColour(sample.tone).name());
    }
    CHECK(pixelsNear(ReportWriter::preview(d, 1240), paper.toneColour(BodyMapShading::levels)) > 300);
    // Darker for more, so that the shades still read printed in black and white.
    for (int tone = 1; tone < BodyMapShading::levels; ++tone) {
        CHECK(qGray(paper.toneColour(tone).rgb()) - qGray(paper.toneColour(tone + 1).rgb()) >= 20);
    }
    CHECK(qGray(paper.toneColour(0).rgb()) - qGray(paper.toneColour(1).rgb()) >= 20);

    const QByteArray pdf = writtenPdf(journal, d);
    CHECK(pdf.count("/Type /Page") - pdf.count("/Type /Pages") == 1);
    CHECK_FALSE(pdf.contains("/Subtype /Image")); // vector: sharp when zoomed
    if (const QString keep = qEnvironmentVariable("UNKNOT_REPORT_PDF"); !keep.isEmpty()) {
        QFile::remove(keep);
        QFile::copy(journal.dir.filePath(QStringLiteral("report.pdf")), keep); // to look at, e.g. pdftoppm -r 300
    }
}

TEST_CASE("with nothing marked the report says so in one line instead of an empty map", "[report][bodymap]")
{
    Journal journal; // ratings, but none names a place
    const auto d = journal.gather(QDate(2024, 6, 1), QDate(2024, 6, 30));
    CHECK(d.mapCounts.isEmpty());
    CHECK(d.mostMarked.isEmpty());
    test::PaintRecorder page(QSize(595, 842));
    {
        QPainter painter(&page);
        ReportPainter::paint(painter, d);
    }
    CHECK(page.texts().contains(QStringLiteral("No places on the body were marked in this period.")));
    CHECK_FALSE(page.texts().contains(QStringLiteral("Marked most often")));
    CHECK_FALSE(page.texts().contains(QStringLiteral("back")));
}

TEST_CASE("the report's map is printed on white whatever the screen's palette", "[report][bodymap]")
{
    Journal journal;
    markPlaces(journal);
    const auto d = journal.gather(QDate(2024, 6, 1), QDate(2024, 6, 30));
    const QImage light = ReportWriter::preview(d, 400);
    const QPalette saved = QApplication::palette();
    QPalette dark = saved;
    dark.setColor(QPalette::Base, QColor(0x1f, 0x22, 0x24));
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2f, 0x31));
    dark.setColor(QPalette::Text, QColor(0xe4, 0xe8, 0xe7));
    dark.setColor(QPalette::WindowText, QColor(0xe4, 0xe8, 0xe7));
    QApplication::setPalette(dark);
    const QImage onDark = ReportWriter::preview(d, 400);
    QApplication::setPalette(saved);
    CHECK(onDark == light);
}

TEST_CASE("the report is a light page while the app is in the dark theme", "[report][theme]")
{
    Journal journal;
    markPlaces(journal);
    const auto d = journal.gather(QDate(2024, 6, 1), QDate(2024, 6, 30));
    const QPalette savedPalette = QApplication::palette();
    const QString savedSheet = qApp->styleSheet();
    const QFont savedFont = QApplication::font();
    applyTheme(*qApp, Preferences::Theme::Light);
    const QImage light = ReportWriter::preview(d, 400);
    applyTheme(*qApp, Preferences::Theme::Dark);
    QCoreApplication::processEvents(); // the palette reaches widgets as posted events
    const QImage onDark = ReportWriter::preview(d, 400);
    const QByteArray pdf = writtenPdf(journal, d);
    if (const QString keep = qEnvironmentVariable("UNKNOT_REPORT_PDF"); !keep.isEmpty()) {
        QFile::remove(keep);
        QFile::copy(journal.dir.filePath(QStringLiteral("report.pdf")), keep); // to render and look at
    }
    qApp->setStyleSheet(savedSheet);
    QApplication::setPalette(savedPalette);
    QApplication::setFont(savedFont);
    CHECK(onDark.pixelColor(5, 5) == QColor(Qt::white));
    CHECK(onDark == light);
    CHECK(pdf.startsWith("%PDF"));
}
