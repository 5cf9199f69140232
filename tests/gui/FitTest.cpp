// Every window and dialog opens no larger than the screen, with every control inside it. CTest runs these once per
// screen in tests/data/screens (1280×720, 1024×600, and 1280×720 logical at 200% for a 2560×1440 screen).
#include "../core/StringMaker.h"
#include "LibraryRepository.h"
#include "ManualClock.h"
#include "SafetyRepository.h"
#include "common/Prompts.h"
#include "editor/OwnItemActions.h"
#include "journal/PainRatingDialog.h"
#include "library/DetailRenderer.h"
#include "safety/DoctorDialog.h"
#include "safety/RedFlagCheckDialog.h"
#include "session/MiniPlayer.h"
#include "session/PainRiseDialog.h"
#include "session/PlayerWindow.h"
#include "session/SessionController.h"
#include "session/SessionDriver.h"
#include "session/ThermalDialog.h"
#include "shell/AppContext.h"
#include "shell/DeskCompanion.h"
#include "shell/MainWindow.h"
#include "shell/SettingsDialog.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <catch2/catch.hpp>

using namespace unknot;

namespace {

bool insideScrollArea(const QWidget* widget, const QWidget* window)
{
    for (const QWidget* up = widget->parentWidget(); up && up != window; up = up->parentWidget()) {
        if (qobject_cast<const QScrollArea*>(up)) {
            return true;
        }
    }
    return false;
}

/// Shows the window as the app would and checks it against the screen: no larger than the available area, and
/// every button and input inside it (inside a scroll area, the scroll area itself must be inside).
void checkFits(QWidget* window, const QString& name)
{
    INFO(name.toStdString());
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window));
    QApplication::processEvents();
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    INFO("screen " << available.width() << "x" << available.height() << ", window " << window->frameGeometry().width()
                   << "x" << window->frameGeometry().height() << " at " << window->frameGeometry().x() << ","
                   << window->frameGeometry().y());
    CHECK(available.contains(window->frameGeometry()));
    CHECK(window->minimumSizeHint().width() <= available.width());
    CHECK(window->minimumSizeHint().height() <= available.height());
    const QRect inside = window->rect();
    QList<QWidget*> controls;
    for (QWidget* child : window->findChildren<QWidget*>()) {
        const bool control = qobject_cast<QAbstractButton*>(child) || qobject_cast<QLineEdit*>(child) ||
                             qobject_cast<QAbstractSpinBox*>(child) || qobject_cast<QComboBox*>(child) ||
                             qobject_cast<QAbstractItemView*>(child) || qobject_cast<QScrollArea*>(child);
        if (!control || !child->isVisibleTo(window) || child->window() != window) {
            continue;
        }
        if (insideScrollArea(child, window)) {
            continue;
        }
        const QRect rect(child->mapTo(window, QPoint(0, 0)), child->size());
        INFO((child->objectName().isEmpty() ? QString::fromLatin1(child->metaObject()->className())
                                            : child->objectName())
                 .toStdString()
             << " at " << rect.x() << "," << rect.y() << " " << rect.width() << "x" << rect.height());
        CHECK(inside.contains(rect));
        CHECK(rect.width() > 0);
        CHECK(rect.height() > 0);
    }
}

struct Fixture {
    QTemporaryDir dir;
    ManualClock clock;
    AppContext context{dir.filePath(QStringLiteral("journal.sqlite"))};
    std::unique_ptr<MainWindow> window;

    Fixture()
    {
        QSettings().clear();
        QSettings().setValue(QStringLiteral("journal/rateBefore"), false);
        Prompts::setAnswerer([](const QString&, const QString&) { return true; });
        window = std::make_unique<MainWindow>(context, clock);
    }
    ~Fixture() { Prompts::setAnswerer({}); }
};

} // namespace

