// What start-up leaves for later: sound, speech and charts are loaded when first needed, not with the window.
#include "ManualClock.h"
#include "common/Prompts.h"
#include "session/CuePlayer.h"
#include "session/SessionController.h"
#include "shell/AppContext.h"
#include "shell/MainWindow.h"

#include <QProcess>
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

TEST_CASE("at its first paint the app has not loaded Qt Multimedia, Qt TextToSpeech or Qt Charts", "[startup]")
{
    QTemporaryDir dir;
    QProcess app;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path());
    environment.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files")); // the loader names every library it loads
    app.setProcessEnvironment(environment);
    app.start(QStringLiteral(UNKNOT_APP), {QStringLiteral("--database"), dir.filePath(QStringLiteral("j.sqlite")),
                                           QStringLiteral("--benchmark-first-paint")});
    REQUIRE(app.waitForFinished(30'000));
    CHECK(app.exitCode() == 0);
    CHECK(app.readAllStandardOutput().contains("first-paint-epoch-ms"));
    const QByteArray loaded = app.readAllStandardError();
    REQUIRE(loaded.contains("libQt6Widgets.so")); // the loader did name what it loaded
    for (const char* library :
         {"libQt6Multimedia", "libQt6TextToSpeech", "libQt6Charts", "unknot_media", "unknot_charts", "libpulse"}) {
        INFO(library);
        CHECK_FALSE(loaded.contains(library));
    }
}
