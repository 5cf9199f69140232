#define CATCH_CONFIG_RUNNER
#include <QCoreApplication>
#include "Log.h"

#include <QStandardPaths>

#include <catch2/catch.hpp>

int main(int argc, char** argv)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv); // the SQL driver plugin needs an application object
    unknot::log::init({}, false); // quiet: no log file, no terminal output
    return Catch::Session().run(argc, argv);
}
