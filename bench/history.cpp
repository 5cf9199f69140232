// Ten years of generated journal: how long History, the CSV export and import and the PDF report take, and how long
// the window stops answering while an import runs.
// Usage: unknot-history-bench [--keep DIR] [--journal FILE] [--preview FILE.png]
//   --keep DIR        write the journals, the CSVs and the PDF into DIR (created) instead of a temporary folder
//   --journal FILE    measure a copy of this journal instead of generating one (two builds, the same rows)
//   --preview FILE    also save an image of the report's page
#include "HistoryRepository.h"
#include "JournalCsv.h"
#include "JournalTransfer.h"
#include "LibraryRepository.h"
#include "Log.h"
#include "PainRepository.h"
#include "PainStats.h"
#include "SessionRepository.h"
#include "history_journal.h"
#include "journal/HistoryView.h"
#include "journal/JournalFileTask.h"
#include "report/ReportWriter.h"
#include "shell/AppContext.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace unknot;
using namespace unknot::bench;

namespace {

/// The list a read returned; a benchmark on a journal it cannot read stops here.
template <typename T> T readWhole(Result<T> result)
{
    if (!result) {
        die(QStringLiteral("read failed: %1").arg(result.error()));
    }
    return std::move(result).value();
}

/// CPU time of the whole process (every thread) in milliseconds: on a busy machine, wall time also counts waiting.
qint64 cpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return static_cast<qint64>(now.tv_sec) * 1000 + now.tv_nsec / 1'000'000;
}

qint64 cpuAtStart = 0;

/// Starts timer and the CPU clock of the next report.
void restart(QElapsedTimer& timer)
{
    timer.start();
    cpuAtStart = cpuMs();
}

/// Prints what took ms of wall time, with the CPU time the process used since the last restart() (or since
/// cpuSince); returns that CPU time.
qint64 report(const char* what, qint64 ms, const QString& detail = {}, qint64 cpuSince = -1)
{
    const qint64 cpu = cpuMs() - (cpuSince >= 0 ? cpuSince : cpuAtStart);
    std::printf("  %-40s %7lld ms  (cpu %5lld ms)  %s\n", what, static_cast<long long>(ms), static_cast<long long>(cpu),
                qPrintable(detail));
    std::fflush(stdout);
    cpuAtStart = cpuMs();
    return cpu;
}

/// One line of the summary: wall time against the aim, and CPU time.
void figure(const char* what, qint64 ms, qint64 cpu, const char* aim)
{
    std::printf("  %-36s %7lld ms  (cpu %5lld ms)  %s\n", what, static_cast<long long>(ms), static_cast<long long>(cpu),
                aim);
}

QString thousands(qint64 n)
{
    return QLocale(QLocale::English).toString(n);
}

QString megabytes(const QString& path)
{
    return QStringLiteral("%1 MB").arg(static_cast<double>(QFileInfo(path).size()) / 1e6, 0, 'f', 1);
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        die(file.errorString());
    }
    return file.readAll();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        die(file.errorString());
    }
}

/// The first rows of the journal (whole sessions with their steps and ratings, and ratings on their own, oldest
/// first) until there are at least `rows`, as a CSV export of them would be.
QByteArray firstRows(const Connection& journal, qint64 rows, qint64* written)
{
    const QList<SessionRecord> sessions = readWhole(SessionRepository(journal).all());
    const QList<PainEntry> entries = readWhole(PainRepository(journal).all());
    QHash<qint64, int> ratingsOf;
    for (const PainEntry& entry : entries) {
        ratingsOf[entry.sessionId] += entry.sessionId != 0 ? 1 : 0;
    }
    QList<SessionRecord> keptSessions;
    QSet<qint64> kept;
    qsizetype next = 0;
    *written = 0;
    QDateTime until;
    for (const SessionRecord& session : sessions) {
        if (*written >= rows) {
            until = session.startedUtc;
            break;
        }
        *written += 1 + session.steps.size() + ratingsOf.value(session.id);
        keptSessions.append(session);
        kept.insert(session.id);
        // Ratings on their own that come before the next session.
        while (next < entries.size() && entries.at(next).recordedUtc < session.startedUtc) {
            *written += entries.at(next).sessionId == 0 ? 1 : 0;
            ++next;
        }
    }
    QList<PainEntry> keptEntries;
    for (const PainEntry& entry : entries) {
        if (entry.sessionId != 0 ? kept.contains(entry.sessionId) : (!until.isValid() || entry.recordedUtc < until)) {
            keptEntries.append(entry);
        }
    }
    *written = keptSessions.size() + keptEntries.size();
    for (const SessionRecord& session : keptSessions) {
        *written += session.steps.size();
    }
    return JournalCsv::write(keptSessions, keptEntries);
}

