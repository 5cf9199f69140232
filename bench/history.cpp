// Ten years of generated journal: how long History's reads, the CSV export and import and the PDF report take.
// Usage: unknot-history-bench [--keep DIR] [--preview FILE.png]
//   --keep DIR        write the journals, the CSV and the PDF into DIR (created) instead of a temporary folder
//   --preview FILE    also save an image of the report's page
#include "SqlSupport.h"
#include "shell/AppContext.h"
#include "journal/HistoryView.h"
#include "BuiltinContent.h"
#include "Database.h"
#include "HistoryRepository.h"
#include "JournalTransfer.h"
#include "LibraryRepository.h"
#include "Log.h"
#include "Muscle.h"
#include "PainStats.h"
#include "report/ReportWriter.h"
#include "SessionRepository.h"
#include "Transaction.h"

#include <QDir>
#include <QUndoStack>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>

using namespace unknot;

namespace {

/// result, with its words copied to *error.
template <typename R>
R noted(R result, QString* error)
{
    *error = result.error();
    return result;
}

/// The list a read returned; a benchmark on a journal it cannot read stops here.
template <typename T>
T readWhole(Result<T> result)
{
    if (!result) {
        std::fprintf(stderr, "read failed: %s\n", qPrintable(result.error()));
        std::exit(1);
    }
    return std::move(result).value();
}


constexpr int years = 10;

[[noreturn]] void die(const QString& message)
{
    std::fprintf(stderr, "history bench: %s\n", qPrintable(message));
    std::exit(1);
}

void report(const char* what, qint64 ms, const QString& detail = {})
{
    std::printf("  %-34s %7lld ms  %s\n", what, static_cast<long long>(ms), qPrintable(detail));
    std::fflush(stdout);
}

QString thousands(qint64 n)
{
    return QLocale(QLocale::English).toString(n);
}

void openJournal(Database& db, const QString& path)
{
    QFile::remove(path);
    if (const Database::Status status = db.open(path); !status.ok()) {
        die(status.message);
    }
    const BuiltinContent content = BuiltinContent::load();
    QString error;
    if (!noted(LibraryRepository(db.connection()).install(content.pack, content.fingerprint), &error)) {
        die(error);
    }
}

struct Counts {
    qint64 sessions = 0, steps = 0, entries = 0, sites = 0, deleted = 0;
};

/// Fills db with ten years ending today: 5-7 sessions a day (mostly routines from the library, some single
/// exercises and heat/cold timers), most rated before and after, a few standalone ratings a day with places.
Counts generate(Database& db)
{
    const QSqlDatabase c = sql::database(db.connection());
    LibraryRepository library(db.connection());
    struct Choice {
        QString slug, name;
        SessionRecord::Kind kind;
        QList<std::pair<QString, QString>> steps; // exercise slug (empty for rest/heat/cold), title
        int weight;
    };
    QList<Choice> choices;
    for (const ItemSummary& item : library.list(ItemKind::Routine)) {
        Choice choice{item.ref.id, item.name, SessionRecord::Kind::Routine, {}, 10};
        choice.weight = item.ref.id == QLatin1String("desk-micro-break")        ? 40
                        : item.ref.id == QLatin1String("upper-back-activation") ? 25
                                                                                : 8;
        const std::optional<Routine> routine = library.routine(item.ref.id);
        for (const RoutineStep& step : routine->steps) {
            const auto exercise =
                step.kind == RoutineStep::Kind::Exercise ? library.exercise(step.exercise) : std::nullopt;
            choice.steps.append({exercise ? exercise->id : QString(), exercise ? exercise->name : step.text});
        }
        choices.append(choice);
    }
    const QList<ItemSummary> exercises = library.list(ItemKind::Exercise);
    const QList<ItemSummary> muscles = library.list(ItemKind::Muscle);
    choices.append({{},
                    QStringLiteral("Heat, 15 minutes"),
                    SessionRecord::Kind::Thermal,
                    {{{}, QStringLiteral("Heat")}, {{}, QStringLiteral("Rest")}},
                    6});
    for (const ItemSummary& exercise : exercises.mid(0, 4)) {
        choices.append({{}, exercise.name, SessionRecord::Kind::Exercise, {{exercise.ref.id, exercise.name}}, 2});
    }
    std::vector<int> weights;
    for (const Choice& choice : choices) {
        weights.push_back(choice.weight);
    }
    std::mt19937 random(20240603);
    std::discrete_distribution<int> pick(weights.begin(), weights.end());
    std::uniform_real_distribution<double> unit(0, 1);
    std::normal_distribution<double> noise(0, 1.1);
    const QStringList notes{QStringLiteral("Long day at the desk"), QStringLiteral("Better after the walk"),
                            QStringLiteral("Stiff, \"knotted\" between the shoulder blades"),
                            QStringLiteral("Slept badly,\nneck sore on waking"),
                            QStringLiteral("Après le vol, épaule")};

    Transaction transaction(db.connection());
    QSqlQuery addSession(c), addStep(c), addEntry(c), addSite(c);
    addSession.prepare(QStringLiteral("INSERT INTO session (uuid, routine_slug, routine_name, kind, started_at, "
                                      "ended_at, status, self_paced, plan) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    addStep.prepare(QStringLiteral("INSERT INTO session_step (session_id, position, exercise_slug, title, "
                                   "planned_reps, actual_reps, planned_ms, actual_ms, skipped, ended_at) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    addEntry.prepare(QStringLiteral("INSERT INTO pain_entry (uuid, recorded_at, rating, moment, session_id, note, "
                                    "deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    addSite.prepare(QStringLiteral("INSERT INTO pain_site (entry_id, site_kind, site_slug, site_name, worst) "
                                   "VALUES (?, ?, ?, ?, ?)"));
    const auto exec = [](QSqlQuery& query, const QVariantList& values) {
        for (qsizetype i = 0; i < values.size(); ++i) {
            query.bindValue(static_cast<int>(i), values.at(i));
        }
        if (!query.exec()) {
            die(query.lastError().text());
        }
        return query.lastInsertId().toLongLong();
    };
    const QVariant noText(QMetaType::fromType<QString>());
    const QVariant noId(QMetaType::fromType<qint64>());
    Counts counts;
    const auto rate = [&](const QDateTime& when, int rating, const QString& moment, const QVariant& sessionId) {
        const bool deleted = unit(random) < 0.01;
        const qint64 id =
            exec(addEntry, {QUuid::createUuid().toString(QUuid::WithoutBraces), SessionRepository::toStored(when),
                            std::clamp(rating, 0, 10), moment, sessionId,
                            unit(random) < 0.2 ? notes.at(random() % notes.size()) : QStringLiteral(""),
                            deleted ? QVariant(SessionRepository::toStored(when)) : noText});
        ++counts.entries;
        counts.deleted += deleted ? 1 : 0;
        const int places = 1 + static_cast<int>(random() % 3);
        QSet<QString> used;
        for (int i = 0; i < places; ++i) {
            const bool area = random() % 3 == 0;
            const QString slug = area ? Muscle::areas().at(random() % Muscle::areas().size())
                                      : muscles.at(random() % muscles.size()).ref.id;
            if (used.contains(slug)) {
                continue;
            }
            used.insert(slug);
            const QString name = area ? Muscle::areaName(slug) : slug;
            exec(addSite, {id, area ? QStringLiteral("area") : QStringLiteral("muscle"), slug, name, i == 0 ? 1 : 0});
            ++counts.sites;
        }
    };

    const QTimeZone zone = QTimeZone::systemTimeZone();
    const QDate last = QDate::currentDate().addDays(-1);
    const QDate first = last.addYears(-years).addDays(1);
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        const double progress = static_cast<double>(first.daysTo(day)) / first.daysTo(last);
        const double base = 6.0 - 2.5 * progress + 0.8 * std::sin(day.dayOfYear() / 58.0);
        const int sessionsToday = 5 + static_cast<int>(random() % 3);
        for (int i = 0; i < sessionsToday; ++i) {
            const Choice& choice = choices.at(pick(random));
            const QDateTime start =
                QDateTime(day, QTime(7 + i * 2, static_cast<int>(random() % 90) % 60), zone).toUTC();
            const bool early = unit(random) < 0.12;
            const qsizetype stepCount = early ? std::max<qsizetype>(1, choice.steps.size() / 2) : choice.steps.size();
            QDateTime at = start;
            const QVariant sessionId =
                exec(addSession,
                     {QUuid::createUuid().toString(QUuid::WithoutBraces),
                      choice.slug.isEmpty() ? noText : QVariant(choice.slug), choice.name,
                      SessionRecord::kindKey(choice.kind), SessionRepository::toStored(start),
                      SessionRepository::toStored(start.addSecs(60 * (2 + stepCount))),
                      early ? QStringLiteral("ended_early") : QStringLiteral("completed"), random() % 4 == 0 ? 1 : 0,
                      QStringLiteral("{\"routine\":\"%1\",\"rest\":15}").arg(choice.slug)});
            ++counts.sessions;
            for (qsizetype s = 0; s < stepCount; ++s) {
                const bool skipped = unit(random) < 0.05;
                const bool timed = choice.steps.at(s).first.isEmpty();
                at = at.addSecs(40 + static_cast<int>(random() % 40));
                exec(addStep,
                     {sessionId, static_cast<int>(s),
                      choice.steps.at(s).first.isEmpty() ? noText : QVariant(choice.steps.at(s).first),
                      choice.steps.at(s).second, timed ? 0 : 10,
                      skipped || timed ? 0 : 8 + static_cast<int>(random() % 3), timed ? 60000 : 0,
                      30000 + static_cast<int>(random() % 40000), skipped ? 1 : 0, SessionRepository::toStored(at)});
                ++counts.steps;
            }
            const int before = static_cast<int>(std::lround(base + noise(random)));
            if (unit(random) < 0.9) {
                rate(start.addSecs(-30), before, QStringLiteral("before"), sessionId);
            }
            if (unit(random) < 0.85) {
                const int change = unit(random) < 0.04 ? 2 : -static_cast<int>(random() % 4);
                rate(at.addSecs(30), before + change, QStringLiteral("after"), sessionId);
            }
        }
        const int standalone = 2 + static_cast<int>(random() % 4);
        for (int i = 0; i < standalone; ++i) {
            rate(QDateTime(day, QTime(8 + i * 3, 30), zone).toUTC(),
                 static_cast<int>(std::lround(base + noise(random))), QStringLiteral("standalone"), noId);
        }
    }
    if (!transaction.commit()) {
        die(transaction.errorText());
    }
    return counts;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv); // fonts for the PDF, widgets for History
    log::init({}, false);
    QString keep, preview;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        (args.at(i) == QLatin1String("--keep") ? keep : preview) = args.at(i + 1);
    }
    QTemporaryDir temporary;
    const QString dir = keep.isEmpty() ? temporary.path() : keep;
    QDir().mkpath(dir);
    QElapsedTimer timer;

