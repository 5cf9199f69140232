// Unknot: parse the command line, reach or become the one instance for the journal, open it, show the window.
#include "shell/AppContext.h"
#ifdef UNKNOT_DEVTOOLS
#include "devtools/DemoJournal.h"
#include "devtools/Screenshot.h"
#endif
#include "Log.h"
#include "ManualClock.h"
#include "SteadyClock.h"
#include "common/Language.h"
#include "session/PlayerWindow.h"
#include "session/SessionController.h"
#include "shell/DeskCompanion.h"
#include "shell/MainWindow.h"
#include "shell/SingleInstance.h"
#include "shell/ThemeWatcher.h"
#include "shell/Tray.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QIcon>
#include <QMessageBox>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>
#include <cstdio>
#include <memory>
#include <optional>
#include <sys/stat.h>

namespace {

/// Prints the wall-clock time of the main window's first paint, then quits: used by bench/startup.sh.
class FirstPaintProbe : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            std::printf("first-paint-epoch-ms %lld\n", static_cast<long long>(QDateTime::currentMSecsSinceEpoch()));
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

} // namespace

/// The command line for starting again after a language change: the same journal, nothing started at once.
QStringList restartArguments(QStringList arguments)
{
    arguments.removeFirst();
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--start")) {
            arguments.remove(i, std::min<qsizetype>(2, arguments.size() - i));
            --i;
        } else if (arguments.at(i).startsWith(QLatin1String("--start="))) {
            arguments.remove(i--);
        }
    }
    return arguments;
}

/// True when the command line only asks for help or the version: those need no display.
bool wantsTextOnly(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version") {
            return true;
        }
    }
    return false;
}

int main(int argc, char** argv)
{
    // Everything Unknot writes (journal, backups, log, exports) is health data: owner only, on every path.
    ::umask(077);
    std::unique_ptr<QCoreApplication> application;
    if (wantsTextOnly(argc, argv)) {
        application = std::make_unique<QCoreApplication>(argc, argv);
    } else {
        application = std::make_unique<QApplication>(argc, argv);
    }
    QCoreApplication& app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("Unknot"));
    QCoreApplication::setOrganizationName(QStringLiteral("Unknot"));
    QCoreApplication::setApplicationVersion(QStringLiteral(UNKNOT_VERSION));
    if (qobject_cast<QGuiApplication*>(&app)) {
        // The desktop file's name is the window's app id on Wayland: it ties the window to the menu entry and icon.
        QGuiApplication::setDesktopFileName(QStringLiteral(UNKNOT_APP_ID));
        QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/" UNKNOT_APP_ID ".svg")));
    }
    // The language chosen in Help → Language, else the system's; before any word is shown, --help included.
    unknot::Language::apply(unknot::Language::chosen());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine", "Understand and ease upper back and shoulder pain."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption verbose(QStringLiteral("verbose"),
                                     QCoreApplication::translate("CommandLine", "Also log to the terminal."));
    const QCommandLineOption database(QStringLiteral("database"),
                                      QCoreApplication::translate("CommandLine", "Use this journal file."),
                                      //: The value after --database in the help: "--database <file>".
                                      QCoreApplication::translate("CommandLine", "file"));
    const QCommandLineOption start(
        QStringLiteral("start"),
        QCoreApplication::translate("CommandLine", "Start a routine or exercise right away, e.g. desk-micro-break "
                                                   "(handy for a desktop shortcut)."),
        //: The value after --start in the help: "--start <id>", the name of a routine or exercise.
        QCoreApplication::translate("CommandLine", "id"));
    const QCommandLineOption background(
        QStringLiteral("background"),
        QCoreApplication::translate("CommandLine", "Start in the tray without opening the window, where the desktop "
                                                   "has a tray (used when starting at login)."));
#ifdef UNKNOT_DEVTOOLS
    // Developer tools: their help stays in English.
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Render a view to a PNG and quit."), QStringLiteral("file"));
    const QCommandLineOption view(
        QStringLiteral("view"),
        QStringLiteral("The view for --screenshot: %1, or kind/slug.").arg(unknot::Screenshot::viewNames().join(u", ")),
        QStringLiteral("name"), QStringLiteral("causes"));
    QCommandLineOption demo(
        QStringLiteral("demo-journal"),
        QStringLiteral("Fill an empty journal with eight weeks of example sessions (for trying History)."));
    const QCommandLineOption dark(
        QStringLiteral("dark"),
        QStringLiteral("Use the dark theme, whatever the settings say (for checking screens)."));
