// CSV imports and exports on a worker thread: progress, Cancel that writes nothing, and a window that keeps answering.
#include "journal/JournalFileTask.h"

#include "../core/StringMaker.h"
#include "../storage/Capture.h"
#include "JournalCsv.h"
#include "ManualClock.h"
#include "SqlSupport.h"
#include "shell/AppContext.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>
#include <catch2/catch.hpp>

using namespace unknot;

namespace {

/// A CSV export of `sessions` desk breaks, a day apart and ending yesterday, each with two steps and a rating after:
/// four rows a session.
QByteArray journalFile(int sessions)
{
    QList<SessionRecord> records;
    QList<PainEntry> entries;
    const QDateTime last = QDateTime::currentDateTimeUtc().addDays(-1);
    for (int i = 0; i < sessions; ++i) {
        SessionRecord s;
        s.id = i + 1;
        s.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        s.routineSlug = QStringLiteral("desk-micro-break");
        s.routineName = QStringLiteral("Desk micro-break");
        s.startedUtc = last.addSecs(-3600LL * (sessions - i));
        s.endedUtc = s.startedUtc.addSecs(240);
        s.status = SessionRecord::Status::Completed;
        s.plan = {{QStringLiteral("routine"), s.routineSlug}};
        for (int position = 0; position < 2; ++position) {
            s.steps.append({position,
                            {},
                            QStringLiteral("Shoulder rolls"),
                            10,
                            10,
                            0,
                            30000,
                            false,
                            s.startedUtc.addSecs(60 * (position + 1)),
                            1});
        }
        records.append(s);
        PainEntry after;
        after.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        after.sessionId = s.id;
        after.moment = PainEntry::Moment::After;
        after.recordedUtc = s.endedUtc.addSecs(10);
        after.rating = i % 11;
        after.note = QStringLiteral("easier, \"a bit\"");
        entries.append(after);
    }
    return JournalCsv::write(records, entries);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Every row of the person's own tables, as one digest: equal digests, equal journal content.
QByteArray contentDigest(AppContext& context)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery query(sql::database(context.database().connection()));
    for (const char* table : {"session", "session_step", "pain_entry", "pain_site"}) {
        REQUIRE(query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(QLatin1String(table))));
        while (query.next()) {
            for (int i = 0; i < query.record().count(); ++i) {
                hash.addData((query.isNull(i) ? QStringLiteral("<null>") : query.value(i).toString()).toUtf8() + '|');
            }
            hash.addData("\n");
        }
    }
    return hash.result();
}

int sessionCount(AppContext& context)
{
    QSqlQuery query(sql::database(context.database().connection()));
    return query.exec(QStringLiteral("SELECT count(*) FROM session")) && query.next() ? query.value(0).toInt() : -1;
}

struct Fixture {
    QTemporaryDir dir;
    AppContext context{dir.filePath(QStringLiteral("journal.sqlite"))};
    QWidget window;
    QString csv = dir.filePath(QStringLiteral("import.csv"));

    explicit Fixture(int sessions = 300)
    {
        REQUIRE(context.journalOk());
        PainEntry own; // the journal's own rating, which an import must leave alone
        own.rating = 4;
        own.recordedUtc = QDateTime::currentDateTimeUtc().addSecs(-600);
        QString error;
        REQUIRE(test::capture(context.pain().add(own), &error));
        writeFile(csv, journalFile(sessions));
    }

