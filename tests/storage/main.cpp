#define CATCH_CONFIG_RUNNER
#include <QCoreApplication>
#include "Log.h"

#include <QStandardPaths>
#include <QTranslator>

#include <cstdio>

#include <catch2/catch.hpp>

int main(int argc, char** argv)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv); // the SQL driver plugin needs an application object
    unknot::log::init({}, false); // quiet: no log file, no terminal output
    // The English plural forms, as the app loads them ("1 session", not "1 session(s)").
    QTranslator plurals;
    if (!plurals.load(QStringLiteral(UNKNOT_PLURALS_QM))) {
        std::fprintf(stderr, "cannot load the English plural forms from %s\n", UNKNOT_PLURALS_QM);
        return 1;
    }
    QCoreApplication::installTranslator(&plurals);
    return Catch::Session().run(argc, argv);
}
