#pragma once

#include "Exercise.h"
#include "ItemOrigin.h"
#include "ItemRef.h"
#include "Routine.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

namespace unknot {

/// The rules an exercise or routine must keep, one set for the built-in pack at build time, an import at run time
/// and the editor's form, with one set of messages (context "ContentRules", so every reason is translated).
/// Exercise::fromJson and Routine::fromJson check each field's shape; these check what an item names elsewhere.
class ContentRules {
    Q_DECLARE_TR_FUNCTIONS(ContentRules)

public:
    /// The ids an item may refer to: the library's, plus for an import the items of the same file.
    struct Known {
        QSet<QString> muscles;
        QSet<QString> techniques;
        QSet<QString> exercises;
        QSet<QString> sources; ///< built-in items only
    };

    /// How a field of an item is named in a reason: in plain words for the fields a person fills in ("the hold at
    /// the top"), else the file's key in quotes.
    static QString field(const QString& key);

    /// True for a slug: a-z, 0-9 and single dashes, neither first nor last.
    static bool isSlug(const QString& id);
    /// The reason an id is not a slug, or empty.
    static QString slugProblem(const QString& id);

    /// What an exercise names: its muscles (at least one for a built-in exercise), its sources (built-in only) and,
    /// built-in only, a figure to draw it with.
    static void checkExercise(const Exercise& exercise, ItemOrigin from, const Known& known, QStringList* problems);
    /// What a routine names: the exercise of each step, its techniques and (built-in only) its sources.
    static void checkRoutine(const Routine& routine, ItemOrigin from, const Known& known, QStringList* problems);
    /// Each of refs that is not known, as "refers to muscle "x", which does not exist".
    static void checkRefs(const QStringList& refs, const QSet<QString>& known, ItemKind kind, QStringList* problems);
    static void checkSources(const QStringList& ids, const QSet<QString>& known, QStringList* problems);

    /// Exercise::fromJson, the id's slug and checkExercise together: every problem of one item at once.
    static Exercise readExercise(const QJsonObject& json, ItemOrigin from, const Known& known, QStringList* problems);
    /// Routine::fromJson, the id's slug and checkRoutine together.
    static Routine readRoutine(const QJsonObject& json, ItemOrigin from, const Known& known, QStringList* problems);
};

} // namespace unknot
