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
