// How late the session driver delivers phase changes on a real clock (run it under load with bench/timing.sh),
// and what a paused session costs: CPU time and wakeups while nothing should happen.
// Usage: unknot-timing [RUN_SECONDS] [PAUSE_SECONDS]   (defaults 50 and 60)
#include "PlanBuilder.h"
#include "session/SessionDriver.h"
#include "SteadyClock.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <sys/resource.h>
#include <vector>

using namespace unknot;

namespace {

constexpr int getReadySeconds = 2;
constexpr int switchSidesSeconds = 2;
constexpr int restSeconds = 3;
constexpr int repSeconds = 3;     // 1 s lift, 1 s hold, 1 s lower
constexpr int cycleSeconds = 7;   // 5 s contract (long enough for a 3-2-1 countdown), 2 s relax
constexpr qint64 lateCueMs = 300; // what CuePlayer drops

struct Shape {
    int reps = 0;   // per side
    int cycles = 0; // one pass
};

Shape shapeFor(int seconds)
{
    const int work = std::max(12, seconds - getReadySeconds - switchSidesSeconds - restSeconds);
    Shape shape;
    shape.reps = std::max(1, work * 2 / 3 / (2 * repSeconds));
    shape.cycles = std::max(1, (work - 2 * repSeconds * shape.reps) / cycleSeconds);
    return shape;
}

SessionPlan benchPlan(const Shape& shape)
{
    Exercise reps;
    reps.id = QStringLiteral("bench-reps");
    reps.name = QStringLiteral("Tempo reps");
    reps.dose.kind = Dose::Kind::Reps;
    reps.dose.repsMin = reps.dose.repsMax = shape.reps;
    reps.dose.upSeconds = reps.dose.holdSeconds = reps.dose.downSeconds = 1;
    reps.dose.sets = {QStringLiteral("Left side"), QStringLiteral("Right side")};

    Exercise cycles;
    cycles.id = QStringLiteral("bench-cycles");
    cycles.name = QStringLiteral("Press and let go");
    cycles.dose.kind = Dose::Kind::Cycles;
    cycles.dose.repsMin = cycles.dose.repsMax = shape.cycles;
    cycles.dose.contractSeconds = 5;
    cycles.dose.relaxSeconds = 2;

    Routine routine;
    routine.id = QStringLiteral("bench");
    routine.name = QStringLiteral("Timing bench");
    for (const Exercise* exercise : {&reps, &cycles}) {
        RoutineStep step;
        step.exercise = exercise->id;
        routine.steps.append(step);
    }
    const auto lookup = [&](const QString& id) -> const Exercise* { return id == reps.id ? &reps : &cycles; };
    PlanResult result = PlanBuilder()
                            .setGetReadySeconds(getReadySeconds)
                            .setSwitchSidesSeconds(switchSidesSeconds)
                            .setRestSeconds(restSeconds)
                            .fromRoutine(routine, lookup);
    if (!result.ok()) {
        std::fprintf(stderr, "bench plan refused: %s\n", qPrintable(result.error));
        std::exit(1);
    }
    return *result.plan;
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + t.tv_usec / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<size_t>(std::ceil(p * static_cast<double>(values.size())));
    return values.at(std::clamp<size_t>(rank, 1, values.size()) - 1);
}

void printLateness(const char* what, const std::vector<double>& lateness)
{
    std::printf("%s: %zu, lateness worst %.2f ms, p99 %.2f ms, median %.2f ms\n", what, lateness.size(),
                lateness.empty() ? 0.0 : *std::max_element(lateness.begin(), lateness.end()),
                percentile(lateness, 0.99), percentile(lateness, 0.5));
}

/// Plays the plan in real time; lateness = when eventOccurred arrives here minus the event's own time.
void measureRunning(QCoreApplication& app, const SteadyClock& clock, const QElapsedTimer& fine, SessionPlan plan)
{
    SessionDriver driver(std::move(plan), clock);
    std::vector<double> phaseLateness;
    std::vector<double> cueLateness;
    int events = 0;
    int ticks = 0;
    int droppedCues = 0;
    QObject::connect(&driver, &SessionDriver::eventOccurred, [&](const SessionEvent& event) {
        // The fine timer started a few microseconds after the clock: read at sub-millisecond resolution.
        const double late = static_cast<double>(fine.nsecsElapsed()) / 1e6 - static_cast<double>(event.atMs);
        ++events;
        if (event.type == SessionEvent::Type::PhaseChanged) {
            phaseLateness.push_back(late);
        } else if (event.type == SessionEvent::Type::Countdown) {
            cueLateness.push_back(late);
            droppedCues += late > lateCueMs ? 1 : 0;
        }
    });
    QObject::connect(&driver, &SessionDriver::changed, [&](const SessionSnapshot& snapshot) {
        ++ticks;
        if (snapshot.state == SessionState::Finished) {
            QCoreApplication::quit();
        }
    });
    const double cpuBefore = cpuSeconds();
    const qint64 startMs = clock.monotonicMs();
    QTimer::singleShot(0, &driver, [&] { driver.start(); });
    app.exec();
    const double seconds = static_cast<double>(clock.monotonicMs() - startMs) / 1000;

    printLateness("phase changes", phaseLateness);
    printLateness("countdown cues", cueLateness);
    std::printf("countdown cues later than %lld ms (a cue player drops them): %d\n", static_cast<long long>(lateCueMs),
                droppedCues);
    std::printf("ran %.1f s: events %d, driver wakeups %d, CPU %.3f s\n", seconds, events, ticks,
                cpuSeconds() - cpuBefore);
}

/// Starts, pauses at once, and watches the idle event loop: a paused session should cost nothing.
void measurePaused(QCoreApplication& app, const SteadyClock& clock, SessionPlan plan, int pauseSeconds)
{
    SessionDriver driver(std::move(plan), clock);
    driver.start();
    driver.pause();
    int signals = 0;
    QObject::connect(&driver, &SessionDriver::changed, [&] { ++signals; });
    QObject::connect(&driver, &SessionDriver::eventOccurred, [&] { ++signals; });
    int loopWakeups = 0;
    QObject::connect(QAbstractEventDispatcher::instance(), &QAbstractEventDispatcher::awake, [&] { ++loopWakeups; });

    const double cpuBefore = cpuSeconds();
    QTimer::singleShot(pauseSeconds * 1000, &app, &QCoreApplication::quit);
    app.exec();
    std::printf("paused for %d s: CPU %.2f s, wakeups %d (driver signals; timer armed: %s); "
                "event loop woke %d times, counting the benchmark's own stop timer\n",
                pauseSeconds, cpuSeconds() - cpuBefore, signals, driver.wakeAt() ? "yes" : "no", loopWakeups);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int runSeconds = args.size() > 1 ? std::max(10, args.at(1).toInt()) : 50;
    const int pauseSeconds = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 60;

    const Shape shape = shapeFor(runSeconds);
    const SessionPlan plan = benchPlan(shape);
    std::printf("plan: %.0f s; %d reps per side (1 s lift, hold, lower), 2 sides, %d s switch, %d s rest, "
                "%d cycles (5 s contract, 2 s relax), %d s lead-in\n",
                static_cast<double>(plan.plannedMs()) / 1000, shape.reps, switchSidesSeconds, restSeconds, shape.cycles,
                getReadySeconds);
    std::fflush(stdout);

    SteadyClock clock;
    QElapsedTimer fine;
    fine.start();
    measureRunning(app, clock, fine, plan);
    std::fflush(stdout);
    measurePaused(app, clock, plan, pauseSeconds);
    return 0;
}
