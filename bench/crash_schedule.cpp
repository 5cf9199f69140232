// The schedule bench/crash.sh checks a killed journal against: plays the plan a session was started with on a
// ManualClock (the real SessionEngine, nobody touching it) and prints when each routine step ends, counted from
// the engine's start. A step whose end lies well before the kill must be in session_step.
// Usage: unknot-crash-schedule OPTIONS_JSON   (the session's `plan` column, e.g. {"kind":"routine","id":"..."})
//        unknot-crash-schedule ID             (a routine or exercise as --start ID plays it the first time)
// Prints "step POSITION END_MS TITLE" per step (added rests left out, as the app does not record them), then
// "end END_MS" when the plan runs to its end on its own, or "waits POSITION" when it stops for the person.
#include "shell/AppContext.h"
#include "LibraryRepository.h"
#include "Log.h"
#include "ManualClock.h"
#include "SessionEngine.h"
#include "session/SessionPlanner.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <cstdio>

using namespace unknot;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: unknot-crash-schedule OPTIONS_JSON|ID\n");
        return 2;
    }
    // The app's own planner on a scratch journal, so the schedule is built exactly as the app builds the plan.
    log::init({}, false); // quiet: stdout carries the schedule alone
    const QTemporaryDir scratch;
    AppContext context(scratch.filePath(QStringLiteral("journal.sqlite")));
    const SessionPlanner planner(context);
    const QByteArray argument(argv[1]);
    QJsonObject options = QJsonDocument::fromJson(argument).object();
    if (!argument.startsWith('{')) {
        const QString id = QString::fromUtf8(argument);
        QString name;
        const bool isRoutine = !context.library().summaries(ItemKind::Routine, {id}).isEmpty();
        options = isRoutine ? planner.routineOptions(id, &name) : planner.exerciseOptions(id, &name);
    }
    const PlanResult result = planner.build(options);
    if (!result.ok()) {
        std::fprintf(stderr, "unknot-crash-schedule: %s\n", qPrintable(result.error));
        return 1;
    }
    ManualClock clock;
    SessionEngine engine(*result.plan, clock);
    if (!engine.start(0)) {
        std::fprintf(stderr, "unknot-crash-schedule: %s\n", qPrintable(engine.error()));
        return 1;
    }
    const qint64 origin = clock.monotonicMs();
    for (;;) {
        for (const SessionEvent& event : engine.takeEvents()) {
            if (event.type == SessionEvent::Type::StepFinished && !result.plan->steps.at(event.stepIndex).insertedRest) {
                std::printf("step %d %lld %s\n", event.stepIndex, static_cast<long long>(event.atMs - origin),
                            qPrintable(result.plan->steps.at(event.stepIndex).title));
            } else if (event.type == SessionEvent::Type::SessionFinished) {
                std::printf("end %lld\n", static_cast<long long>(event.atMs - origin));
                return 0;
            }
        }
        const auto next = engine.nextDeadlineMs();
        if (!next) {
            std::printf("waits %d\n", engine.snapshot().stepIndex);
            return 0;
        }
        clock.advance(*next - clock.monotonicMs());
        engine.tick();
    }
}
