#include "Exercise.h"

#include "ContentRules.h"

namespace unknot {

const QStringList& Exercise::positions()
{
    static const QStringList keys{QStringLiteral("floor"),    QStringLiteral("bed"),  QStringLiteral("chair"),
                                  QStringLiteral("standing"), QStringLiteral("wall"), QStringLiteral("any")};
    return keys;
}

Exercise Exercise::fromJson(const QJsonObject& json, QStringList* errors, ItemOrigin from)
{
    // Built-in exercises must say why they help and who should skip them; a person's own need not: their
    // physiotherapist or the file they came from may not say. Either way, what is there must be sound.
    JsonFields fields(json, errors);
    Exercise exercise;
    exercise.readBase(fields, from);
    const bool builtIn = !exercise.own;
    exercise.position = fields.oneOf(QStringLiteral("position"), positions());
    exercise.equipment = fields.optionalString(QStringLiteral("equipment"));
    exercise.steps = fields.paragraphs(QStringLiteral("steps"));
    if (!json.contains(QStringLiteral("dose"))) {
        errors->append(ContentRules::tr("it needs %1").arg(ContentRules::field(QStringLiteral("dose"))));
    } else {
        exercise.dose = Dose::fromJson(json.value(QStringLiteral("dose")).toObject(), errors);
    }
    exercise.muscles =
        builtIn ? fields.paragraphs(QStringLiteral("muscles")) : fields.list(QStringLiteral("muscles"), false);
    exercise.why = builtIn ? fields.paragraphs(QStringLiteral("why")) : fields.list(QStringLiteral("why"), false);
    exercise.askFirst =
        builtIn ? fields.paragraphs(QStringLiteral("askFirst")) : fields.list(QStringLiteral("askFirst"), false);
    exercise.cautionLine =
        builtIn ? fields.string(QStringLiteral("cautionLine")) : fields.optionalString(QStringLiteral("cautionLine"));
    if (exercise.cautionLine.size() > maxCautionLine) {
        errors->append(ContentRules::tr("%1 has %2 characters; the player has room for %3")
                           .arg(ContentRules::field(QStringLiteral("cautionLine")))
                           .arg(exercise.cautionLine.size())
                           .arg(maxCautionLine));
    }
    exercise.cautions = fields.list(QStringLiteral("cautions"), builtIn);
    if (json.contains(QStringLiteral("figure"))) {
        exercise.figure = Figure::fromJson(json.value(QStringLiteral("figure")).toObject(), exercise.dose, errors);
    }
    if (!builtIn) {
        exercise.otherMuscles = fields.list(QStringLiteral("otherMuscles"), false);
        exercise.images = ExerciseImage::listFromJson(json.value(QStringLiteral("images")), errors);
    }
    return exercise;
}

} // namespace unknot
