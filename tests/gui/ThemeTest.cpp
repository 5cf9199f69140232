// Light, dark or the desktop's: the palette and style sheet switch at run time, and what has colours of its own
// (a library page, History's chart, the player's phase) follows.
#include "shell/Theme.h"

#include "ItemRef.h"
#include "ManualClock.h"
#include "common/Preferences.h"
#include "common/Prompts.h"
#include "journal/HistoryView.h"
#include "library/LibraryView.h"
#include "session/PhaseStyle.h"
#include "session/PlayerWindow.h"
#include "session/SessionController.h"
#include "session/SessionDriver.h"
#include "shell/AppContext.h"
#include "shell/MainWindow.h"
#include "shell/ThemeWatcher.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextBrowser>
#include <catch2/catch.hpp>

using namespace unknot;

namespace {

/// Puts the app's look back as the other tests expect it, whatever a test switched to.
struct LookGuard {
    QPalette palette = QApplication::palette();
    QString sheet = qApp->styleSheet();
    QFont font = QApplication::font();

    ~LookGuard()
    {
        qApp->setStyleSheet(sheet);
        QApplication::setPalette(palette);
        QApplication::setFont(font);
        QSettings().remove(QStringLiteral("view/theme"));
    }
};

/// Applies theme as the running app would: Qt posts the palette change to each widget, so let it arrive.
void switchTo(Preferences::Theme theme)
{
    applyTheme(*qApp, theme);
    QCoreApplication::processEvents();
}

QColor headingColour(QTextBrowser* page)
{
    // The page's first heading: the item's name.
    for (QTextBlock block = page->document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 1) {
            return block.begin().fragment().charFormat().foreground().color();
        }
    }
    return {};
}

} // namespace

TEST_CASE("the dark theme gives a dark window with light text, and light brings the light look back", "[theme]")
{
    const LookGuard guard;
    QWidget opened; // a widget already open follows the switch
    switchTo(Preferences::Theme::Dark);
    CHECK(QApplication::palette().color(QPalette::Window).lightnessF() < 0.25);
    CHECK(QApplication::palette().color(QPalette::WindowText).lightnessF() > 0.85);
    CHECK(QApplication::palette().color(QPalette::Base).lightnessF() < 0.25);
    CHECK(opened.palette().color(QPalette::Window) == QApplication::palette().color(QPalette::Window));
    CHECK(qApp->styleSheet() == theme::styleSheet(true));
    CHECK(qApp->styleSheet().contains(QStringLiteral("QToolBar { background: #23282a;")));

    switchTo(Preferences::Theme::Light);
    CHECK(QApplication::palette().color(QPalette::Window) == QColor(0xf4, 0xf6, 0xf5));
    CHECK(QApplication::palette().color(QPalette::Text) == QColor(0x26, 0x34, 0x3a));
    CHECK(QApplication::palette().color(QPalette::Button).lightnessF() > 0.75); // no dark role left behind
    CHECK(opened.palette().color(QPalette::Window) == QColor(0xf4, 0xf6, 0xf5));
    CHECK(qApp->styleSheet().contains(QStringLiteral("QToolBar { background: #e6eeec;")));
    CHECK_FALSE(qApp->styleSheet().contains(QLatin1Char('@'))); // every colour token replaced
}

TEST_CASE("the theme chosen in the preferences reaches the running app at once", "[theme]")
{
    const LookGuard guard;
    Preferences::instance().setTheme(Preferences::Theme::Light);
    const ThemeWatcher watcher(*qApp);
    CHECK(QApplication::palette().color(QPalette::Window) == QColor(0xf4, 0xf6, 0xf5));
    Preferences::instance().setTheme(Preferences::Theme::Dark);
    QCoreApplication::processEvents();
    CHECK(QApplication::palette().color(QPalette::Window).lightnessF() < 0.25);
    Preferences::instance().setTheme(Preferences::Theme::Light);
    CHECK(QApplication::palette().color(QPalette::Window) == QColor(0xf4, 0xf6, 0xf5));

    const ThemeWatcher forced(*qApp, Preferences::Theme::Dark); // --dark wins over the setting
    CHECK(forced.theme() == Preferences::Theme::Dark);
    CHECK(QApplication::palette().color(QPalette::Window).lightnessF() < 0.25);
}

TEST_CASE("a library page, History's chart and the player's phase follow a theme switch while open", "[theme]")
{
    const LookGuard guard;
    QSettings().clear();
    QSettings().setValue(QStringLiteral("journal/rateBefore"), false);
    Prompts::setAnswerer([](const QString&, const QString&) { return true; });
    QTemporaryDir dir;
    ManualClock clock;
    AppContext context(dir.filePath(QStringLiteral("journal.sqlite")));
    MainWindow window(context, clock);
    switchTo(Preferences::Theme::Light);
    window.library()->open(ItemRef{ItemKind::Exercise, QStringLiteral("snow-angels")});
    auto* page = window.library()->findChild<QTextBrowser*>();
    REQUIRE(page);
    CHECK(headingColour(page) == QColor(0x1f, 0x4b, 0x57));

    window.showHistory(true);
    auto* chart = window.history()->findChild<QChartView*>(QStringLiteral("trendChart"));
    REQUIRE(chart);
    CHECK(chart->chart()->backgroundBrush().color() == QColor(Qt::white));

    REQUIRE(window.sessions()->startExercise(QStringLiteral("glute-bridges")));
    clock.advance(5000);
    window.sessions()->driver()->tick();
    auto* countdown = window.sessions()->player()->findChild<QLabel*>(QStringLiteral("countdown"));
    REQUIRE(countdown);
    CHECK(countdown->styleSheet().contains(phasestyle::colour(SessionPhase::Lift, false).name()));

    switchTo(Preferences::Theme::Dark);
    CHECK(headingColour(page).lightnessF() > 0.6);
    CHECK(chart->chart()->backgroundBrush().color().lightnessF() < 0.25);
    CHECK(countdown->styleSheet().contains(phasestyle::colour(SessionPhase::Lift, true).name()));

    switchTo(Preferences::Theme::Light);
    CHECK(headingColour(page) == QColor(0x1f, 0x4b, 0x57));
    CHECK(chart->chart()->backgroundBrush().color() == QColor(Qt::white));
    CHECK(countdown->styleSheet().contains(phasestyle::colour(SessionPhase::Lift, false).name()));
    window.sessions()->player()->requestEnd();
    Prompts::setAnswerer({});
}
