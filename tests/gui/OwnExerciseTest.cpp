#include "../core/StringMaker.h"
#include "LibraryRepository.h"
#include "SteadyClock.h"
#include "common/Prompts.h"
#include "editor/ExerciseEditor.h"
#include "editor/MusclePicker.h"
#include "editor/OwnItemActions.h"
#include "figures/BodyMapWidget.h"
#include "library/LibraryView.h"
#include "shell/AppContext.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <catch2/catch.hpp>

using namespace unknot;

TEST_CASE("an own exercise with its muscles picked on the body map is saved and marked yours", "[editor]")
{
    QSettings().clear();
    Prompts::setAnswerer([](const QString&, const QString&) { return true; });
    QTemporaryDir dir;
    AppContext context(dir.filePath(QStringLiteral("journal.sqlite")));
    SteadyClock clock;
    MainWindow window(context, clock);
    window.show();
    window.ownItems()->newItem(ItemKind::Exercise);
    auto* editor = qobject_cast<ExerciseEditor*>(window.ownItems()->editor());
    REQUIRE(editor);
    QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("name")), QStringLiteral("Wall angels"));
    auto* instructions = editor->findChild<QPlainTextEdit*>(QStringLiteral("instructions"));
    QTest::keyClicks(instructions, QStringLiteral("Stand with your back to a wall."));
    QTest::keyClick(instructions, Qt::Key_Return);
    QTest::keyClicks(instructions, QStringLiteral("Slide your arms up and down."));
    QTest::keyClicks(editor->findChild<QLineEdit*>(QStringLiteral("origin")),
                     QStringLiteral("from my physiotherapist"));

    // Muscles: a tap on the map, a tick in the list beside it; a second tap takes one out again.
    editor->tabs()->setCurrentWidget(editor->musclePicker());
    BodyMapWidget* map = editor->musclePicker()->map();
    QApplication::processEvents();
    for (const QString& region :
         {QStringLiteral("rhomboids_l"), QStringLiteral("upper-trapezius_r"), QStringLiteral("upper-trapezius_l")}) {
        const auto point = map->pointInside(region);
        REQUIRE(point);
        QTest::mouseClick(map, Qt::LeftButton, {}, *point);
    }
    auto* list = editor->findChild<QListWidget*>(QStringLiteral("muscleList"));
    const auto pectorals = list->findItems(QStringLiteral("Chest muscles (pectorals)"), Qt::MatchExactly);
    REQUIRE(pectorals.size() == 1);
    pectorals.first()->setCheckState(Qt::Checked);
    CHECK(editor->musclePicker()->muscles() == QStringList{QStringLiteral("rhomboids"), QStringLiteral("pectorals")});
    CHECK(map->marks().tones.contains(QStringLiteral("muscle:rhomboids")));

    // A dose of zero repetitions is the rules' to refuse, and nothing is saved.
    editor->findChild<QSpinBox*>(QStringLiteral("countMin"))->setValue(0);
    QStringList expected;
    Dose::fromJson(editor->body().value(QStringLiteral("dose")).toObject(), &expected);
    REQUIRE_FALSE(expected.isEmpty());
    auto* problems = editor->findChild<QLabel*>(QStringLiteral("problems"));
    CHECK(problems->text().contains(expected.first()));
    QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("save")), Qt::LeftButton);
    CHECK(editor->isVisible());
    CHECK_FALSE(context.ownItems().contains(ItemKind::Exercise, QStringLiteral("wall-angels")));
    editor->findChild<QSpinBox*>(QStringLiteral("countMin"))->setValue(8);
    editor->findChild<QSpinBox*>(QStringLiteral("countMax"))->setValue(10);
    CHECK_FALSE(problems->isVisible());

    QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("save")), Qt::LeftButton);
    const auto saved = context.library().exercise(QStringLiteral("wall-angels"));
    REQUIRE(saved);
    CHECK(saved->own);
    CHECK(saved->origin == QStringLiteral("from my physiotherapist"));
    CHECK(saved->muscles == QStringList{QStringLiteral("rhomboids"), QStringLiteral("pectorals")});
    CHECK(saved->steps.size() == 2);
    CHECK(saved->dose.repsMin == 8);
    CHECK(saved->dose.repsMax == 10);
    // Its page, and the muscle's page that links to it, say it is the person's own.
    CHECK(window.library()->currentItem() == ItemRef{ItemKind::Exercise, QStringLiteral("wall-angels")});
    auto* page = window.library()->findChild<QTextBrowser*>(QStringLiteral("page"));
    CHECK(page->toPlainText().contains(QStringLiteral("Yours · from my physiotherapist")));
    window.library()->open({ItemKind::Muscle, QStringLiteral("rhomboids")});
    CHECK(page->toPlainText().contains(QStringLiteral("Wall angels · Yours")));
    Prompts::setAnswerer({});
}
