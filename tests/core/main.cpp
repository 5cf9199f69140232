// Core tests: Qt Core only. The English plural forms ("1 rep", "2 reps") come from the build's unknot_en.qm, as the
// app loads them; without them core's words would read "1 rep(s)".
#define CATCH_CONFIG_RUNNER
#include <QCoreApplication>
#include <QTranslator>

#include <cstdio>

#include <catch2/catch.hpp>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTranslator plurals;
    if (!plurals.load(QStringLiteral(UNKNOT_PLURALS_QM))) {
        std::fprintf(stderr, "cannot load the English plural forms from %s\n", UNKNOT_PLURALS_QM);
        return 1;
    }
    QCoreApplication::installTranslator(&plurals);
    return Catch::Session().run(argc, argv);
}