TEST_CASE("the main window fits, with the doctor button in sight", "[fit]")
{
    Fixture f;
    checkFits(f.window.get(), QStringLiteral("main window"));
    auto* doctor = f.window->findChild<QToolButton*>(QStringLiteral("doctorButton"));
    REQUIRE(doctor);
    CHECK(doctor->isVisible());
    CHECK(f.window->rect().contains(QRect(doctor->mapTo(f.window.get(), QPoint(0, 0)), doctor->size())));
    // Also at the smallest size the window allows.
    f.window->resize(f.window->minimumSizeHint());
    QApplication::processEvents();
    CHECK(doctor->isVisible());
    CHECK(f.window->rect().contains(QRect(doctor->mapTo(f.window.get(), QPoint(0, 0)), doctor->size())));
    f.window->showHistory(true);
    checkFits(f.window.get(), QStringLiteral("History"));
}

TEST_CASE("the player and the mini player fit, controls always in reach", "[fit]")
{
    Fixture f;
    REQUIRE(f.window->sessions()->startRoutine(QStringLiteral("upper-back-activation")));
    f.clock.advance(5000);
    f.window->sessions()->driver()->tick();
    checkFits(f.window->sessions()->player(), QStringLiteral("player"));
    f.window->sessions()->toggleMiniPlayer();
    REQUIRE(f.window->sessions()->miniPlayer());
    checkFits(f.window->sessions()->miniPlayer(), QStringLiteral("mini player"));
}

TEST_CASE("every dialog fits", "[fit]")
{
    Fixture f;
    f.window->show();
    {
        RedFlagCheckDialog dialog(f.context.library().safety(), f.context.safety(), false, f.window.get());
        checkFits(&dialog, QStringLiteral("safety check"));
    }
    {
        ThermalDialog dialog(f.window.get());
        checkFits(&dialog, QStringLiteral("heat and cold"));
    }
    {
        DoctorDialog dialog(f.window->doctorAdviceHtml(), f.window.get());
        checkFits(&dialog, QStringLiteral("when to see a doctor"));
    }
    {
        PainEntry entry;
        entry.moment = PainEntry::Moment::Standalone;
        PainRatingDialog dialog(f.context.library(), f.context.pain(), entry, PainRatingDialog::Purpose::Standalone,
                                f.window.get());
        checkFits(&dialog, QStringLiteral("rating"));
    }
    {
        PainRiseDialog dialog(QStringLiteral("Upper back and shoulder activation"), 3, 6, 2,
                              QStringLiteral("stress-reset"), QStringLiteral("Stress reset"), f.window.get());
        checkFits(&dialog, QStringLiteral("pain rise"));
    }
}

TEST_CASE("the routine and exercise editors fit, on every tab", "[fit]")
{
    Fixture f;
    f.window->show();
    OwnItemActions* own = f.window->ownItems();
    // The longest built-in routine as an editable copy, its first step chosen (an exercise with its dose form).
    own->duplicate({ItemKind::Routine, QStringLiteral("upper-back-activation")});
    QDialog* routine = own->editor();
    REQUIRE(routine);
    checkFits(routine, QStringLiteral("routine editor"));
    auto* tabs = routine->findChild<QTabWidget*>(QStringLiteral("tabs"));
    tabs->setCurrentIndex(1);
    checkFits(routine, QStringLiteral("routine editor, about"));
    routine->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    own->duplicate({ItemKind::Exercise, QStringLiteral("snow-angels")});
    QDialog* exercise = own->editor();
    REQUIRE(exercise);
    tabs = exercise->findChild<QTabWidget*>(QStringLiteral("tabs"));
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        checkFits(exercise, QStringLiteral("exercise editor, tab %1").arg(tab));
    }
    exercise->close();
}

TEST_CASE("the settings fit, on every page", "[fit]")
{
    Fixture f;
    f.window->show();
    DeskCompanion companion(f.context, *f.window, f.clock); // adds the reminders' page
    SettingsDialog* settings = f.window->openSettings();
    REQUIRE(settings);
    auto* tabs = settings->findChild<QTabWidget*>();
    REQUIRE(tabs);
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        checkFits(settings, QStringLiteral("settings, page %1").arg(tab));
    }
    settings->close();
}
