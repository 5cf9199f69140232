#include "SqlSupport.h"
#include "../storage/Capture.h"
#include "shell/AppContext.h"
#include "LibraryRepository.h"
#include "SafetyRepository.h"
#include "journal/HistoryView.h"
#include "journal/JournalFiles.h"
#include "shell/MainWindow.h"
#include "ManualClock.h"
#include "journal/PainRatingDialog.h"
#include "session/PainRiseDialog.h"
#include "session/PlayerWindow.h"
#include "common/Prompts.h"
#include "safety/RedFlagCheckDialog.h"
#include "session/SessionController.h"
#include "session/SessionDriver.h"
#include "journal/TrendPlot.h"
#include "../core/StringMaker.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace unknot;

namespace {

struct Fixture {
    QTemporaryDir dir;
    ManualClock clock;
    AppContext context{dir.filePath(QStringLiteral("journal.sqlite"))};
    std::unique_ptr<MainWindow> window;

    Fixture()
    {
        QSettings().clear();
        Prompts::setAnswerer([](const QString&, const QString&) { return true; });
        window = std::make_unique<MainWindow>(context, clock);
    }
    ~Fixture() { Prompts::setAnswerer({}); }

    SessionController& sessions() { return *window->sessions(); }
    void advance(qint64 ms)
    {
        clock.advance(ms);
        sessions().driver()->tick();
    }
    /// Types a rating the way a person would: the digit, then Enter.
    static void rate(PainRatingDialog* dialog, Qt::Key digit)
    {
        QTest::keyClick(dialog, digit);
        QTest::keyClick(dialog, Qt::Key_Return);
    }
    QTreeWidget* timeline() { return window->history()->findChild<QTreeWidget*>(QStringLiteral("timeline")); }
    QString painColumn(int row) { return timeline()->topLevelItem(row)->text(1); }
};

QString labelText(QWidget* root, const char* name)
{
    auto* label = root->findChild<QLabel*>(QString::fromLatin1(name));
    return label && label->isVisibleTo(root) ? label->text() : QString();
}

} // namespace