/// Starts an import from inside the event loop while a 5 ms timer on the UI thread notes the longest time between
/// two of its ticks; start() calls its argument when the import has ended (at once, for an import that blocks).
qint64 longestStall(const std::function<void(std::function<void()>)>& start)
{
    QEventLoop loop;
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    qint64 longest = 0;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        longest = std::max(longest, now - last);
        last = now;
    });
    tick.start();
    QTimer::singleShot(50, [&] {
        last = clock.elapsed();
        longest = 0; // only the import's time counts
        start([&] { loop.quit(); });
    });
    loop.exec();
    return std::max(longest, clock.elapsed() - last);
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv); // fonts for the PDF, widgets for History
    log::init({}, false);
    QString keep, preview, given;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        (args.at(i) == QLatin1String("--keep")      ? keep
         : args.at(i) == QLatin1String("--journal") ? given
                                                    : preview) = args.at(i + 1);
    }
    QTemporaryDir temporary;
    const QDir dir(keep.isEmpty() ? temporary.path() : keep);
    QDir().mkpath(dir.path());
    const QString journalPath = dir.filePath(QStringLiteral("history.sqlite"));
    QElapsedTimer timer;

    std::printf("Unknot history benchmark: %d years of generated journal\n", years);
    Database db;
    if (given.isEmpty()) {
        openJournal(db, journalPath);
        restart(timer);
        const Counts counts = generate(db);
        report("generate (one transaction)", timer.elapsed(),
               QStringLiteral("%1 sessions, %2 steps, %3 entries (%4 deleted), %5 places")
                   .arg(thousands(counts.sessions), thousands(counts.steps), thousands(counts.entries),
                        thousands(counts.deleted), thousands(counts.sites)));
    } else {
        QFile::remove(journalPath);
        if (!QFile::copy(given, journalPath)) {
            die(QStringLiteral("could not copy %1").arg(given));
        }
        if (const Database::Status status = db.open(journalPath); !status.ok()) {
            die(status.message);
        }
        std::printf("  measuring a copy of %s\n", qPrintable(given));
    }
    std::printf("  journal file: %s\n", qPrintable(megabytes(journalPath)));

    std::printf("History data, all time:\n");
    const HistoryRepository history(db.connection());
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const Qt::DayOfWeek firstDay = QLocale().firstDayOfWeek();
    const QDate today = QDate::currentDate();
    QElapsedTimer total;
    total.start();
    const qint64 cpuAtTotal = cpuMs();
    restart(timer);
    const QList<PainPoint> points = readWhole(history.painPoints({}, {}));
    report("HistoryRepository::painPoints", timer.restart(), thousands(points.size()) + QStringLiteral(" points"));
    const QList<SessionPain> sessions = readWhole(history.sessionPain({}, {}));
    report("HistoryRepository::sessionPain", timer.restart(), thousands(sessions.size()) + QStringLiteral(" sessions"));
    const QList<QDate> days = readWhole(history.sessionDays(zone));
    report("HistoryRepository::sessionDays", timer.restart(), thousands(days.size()) + QStringLiteral(" days"));
    const QList<TimelineItem> timeline = readWhole(history.timeline({}, {}, {}, 500));
    report("HistoryRepository::timeline(500)", timer.restart(), thousands(timeline.size()) + QStringLiteral(" rows"));
    const QDate firstDate = today.addYears(-years);
    const PainTrend trend = PainTrend::of(points, firstDate, today, zone, firstDay);
    report("PainTrend::of (months)", timer.restart(), thousands(trend.average.size()) + QStringLiteral(" buckets"));
    const auto routines = PainStats::perRoutine(sessions);
    report("PainStats::perRoutine", timer.restart(), thousands(routines.size()) + QStringLiteral(" routines"));
    const Streak streak = PainStats::streaks(days, today);
    report("PainStats::streaks", timer.restart(), QStringLiteral("longest %1 days").arg(streak.longest));
    report("History data in all", total.elapsed(), {}, cpuAtTotal);

    std::printf("History as the person sees it:\n");
    qint64 historyAllTime = 0;
    qint64 historyCpu = 0;
    {
        AppContext context(journalPath);
        restart(timer);
        QUndoStack undo;
        HistoryView view(context, &undo);
        view.resize(1280, 820);
        view.show();
        view.refresh(); // as the main window does when History is shown
        view.grab();    // paints everything, the chart included
        report("open History (last 4 weeks) and draw", timer.restart());
        // "All time" chosen in the period box, as a person would.
        auto* period = view.findChild<QComboBox*>(QStringLiteral("period"));
        period->setCurrentIndex(3);
        Q_EMIT period->activated(3);
        view.grab();
        historyAllTime = timer.elapsed();
        historyCpu = report("switch History to all time and draw", historyAllTime,
                            QStringLiteral("from %1").arg(view.from().toString(Qt::ISODate)));
    }

    std::printf("CSV:\n");
    const QString csvPath = dir.filePath(QStringLiteral("journal.csv"));
    restart(timer);
    if (const auto written = JournalTransfer(db.connection()).exportCsv(csvPath); !written) {
        die(written.error());
    }
    const qint64 exportMs = timer.elapsed();
    const qint64 exportCpu = report("export", exportMs, megabytes(csvPath));
    const QByteArray csv = readFile(csvPath);

    Database copy;
    openJournal(copy, dir.filePath(QStringLiteral("imported.sqlite")));
    restart(timer);
    const auto imported = JournalTransfer(copy.connection()).importCsv(csv);
    if (!imported) {
        die(imported.error());
    }
    const qint64 importMs = timer.elapsed();
    const qint64 importCpu = report("import into an empty journal", importMs,
                                    QStringLiteral("%1 sessions, %2 steps, %3 entries added")
                                        .arg(thousands(imported->sessionsAdded), thousands(imported->stepsAdded),
                                             thousands(imported->entriesAdded)));
    restart(timer);
    const auto again = JournalTransfer(copy.connection()).importCsv(csv);
    if (!again) {
        die(again.error());
    }
    const qint64 againMs = timer.elapsed();
    const qint64 againCpu = report("import the same file again", againMs,
                                   QStringLiteral("%1 added, %2 sessions and %3 entries already there")
                                       .arg(again->sessionsAdded + again->entriesAdded)
                                       .arg(thousands(again->sessionsSkipped), thousands(again->entriesSkipped)));

    qint64 rows = 0;
    const QByteArray hundredThousand = firstRows(db.connection(), 100'000, &rows);
    const QString hundredPath = dir.filePath(QStringLiteral("100k.csv"));
    writeFile(hundredPath, hundredThousand);
    Database third;
    openJournal(third, dir.filePath(QStringLiteral("100k.sqlite")));
    restart(timer);
    if (const auto added = JournalTransfer(third.connection()).importCsv(hundredThousand); !added) {
        die(added.error());
    }
    const qint64 hundredMs = timer.elapsed();
    const qint64 hundredCpu = report("import 100k rows into an empty journal", hundredMs,
                                     QStringLiteral("%1 rows, %2").arg(thousands(rows), megabytes(hundredPath)));

    // The whole file into an empty journal through the app, from the event loop, as the Journal menu runs it: on a
    // worker thread with its progress dialog, while a timer on the UI thread notes the longest pause.
    const QString stallJournal = dir.filePath(QStringLiteral("stall.sqlite"));
    QFile::remove(stallJournal);
    qint64 stallMs = 0;
    qint64 appImportMs = 0;
    qint64 appImportCpu = 0;
    {
        AppContext context(stallJournal);
        QWidget window;
        window.resize(1024, 700);
        window.show();
        QString told;
        JournalFileTask task(context, JournalFileTask::Kind::Import, csvPath, &window);
        QObject::connect(&task, &JournalFileTask::finished, [&told](const QString& message) { told = message; });
        restart(timer);
        stallMs = longestStall([&](const std::function<void()>& done) {
            QObject::connect(&task, &JournalFileTask::finished, done);
            task.start();
        });
        appImportMs = timer.elapsed();
        if (!told.startsWith(QStringLiteral("Imported"))) {
            die(told);
        }
        appImportCpu = report("import through the app (the whole file)", appImportMs,
                              QStringLiteral("worker thread, progress dialog"));
    }
    std::printf("  %-40s %7lld ms\n", "longest UI stall during that import", static_cast<long long>(stallMs));

    std::printf("PDF report:\n");
    const QString pdfPath = dir.filePath(QStringLiteral("report.pdf"));
    qint64 pdfAllTime = 0;
    qint64 pdfCpu = 0;
    const LibraryRepository library(db.connection()); // installed when History opened the journal above
    for (const auto& [label, from] :
         {std::pair{"last 30 days", today.addDays(-29)}, std::pair{"last year", today.addYears(-1).addDays(1)},
          std::pair{"all time", today.addYears(-years)}}) {
        restart(timer);
        const ReportWriter::Data data = ReportWriter::gather(history, library, from, today, {}, zone, firstDay);
        const qint64 gatherMs = timer.restart();
        QString error;
        if (!ReportWriter::write(pdfPath, data, &error)) {
            die(error);
        }
        const qint64 writeMs = timer.elapsed();
        pdfAllTime = gatherMs + writeMs;
        pdfCpu = report(label, gatherMs + writeMs,
                        QStringLiteral("gather %1 ms + write %2 ms, %3 KB")
                            .arg(gatherMs)
                            .arg(writeMs)
                            .arg(QFileInfo(pdfPath).size() / 1024));
        if (!preview.isEmpty() && from == today.addYears(-years)) {
            ReportWriter::preview(data, 1240).save(preview);
        }
    }

    std::printf("The issue's figures:\n");
    figure("History switched to all time, drawn", historyAllTime, historyCpu, "aim 100 ms");
    figure("CSV export", exportMs, exportCpu, "aim 300 ms");
    figure("CSV import into an empty journal", importMs, importCpu, "aim 1500 ms");
    figure("CSV import of the same file again", againMs, againCpu, "");
    figure("CSV import of 100k rows", hundredMs, hundredCpu, "");
    figure("PDF report, all time", pdfAllTime, pdfCpu, "aim 150 ms");
    figure("CSV import through the app", appImportMs, appImportCpu, "worker thread");
    std::printf("  %-36s %7lld ms\n", "longest UI stall during that import", static_cast<long long>(stallMs));
    return 0;
}