    /// Runs task until it ends; its finished() arguments.
    static QList<QVariant> finish(JournalFileTask& task, QSignalSpy& finished)
    {
        if (finished.isEmpty()) {
            REQUIRE(finished.wait(60'000));
        }
        REQUIRE(finished.size() == 1);
        CHECK_FALSE(task.isRunning());
        return finished.first();
    }
};

} // namespace

TEST_CASE("an import cancelled adds nothing: the journal's rows stay exactly as they were", "[filetask]")
{
    Fixture f;
    const QByteArray before = contentDigest(f.context);
    JournalFileTask task(f.context, JournalFileTask::Kind::Import, f.csv, &f.window);
    QSignalSpy finished(&task, &JournalFileTask::finished);
    task.start();
    REQUIRE(task.isRunning());
    REQUIRE(task.dialog());
    SECTION("by Cancel in the dialog")
    {
        auto* cancel = task.dialog()->findChild<QPushButton*>();
        REQUIRE(cancel);
        CHECK(cancel->text() == QStringLiteral("Cancel"));
        cancel->click();
    }
    SECTION("by the window closing")
    {
        task.cancel();
        task.wait(); // what the main window does as it closes
    }
    const QList<QVariant> told = Fixture::finish(task, finished);
    CHECK(told.at(0).toString().isEmpty()); // nothing to report: nothing changed
    CHECK_FALSE(told.at(1).toBool());
    CHECK(contentDigest(f.context) == before);
    CHECK(sessionCount(f.context) == 0);
    CHECK_FALSE((task.dialog() && task.dialog()->isVisible()));
}

TEST_CASE("a finished import reports progress to the end and adds every row", "[filetask]")
{
    Fixture f;
    JournalFileTask task(f.context, JournalFileTask::Kind::Import, f.csv, &f.window);
    QSignalSpy finished(&task, &JournalFileTask::finished);
    QSignalSpy progressed(&task, &JournalFileTask::progressed);
    task.start();
    const QList<QVariant> told = Fixture::finish(task, finished);
    INFO(told.at(0).toString());
    CHECK(told.at(0).toString() == QStringLiteral("Imported 300 sessions and 300 ratings."));
    CHECK(told.at(1).toBool());
    REQUIRE_FALSE(progressed.isEmpty());
    const qint64 done = progressed.last().at(0).toLongLong();
    const qint64 total = progressed.last().at(1).toLongLong();
    CHECK(total == 2 * 4 * 300); // every row read, then added
    CHECK(done == total);
    CHECK(sessionCount(f.context) == 300);

    // The same file again, through the same path: nothing new.
    JournalFileTask again(f.context, JournalFileTask::Kind::Import, f.csv, &f.window);
    QSignalSpy againFinished(&again, &JournalFileTask::finished);
    again.start();
    CHECK(Fixture::finish(again, againFinished).at(0).toString().startsWith(QStringLiteral("Nothing new")));
    CHECK(sessionCount(f.context) == 300);
}

TEST_CASE("an export cancelled leaves no file, and an older file at the path as it was", "[filetask]")
{
    Fixture f;
    const QString path = f.dir.filePath(QStringLiteral("export.csv"));
    const bool older = GENERATE(false, true);
    if (older) {
        writeFile(path, "an older export\n");
    }
    JournalFileTask task(f.context, JournalFileTask::Kind::Export, path, &f.window);
    QSignalSpy finished(&task, &JournalFileTask::finished);
    task.start();
    task.cancel();
    CHECK(Fixture::finish(task, finished).at(0).toString().isEmpty());
    CHECK(QFile::exists(path) == older);
    if (older) {
        CHECK(readFile(path) == QByteArray("an older export\n"));
    }

    JournalFileTask whole(f.context, JournalFileTask::Kind::Export, path, &f.window);
    QSignalSpy wholeFinished(&whole, &JournalFileTask::finished);
    whole.start();
    CHECK(Fixture::finish(whole, wholeFinished).at(0).toString().startsWith(QStringLiteral("Your journal was saved")));
    CHECK(readFile(path) == test::must(f.context.transfer().exportCsv()));
}

TEST_CASE("the window keeps handling events while a long import runs", "[filetask]")
{
    Fixture f(3000);
    JournalFileTask task(f.context, JournalFileTask::Kind::Import, f.csv, &f.window);
    QSignalSpy finished(&task, &JournalFileTask::finished);
    int ticksWhileRunning = 0;
    QTimer tick;
    tick.setInterval(1);
    QObject::connect(&tick, &QTimer::timeout, [&] { ticksWhileRunning += task.isRunning() ? 1 : 0; });
    tick.start();
    task.start();
    Fixture::finish(task, finished);
    // A timer of this (UI) thread fired while the import was still running: the import did not hold the thread.
    CHECK(ticksWhileRunning > 0);
    CHECK(sessionCount(f.context) == 3000);
}

TEST_CASE("while an import runs, the journal's file actions wait and a second one does not start", "[filetask]")
{
    Fixture f;
    ManualClock clock;
    MainWindow window(f.context, clock);
    QMenu* journalMenu = nullptr;
    for (QAction* action : window.menuBar()->actions()) {
        journalMenu = action->text().contains(QStringLiteral("Journal")) ? action->menu() : journalMenu;
    }
    REQUIRE(journalMenu);
    const auto enabled = [journalMenu] {
        QStringList names;
        for (const QAction* action : journalMenu->actions()) {
            if (!action->isSeparator() && action->isEnabled()) {
                names.append(action->text());
            }
        }
        return names;
    };
    const QStringList all = enabled();
    REQUIRE(all.size() == 5);
    window.importCsv(f.csv);
    QPointer<JournalFileTask> task = window.fileTask();
    REQUIRE(task);
    CHECK(task->isRunning());
    CHECK(enabled() == all.mid(0, 1)); // logging pain still works
    CHECK(all.first().contains(QStringLiteral("Log pain")));
    window.exportCsv(f.dir.filePath(QStringLiteral("meanwhile.csv")));
    CHECK(window.fileTask() == task.data()); // still the import, alone
    QString told;
    QTimer answer; // the box that tells how it went
    answer.setInterval(0);
    QObject::connect(&answer, &QTimer::timeout, [&told] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            told = box->text();
            box->accept();
        }
    });
    answer.start();
    QSignalSpy finished(task.data(), &JournalFileTask::finished);
    REQUIRE(finished.wait(60'000));
    REQUIRE(QTest::qWaitFor([&told] { return !told.isEmpty(); }, 10'000));
    CHECK(told == QStringLiteral("Imported 300 sessions and 300 ratings."));
    CHECK(enabled() == all);
    CHECK_FALSE(QFile::exists(f.dir.filePath(QStringLiteral("meanwhile.csv"))));
    CHECK(sessionCount(f.context) == 300);
}
