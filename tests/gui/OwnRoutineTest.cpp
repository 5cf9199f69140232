#include "../core/StringMaker.h"
#include "LibraryRepository.h"
#include "ManualClock.h"
#include "common/Prompts.h"
#include "editor/EditorSupport.h"
#include "editor/OwnItemActions.h"
#include "editor/RoutineEditor.h"
#include "editor/StepList.h"
#include "library/LibraryView.h"
#include "session/PlayerWindow.h"
#include "session/SessionController.h"
#include "session/SessionDriver.h"
#include "shell/AppContext.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimeEdit>
#include <catch2/catch.hpp>
#include <memory>

using namespace unknot;

namespace {

/// A main window on a real journal file; sessions run on a clock the test moves; questions are answered yes.
struct Fixture {
    QTemporaryDir dir;
    ManualClock clock;
    AppContext context{dir.filePath(QStringLiteral("journal.sqlite"))};
    MainWindow window{context, clock};

    Fixture()
    {
        QSettings().clear();
        QSettings().setValue(QStringLiteral("journal/rateBefore"), false);
        Prompts::setAnswerer(
            [](const QString&, const QString&) { return true; }); // tests/gui/main.cpp silences informs
        window.show();
    }
    ~Fixture() { Prompts::setAnswerer({}); }

