// What start-up leaves for later: sound, speech and charts are loaded when first needed, not with the window.
#include "ManualClock.h"
#include "common/Prompts.h"
#include "session/CuePlayer.h"
#include "session/SessionController.h"
#include "shell/AppContext.h"
#include "shell/MainWindow.h"

#include <QSettings>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace unknot;

TEST_CASE("the window's cue player loads sound and speech when the first session starts, not before", "[startup]")
{
    QSettings().clear(); // sound on, voice off: the defaults
    QTemporaryDir dir;
    ManualClock clock;
    AppContext context(dir.filePath(QStringLiteral("journal.sqlite")));
    Prompts::setAnswerer([](const QString&, const QString&) { return true; });
    MainWindow window(context, clock);
    window.show();
    CuePlayer* cues = window.sessions()->cues();
    CHECK_FALSE(cues->isLoaded());

    window.sessions()->setRateBefore(false);
    REQUIRE(window.sessions()->startExercise(QStringLiteral("glute-bridges")));
    CHECK(cues->isLoaded()); // before the lead-in's first cue
    Prompts::setAnswerer({});
}
