// Help → Language: the choice is kept for the next start, the person is told so, and a restart is offered only when
// nothing would be lost.
#include "common/Language.h"
#include "common/Prompts.h"
#include "library/DetailRenderer.h"
#include "session/ThermalDialog.h"
#include "shell/AppContext.h"
#include "shell/LanguageMenu.h"
#include "shell/MainWindow.h"
#include "SpokenWords.h"
#include "SteadyClock.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace unknot;

namespace {

/// Forgets the choice and any answerer when a test is done, so other tests start as the app does.
struct CleanLanguage {
    CleanLanguage() { QSettings().remove(Language::settingsKey()); }
    ~CleanLanguage()
    {
        QSettings().remove(Language::settingsKey());
        Prompts::setAnswerer({});
    }
};

/// German for the length of a test; English again afterwards, as the test run's main sets it.
struct German {
    German() { REQUIRE(Language::apply(QStringLiteral("de")) == QStringLiteral("de")); }
    ~German() { Language::apply(QStringLiteral("en")); }
};

QAction* action(const LanguageMenu& menu, const char* name)
{
    return menu.findChild<QAction*>(QString::fromLatin1(name));
}

} // namespace

TEST_CASE("the language choice round-trips through the settings", "[gui][language]")
{
    CleanLanguage clean;
    CHECK(Language::chosen().isEmpty()); // the system's language until the person picks one
    Language::choose(QStringLiteral("de"));
    CHECK(Language::chosen() == QStringLiteral("de"));
    CHECK(QSettings().value(Language::settingsKey()).toString() == QStringLiteral("de"));
    Language::choose(QStringLiteral("en"));
    CHECK(Language::chosen() == QStringLiteral("en"));
    Language::choose(QString());
    CHECK(Language::chosen().isEmpty());
    CHECK_FALSE(QSettings().contains(Language::settingsKey()));
    // A code no longer shipped (or edited by hand) reads as the system's language.
    QSettings().setValue(Language::settingsKey(), QStringLiteral("xx"));
    CHECK(Language::chosen().isEmpty());
}

TEST_CASE("Help → Language names each language in its own words and keeps the choice", "[gui][language]")
{
    CleanLanguage clean;
    bool restartable = true;
    LanguageMenu menu([&restartable] { return restartable; });
    QSignalSpy restart(&menu, &LanguageMenu::restartRequested);
    REQUIRE(action(menu, "language-system"));
    REQUIRE(action(menu, "language-en"));
    REQUIRE(action(menu, "language-de"));
    CHECK(action(menu, "language-system")->text() == QStringLiteral("System language"));
    CHECK(action(menu, "language-en")->text() == QStringLiteral("English"));
    CHECK(action(menu, "language-de")->text() == QStringLiteral("Deutsch"));
    CHECK(action(menu, "language-system")->isChecked());

    SECTION("no session: it says when, and restarts only if asked")
    {
        Prompts::setAnswerer([](const QString&, const QString&) { return false; }); // "Later"
        action(menu, "language-de")->trigger();
        CHECK(Language::chosen() == QStringLiteral("de"));
        CHECK(action(menu, "language-de")->isChecked());
        CHECK(Prompts::lastQuestion().contains(QStringLiteral("Unknot will use Deutsch the next time it starts.")));
        CHECK(restart.isEmpty());

        Prompts::setAnswerer([](const QString&, const QString&) { return true; }); // "Restart now"
        action(menu, "language-system")->trigger();
        CHECK(Language::chosen().isEmpty());
        CHECK(Prompts::lastQuestion().contains(QStringLiteral("your system’s language")));
        CHECK(restart.size() == 1);
    }
    SECTION("a session is open: it is only told, never restarted")
    {
        restartable = false;
        QString told;
        Prompts::setInformer([&told](const QString&, const QString& text) { told = text; });
        Prompts::setAnswerer([](const QString&, const QString&) { return true; });
        action(menu, "language-en")->trigger();
        Prompts::setInformer([](const QString&, const QString&) {});
        CHECK(Language::chosen() == QStringLiteral("en"));
        CHECK(told.contains(QStringLiteral("Unknot will use English the next time it starts.")));
        CHECK(restart.isEmpty());
    }
}

