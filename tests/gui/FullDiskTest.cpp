// A full disk during a session and a rating, for real: SQLite's page limit on the journal's own connection makes
// every write that needs another page fail with SQLITE_FULL ("database or disk is full"); raising it is space
// coming back.
#include "SqlSupport.h"
#include "../core/StringMaker.h"
#include "shell/AppContext.h"
#include "journal/HistoryView.h"
#include "shell/MainWindow.h"
#include "ManualClock.h"
#include "journal/PainRatingDialog.h"
#include "session/PlayerWindow.h"
#include "common/Prompts.h"
#include "session/SessionController.h"
#include "session/SessionDriver.h"

#include <QLabel>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace unknot;

namespace {

const QString resumeTitle = QStringLiteral("Pick up where you left off?");
const QString diskFull = QStringLiteral("Your disk is full");

int number(QSqlDatabase db, const QString& sql)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

/// Fills the disk: no free pages, the page limit at the journal's size, and table's pages packed with small filler
/// rows (insert adds one numbered ?), the last one then grown (grow appends the text ?) until not a byte more fits.
void fillDisk(QSqlDatabase db, const QString& insert, const QString& grow)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("VACUUM")));
    const int pages = number(db, QStringLiteral("PRAGMA page_count"));
    REQUIRE(query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    query.finish();
    for (int n = 0;; ++n) {
        query.prepare(insert);
        query.addBindValue(n);
        if (!query.exec()) {
            REQUIRE((query.lastError().nativeErrorCode().toInt() & 0xff) == 13); // SQLITE_FULL
            break;
        }
    }
    for (int chunk = 256; chunk >= 1; chunk /= 2) {
        query.prepare(grow);
        query.addBindValue(QString(chunk, QLatin1Char('x')));
        while (query.exec()) {
        }
    }
}

/// No room for another session or for a session's row to grow (its end). Filler sessions are deleted ones.
void fillSessions(QSqlDatabase db)
{
    fillDisk(db,
             QStringLiteral("INSERT INTO session (uuid, routine_name, kind, started_at, status, self_paced, plan, "
                            "deleted_at) VALUES ('f' || ?, '', 'routine', '', 'running', 0, '{}', '')"),
             QStringLiteral("UPDATE session SET routine_name = routine_name || ? WHERE id = (SELECT max(id) FROM "
                            "session)"));
}

/// No room for another step; sessions can still end. Filler steps belong to a deleted session of their own.
void fillSteps(QSqlDatabase db)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("INSERT INTO session (uuid, routine_name, kind, started_at, status, self_paced, "
                                      "plan, deleted_at) VALUES ('filler', '', 'routine', '', 'running', 0, '{}', '')")));
    fillDisk(db,
             QStringLiteral("INSERT INTO session_step (session_id, position, visit, title, planned_reps, actual_reps, "
                            "planned_ms, actual_ms, skipped, ended_at) VALUES ((SELECT id FROM session WHERE uuid = "
                            "'filler'), ?, 1, '', 0, 0, 0, 0, 0, '')"),
             QStringLiteral("UPDATE session_step SET title = title || ? WHERE id = (SELECT max(id) FROM session_step)"));
}

/// No room for another rating.
void fillRatings(QSqlDatabase db)
{
    fillDisk(db,
             QStringLiteral("INSERT INTO pain_entry (uuid, recorded_at, rating, moment, note, deleted_at) VALUES "
                            "('f' || ?, '', 0, 'standalone', '', '')"),
             QStringLiteral("UPDATE pain_entry SET note = note || ? WHERE id = (SELECT max(id) FROM pain_entry)"));
}

void spaceReturns(QSqlDatabase db)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("PRAGMA max_page_count = 2147483646")));
}

/// Words meant for the person: no SQLite text in them.
bool plain(const QString& text)
{
    return !text.contains(QStringLiteral("database")) && !text.contains(QStringLiteral("SQL"))
           && !text.contains(QStringLiteral("fetch row"));
}

QString visibleText(QWidget* root, const char* name)
{
    auto* label = root->findChild<QLabel*>(QString::fromLatin1(name));
    return label && label->isVisibleTo(root) ? label->text() : QString();
}

/// A main window on a real journal file, with sessions on a clock the test moves by hand.
struct Fixture {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    ManualClock clock;
    int resumeOffers = 0;
    std::unique_ptr<AppContext> context = std::make_unique<AppContext>(path);
    std::unique_ptr<MainWindow> window;

