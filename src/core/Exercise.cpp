#include "Exercise.h"

namespace unknot {

const QStringList& Exercise::positions()
{
    static const QStringList keys{QStringLiteral("floor"),    QStringLiteral("bed"),  QStringLiteral("chair"),
                                  QStringLiteral("standing"), QStringLiteral("wall"), QStringLiteral("any")};
    return keys;
}

Exercise Exercise::fromJson(const QJsonObject& json, QStringList* errors)
{
    JsonFields fields(json, errors);
    Exercise exercise;
    exercise.readBase(fields);
    exercise.position = fields.oneOf(QStringLiteral("position"), positions());
    exercise.equipment = fields.optionalString(QStringLiteral("equipment"));
    exercise.steps = fields.paragraphs(QStringLiteral("steps"));
    if (!json.contains(QStringLiteral("dose"))) {
        errors->append(QStringLiteral("missing \"dose\""));
    } else {
        exercise.dose = Dose::fromJson(json.value(QStringLiteral("dose")).toObject(), errors);
    }
    const bool own = exercise.own; // own exercises may leave out what only the library's pages must say
    exercise.muscles =
        own ? fields.list(QStringLiteral("muscles"), false) : fields.paragraphs(QStringLiteral("muscles"));
    exercise.otherMuscles = fields.list(QStringLiteral("otherMuscles"), false);
    exercise.why = own ? fields.list(QStringLiteral("why"), false) : fields.paragraphs(QStringLiteral("why"));
    exercise.askFirst =
        own ? fields.list(QStringLiteral("askFirst"), false) : fields.paragraphs(QStringLiteral("askFirst"));
    exercise.cautionLine =
        own ? fields.optionalString(QStringLiteral("cautionLine")) : fields.string(QStringLiteral("cautionLine"));
    if (exercise.cautionLine.size() > maxCautionLine) {
        errors->append(QStringLiteral("\"cautionLine\" has %1 characters; the player has room for %2")
                           .arg(exercise.cautionLine.size())
                           .arg(maxCautionLine));
    }
    exercise.cautions = fields.list(QStringLiteral("cautions"), !own);
    if (json.contains(QStringLiteral("figure"))) {
        exercise.figure = Figure::fromJson(json.value(QStringLiteral("figure")).toObject(), exercise.dose, errors);
    }
    return exercise;
}

} // namespace unknot