#endif
    QCommandLineOption firstPaint(QStringLiteral("benchmark-first-paint"),
                                  QStringLiteral("Print the time of the first paint and quit."));
    // Only for bench/startup.sh: hidden from --help and left out of the manual page.
    firstPaint.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption remindAfterOption(
        QStringLiteral("remind-after"),
        QCoreApplication::translate("CommandLine", "Turn break reminders on for this run, after this many seconds at "
                                                   "the computer (for trying them out)."),
        //: The value after --remind-after in the help: "--remind-after <seconds>".
        QCoreApplication::translate("CommandLine", "seconds"));
    parser.addOptions({verbose, database, start, background, remindAfterOption, firstPaint});
#ifdef UNKNOT_DEVTOOLS
    parser.addOptions({screenshot, view, demo, dark});
#endif
    parser.process(app);

    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    unknot::log::init(dataDir, parser.isSet(verbose));
    std::optional<unknot::Preferences::Theme> forcedTheme;
#ifdef UNKNOT_DEVTOOLS
    if (parser.isSet(dark)) {
        forcedTheme = unknot::Preferences::Theme::Dark;
    }
#endif
    // The chosen theme, light, dark or the desktop's, now and whenever it changes.
    const unknot::ThemeWatcher theme(*qApp, forcedTheme);

    const QString path = parser.isSet(database) ? parser.value(database) : unknot::AppContext::defaultPath();
#ifdef UNKNOT_DEVTOOLS
    const bool screenshotMode = parser.isSet(screenshot);
#else
    const bool screenshotMode = false;
#endif
    // One Unknot per journal, so one writer. A screenshot leaves a running Unknot alone and takes no lock.
    unknot::SingleInstance instance(path);
    if (!screenshotMode && !instance.acquire()) {
        if (instance.handOver(QCoreApplication::arguments())) {
            return 0;
        }
        QMessageBox::warning(nullptr, unknot::SingleInstance::tr("Unknot is already open"),
                             unknot::SingleInstance::tr("Unknot is already open with this journal (%1), but it is "
                                                        "not answering. Wait a moment and try again. If it stays "
                                                        "stuck, close it (or end it in the system monitor), then "
                                                        "start Unknot again.")
                                 .arg(QDir::toNativeSeparators(path)));
        return 1;
    }
    unknot::AppContext context(path);
#ifdef UNKNOT_DEVTOOLS
    if (parser.isSet(demo) && context.sessions().recent(1).isEmpty()) {
        unknot::DemoJournal::fill(context, 56);
    }
#endif
    // Screenshots run sessions on a clock that moves only when told, so each view shows a chosen moment.
    unknot::SteadyClock steadyClock;
    unknot::ManualClock manualClock;
    unknot::MainWindow window(context, screenshotMode ? static_cast<const unknot::Clock&>(manualClock) : steadyClock);
    window.showProblem(context.problem());

#ifdef UNKNOT_DEVTOOLS
    if (parser.isSet(screenshot)) {
        const QString error =
            unknot::Screenshot::render(window, context, manualClock, parser.value(view), parser.value(screenshot));
        if (!error.isEmpty()) {
            std::fprintf(stderr, "unknot: %s\n", qPrintable(error));
            return 1;
        }
        return 0;
    }
#endif
    FirstPaintProbe probe;
    if (parser.isSet(firstPaint)) {
        window.installEventFilter(&probe);
    }
    // The tray (where there is one) may hold Unknot with the window closed, so the window's close ends it.
    std::optional<int> remindAfter;
    if (parser.isSet(remindAfterOption)) {
        bool ok = false;
        const int seconds = parser.value(remindAfterOption).toInt(&ok);
        if (!ok || seconds < 1) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("CommandLine",
                                                                "--remind-after needs a number of seconds, e.g. 60.")));
            return 2;
        }
        remindAfter = seconds;
    }
    unknot::DeskCompanion companion(context, window, steadyClock, remindAfter);
    const unknot::Tray& tray = companion.tray();
    QApplication::setQuitOnLastWindowClosed(false);
    QObject::connect(&window, &unknot::MainWindow::closed, &app, &QCoreApplication::quit);
    if (!(parser.isSet(background) && tray.isShown())) {
        window.show();
    }
    // A later launch on this journal hands its command line here: come forward and start what it asks for.
    QObject::connect(&instance, &unknot::SingleInstance::argumentsReceived, &window,
                     [&window, &parser, &start](const QStringList& arguments) {
                         window.bringForward();
                         parser.parse(arguments);
                         window.startFromOutside(parser.value(start));
                     });
    if (!parser.isSet(firstPaint)) {
        const QString startId = parser.value(start);
        QTimer::singleShot(0, &window, [&window, startId] { window.openAtStart(startId); });
    }
    const int code = app.exec();
    if (window.restartRequested()) {
        // The lock goes first, so the new Unknot takes the journal instead of handing over to this one.
        instance.release();
        const QStringList arguments = restartArguments(QCoreApplication::arguments());
        if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments)) {
            unknot::log::warn(QStringLiteral("could not start Unknot again after the language change"));
        }
    }
    return code;
}