TEST_CASE("rate before and after a session, see it in History, edit it and undo", "[journal]")
{
    Fixture f;
    REQUIRE(f.sessions().startExercise(QStringLiteral("glute-bridges")));
    PainRatingDialog* before = f.sessions().ratingDialog();
    REQUIRE(before);
    CHECK_FALSE(f.sessions().player()); // the player waits for the rating (or a skip)
    Fixture::rate(before, Qt::Key_3);
    REQUIRE(f.sessions().player());

    f.advance(5000 + 50'000);
    PainRatingDialog* after = f.sessions().ratingDialog();
    REQUIRE(after);
    CHECK(after != before);
    auto* sites = after->findChild<QListWidget*>(QStringLiteral("sites"));
    sites->item(2)->setCheckState(Qt::Checked); // shoulder blades
    after->findChild<QLineEdit*>(QStringLiteral("note"))->setText(QStringLiteral("Stiff, but easier"));
    Fixture::rate(after, Qt::Key_4);
    CHECK_FALSE(f.sessions().player()->findChild<PainRiseDialog*>()); // 3 → 4 is no rise

    f.window->showHistory(true);
    REQUIRE(f.timeline()->topLevelItemCount() == 1);
    CHECK(f.timeline()->topLevelItem(0)->text(2) == QStringLiteral("Glute bridges"));
    CHECK(f.painColumn(0) == QStringLiteral("3 → 4"));
    CHECK(f.timeline()->topLevelItem(0)->text(3).contains(QStringLiteral("Shoulder blades")));
    CHECK(f.timeline()->topLevelItem(0)->text(3).contains(QStringLiteral("Stiff, but easier")));
    TrendPlot* chart = f.window->history()->trendPlot();
    REQUIRE(chart);
    CHECK(chart->beforeCount() == 1);
    CHECK(chart->afterCount() == 1);
    CHECK(chart->averageCount() == 1);

    f.timeline()->setCurrentItem(f.timeline()->topLevelItem(0));
    f.window->history()->editSelected();
    auto* edit = f.window->history()->findChild<PainRatingDialog*>();
    REQUIRE(edit);
    CHECK(edit->rating() == 4);
    Fixture::rate(edit, Qt::Key_2);
    CHECK(f.painColumn(0) == QStringLiteral("3 → 2"));
    f.window->history()->undoStack()->undo();
    CHECK(f.painColumn(0) == QStringLiteral("3 → 4"));
}

TEST_CASE("a pain rise of two points after a routine advises stopping it and offers a gentler one", "[journal]")
{
    Fixture f;
    REQUIRE(f.sessions().startRoutine(QStringLiteral("desk-micro-break")));
    Fixture::rate(f.sessions().ratingDialog(), Qt::Key_3);
    f.advance(10 * 60'000);
    PlayerWindow* player = f.sessions().player();
    REQUIRE(f.sessions().ratingDialog());
    Fixture::rate(f.sessions().ratingDialog(), Qt::Key_5);
    auto* advice = player->findChild<PainRiseDialog*>();
    REQUIRE(advice);
    const QString words = advice->findChild<QLabel*>(QStringLiteral("riseAdvice"))->text();
    CHECK(words.contains(QStringLiteral("stop doing")));
    CHECK(words.contains(QStringLiteral("If this keeps happening")));
    CHECK_FALSE(words.contains(QStringLiteral("diagnos")));
    auto* gentler = advice->findChild<QPushButton*>(QStringLiteral("gentlerButton"));
    REQUIRE(gentler);
    QTest::mouseClick(gentler, Qt::LeftButton);
    REQUIRE(f.sessions().ratingDialog()); // the gentler routine starts with its own "before" question
    QTest::keyClick(f.sessions().ratingDialog(), Qt::Key_Escape); // skipped with one key
    REQUIRE(f.sessions().player());
    CHECK(f.sessions().player()->windowTitle().startsWith(QStringLiteral("Stress reset")));
}

TEST_CASE("a second rise in a row says to see a professional", "[journal]")
{
    Fixture f;
    for (int round = 0; round < 2; ++round) {
        REQUIRE(f.sessions().startExercise(QStringLiteral("v-raises")));
        Fixture::rate(f.sessions().ratingDialog(), Qt::Key_2);
        f.advance(5000 + 40'000);
        Fixture::rate(f.sessions().ratingDialog(), Qt::Key_6);
    }
    // Single exercises have no routine to count rises against; routines do.
    REQUIRE(f.sessions().startRoutine(QStringLiteral("desk-micro-break")));
    Fixture::rate(f.sessions().ratingDialog(), Qt::Key_1);
    f.advance(10 * 60'000);
    Fixture::rate(f.sessions().ratingDialog(), Qt::Key_4);
    f.sessions().player()->close();
    REQUIRE(f.sessions().startRoutine(QStringLiteral("desk-micro-break")));
    Fixture::rate(f.sessions().ratingDialog(), Qt::Key_1);
    f.advance(10 * 60'000);
    Fixture::rate(f.sessions().ratingDialog(), Qt::Key_5);
    auto* advice = f.sessions().player()->findChild<PainRiseDialog*>();
    REQUIRE(advice);
    CHECK(advice->findChild<QLabel*>(QStringLiteral("riseAdvice"))->text().contains(QStringLiteral("2 times in a row")));
}

TEST_CASE("a standalone entry refuses no rating and a future time, and keeps what was typed", "[journal]")
{
    Fixture f;
    f.window->logPain();
    auto* dialog = f.window->history()->findChild<PainRatingDialog*>();
    REQUIRE(dialog);
    dialog->findChild<QLineEdit*>(QStringLiteral("note"))->setText(QStringLiteral("after gardening"));
    QTest::keyClick(dialog, Qt::Key_Return);
    CHECK(dialog->isVisible());
    CHECK(labelText(dialog, "ratingError") == QStringLiteral("Choose a rating from 0 to 10."));

    QTest::keyClick(dialog, Qt::Key_7);
    dialog->findChild<QDateTimeEdit*>(QStringLiteral("when"))->setDateTime(QDateTime::currentDateTime().addDays(2));
    QTest::keyClick(dialog, Qt::Key_Return);
    CHECK(dialog->isVisible());
    CHECK(labelText(dialog, "whenError").contains(QStringLiteral("future")));
    CHECK(dialog->findChild<QLineEdit*>(QStringLiteral("note"))->text() == QStringLiteral("after gardening"));

    dialog->findChild<QDateTimeEdit*>(QStringLiteral("when"))->setDateTime(QDateTime::currentDateTime().addSecs(-3600));
    QTest::keyClick(dialog, Qt::Key_1);
    QTest::keyClick(dialog, Qt::Key_0); // "1" then "0" quickly is ten
    CHECK(dialog->rating() == 10);
    QTest::keyClick(dialog, Qt::Key_Return);
    REQUIRE(dialog->savedId());
    const auto saved = f.context.pain().entry(*dialog->savedId());
    REQUIRE(saved);
    CHECK(saved->rating == 10);
    CHECK(saved->note == QStringLiteral("after gardening"));
    CHECK(saved->moment == PainEntry::Moment::Standalone);
}

TEST_CASE("deleting from History can be undone", "[journal]")
{
    Fixture f;
    PainEntry entry;
    entry.rating = 5;
    entry.recordedUtc = QDateTime::currentDateTimeUtc().addSecs(-600);
    QString error;
    REQUIRE(test::capture(f.context.pain().add(entry), &error));
    f.window->showHistory(true);
    REQUIRE(f.timeline()->topLevelItemCount() == 1);
    f.timeline()->setCurrentItem(f.timeline()->topLevelItem(0));
    QTest::mouseClick(f.window->history()->findChild<QPushButton*>(QStringLiteral("deleteButton")), Qt::LeftButton);
    CHECK(f.timeline()->topLevelItemCount() == 0);
    QTest::mouseClick(f.window->history()->findChild<QPushButton*>(QStringLiteral("undoButton")), Qt::LeftButton);
    REQUIRE(f.timeline()->topLevelItemCount() == 1);
    CHECK(f.painColumn(0) == QStringLiteral("5"));
}

TEST_CASE("a session asked for at start waits for the first safety check, and does not start after a warning sign",
          "[journal]")
{
    {
        Fixture f;
        QSettings().setValue(QStringLiteral("journal/rateBefore"), false);
        f.window->openAtStart(QStringLiteral("desk-micro-break"));
        auto* dialog = f.window->findChild<RedFlagCheckDialog*>();
        REQUIRE(dialog);
        CHECK_FALSE(f.sessions().isRunning()); // nothing counts behind the questions
        dialog->submit();                      // nothing ticked
        dialog->done(QDialog::Accepted);
        CHECK(f.sessions().isRunning());
    }
    {
        Fixture f;
        QSettings().setValue(QStringLiteral("journal/rateBefore"), false);
        Prompts::setAnswerer([](const QString&, const QString&) { return false; }); // "not now" at the gate
        f.window->openAtStart(QStringLiteral("desk-micro-break"));
        auto* dialog = f.window->findChild<RedFlagCheckDialog*>();
        REQUIRE(dialog);
        dialog->findChild<QCheckBox*>(QStringLiteral("flag-heart-warning-signs"))->setChecked(true);
        dialog->submit();
        dialog->done(QDialog::Accepted);
        CHECK_FALSE(f.sessions().isRunning());
    }
}

TEST_CASE("the safety check keeps its answers and sends chest pain to emergency services", "[journal]")
{
    Fixture f;
    CHECK_FALSE(f.context.safety().hasAnyCheck());
    f.window->offerFirstRunCheck();
    auto* dialog = f.window->findChild<RedFlagCheckDialog*>();
    REQUIRE(dialog);
    const auto boxes = dialog->findChildren<QCheckBox*>();
    REQUIRE(boxes.size() >= 8);
    auto* chest = dialog->findChild<QCheckBox*>(QStringLiteral("flag-heart-warning-signs"));
    REQUIRE(chest);
    chest->setChecked(true);
    dialog->submit();
    const QString advice = dialog->findChild<QLabel*>(QStringLiteral("advice"))->text();
    CHECK(advice.contains(QStringLiteral("emergency")));
    // The sign's own advice is shown with it.
    const Safety safety = f.context.library().safety();
    for (const RedFlag& flag : safety.redFlags) {
        if (flag.id == QStringLiteral("heart-warning-signs")) {
            CHECK(advice.contains(flag.whatToDo.toHtmlEscaped()));
        }
    }
    const auto check = f.context.safety().lastCheck();
    REQUIRE(check);
    CHECK(check->anyYes());
    CHECK(check->answers.size() == boxes.size());
    dialog->close();

    f.window->offerFirstRunCheck(); // answered once: not asked again on start
    CHECK(f.window->findChildren<RedFlagCheckDialog*>().size() <= 1);
}

TEST_CASE("after the red flags change, the safety check asks only the new questions, once", "[journal][safety]")
{
    Fixture f;
    const Safety safety = f.context.library().safety();
    REQUIRE(safety.redFlags.size() > 2);
    // Answered under an older list that had the first two questions only.
    QList<RedFlagAnswer> old;
    for (int i = 0; i < 2; ++i) {
        old.append({safety.redFlags.at(i).id, safety.redFlags.at(i).text, false});
    }
    QString error;
    REQUIRE(test::capture(f.context.safety().saveCheck(QDateTime::currentDateTimeUtc().addDays(-40), 1, old), &error));

    f.window->offerFirstRunCheck();
    auto* dialog = f.window->findChild<RedFlagCheckDialog*>();
    REQUIRE(dialog);
    const auto boxes = dialog->findChildren<QCheckBox*>();
    CHECK(boxes.size() == safety.redFlags.size() - 2);
    CHECK_FALSE(dialog->findChild<QCheckBox*>(QStringLiteral("flag-%1").arg(safety.redFlags.at(0).id)));
    CHECK(dialog->findChild<QCheckBox*>(QStringLiteral("flag-%1").arg(safety.redFlags.at(2).id)));
    dialog->submit();
    const auto last = f.context.safety().lastCheck();
    REQUIRE(last);
    CHECK(last->version == safety.version);
    CHECK(last->answers.size() == boxes.size());
    dialog->close();
    delete dialog;

    f.window->offerFirstRunCheck(); // the new questions were asked once
    CHECK(f.window->findChild<RedFlagCheckDialog*>() == nullptr);
}

TEST_CASE("export the journal as CSV and import it into an empty journal: the same rows", "[journal]")
{
    Fixture f;
    REQUIRE(f.sessions().startExercise(QStringLiteral("glute-bridges")));
    Fixture::rate(f.sessions().ratingDialog(), Qt::Key_4);
    f.advance(5000 + 50'000);
    PainRatingDialog* after = f.sessions().ratingDialog();
    after->findChild<QLineEdit*>(QStringLiteral("note"))->setText(QStringLiteral("Easier, \"much\" better, thanks"));
    Fixture::rate(after, Qt::Key_2);
    f.window->logPain();
    auto* standalone = f.window->history()->findChild<PainRatingDialog*>();
    standalone->findChild<QListWidget*>(QStringLiteral("sites"))->item(0)->setCheckState(Qt::Checked);
    Fixture::rate(standalone, Qt::Key_6);

    const QString path = f.dir.filePath(QStringLiteral("journal.csv"));
    CHECK(JournalFiles(f.context).exportCsv(path).contains(QStringLiteral("saved")));

    QTemporaryDir elsewhere;
    AppContext fresh(elsewhere.filePath(QStringLiteral("journal.sqlite")));
    MainWindow other(fresh, f.clock);
    const QString message = JournalFiles(fresh).importCsv(path);
    CHECK(message == QStringLiteral("Imported 1 session and 3 ratings."));
    CHECK(test::must(fresh.transfer().exportCsv()) == test::must(f.context.transfer().exportCsv()));
    CHECK(JournalFiles(fresh).importCsv(path).contains(QStringLiteral("Nothing new")));

    // A damaged file imports nothing and says which line is wrong.
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    file.close();
    bytes.replace(",6,", ",16,");
    const QString broken = elsewhere.filePath(QStringLiteral("broken.csv"));
    QFile out(broken);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();
    QTemporaryDir third;
    AppContext empty(third.filePath(QStringLiteral("journal.sqlite")));
    MainWindow emptyWindow(empty, f.clock);
    const QString refused = JournalFiles(empty).importCsv(broken);
    CHECK(refused.startsWith(QStringLiteral("Nothing was imported.")));
    CHECK(refused.contains(QStringLiteral("Line ")));
    CHECK(empty.sessions().recent(10).isEmpty());
}

TEST_CASE("when the journal cannot be written, the entry stays on screen to try again", "[journal]")
{
    Fixture f;
    f.window->logPain();
    auto* dialog = f.window->history()->findChild<PainRatingDialog*>();
    REQUIRE(dialog);
    dialog->findChild<QLineEdit*>(QStringLiteral("note"))->setText(QStringLiteral("keep me"));
    QTest::keyClick(dialog, Qt::Key_5);

    QSqlQuery query(sql::database(f.context.database().connection()));
    REQUIRE(query.exec(QStringLiteral("PRAGMA query_only = ON"))); // as if the disk had become read-only
    QTest::keyClick(dialog, Qt::Key_Return);
    CHECK(dialog->isVisible());
    CHECK_FALSE(labelText(dialog, "saveError").isEmpty());
    CHECK(labelText(dialog, "saveError").contains(QStringLiteral("try again")));
    CHECK(dialog->rating() == 5);
    CHECK(dialog->findChild<QLineEdit*>(QStringLiteral("note"))->text() == QStringLiteral("keep me"));
    CHECK(f.context.pain().entries({}, {}).isEmpty());

    REQUIRE(query.exec(QStringLiteral("PRAGMA query_only = OFF")));
    QTest::keyClick(dialog, Qt::Key_Return);
    REQUIRE(dialog->savedId());
    CHECK(f.context.pain().entry(*dialog->savedId())->note == QStringLiteral("keep me"));
}

TEST_CASE("while a safety answer says to see a doctor or call for help, starting a routine asks first",
          "[journal][safety]")
{
    Fixture f;
    const Safety safety = f.context.library().safety();
    QList<RedFlagAnswer> answers;
    for (const RedFlag& flag : safety.redFlags) {
        answers.append({flag.id, flag.text, flag.id == QStringLiteral("heart-warning-signs")});
    }
    QString error;
    REQUIRE(test::capture(f.context.safety().saveCheck(QDateTime::currentDateTimeUtc().addSecs(-60), safety.version, answers), &error));
    f.sessions().setRateBefore(false);
    f.window->show();
    QApplication::setActiveWindow(f.window.get());
    REQUIRE(QTest::qWaitForWindowActive(f.window.get()));

    int asked = 0;
    Prompts::setAnswerer([&asked](const QString&, const QString&) {
        ++asked;
        return false; // "Not now"
    });
    QTest::keySequence(f.window.get(), QKeySequence(Qt::CTRL | Qt::Key_B));
    CHECK(asked == 1);
    CHECK(Prompts::lastQuestion().contains(QStringLiteral("call emergency services")));
    CHECK_FALSE(f.sessions().isRunning());
    CHECK(f.sessions().player() == nullptr);
    CHECK(f.context.sessions().recent(5).isEmpty()); // nothing was recorded either

    // "I have followed this advice": it starts, and the same answers do not ask again.
    Prompts::setAnswerer([&asked](const QString&, const QString&) {
        ++asked;
        return true;
    });
    REQUIRE(f.sessions().startRoutine(QStringLiteral("desk-micro-break")));
    CHECK(asked == 2);
    f.sessions().player()->requestEnd();
    REQUIRE(f.sessions().startExercise(QStringLiteral("glute-bridges")));
    CHECK(asked == 2); // not asked again for the same answers
}

TEST_CASE("a newer safety check that answers no clears the standing advice", "[journal][safety]")
{
    Fixture f;
    const Safety safety = f.context.library().safety();
    QList<RedFlagAnswer> yes;
    QList<RedFlagAnswer> no;
    for (const RedFlag& flag : safety.redFlags) {
        yes.append({flag.id, flag.text, flag.id == QStringLiteral("night-pain")});
        no.append({flag.id, flag.text, false});
    }
    QString error;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    REQUIRE(test::capture(f.context.safety().saveCheck(now.addDays(-2), safety.version, yes), &error));
    CHECK(f.context.safety().standingYes({}).size() == 1);
    REQUIRE(test::capture(f.context.safety().saveCheck(now.addDays(-1), safety.version, no), &error));
    CHECK(f.context.safety().standingYes({}).isEmpty());
    int asked = 0;
    Prompts::setAnswerer([&asked](const QString&, const QString&) {
        ++asked;
        return true;
    });
    REQUIRE(f.sessions().startExercise(QStringLiteral("glute-bridges")));
    CHECK(asked == 0);
}
