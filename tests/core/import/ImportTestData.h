#pragma once

// Shared by the import tests: the shipped library's ids, own items in their JSON form, notes to search.
#include "ContentPack.h"
#include "ContentRules.h"
#include "ImportBatch.h"

#include <QJsonArray>
#include <QJsonObject>

namespace importtest {

/// The ids of the shipped library, as storage would hand them to an importer.
inline const unknot::ContentRules::Known& library()
{
    static const unknot::ContentRules::Known known = [] {
        QList<unknot::ContentError> errors;
        const auto pack = unknot::ContentPack::fromDirectory(QStringLiteral(UNKNOT_CONTENT_DIR), &errors);
        unknot::ContentRules::Known ids;
        for (const auto& muscle : pack.muscles()) {
            ids.muscles.insert(muscle.id);
        }
        for (const auto& technique : pack.techniques()) {
            ids.techniques.insert(technique.id);
        }
        for (const auto& exercise : pack.exercises()) {
            ids.exercises.insert(exercise.id);
        }
        return ids;
    }();
    return known;
}

/// A small own exercise that keeps every rule.
inline QJsonObject ownExercise(const QString& id, const QString& name)
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("origin"), QStringLiteral("from my physiotherapist")},
        {QStringLiteral("position"), QStringLiteral("chair")},
        {QStringLiteral("steps"), QJsonArray{QStringLiteral("Sit tall."), QStringLiteral("Draw your shoulders back.")}},
        {QStringLiteral("muscles"), QJsonArray{QStringLiteral("rhomboids")}},
        {QStringLiteral("otherMuscles"), QJsonArray{QStringLiteral("deltoids")}},
        {QStringLiteral("dose"),
         QJsonObject{{QStringLiteral("kind"), QStringLiteral("reps")},
                     {QStringLiteral("reps"), QJsonObject{{QStringLiteral("min"), 8}, {QStringLiteral("max"), 10}}},
                     {QStringLiteral("holdSeconds"), 2},
                     {QStringLiteral("text"), QStringLiteral("8 to 10 squeezes")}}}};
}

inline QJsonObject ownRoutine(const QString& id, const QStringList& exercises)
{
    QJsonArray steps;
    for (const QString& exercise : exercises) {
        steps.append(QJsonObject{{QStringLiteral("exercise"), exercise}});
    }
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), QStringLiteral("My desk three")},
                       {QStringLiteral("place"), QStringLiteral("desk")},
                       {QStringLiteral("restSeconds"), 10},
                       {QStringLiteral("steps"), steps}};
}

/// The notes that mention text, joined for INFO.
inline QString notesText(const unknot::ImportBatch& batch)
{
    QStringList lines;
    for (const auto& note : batch.notes) {
        lines.append(QStringLiteral("%1 (line %2)%3: %4")
                         .arg(note.item)
                         .arg(note.line)
                         .arg(note.skipped ? QStringLiteral(" skipped") : QString())
                         .arg(note.reason));
    }
    return batch.fatal + u'\n' + lines.join(u'\n');
}

inline bool hasNote(const unknot::ImportBatch& batch, const QString& item, const QString& part, bool skipped)
{
    for (const auto& note : batch.notes) {
        if (note.item == item && note.reason.contains(part) && note.skipped == skipped) {
            return true;
        }
    }
    return false;
}

} // namespace importtest