    QAction* menuAction(const QString& name) { return window.findChild<QAction*>(name); }
    /// The open routine editor; a closed one is gone once deferred deletes ran.
    RoutineEditor* routineEditor()
    {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        return qobject_cast<RoutineEditor*>(window.ownItems()->editor());
    }
    QList<ItemSummary> ownRoutines() const
    {
        QList<ItemSummary> own;
        for (const auto& routine : context.library().list(ItemKind::Routine)) {
            if (routine.own) {
                own.append(routine);
            }
        }
        return own;
    }
};

template <typename T> T* child(QWidget* root, const char* name)
{
    auto* found = root->findChild<T*>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

/// Types into the editor's exercise search and presses Enter, as a person adds a step.
void pick(RoutineEditor* editor, const QString& typed)
{
    auto* search = child<QLineEdit>(editor, "exerciseSearch");
    search->clear();
    QTest::keyClicks(search, typed);
    QTest::keyClick(search, Qt::Key_Return);
}

QString stepExercise(RoutineEditor* editor, int row)
{
    return editor->body()
        .value(QStringLiteral("steps"))
        .toArray()
        .at(row)
        .toObject()
        .value(QStringLiteral("exercise"))
        .toString();
}

} // namespace

TEST_CASE("a three-step routine built from scratch is checked, saved, marked yours, played, deleted and undone",
          "[editor]")
{
    Fixture f;
    f.window.ownItems()->newItem(ItemKind::Routine);
    RoutineEditor* editor = f.routineEditor();
    REQUIRE(editor);
    CHECK(editor->windowTitle() == QStringLiteral("New routine"));
    QTest::keyClicks(child<QLineEdit>(editor, "name"), QStringLiteral("Desk three"));

    // Pick by search as you type: Enter adds the first match; the Add button adds the one chosen.
    pick(editor, QStringLiteral("shoulder rol"));
    const int one = editor->totalSeconds();
    CHECK(one > 0);
    pick(editor, QStringLiteral("neck tilt"));
    auto* search = child<QLineEdit>(editor, "exerciseSearch");
    search->clear();
    QTest::keyClicks(search, QStringLiteral("chest stre"));
    QTest::mouseClick(child<QPushButton>(editor, "addExercise"), Qt::LeftButton);
    auto* steps = child<QListWidget>(editor, "steps");
    REQUIRE(steps->count() == 3);
    CHECK(stepExercise(editor, 0) == QStringLiteral("shoulder-rolls"));
    CHECK(stepExercise(editor, 2) == QStringLiteral("chest-stretch"));
    const int three = editor->totalSeconds();
    CHECK(three > one);
    CHECK(child<QLabel>(editor, "total")->text().contains(EditorSupport::clockText(three)));

    // Reorder by keyboard (Alt+Up) and by the button.
    steps->setCurrentRow(2);
    steps->setFocus();
    QTest::keyClick(steps, Qt::Key_Up, Qt::AltModifier);
    CHECK(stepExercise(editor, 1) == QStringLiteral("chest-stretch"));
    steps->setCurrentRow(0);
    QTest::mouseClick(child<QPushButton>(editor, "moveDown"), Qt::LeftButton);
    CHECK(stepExercise(editor, 0) == QStringLiteral("chest-stretch"));
    CHECK(stepExercise(editor, 1) == QStringLiteral("shoulder-rolls"));
    CHECK(steps->item(0)->text().startsWith(QStringLiteral("1. Chest stretch")));

    // A dose of one's own for the first step: a count above its top is refused with the rules' reason.
    steps->setCurrentRow(0);
    child<QCheckBox>(editor, "overrideDose")->setChecked(true);
    child<QComboBox>(editor, "doseKind")->setCurrentIndex(0); // repetitions
    child<QSpinBox>(editor, "countMax")->setValue(4);
    child<QSpinBox>(editor, "countMin")->setValue(6);
    QStringList expected;
    Dose::fromJson(editor->body()
                       .value(QStringLiteral("steps"))
                       .toArray()
                       .at(0)
                       .toObject()
                       .value(QStringLiteral("dose"))
                       .toObject(),
                   &expected);
    REQUIRE(expected.size() == 1);
    auto* problems = child<QLabel>(editor, "problems");
    CHECK(problems->isVisible());
    CHECK(problems->text().contains(expected.first()));
    // In the words of the form, not the file's keys.
    CHECK(problems->text().contains(QStringLiteral("the number of times goes from 6 down to 4")));
    CHECK(steps->item(0)->text().contains(QStringLiteral("cannot be saved")));
    QTest::mouseClick(child<QPushButton>(editor, "save"), Qt::LeftButton);
    CHECK(editor->isVisible());
    CHECK(f.ownRoutines().isEmpty()); // nothing saved

    child<QSpinBox>(editor, "countMax")->setValue(6);
    CHECK_FALSE(problems->isVisible());
    child<QSpinBox>(editor, "holdSeconds")->setValue(5);
    const int withDose = editor->totalSeconds();
    CHECK(withDose != three);

    // A rest after the second step and the rest between steps both count.
    steps->setCurrentRow(1);
    QTest::mouseClick(child<QPushButton>(editor, "add-rest"), Qt::LeftButton);
    CHECK(steps->count() == 4);
    child<QTimeEdit>(editor, "length")->setTime(QTime(0, 0, 20));
    CHECK(editor->body()
              .value(QStringLiteral("steps"))
              .toArray()
              .at(2)
              .toObject()
              .value(QStringLiteral("seconds"))
              .toInt() == 20);
    child<QSpinBox>(editor, "restSeconds")->setValue(5);
    const int total = editor->totalSeconds();
    CHECK(total != withDose);
    CHECK(child<QLabel>(editor, "total")->text().contains(EditorSupport::clockText(total)));

    QTest::mouseClick(child<QPushButton>(editor, "save"), Qt::LeftButton);
    CHECK_FALSE(f.routineEditor());
    REQUIRE(f.ownRoutines().size() == 1);
    const ItemSummary saved = f.ownRoutines().first();
    CHECK(saved.name == QStringLiteral("Desk three"));
    CHECK(saved.ref.id == QStringLiteral("desk-three"));
    const auto routine = f.context.library().routine(saved.ref.id);
    REQUIRE(routine);
    CHECK(routine->steps.size() == 4);
    CHECK(f.context.library().estimatedSeconds(*routine) == total);

    // In the library, marked as the person's own, with Edit, Duplicate and Delete.
    CHECK(f.window.library()->currentItem() == ItemRef{ItemKind::Routine, saved.ref.id});
    auto* items = child<QListWidget>(f.window.library(), "items");
    CHECK_FALSE(items->findItems(QStringLiteral("Desk three · Yours"), Qt::MatchExactly).isEmpty());
    CHECK(child<QTextBrowser>(f.window.library(), "page")->toPlainText().contains(QStringLiteral("Yours")));
    CHECK(child<QPushButton>(f.window.library(), "editItem")->isVisible());
    f.window.searchField()->setText(QStringLiteral("desk thr"));
    CHECK_FALSE(items->findItems(QStringLiteral("Desk three · Yours\nRoutine"), Qt::MatchExactly).isEmpty());
    f.window.searchField()->clear();

    // It plays to the end like a built-in routine.
    REQUIRE(f.window.sessions()->startRoutine(saved.ref.id));
    PlayerWindow* player = f.window.sessions()->player();
    REQUIRE(player);
    for (int second = 0;
         second < 1200 && !child<QLabel>(player, "summary")->text().contains(QStringLiteral("Well done")); ++second) {
        f.clock.advance(1000);
        f.window.sessions()->driver()->tick();
    }
    CHECK(child<QLabel>(player, "summary")->text().contains(QStringLiteral("Well done")));
    const auto record = f.context.sessions().session(f.window.sessions()->sessionId());
    REQUIRE(record);
    CHECK(record->status == SessionRecord::Status::Completed);
    CHECK(record->routineName == QStringLiteral("Desk three"));
    player->close();

    // Delete from its page; Undo brings it back.
    f.window.library()->open(saved.ref);
    QTest::mouseClick(child<QPushButton>(f.window.library(), "deleteItem"), Qt::LeftButton);
    CHECK(f.ownRoutines().isEmpty());
    CHECK(items->findItems(QStringLiteral("Desk three · Yours"), Qt::MatchExactly).isEmpty());
    QAction* undo = nullptr;
    for (QAction* action : f.window.findChildren<QAction*>()) {
        if (action->text().startsWith(QStringLiteral("&Undo"))) {
            undo = action;
        }
    }
    REQUIRE(undo);
    CHECK(undo->text().contains(QStringLiteral("Desk three")));
    undo->trigger();
    REQUIRE(f.ownRoutines().size() == 1);
    CHECK(f.context.library().routine(saved.ref.id)->steps.size() == 4);
    CHECK_FALSE(items->findItems(QStringLiteral("Desk three · Yours"), Qt::MatchExactly).isEmpty());
}

TEST_CASE("steps are reordered by dragging them with the mouse", "[editor]")
{
    Fixture f;
    f.window.ownItems()->newItem(ItemKind::Routine);
    RoutineEditor* editor = f.routineEditor();
    REQUIRE(editor);
    pick(editor, QStringLiteral("shoulder rol"));
    pick(editor, QStringLiteral("neck tilt"));
    pick(editor, QStringLiteral("chest stre"));
    auto* steps = child<QListWidget>(editor, "steps");
    REQUIRE(steps->count() == 3);
    int reorders = 0;
    QObject::connect(qobject_cast<StepList*>(steps), &StepList::orderChanged, [&reorders] { ++reorders; });

    // The offscreen platform cannot run a drag (QDrag returns at once), so the test hands the list what a drag
    // delivers: the data Qt makes from the chosen step when the drag starts, dropped on the lower half of the last
    // step. A real mouse drag was tried on an X desktop.
    QTest::mouseClick(steps->viewport(), Qt::LeftButton, Qt::NoModifier,
                      steps->visualItemRect(steps->item(0)).center());
    REQUIRE(steps->currentRow() == 0);
    std::unique_ptr<QMimeData> dragged(steps->model()->mimeData({steps->model()->index(0, 0)}));
    const QRect last = steps->visualItemRect(steps->item(2));
    const QPoint onto(last.center().x(), last.bottom() - 2);
    QDragEnterEvent enter(onto, Qt::MoveAction | Qt::CopyAction, dragged.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(steps->viewport(), &enter);
    CHECK(enter.isAccepted());
    QDragMoveEvent move(onto, Qt::MoveAction | Qt::CopyAction, dragged.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(steps->viewport(), &move);
    QDropEvent drop(QPointF(onto), Qt::MoveAction | Qt::CopyAction, dragged.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(steps->viewport(), &drop);
    CHECK(drop.isAccepted());
    CHECK(reorders == 1);
    CHECK(steps->currentRow() == 2);

    REQUIRE(steps->count() == 3); // moved, not copied
    CHECK(stepExercise(editor, 0) == QStringLiteral("neck-tilts"));
    CHECK(stepExercise(editor, 1) == QStringLiteral("chest-stretch"));
    CHECK(stepExercise(editor, 2) == QStringLiteral("shoulder-rolls"));
    CHECK(steps->item(2)->text().startsWith(QStringLiteral("3. Shoulder rolls")));
    editor->close();
}

TEST_CASE("duplicate of a built-in routine is an editable copy; the built-in stays as it is", "[editor]")
{
    Fixture f;
    const QString deskId = f.context.library().routineWithRole(QStringLiteral("desk-break"));
    const auto before = f.context.library().routine(deskId);
    REQUIRE(before);
    f.window.library()->open({ItemKind::Routine, deskId});
    CHECK_FALSE(child<QPushButton>(f.window.library(), "editItem")->isVisible()); // built-in: no Edit, no Delete
    CHECK_FALSE(child<QPushButton>(f.window.library(), "deleteItem")->isVisible());
    QTest::mouseClick(child<QPushButton>(f.window.library(), "duplicateItem"), Qt::LeftButton);
    RoutineEditor* editor = f.routineEditor();
    REQUIRE(editor);
    CHECK(child<QLineEdit>(editor, "name")->text() == before->name + QStringLiteral(" (my copy)"));
    auto* steps = child<QListWidget>(editor, "steps");
    REQUIRE(steps->count() == before->steps.size());
    steps->setCurrentRow(0);
    steps->setFocus();
    QTest::keyClick(steps, Qt::Key_Delete);
    CHECK(steps->count() == before->steps.size() - 1);
    QTest::mouseClick(child<QPushButton>(editor, "save"), Qt::LeftButton);
    CHECK_FALSE(f.routineEditor());

    REQUIRE(f.ownRoutines().size() == 1);
    const auto copy = f.context.library().routine(f.ownRoutines().first().ref.id);
    REQUIRE(copy);
    CHECK(copy->own);
    CHECK(copy->role.isEmpty());
    CHECK(copy->steps.size() == before->steps.size() - 1);
    const auto after = f.context.library().routine(deskId);
    REQUIRE(after);
    CHECK_FALSE(after->own);
    CHECK(after->steps.size() == before->steps.size());
    CHECK(after->name == before->name);
    CHECK(f.context.library().routineWithRole(QStringLiteral("desk-break")) == deskId);

    // Its page offers Edit and Delete: it is the person's own.
    CHECK(f.window.library()->currentItem() == ItemRef{ItemKind::Routine, copy->id});
    CHECK(child<QPushButton>(f.window.library(), "editItem")->isVisible());
}

TEST_CASE("unsaved edits are not lost without asking", "[editor]")
{
    Fixture f;
    f.window.ownItems()->newItem(ItemKind::Routine);
    RoutineEditor* editor = f.routineEditor();
    REQUIRE(editor);
    QTest::keyClicks(child<QLineEdit>(editor, "name"), QStringLiteral("Half done"));
    Prompts::setAnswerer([](const QString&, const QString&) { return false; }); // keep editing
    editor->reject();
    CHECK(editor->isVisible());
    Prompts::setAnswerer([](const QString&, const QString&) { return true; }); // discard
    editor->reject();
    QApplication::processEvents();
    CHECK_FALSE(f.routineEditor());
    CHECK(f.ownRoutines().isEmpty());
}
