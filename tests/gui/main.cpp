// Widget tests run real widgets on the offscreen platform, with QStandardPaths in test mode.
#define CATCH_CONFIG_RUNNER
#include <QApplication>
#include "Log.h"

#include <QStandardPaths>

#include <catch2/catch.hpp>

int main(int argc, char** argv)
{
    // Offscreen always; a screen configuration given by CTest (the [fit] runs) is kept.
    if (!qEnvironmentVariable("QT_QPA_PLATFORM").startsWith(QStringLiteral("offscreen"))) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("UnknotTests"));
    QApplication::setApplicationName(QStringLiteral("UnknotTests"));
    unknot::log::init({}, false); // quiet: no log file, no terminal output
    return Catch::Session().run(argc, argv);
}
