// Help → Language: the choice is kept for the next start, the person is told so, and a restart is offered only when
// nothing would be lost.
#include "common/Language.h"
#include "common/Prompts.h"
#include "shell/AppContext.h"
#include "shell/LanguageMenu.h"
#include "shell/MainWindow.h"
#include "SteadyClock.h"

#include <QAction>
#include <QMenuBar>
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
