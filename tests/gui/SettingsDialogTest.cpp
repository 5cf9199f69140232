// Edit → Settings: each change applies at once and reaches what it governs (cues, rests, the look, the Help
// menu's mark), and "start at login" writes and removes the desktop's autostart entry.
#include "shell/SettingsDialog.h"

#include "ManualClock.h"
#include "common/Preferences.h"
#include "common/Prompts.h"
#include "common/ReduceMotion.h"
#include "session/CuePlayer.h"
#include "session/SessionController.h"
#include "shell/AppContext.h"
#include "shell/Autostart.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QRadioButton>
#include <QSettings>
#include <QSlider>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
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
        window = std::make_unique<MainWindow>(context, clock);
        window->show();
    }
    ~Fixture()
    {
        window.reset();
        QSettings().clear();
        ReduceMotion::instance().set(false);
    }
};

template <typename T> T* child(QWidget* root, const char* name)
{
    auto* found = root->findChild<T*>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

} // namespace

TEST_CASE("Edit → Settings (Ctrl+,) opens the settings, once, and each change applies at once", "[settings-dialog]")
{
    Fixture f;
    auto* open = f.window->findChild<QAction*>(QStringLiteral("settingsAction"));
    REQUIRE(open);
    CHECK(open->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Comma));
    open->trigger();
    auto* dialog = f.window->findChild<SettingsDialog*>(QStringLiteral("settingsDialog"));
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(f.window->openSettings() == dialog); // a second open brings the same one forward

    // Sound off: the cue player stops playing sounds, and the choice is kept.
    CuePlayer* cues = f.window->sessions()->cues();
    REQUIRE(cues->soundEnabled());
    child<QCheckBox>(dialog, "sound")->click();
    CHECK_FALSE(cues->soundEnabled());
    CHECK_FALSE(Preferences::instance().sound());

    // The rest between steps: what the Session menu and the next routine use.
    auto* rest = child<QSpinBox>(dialog, "restSeconds");
    CHECK(rest->text() == QStringLiteral("As each routine says"));
    rest->setValue(30);
    CHECK(f.window->sessions()->restSeconds() == 30);
    rest->setValue(-1);
    CHECK(f.window->sessions()->restSeconds() == -1);

    child<QSlider>(dialog, "volume")->setValue(40);
    CHECK(Preferences::instance().volume() == 40);
    child<QCheckBox>(dialog, "rateBefore")->click();
    CHECK_FALSE(f.window->sessions()->rateBefore());

    // The look: dark colours asked for, and reduce motion, which the Help menu's mark follows.
    child<QRadioButton>(dialog, "theme2")->click();
    CHECK(Preferences::instance().theme() == Preferences::Theme::Dark);
    child<QCheckBox>(dialog, "reduceMotion")->click();
    CHECK(ReduceMotion::instance().isOn());
    auto* stillAction = f.window->findChild<QAction*>(QStringLiteral("reduceMotionAction"));
    REQUIRE(stillAction);
    CHECK(stillAction->isChecked());
    dialog->close();
}

TEST_CASE("start at login writes the autostart entry and removes it again", "[settings-dialog]")
{
    Fixture f;
    QFile::remove(autostart::entryPath());
    SettingsDialog* dialog = f.window->openSettings();
    auto* login = child<QCheckBox>(dialog, "startAtLogin");
    CHECK_FALSE(login->isChecked());
    login->click();
    REQUIRE(QFile::exists(autostart::entryPath()));
    QFile entry(autostart::entryPath());
    REQUIRE(entry.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(entry.readAll());
    CHECK(text.startsWith(QStringLiteral("[Desktop Entry]")));
    CHECK(text.contains(QStringLiteral("Exec=\"%1\" --background").arg(QCoreApplication::applicationFilePath())));
    login->click();
    CHECK_FALSE(QFile::exists(autostart::entryPath()));
    dialog->close();
}