TEST_CASE("Help holds Language; restarting now closes the window for main to start Unknot again", "[gui][language]")
{
    CleanLanguage clean;
    QTemporaryDir dir;
    AppContext context(dir.filePath(QStringLiteral("journal.sqlite")));
    SteadyClock clock;
    MainWindow window(context, clock);
    window.show();
    auto* menu = window.findChild<LanguageMenu*>(QStringLiteral("languageMenu"));
    REQUIRE(menu);
    QAction* help = nullptr;
    for (QAction* each : window.menuBar()->actions()) {
        help = each->menu() && each->menu()->actions().contains(menu->menuAction()) ? each : help;
    }
    REQUIRE(help);
    CHECK(help->text() == QStringLiteral("&Help"));

    Prompts::setAnswerer([](const QString&, const QString&) { return true; });
    action(*menu, "language-de")->trigger();
    CHECK(Language::chosen() == QStringLiteral("de"));
    CHECK(window.restartRequested());
    CHECK_FALSE(window.isVisible());
}

TEST_CASE("in German a real dialog speaks German, Qt's own buttons included", "[gui][language]")
{
    {
        German german;
        CHECK(Language::current() == QStringLiteral("de"));
        CHECK(QLocale().language() == QLocale::German); // dates and numbers follow a language chosen by hand
        ThermalDialog dialog;
        CHECK(dialog.windowTitle() == QStringLiteral("Wärme- und Kälte-Timer"));
        auto* buttons = dialog.findChild<QDialogButtonBox*>();
        REQUIRE(buttons);
        CHECK(dialog.findChild<QPushButton*>(QStringLiteral("start"))->text() == QStringLiteral("Starten"));
        if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm"))) {
            CHECK(buttons->button(QDialogButtonBox::Cancel)->text() == QStringLiteral("Abbrechen"));
        }
        CHECK(ThermalDialog::totalText(ThermalPlan{}).startsWith(QStringLiteral("Gesamtdauer: etwa")));
    }
    CHECK(Language::current() == QStringLiteral("en"));
    ThermalDialog dialog;
    CHECK(dialog.windowTitle() == QStringLiteral("Heat and cold timer"));
}

TEST_CASE("plural forms come from the language's own rules, English included", "[gui][language]")
{
    SECTION("English, from the English plural forms the app always loads")
    {
        CHECK(DetailRenderer::tr("%n step(s)", nullptr, 1) == QStringLiteral("1 step"));
        CHECK(DetailRenderer::tr("%n step(s)", nullptr, 2) == QStringLiteral("2 steps"));
        CHECK(durationText(1) == QStringLiteral("1 second"));
        CHECK(spoken::reps(1) == QStringLiteral("one rep"));
        CHECK(spoken::reps(12) == QStringLiteral("twelve reps"));
    }
    SECTION("German")
    {
        German german;
        CHECK(DetailRenderer::tr("%n step(s)", nullptr, 1) == QStringLiteral("1 Schritt"));
        CHECK(DetailRenderer::tr("%n step(s)", nullptr, 2) == QStringLiteral("2 Schritte"));
        CHECK(durationText(1) == QStringLiteral("1 Sekunde"));
        CHECK(durationText(45) == QStringLiteral("45 Sekunden"));
        CHECK(durationText(240) == QStringLiteral("etwa 4 Minuten"));
        // Spoken cues: numbers in words, with the German order of tens and units.
        CHECK(spoken::reps(1) == QStringLiteral("eine Wiederholung"));
        CHECK(spoken::reps(12) == QStringLiteral("zwölf Wiederholungen"));
        CHECK(spoken::number(21) == QStringLiteral("einundzwanzig"));
        CHECK(spoken::number(99) == QStringLiteral("neunundneunzig"));
        CHECK(spoken::seconds(30) == QStringLiteral("dreißig Sekunden"));
    }
}

TEST_CASE("the routine page counts its steps in German", "[gui][language]")
{
    QTemporaryDir dir;
    AppContext context(dir.filePath(QStringLiteral("journal.sqlite")));
    const QString id = context.library().routineWithRole(QStringLiteral("desk-break"));
    const auto routine = context.library().routine(id);
    REQUIRE(routine);
    const int steps = static_cast<int>(routine->steps.size());
    REQUIRE(steps > 1);
    {
        German german;
        const QString page = DetailRenderer(context.library()).render({ItemKind::Routine, id});
        CHECK(page.contains(QStringLiteral("%1 Schritte").arg(steps)));
        CHECK(page.contains(QStringLiteral("Dauert etwa")));
        CHECK(page.contains(QStringLiteral("Vorsicht")));
    }
    const QString page = DetailRenderer(context.library()).render({ItemKind::Routine, id});
    CHECK(page.contains(QStringLiteral("%1 steps").arg(steps)));
}