    std::printf("Unknot history benchmark: %d years of generated journal\n", years);
    Database db;
    openJournal(db, QDir(dir).filePath(QStringLiteral("history.sqlite")));
    timer.start();
    const Counts counts = generate(db);
    report("generate (one transaction)", timer.elapsed(),
           QStringLiteral("%1 sessions, %2 steps, %3 entries (%4 deleted), %5 places")
               .arg(thousands(counts.sessions), thousands(counts.steps), thousands(counts.entries),
                    thousands(counts.deleted), thousands(counts.sites)));
    std::printf("  journal file: %.1f MB\n",
                static_cast<double>(QFileInfo(QDir(dir).filePath(QStringLiteral("history.sqlite"))).size()) / 1e6);

    std::printf("History data, all time:\n");
    const HistoryRepository history(db.connection());
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const Qt::DayOfWeek firstDay = QLocale().firstDayOfWeek();
    const QDate today = QDate::currentDate();
    QElapsedTimer total;
    total.start();
    timer.start();
    const QList<PainPoint> points = readWhole(history.painPoints({}, {}));
    report("HistoryRepository::painPoints", timer.restart(), thousands(points.size()) + QStringLiteral(" points"));
    const QList<SessionPain> sessions = readWhole(history.sessionPain({}, {}));
    report("HistoryRepository::sessionPain", timer.restart(), thousands(sessions.size()) + QStringLiteral(" sessions"));
    const QList<QDate> days = readWhole(history.sessionDays(zone));
    report("HistoryRepository::sessionDays", timer.restart(), thousands(days.size()) + QStringLiteral(" days"));
    const QList<TimelineItem> timeline = readWhole(history.timeline({}, {}, {}, 200));
    report("HistoryRepository::timeline(200)", timer.restart(), thousands(timeline.size()) + QStringLiteral(" rows"));
    const QDate firstDate = today.addYears(-years);
    const auto weeks = PainStats::trend(points, PainStats::Bucket::Week, firstDate, today, zone, firstDay);
    report("PainStats::trend (weeks)", timer.restart(), thousands(weeks.size()) + QStringLiteral(" buckets"));
    const auto daily = PainStats::trend(points, PainStats::Bucket::Day, firstDate, today, zone, firstDay);
    report("PainStats::trend (days)", timer.restart(), thousands(daily.size()) + QStringLiteral(" buckets"));
    const auto routines = PainStats::perRoutine(sessions);
    report("PainStats::perRoutine", timer.restart(), thousands(routines.size()) + QStringLiteral(" routines"));
    const Streak streak = PainStats::streaks(days, today);
    report("PainStats::streaks", timer.restart(), QStringLiteral("longest %1 days").arg(streak.longest));
    report("History data in all", total.elapsed());
    {
        // The real view on the same file, as the person sees it: it opens on the last four weeks.
        AppContext context(QDir(dir).filePath(QStringLiteral("history.sqlite")));
        timer.start();
        QUndoStack undo;
        HistoryView view(context, &undo);
        view.resize(1280, 820);
        view.show();
        view.grab(); // paints everything, the chart included
        report("open History (last 4 weeks) and draw", timer.restart());
        view.setRange(firstDate, today);
        view.grab();
        report("switch History to all time and draw", timer.elapsed());
    }

