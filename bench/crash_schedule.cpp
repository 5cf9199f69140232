// The schedule bench/crash.sh checks a killed journal against: plays the plan a session was started with on a
// ManualClock (the real SessionEngine, nobody touching it) and prints when each routine step ends, counted from
// the engine's start. A step whose end lies well before the kill must be in session_step.
// Usage: unknot-crash-schedule OPTIONS_JSON   (the session's `plan` column, e.g. {"kind":"routine","id":"..."})
//        unknot-crash-schedule ID             (a routine or exercise as --start ID plays it the first time)
// Prints "step POSITION END_MS TITLE" per step (added rests left out, as the app does not record them), then
// "end END_MS" when the plan runs to its end on its own, or "waits POSITION" when it stops for the person.
#include "BuiltinContent.h"
#include "ManualClock.h"
#include "PlanBuilder.h"
#include "SessionEngine.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cstdio>

using namespace unknot;

namespace {

// Builds the plan as SessionPlanner::build does (routine or exercise; the counts and rest kept in the options).
PlanResult buildPlan(const ContentPack& pack, const QJsonObject& options)
{
    const QString kind = options.value(QStringLiteral("kind")).toString();
    const QString id = options.value(QStringLiteral("id")).toString();
    PlanBuilder builder;
    const QJsonObject counts = options.value(QStringLiteral("counts")).toObject();
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        builder.setCount(it.key(), it.value().toInt());
        builder.setSeconds(it.key(), it.value().toInt());
    }
    if (options.contains(QStringLiteral("restSeconds"))) {
        builder.setRestSeconds(options.value(QStringLiteral("restSeconds")).toInt());
    }
    if (kind == QLatin1String("exercise")) {
        const Exercise* exercise = pack.exercise(id);
        return exercise ? builder.fromExercise(*exercise) : PlanResult::failure(QStringLiteral("no such exercise"));
    }
    if (kind != QLatin1String("routine")) {
        return PlanResult::failure(QStringLiteral("only routine and exercise sessions are scheduled"));
    }
    for (const Routine& routine : pack.routines()) {
        if (routine.id == id) {
            return builder.fromRoutine(routine, [&pack](const QString& slug) { return pack.exercise(slug); });
        }
    }
    return PlanResult::failure(QStringLiteral("no such routine"));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: unknot-crash-schedule OPTIONS_JSON|ID\n");
        return 2;
    }
    const BuiltinContent content = BuiltinContent::load();
    const QByteArray argument(argv[1]);
    QJsonObject options = QJsonDocument::fromJson(argument).object();
    if (!argument.startsWith('{')) {
        const QString id = QString::fromUtf8(argument);
        const bool isRoutine = std::any_of(content.pack.routines().begin(), content.pack.routines().end(),
                                           [&id](const Routine& routine) { return routine.id == id; });
        options = {{QStringLiteral("kind"), isRoutine ? QStringLiteral("routine") : QStringLiteral("exercise")},
                   {QStringLiteral("id"), id}};
    }
    const PlanResult result = buildPlan(content.pack, options);
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