    Fixture()
    {
        QSettings().clear();
        QSettings().setValue(QStringLiteral("journal/rateBefore"), false);
        Prompts::setAnswerer([this](const QString& title, const QString&) {
            resumeOffers += title == resumeTitle ? 1 : 0;
            return true;
        });
        window = std::make_unique<MainWindow>(*context, clock);
    }
    ~Fixture() { Prompts::setAnswerer({}); }

    QSqlDatabase db() { return sql::database(context->database().connection()); }
    SessionController& sessions() { return *window->sessions(); }
    void advance(qint64 ms)
    {
        REQUIRE(sessions().driver());
        clock.advance(ms);
        sessions().driver()->tick();
    }
    /// Quits and starts again on the same file; the new window offers a session cut off, if any.
    void restart()
    {
        window.reset();
        context = std::make_unique<AppContext>(path);
        window = std::make_unique<MainWindow>(*context, clock);
        sessions().offerResume();
    }
    SessionRecord session(qint64 id)
    {
        const auto record = context->sessions().session(id);
        REQUIRE(record);
        return *record;
    }
    /// The session's steps as "position.visit", in the order the journal has them.
    QStringList steps(qint64 id)
    {
        QStringList seen;
        for (const StepRecord& step : session(id).steps) {
            seen.append(QStringLiteral("%1.%2").arg(step.position).arg(step.visit));
        }
        return seen;
    }
};

} // namespace

