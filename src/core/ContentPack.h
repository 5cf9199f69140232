#pragma once

#include "Cause.h"
#include "Exercise.h"
#include "ItemRef.h"
#include "Muscle.h"
#include "Routine.h"
#include "Safety.h"
#include "Technique.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>

#include <functional>

namespace unknot {

/// One problem found in content: which file, which item, and why.
struct ContentError {
    QString file;
    QString item;
    QString reason;

    QString toString() const;
};

/// The whole built-in library, parsed from JSON and checked for consistency.
class ContentPack {
public:
    /// Reads the per-kind files of a content directory (see docs/content-format.md).
    static ContentPack fromDirectory(const QString& directory, QList<ContentError>* errors);
    /// Reads the merged form written by toJson().
    static ContentPack fromJson(const QJsonObject& pack, QList<ContentError>* errors);
    /// The merged form: one object with an array per kind, items as authored.
    QJsonObject toJson() const;
    /// Cross-checks ids and references; empty when the pack is sound.
    QList<ContentError> validate() const;

    /// File name a kind is authored in, e.g. "muscles.json".
    static QString fileName(ItemKind kind);

    const QList<Source>& sources() const { return m_sources; }
    const QList<Cause>& causes() const { return m_causes; }
    const QList<Muscle>& muscles() const { return m_muscles; }
    const QList<Technique>& techniques() const { return m_techniques; }
    const QList<Exercise>& exercises() const { return m_exercises; }
    const QList<Routine>& routines() const { return m_routines; }
    const Safety& safety() const { return m_safety; }
    /// Pictures for steps that are not exercises, by name (see stillNames()).
    const QMap<QString, Figure>& stills() const { return m_stills; }
    /// The still pictures a pack must have: "heat", "cold", "rest".
    static const QStringList& stillNames();
    /// The item as authored, for storing beside its parsed fields.
    QJsonObject rawItem(ItemKind kind, int index) const { return m_raw[static_cast<int>(kind)].at(index); }

    const Exercise* exercise(const QString& id) const;
    /// Estimated seconds for a routine: every step at the top of its range, plus rests.
    int estimatedSeconds(const Routine& routine) const;

private:
    void readKind(ItemKind kind, const QJsonArray& items, QList<ContentError>* errors);

    QList<Source> m_sources;
    QList<Cause> m_causes;
    QList<Muscle> m_muscles;
    QList<Technique> m_techniques;
    QList<Exercise> m_exercises;
    QList<Routine> m_routines;
    Safety m_safety;
    QMap<QString, Figure> m_stills;
    QJsonObject m_rawStills;
    QJsonArray m_rawSources;
    QJsonObject m_rawSafety;
    QList<QJsonObject> m_raw[5];
};

/// Seconds a routine takes with its own rests, given a way to find each exercise's dose.
int routineSeconds(const Routine& routine, const std::function<const Dose*(const QString&)>& doseOf);

} // namespace unknot
