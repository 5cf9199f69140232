// Widget tests run real widgets on the offscreen platform, with QStandardPaths in test mode.
#define CATCH_CONFIG_RUNNER
#include <QApplication>
#include "Log.h"
#include "common/Language.h"
#include "common/Prompts.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

int main(int argc, char** argv)
{
    // Offscreen always; a screen configuration given by CTest (the [fit] runs) is kept.
    if (!qEnvironmentVariable("QT_QPA_PLATFORM").startsWith(QStringLiteral("offscreen"))) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QStandardPaths::setTestModeEnabled(true);
    // Settings of this run alone: two test runs at once (or the app itself) must not clear each other's.
    const QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("UnknotTests"));
    QApplication::setApplicationName(QStringLiteral("UnknotTests"));
    unknot::log::init({}, false); // quiet: no log file, no terminal output
    // English whatever the machine's language, with its plural forms ("1 step", not "1 step(s)"), as the app loads it;
    // UNKNOT_TEST_LANGUAGE=de runs the [fit] checks with the longer German words.
    unknot::Language::apply(qEnvironmentVariable("UNKNOT_TEST_LANGUAGE", QStringLiteral("en")));
    // Problems are told through the prompt seam; a test reads them from lastProblem() instead of a modal box.
    unknot::Prompts::setInformer([](const QString&, const QString&) {});
    return Catch::Session().run(argc, argv);
}
