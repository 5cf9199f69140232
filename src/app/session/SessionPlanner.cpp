#include "session/SessionPlanner.h"

#include "PlanBuilder.h"
#include "common/Preferences.h"
#include "shell/AppContext.h"

namespace unknot {

namespace {

ThermalPlan thermalFrom(const QJsonObject& options)
{
    ThermalPlan plan;
    const QString mode = options.value(QStringLiteral("mode")).toString();
    plan.mode = mode == QLatin1String("heat")   ? ThermalPlan::Mode::Heat
                : mode == QLatin1String("cold") ? ThermalPlan::Mode::Cold
                                                : ThermalPlan::Mode::Alternating;
    plan.phaseMinutes = options.value(QStringLiteral("minutes")).toInt(plan.phaseMinutes);
    plan.cycles = options.value(QStringLiteral("cycles")).toInt(plan.cycles);
    plan.skinCheckSeconds = options.value(QStringLiteral("skinCheck")).toInt(plan.skinCheckSeconds);
    return plan;
}

} // namespace

SessionPlanner::SessionPlanner(AppContext& context)
    : m_context(context)
{
}

QJsonObject SessionPlanner::rememberedCounts(const QStringList& exerciseIds) const
{
    QJsonObject counts;
    for (const auto& id : exerciseIds) {
        if (const auto count = Preferences::instance().count(id)) {
            counts.insert(id, *count);
        }
    }
    return counts;
}

QJsonObject SessionPlanner::routineOptions(const QString& id, QString* name) const
{
    QStringList ids;
    *name = id;
    if (const auto routine = m_context.library().routine(id)) {
        *name = routine->name;
        for (const auto& step : routine->steps) {
            ids.append(step.exercise);
        }
    }
    QJsonObject options{{QStringLiteral("kind"), QStringLiteral("routine")},
                        {QStringLiteral("id"), id},
                        {QStringLiteral("counts"), rememberedCounts(ids)}};
    if (restSeconds() >= 0) {
        options.insert(QStringLiteral("restSeconds"), restSeconds());
    }
    return options;
}

QJsonObject SessionPlanner::exerciseOptions(const QString& id, QString* name) const
{
    const auto exercise = m_context.library().exercise(id);
    *name = exercise ? exercise->name : id;
    return {{QStringLiteral("kind"), QStringLiteral("exercise")},
            {QStringLiteral("id"), id},
            {QStringLiteral("counts"), rememberedCounts({id})}};
}

QJsonObject SessionPlanner::thermalOptions(const ThermalPlan& plan)
{
    static const QStringList modes{QStringLiteral("heat"), QStringLiteral("cold"), QStringLiteral("alternating")};
    return {{QStringLiteral("kind"), QStringLiteral("thermal")},
            {QStringLiteral("mode"), modes.at(static_cast<int>(plan.mode))},
            {QStringLiteral("minutes"), plan.phaseMinutes},
            {QStringLiteral("cycles"), plan.cycles},
            {QStringLiteral("skinCheck"), plan.skinCheckSeconds}};
}

PlanResult SessionPlanner::build(const QJsonObject& options) const
{
    const QString kind = options.value(QStringLiteral("kind")).toString();
    const QString id = options.value(QStringLiteral("id")).toString();
    if (kind == QLatin1String("thermal")) {
        return thermalFrom(options).build();
    }
    PlanBuilder builder;
    const QJsonObject counts = options.value(QStringLiteral("counts")).toObject();
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        builder.setCount(it.key(), it.value().toInt());
        builder.setSeconds(it.key(), it.value().toInt());
    }
    if (options.contains(QStringLiteral("restSeconds"))) {
        builder.setRestSeconds(options.value(QStringLiteral("restSeconds")).toInt());
    }
    const LibraryRepository& library = m_context.library();
    if (kind == QLatin1String("exercise")) {
        const auto exercise = library.exercise(id);
        if (!exercise) {
            return PlanResult::failure(QStringLiteral("The exercise \"%1\" is no longer in the library.").arg(id));
        }
        return builder.fromExercise(*exercise);
    }
    const auto routine = library.routine(id);
    if (!routine) {
        return PlanResult::failure(QStringLiteral("The routine \"%1\" is no longer in the library.").arg(id));
    }
    QHash<QString, Exercise> exercises;
    for (const auto& step : routine->steps) {
        if (const auto exercise = library.exercise(step.exercise)) {
            exercises.insert(step.exercise, *exercise);
        } else if (routine->exerciseCopies.contains(step.exercise)) {
            // An own routine's exercise that a newer library no longer has: the copy kept when it was saved.
            QStringList ignored;
            exercises.insert(step.exercise,
                             Exercise::fromJson(routine->exerciseCopies.value(step.exercise).toObject(), &ignored));
        }
    }
    return builder.fromRoutine(*routine, [&exercises](const QString& slug) -> const Exercise* {
        const auto it = exercises.constFind(slug);
        return it == exercises.constEnd() ? nullptr : &it.value();
    });
}

void SessionPlanner::rememberCount(const QString& exerciseId, int count)
{
    Preferences::instance().setCount(exerciseId, count);
}

int SessionPlanner::restSeconds() const
{
    return Preferences::instance().restSeconds().value_or(-1);
}

void SessionPlanner::setRestSeconds(int seconds)
{
    Preferences::instance().setRestSeconds(seconds < 0 ? std::nullopt : std::optional<int>(seconds));
}

} // namespace unknot
