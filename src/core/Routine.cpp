#include "Routine.h"

#include "ContentRules.h"

#include <QJsonArray>

namespace unknot {

RoutineStep RoutineStep::fromJson(const QJsonObject& json, QStringList* errors)
{
    RoutineStep step;
    JsonFields fields(json, errors);
    if (json.contains(QStringLiteral("exercise"))) {
        step.kind = Kind::Exercise;
        step.exercise = fields.string(QStringLiteral("exercise"));
        if (json.contains(QStringLiteral("dose"))) {
            step.overridesDose = true;
            step.dose = Dose::fromJson(json.value(QStringLiteral("dose")).toObject(), errors);
        }
        return step;
    }
    const QString kind =
        fields.oneOf(QStringLiteral("kind"), {QStringLiteral("heat"), QStringLiteral("cold"), QStringLiteral("rest")});
    step.kind = kind == QLatin1String("heat") ? Kind::Heat : kind == QLatin1String("cold") ? Kind::Cold : Kind::Rest;
    step.seconds = fields.number(QStringLiteral("seconds"), 0, 1, maxRestSeconds);
    if (step.seconds == 0) {
        errors->append(
            ContentRules::tr("%1 must be more than zero").arg(ContentRules::field(QStringLiteral("seconds"))));
    }
    step.maxSeconds = fields.number(QStringLiteral("maxSeconds"), step.seconds, 1, maxRestSeconds);
    step.text = fields.optionalString(QStringLiteral("text"));
    if (step.kind != Kind::Rest) {
        if (step.maxSeconds > thermalCapSeconds || step.seconds > thermalCapSeconds) {
            errors->append(ContentRules::tr("heat or cold may last at most 20 minutes"));
        }
    }
    if (step.seconds > step.maxSeconds) {
        errors->append(ContentRules::tr("%1 is more than %2")
                           .arg(ContentRules::field(QStringLiteral("seconds")),
                                ContentRules::field(QStringLiteral("maxSeconds"))));
    }
    return step;
}

const QStringList& Routine::places()
{
    static const QStringList keys{QStringLiteral("desk"), QStringLiteral("floor"), QStringLiteral("bed"),
                                  QStringLiteral("anywhere")};
    return keys;
}

const QStringList& Routine::roles()
{
    static const QStringList keys{QStringLiteral("desk-break"), QStringLiteral("gentle")};
    return keys;
}

Routine Routine::fromJson(const QJsonObject& json, QStringList* errors, ItemOrigin from)
{
    JsonFields fields(json, errors);
    Routine routine;
    routine.readBase(fields, from);
    const bool builtIn = !routine.own;
    routine.purpose =
        builtIn ? fields.paragraphs(QStringLiteral("purpose")) : fields.list(QStringLiteral("purpose"), false);
    routine.place = !builtIn && !json.contains(QStringLiteral("place"))
                        ? QStringLiteral("anywhere")
                        : fields.oneOf(QStringLiteral("place"), places());
    if (json.contains(QStringLiteral("role"))) {
        // The app finds the desk break and the gentle routine by role; only the built-in pack hands roles out.
        if (builtIn) {
            routine.role = fields.oneOf(QStringLiteral("role"), roles());
        } else {
            errors->append(ContentRules::tr("only built-in routines have a role"));
        }
    }
    routine.restSeconds = fields.number(QStringLiteral("restSeconds"), 0, 0, RoutineStep::maxRestSeconds);
    routine.exerciseCopies = json.value(QStringLiteral("exerciseCopies")).toObject();
    routine.techniques = fields.list(QStringLiteral("techniques"), false);
    routine.needs = fields.list(QStringLiteral("needs"), false);
    const QJsonArray steps = json.value(QStringLiteral("steps")).toArray();
    if (steps.isEmpty()) {
        errors->append(ContentRules::tr("a routine needs at least one step"));
    }
    if (steps.size() > maxSteps) {
        errors->append(ContentRules::tr("a routine may have at most %1 steps").arg(maxSteps));
        return routine;
    }
    for (const auto& step : steps) {
        QStringList stepErrors;
        routine.steps.append(RoutineStep::fromJson(step.toObject(), &stepErrors));
        for (const auto& error : stepErrors) {
            errors->append(ContentRules::tr("step %1: %2").arg(routine.steps.size()).arg(error));
        }
    }
    return routine;
}

} // namespace unknot