    std::printf("CSV:\n");
    QString error;
    timer.start();
    JournalTransfer transfer(db.connection());
    const QString csvPath = QDir(dir).filePath(QStringLiteral("journal.csv"));
    if (!noted(transfer.exportCsv(csvPath), &error)) {
        die(error);
    }
    const qint64 csvSize = QFileInfo(csvPath).size();
    report("export", timer.elapsed(), QStringLiteral("%1 MB").arg(static_cast<double>(csvSize) / 1e6, 0, 'f', 1));
    QFile csvFile(csvPath);
    if (!csvFile.open(QIODevice::ReadOnly)) {
        die(csvFile.errorString());
    }
    const QByteArray csv = csvFile.readAll();
    Database copy;
    openJournal(copy, QDir(dir).filePath(QStringLiteral("imported.sqlite")));
    timer.start();
    const auto imported = noted(JournalTransfer(copy.connection()).importCsv(csv), &error);
    if (!imported) {
        die(error);
    }
    report("import into an empty journal", timer.elapsed(),
           QStringLiteral("%1 sessions, %2 steps, %3 entries added")
               .arg(thousands(imported->sessionsAdded), thousands(imported->stepsAdded),
                    thousands(imported->entriesAdded)));
    timer.start();
    const auto again = noted(JournalTransfer(copy.connection()).importCsv(csv), &error);
    if (!again) {
        die(error);
    }
    report("import the same file again", timer.elapsed(),
           QStringLiteral("%1 added, %2 sessions and %3 entries already there")
               .arg(again->sessionsAdded + again->entriesAdded)
               .arg(thousands(again->sessionsSkipped), thousands(again->entriesSkipped)));

    std::printf("PDF report:\n");
    const QString pdfPath = QDir(dir).filePath(QStringLiteral("report.pdf"));
    for (const auto& [label, from] :
         {std::pair{"last 30 days", today.addDays(-29)}, std::pair{"last year", today.addYears(-1).addDays(1)},
          std::pair{"all time", today.addYears(-years)}}) {
        timer.start();
        const ReportWriter::Data data = ReportWriter::gather(history, from, today, {}, zone, firstDay);
        const qint64 gatherMs = timer.restart();
        if (!ReportWriter::write(pdfPath, data, &error)) {
            die(error);
        }
        const qint64 writeMs = timer.elapsed();
        report(label, gatherMs + writeMs,
               QStringLiteral("gather %1 ms + write %2 ms, %3 KB")
                   .arg(gatherMs)
                   .arg(writeMs)
                   .arg(QFileInfo(pdfPath).size() / 1024));
        if (!preview.isEmpty() && from == today.addYears(-years)) {
            ReportWriter::preview(data, 1240).save(preview);
        }
    }
    return 0;
}