TEST_CASE("steps that cannot be saved on a full disk are kept in order and saved once when space returns",
          "[session][disk]")
{
    Fixture f;
    REQUIRE(f.sessions().startRoutine(QStringLiteral("upper-back-activation")));
    const qint64 id = f.sessions().sessionId();
    f.advance(5000 + 50'000 + 1); // get ready, then ten glute bridges: saved
    REQUIRE(f.steps(id) == QStringList{QStringLiteral("0.1")});

    fillSteps(f.db());
    SessionDriver* driver = f.sessions().driver();
    driver->skip(); // the rest (not a step of the routine)
    driver->skip(); // supermans: cannot be saved
    CHECK(f.steps(id) == QStringList{QStringLiteral("0.1")});
    CHECK(f.sessions().hasUnsaved());
    CHECK(f.sessions().isRunning()); // the session goes on
    const QString told = f.sessions().lastProblem();
    CHECK(told.startsWith(diskFull));
    CHECK(plain(told));

    // Told once a session, not once a step: another message stays the last one while more steps wait.
    CHECK_FALSE(f.sessions().startRoutine(QStringLiteral("desk-micro-break")));
    const QString other = f.sessions().lastProblem();
    REQUIRE_FALSE(other.startsWith(diskFull));
    driver->skip(); // the rest
    driver->skip(); // V-raises: kept
    driver->back(); // from the rest back to V-raises
    REQUIRE(driver->snapshot().stepIndex == 4);
    driver->skip(); // V-raises, second visit: kept
    CHECK(f.sessions().lastProblem() == other);
    CHECK(f.steps(id) == QStringList{QStringLiteral("0.1")});

    spaceReturns(f.db());
    driver->skip(); // the rest
    driver->skip(); // shoulder blade push-ups: the kept steps go first, in order, then this one
    CHECK(f.steps(id)
          == (QStringList{QStringLiteral("0.1"), QStringLiteral("2.1"), QStringLiteral("4.1"), QStringLiteral("4.2"),
                          QStringLiteral("6.1")}));
    CHECK_FALSE(f.sessions().hasUnsaved());
    CHECK(f.sessions().lastProblem() == other); // nothing more to say

    driver->skip(); // on to the end: nothing is written twice
    while (f.sessions().isRunning()) {
        driver->skip();
    }
    const SessionRecord done = f.session(id);
    CHECK(done.status == SessionRecord::Status::Completed);
    CHECK(number(f.db(), QStringLiteral("SELECT count(*) FROM session_step WHERE session_id = %1").arg(id))
          == number(f.db(), QStringLiteral("SELECT count(DISTINCT position || '.' || visit) FROM session_step WHERE "
                                           "session_id = %1")
                                .arg(id)));
    CHECK(f.steps(id).mid(0, 5)
          == (QStringList{QStringLiteral("0.1"), QStringLiteral("2.1"), QStringLiteral("4.1"), QStringLiteral("4.2"),
                          QStringLiteral("6.1")}));
}

TEST_CASE("a session that ends on a full disk is written as finished, at its real end, when space returns",
          "[session][disk]")
{
    Fixture f;
    REQUIRE(f.sessions().startExercise(QStringLiteral("glute-bridges")));
    const qint64 id = f.sessions().sessionId();
    fillSessions(f.db()); // the session's row cannot grow: its end cannot be written
    f.advance(5000 + 50'000 + 1);
    const QDateTime ended = QDateTime::currentDateTimeUtc();
    REQUIRE_FALSE(f.sessions().isRunning());
    CHECK(f.steps(id) == QStringList{QStringLiteral("0.1")});
    CHECK(f.session(id).status == SessionRecord::Status::Running);
    CHECK(f.sessions().hasUnsaved());
    CHECK(f.sessions().lastProblem().startsWith(diskFull));
    CHECK(plain(f.sessions().lastProblem()));
    f.sessions().offerResume(); // its own session, waiting for room, is not one cut off
    CHECK(f.resumeOffers == 0);

    QTest::qWait(20); // so that a time taken from now on would differ from the real end
    spaceReturns(f.db());
    SECTION("when the player is closed")
    {
        REQUIRE(f.sessions().player());
        f.sessions().player()->close();
        CHECK_FALSE(f.sessions().hasUnsaved());
    }
    SECTION("on quitting")
    {
        f.restart();
        CHECK(f.resumeOffers == 0);
    }
    const SessionRecord record = f.session(id);
    CHECK(record.status == SessionRecord::Status::Completed);
    CHECK(record.endedUtc.isValid());
    CHECK(record.endedUtc <= ended);
    CHECK(f.steps(id) == QStringList{QStringLiteral("0.1")});
    f.restart();
    CHECK(f.resumeOffers == 0);
}

TEST_CASE("quitting while the disk is still full closes a finished session as finished, never as cut off",
          "[session][disk]")
{
    Fixture f;
    REQUIRE(f.sessions().startExercise(QStringLiteral("glute-bridges")));
    const qint64 id = f.sessions().sessionId();
    fillSteps(f.db());
    f.advance(5000 + 50'000 + 1);
    REQUIRE_FALSE(f.sessions().isRunning());
    // The end waits behind the step: the journal takes no step into a session that has ended.
    CHECK(f.session(id).status == SessionRecord::Status::Running);
    CHECK(f.sessions().hasUnsaved());
    CHECK(f.sessions().lastProblem().startsWith(diskFull));
    f.sessions().offerResume();
    CHECK(f.resumeOffers == 0);

    f.restart(); // the step is lost with the process, the end is still written
    CHECK(f.resumeOffers == 0);
    CHECK(f.session(id).status == SessionRecord::Status::Completed);
    CHECK_FALSE(f.context->sessions().unfinished());
}

TEST_CASE("a session that cannot begin on a full disk says so plainly and can still be followed", "[session][disk]")
{
    Fixture f;
    fillSessions(f.db());
    REQUIRE(f.sessions().startRoutine(QStringLiteral("desk-micro-break")));
    CHECK(f.sessions().sessionId() == 0);
    CHECK(f.sessions().player());
    CHECK(f.sessions().lastProblem().startsWith(diskFull));
    CHECK(plain(f.sessions().lastProblem()));
}

TEST_CASE("the rating dialog says plainly that the disk is full, keeps the entry and saves it when space returns",
          "[journal][disk]")
{
    Fixture f;
    PainRatingDialog* dialog = nullptr;
    SECTION("after a session")
    {
        REQUIRE(f.sessions().startExercise(QStringLiteral("glute-bridges")));
        f.advance(5000 + 50'000 + 1);
        dialog = f.sessions().ratingDialog();
    }
    SECTION("at any time")
    {
        f.window->logPain();
        dialog = f.window->history()->findChild<PainRatingDialog*>();
    }
    REQUIRE(dialog);
    fillRatings(f.db());
    QTest::keyClick(dialog, Qt::Key_4);
    QTest::keyClick(dialog, Qt::Key_Return);
    CHECK(dialog->isVisible());
    const QString shown = visibleText(dialog, "saveError");
    CHECK(shown.startsWith(diskFull));
    CHECK(plain(shown));
    CHECK(dialog->rating() == 4);

    spaceReturns(f.db());
    QTest::keyClick(dialog, Qt::Key_Return);
    REQUIRE(dialog->savedId());
    CHECK(f.context->pain().entry(*dialog->savedId())->rating == 4);
}
