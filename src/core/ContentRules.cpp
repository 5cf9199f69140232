#include "ContentRules.h"

#include <QHash>
#include <QRegularExpression>

namespace unknot {

QString ContentRules::field(const QString& key)
{
    // The words the editors' labels use, so a reason points at the box to fix.
    static const QHash<QString, const char*> plain{
        {QStringLiteral("name"), QT_TR_NOOP("the name")},
        {QStringLiteral("summary"), QT_TR_NOOP("the summary")},
        {QStringLiteral("steps"), QT_TR_NOOP("the instructions")},
        {QStringLiteral("why"), QT_TR_NOOP("the reason it helps")},
        {QStringLiteral("cautions"), QT_TR_NOOP("the cautions")},
        {QStringLiteral("cautionLine"), QT_TR_NOOP("the short caution")},
        {QStringLiteral("position"), QT_TR_NOOP("the position")},
        {QStringLiteral("equipment"), QT_TR_NOOP("the equipment")},
        {QStringLiteral("muscles"), QT_TR_NOOP("the muscles it works")},
        {QStringLiteral("otherMuscles"), QT_TR_NOOP("the other muscles")},
        {QStringLiteral("origin"), QT_TR_NOOP("where it came from")},
        {QStringLiteral("dose"), QT_TR_NOOP("the dose")},
        {QStringLiteral("reps"), QT_TR_NOOP("the number of times")},
        {QStringLiteral("seconds"), QT_TR_NOOP("the time")},
        {QStringLiteral("maxSeconds"), QT_TR_NOOP("the longest it may run")},
        {QStringLiteral("holdSeconds"), QT_TR_NOOP("the hold at the top")},
        {QStringLiteral("upSeconds"), QT_TR_NOOP("the lift")},
        {QStringLiteral("downSeconds"), QT_TR_NOOP("the lowering")},
        {QStringLiteral("contractSeconds"), QT_TR_NOOP("the contraction")},
        {QStringLiteral("relaxSeconds"), QT_TR_NOOP("the relaxing")},
        {QStringLiteral("sets"), QT_TR_NOOP("the sets")},
        {QStringLiteral("text"), QT_TR_NOOP("the words for the dose")},
        {QStringLiteral("restSeconds"), QT_TR_NOOP("the rest between steps")},
        {QStringLiteral("exercise"), QT_TR_NOOP("the exercise")},
        {QStringLiteral("purpose"), QT_TR_NOOP("the purpose")},
        {QStringLiteral("place"), QT_TR_NOOP("the place")},
    };
    const auto found = plain.constFind(key);
    return found != plain.constEnd() ? tr(*found) : QLatin1Char('"') + key + QLatin1Char('"');
}

bool ContentRules::isSlug(const QString& id)
{
    static const QRegularExpression slug(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return slug.match(id).hasMatch();
}

QString ContentRules::slugProblem(const QString& id)
{
    return id.isEmpty() || isSlug(id) ? QString() : tr("id must use only a-z, 0-9 and single dashes");
}

void ContentRules::checkRefs(const QStringList& refs, const QSet<QString>& known, ItemKind kind, QStringList* problems)
{
    for (const QString& ref : refs) {
        if (known.contains(ref)) {
            continue;
        }
        switch (kind) {
        case ItemKind::Muscle:
            problems->append(tr("refers to muscle \"%1\", which does not exist").arg(ref));
            break;
        case ItemKind::Technique:
            problems->append(tr("refers to technique \"%1\", which does not exist").arg(ref));
            break;
        case ItemKind::Exercise:
            problems->append(tr("refers to exercise \"%1\", which does not exist").arg(ref));
            break;
        case ItemKind::Cause:
        case ItemKind::Routine:
            problems->append(tr("refers to \"%1\", which does not exist").arg(ref));
            break;
        }
    }
}

void ContentRules::checkSources(const QStringList& ids, const QSet<QString>& known, QStringList* problems)
{
    for (const QString& id : ids) {
        if (!known.contains(id)) {
            problems->append(tr("source \"%1\" is not listed in sources.json").arg(id));
        }
    }
}

void ContentRules::checkExercise(const Exercise& exercise, ItemOrigin from, const Known& known, QStringList* problems)
{
    // An own exercise may name no muscle: a Workrave file names none, and a guess would be worse than nothing.
    if (from == ItemOrigin::BuiltIn) {
        checkSources(exercise.sources, known.sources, problems);
        if (exercise.muscles.isEmpty()) {
            problems->append(tr("an exercise must work at least one muscle"));
        }
    }
    checkRefs(exercise.muscles, known.muscles, ItemKind::Muscle, problems);
    // Own exercises may have no figure: the player then shows none.
    if (from == ItemOrigin::BuiltIn && exercise.figure.isEmpty()) {
        problems->append(tr("every exercise needs a \"figure\" to draw it"));
    }
}

void ContentRules::checkRoutine(const Routine& routine, ItemOrigin from, const Known& known, QStringList* problems)
{
    if (from == ItemOrigin::BuiltIn) {
        checkSources(routine.sources, known.sources, problems);
    }
    checkRefs(routine.techniques, known.techniques, ItemKind::Technique, problems);
    for (int i = 0; i < routine.steps.size(); ++i) {
        const RoutineStep& step = routine.steps.at(i);
        if (step.kind == RoutineStep::Kind::Exercise && !known.exercises.contains(step.exercise)) {
            problems->append(
                tr("step %1 refers to exercise \"%2\", which does not exist").arg(i + 1).arg(step.exercise));
        }
    }
}

Exercise ContentRules::readExercise(const QJsonObject& json, ItemOrigin from, const Known& known, QStringList* problems)
{
    Exercise exercise = Exercise::fromJson(json, problems, from);
    if (const QString slug = slugProblem(exercise.id); !slug.isEmpty()) {
        problems->append(slug);
    }
    checkExercise(exercise, from, known, problems);
    return exercise;
}

Routine ContentRules::readRoutine(const QJsonObject& json, ItemOrigin from, const Known& known, QStringList* problems)
{
    Routine routine = Routine::fromJson(json, problems, from);
    if (const QString slug = slugProblem(routine.id); !slug.isEmpty()) {
        problems->append(slug);
    }
    checkRoutine(routine, from, known, problems);
    return routine;
}

} // namespace unknot
