#include "FreeExerciseDbImport.h"

#include "ImportCollector.h"
#include "ImportLimits.h"
#include "ImportText.h"
#include "JsonOutline.h"
#include "MuscleNames.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace unknot {

namespace {

const QString formatName = QStringLiteral("free-exercise-db");

QJsonObject doseFor(const QString& category)
{
    if (category == QLatin1String("stretching")) {
        const int s = FreeExerciseDbImport::stretchSeconds;
        return {{QStringLiteral("kind"), QStringLiteral("timed")},
                {QStringLiteral("seconds"), QJsonObject{{QStringLiteral("min"), s}, {QStringLiteral("max"), s}}},
                {QStringLiteral("text"), FreeExerciseDbImport::tr("Hold for %n second(s)", nullptr, s)},
                {QStringLiteral("fromSeed"), false},
                {QStringLiteral("notFromSeed"),
                 FreeExerciseDbImport::tr("The source gives no time; %n second(s) is a gentle start.", nullptr, s)}};
    }
    return {{QStringLiteral("kind"), QStringLiteral("reps")},
            {QStringLiteral("reps"), QJsonObject{{QStringLiteral("min"), FreeExerciseDbImport::repsMin},
                                                 {QStringLiteral("max"), FreeExerciseDbImport::repsMax}}},
            {QStringLiteral("text"), FreeExerciseDbImport::tr("%1 to %2 slow reps")
                                         .arg(FreeExerciseDbImport::repsMin)
                                         .arg(FreeExerciseDbImport::repsMax)},
            {QStringLiteral("fromSeed"), false},
            {QStringLiteral("notFromSeed"),
             FreeExerciseDbImport::tr("The source gives no dose; %1 to %2 slow reps is a gentle start.")
                 .arg(FreeExerciseDbImport::repsMin)
                 .arg(FreeExerciseDbImport::repsMax)}};
}

/// Muscle names of both lists, matched to library ids; the unmatched stay as text with a note each.
void addMuscles(const QJsonObject& source, const ContentRules::Known& library, const QString& item, int line,
                QJsonObject* json, ImportBatch* batch)
{
    QJsonArray ids;
    QJsonArray others;
    QStringList seen;
    for (const QString& key : {QStringLiteral("primaryMuscles"), QStringLiteral("secondaryMuscles")}) {
        const QJsonArray names = source.value(key).toArray();
        for (qsizetype i = 0; i < std::min<qsizetype>(names.size(), 50); ++i) {
            const QString name = names.at(i).toString().simplified().left(100);
            if (name.isEmpty() || seen.contains(name, Qt::CaseInsensitive)) {
                continue;
            }
            seen.append(name);
            bool matched = false;
            for (const QString& id : MuscleNames::match(name)) {
                if (library.muscles.contains(id)) {
                    matched = true;
                    if (!ids.contains(id)) {
                        ids.append(id);
                    }
                }
            }
            if (!matched) {
                others.append(name);
                batch->note(item, line,
                            FreeExerciseDbImport::tr("the muscle \"%1\" matches none of the library's; it is kept "
                                                     "as text")
                                .arg(name));
            }
        }
    }
    json->insert(QStringLiteral("muscles"), ids);
    if (!others.isEmpty()) {
        json->insert(QStringLiteral("otherMuscles"), others);
    }
}

QJsonObject toExercise(const QJsonObject& source, const QString& fileName, const ContentRules::Known& library, int line,
                       ImportBatch* batch)
{
    const QString name = source.value(QStringLiteral("name")).toString().simplified();
    QJsonObject json;
    json.insert(QStringLiteral("id"), ImportText::slugify(name, QStringLiteral("exercise")));
    json.insert(QStringLiteral("name"), name);
    QJsonArray steps;
    for (const QJsonValue& step : source.value(QStringLiteral("instructions")).toArray()) {
        const QString text = step.toString().simplified();
        if (!text.isEmpty()) {
            steps.append(text);
        }
    }
    if (!steps.isEmpty()) {
        const QStringList first = ImportText::sentences(steps.first().toString().left(ImportLimits::maxFieldChars));
        if (!first.isEmpty()) {
            json.insert(QStringLiteral("summary"), first.first());
        }
    }
    json.insert(QStringLiteral("steps"), steps);
    const QString level = source.value(QStringLiteral("level")).toString().simplified().left(40);
    json.insert(QStringLiteral("origin"),
                level.isEmpty()
                    ? FreeExerciseDbImport::tr("Imported from free-exercise-db: %1").arg(fileName)
                    : FreeExerciseDbImport::tr("Imported from free-exercise-db: %1 (level: %2)").arg(fileName, level));
    json.insert(QStringLiteral("position"), QStringLiteral("any"));
    // "body only" and "other" name no equipment worth listing.
    const QString equipment = source.value(QStringLiteral("equipment")).toString().simplified();
    if (!equipment.isEmpty() && equipment != QLatin1String("body only") && equipment != QLatin1String("other")) {
        json.insert(QStringLiteral("equipment"), equipment);
    }
    json.insert(QStringLiteral("dose"), doseFor(source.value(QStringLiteral("category")).toString()));
    addMuscles(source, library, name, line, &json, batch);
    return json;
}

} // namespace

ImportBatch FreeExerciseDbImport::read(const QString& path, const ContentRules::Known& library)
{
    QByteArray bytes;
    ImportBatch refused;
    if (!ImportText::readFor(path, formatName, &bytes, &refused)) {
        return refused;
    }
    return parse(bytes, QFileInfo(path).fileName(), library);
}

ImportBatch FreeExerciseDbImport::parse(const QByteArray& bytes, const QString& fileName,
                                        const ContentRules::Known& library)
{
    ImportBatch batch;
    batch.format = formatName;
    batch.file = fileName;
    JsonOutline outline;
    QJsonDocument document;
    if (!ImportText::parseJson(bytes, {}, &outline, &document, &batch)) {
        return batch;
    }
    if (!document.isArray()) {
        batch.refuse(tr("this is not a free-exercise-db file: it holds no list of exercises."));
        return batch;
    }
    const QJsonArray items = document.array();
    ImportCollector collector(&batch, library);
    bool anyExercise = false;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const int line = JsonOutline::lineOf(outline.lines, i);
        const QJsonObject source = items.at(i).toObject();
        if (!source.value(QStringLiteral("name")).isString() ||
            source.value(QStringLiteral("name")).toString().simplified().isEmpty()) {
            batch.note(tr("exercise %1").arg(i + 1), line, tr("left out: it has no \"name\""), true);
            continue;
        }
        anyExercise = true;
        collector.addExercise(toExercise(source, fileName, library, line, &batch), line);
    }
    collector.finish();
    if (!anyExercise && !items.isEmpty()) {
        batch.refuse(tr("this is not a free-exercise-db file: none of its items has a \"name\"."));
    }
    if (!batch.refused() && !items.isEmpty()) {
        batch.note({}, 0, tr("Pictures are not imported: Unknot draws its own."));
    }
    return batch;
}

} // namespace unknot
