#include "ContentPack.h"

#include "ContentRules.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace unknot {

QString ContentError::toString() const
{
    QString text = file;
    if (!item.isEmpty()) {
        text += QStringLiteral(": item \"%1\"").arg(item);
    }
    return text + QStringLiteral(": ") + reason;
}

QString ContentPack::fileName(ItemKind kind)
{
    return ItemRef::kindKeyPlural(kind) + QStringLiteral(".json");
}

namespace {

const QString sourcesFile = QStringLiteral("sources.json");
const QString safetyFile = QStringLiteral("safety.json");
const QString figuresFile = QStringLiteral("figures.json");

QJsonDocument readJsonFile(const QString& path, const QString& name, QList<ContentError>* errors)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        errors->append({name, {}, QStringLiteral("cannot be read: %1").arg(file.errorString())});
        return {};
    }
    const QByteArray bytes = file.readAll();
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = static_cast<int>(bytes.left(parseError.offset).count('\n')) + 1;
        errors->append({name, {}, QStringLiteral("is not valid JSON at line %1: %2").arg(line).arg(parseError.errorString())});
    }
    return document;
}

template <typename Item>
void readItems(const QJsonArray& items, const QString& file, QList<Item>* out, QList<QJsonObject>* raw,
               QList<ContentError>* errors)
{
    for (int i = 0; i < items.size(); ++i) {
        const QJsonObject json = items.at(i).toObject();
        QStringList reasons;
        Item item = Item::fromJson(json, &reasons);
        const QString label = item.id.isEmpty() ? QStringLiteral("#%1").arg(i + 1) : item.id;
        for (const auto& reason : reasons) {
            errors->append({file, label, reason});
        }
        if (item.own) {
            // The flag would spare an item the built-in rules; the library's own files never carry it.
            errors->append({file, label, ContentRules::tr("\"own\" is only for a person's own items")});
        }
        out->append(item);
        raw->append(json);
    }
}

} // namespace

void ContentPack::readKind(ItemKind kind, const QJsonArray& items, QList<ContentError>* errors)
{
    const QString file = fileName(kind);
    QList<QJsonObject>* raw = &m_raw[static_cast<int>(kind)];
    switch (kind) {
    case ItemKind::Cause:
        readItems(items, file, &m_causes, raw, errors);
        break;
    case ItemKind::Muscle:
        readItems(items, file, &m_muscles, raw, errors);
        break;
    case ItemKind::Technique:
        readItems(items, file, &m_techniques, raw, errors);
        break;
    case ItemKind::Exercise:
        readItems(items, file, &m_exercises, raw, errors);
        break;
    case ItemKind::Routine:
        readItems(items, file, &m_routines, raw, errors);
        break;
    }
}

ContentPack ContentPack::fromDirectory(const QString& directory, QList<ContentError>* errors)
{
    QJsonObject merged;
    const QDir dir(directory);
    QStringList files{sourcesFile, safetyFile, figuresFile};
    for (ItemKind kind : ItemRef::allKinds) {
        files.append(fileName(kind));
    }
    for (const QString& name : files) {
        const QJsonDocument document = readJsonFile(dir.filePath(name), name, errors);
        const bool wantObject = name == safetyFile || name == figuresFile;
        if (document.isNull()) {
            continue;
        }
        if (wantObject ? !document.isObject() : !document.isArray()) {
            errors->append({name, {}, wantObject ? QStringLiteral("must hold one JSON object")
                                                 : QStringLiteral("must hold a JSON array of items")});
            continue;
        }
        QString key = name;
        key.chop(5);
        merged.insert(key, wantObject ? QJsonValue(document.object()) : QJsonValue(document.array()));
    }
    return fromJson(merged, errors);
}

ContentPack ContentPack::fromJson(const QJsonObject& pack, QList<ContentError>* errors)
{
    ContentPack content;
    content.m_rawSources = pack.value(QStringLiteral("sources")).toArray();
    for (const auto& value : content.m_rawSources) {
        const QJsonObject object = value.toObject();
        Source source{object.value(QStringLiteral("id")).toString(), object.value(QStringLiteral("kind")).toString(),
                      object.value(QStringLiteral("title")).toString()};
        if (source.id.isEmpty() || source.title.isEmpty()) {
            errors->append({sourcesFile, source.id, QStringLiteral("a source needs \"id\" and \"title\"")});
        }
        if (source.kind != QLatin1String("seed") && source.kind != QLatin1String("clinical")) {
            errors->append({sourcesFile, source.id, QStringLiteral("\"kind\" must be \"seed\" or \"clinical\"")});
        }
        content.m_sources.append(source);
    }
    for (ItemKind kind : ItemRef::allKinds) {
        QString key = fileName(kind);
        key.chop(5);
        content.readKind(kind, pack.value(key).toArray(), errors);
    }
    content.m_rawSafety = pack.value(QStringLiteral("safety")).toObject();
    QStringList reasons;
    content.m_safety = Safety::fromJson(content.m_rawSafety, &reasons);
    for (const auto& reason : reasons) {
        errors->append({safetyFile, {}, reason});
    }
    content.m_rawStills = pack.value(QStringLiteral("figures")).toObject();
    for (auto it = content.m_rawStills.begin(); it != content.m_rawStills.end(); ++it) {
        QStringList problems;
        content.m_stills.insert(it.key(), Figure::stillFromJson(it.value().toObject(), &problems));
        for (const auto& problem : problems) {
            errors->append({figuresFile, it.key(), problem});
        }
    }
    return content;
}

QJsonObject ContentPack::toJson() const
{
    QJsonObject pack;
    pack.insert(QStringLiteral("sources"), m_rawSources);
    pack.insert(QStringLiteral("safety"), m_rawSafety);
    pack.insert(QStringLiteral("figures"), m_rawStills);
    for (ItemKind kind : ItemRef::allKinds) {
        QJsonArray items;
        for (const auto& item : m_raw[static_cast<int>(kind)]) {
            items.append(item);
        }
        QString key = fileName(kind);
        key.chop(5);
        pack.insert(key, items);
    }
    return pack;
}

namespace {

/// Collects ids per kind and reports duplicates and malformed slugs.
template <typename Item>
QSet<QString> collectIds(const QList<Item>& items, const QString& file, QList<ContentError>* errors)
{
    QSet<QString> ids;
    for (const auto& item : items) {
        if (item.id.isEmpty()) {
            continue; // already reported as missing
        }
        if (const QString problem = ContentRules::slugProblem(item.id); !problem.isEmpty()) {
            errors->append({file, item.id, problem});
        }
        if (ids.contains(item.id)) {
            errors->append({file, item.id, ContentRules::tr("duplicate id")});
        }
        ids.insert(item.id);
    }
    return ids;
}

void addProblems(const QStringList& problems, const QString& file, const QString& item, QList<ContentError>* errors)
{
    for (const QString& problem : problems) {
        errors->append({file, item, problem});
    }
}

} // namespace

QList<ContentError> ContentPack::validate() const
{
    QList<ContentError> errors;
    const auto causeFile = fileName(ItemKind::Cause);
    const auto techniqueFile = fileName(ItemKind::Technique);
    const auto exerciseFile = fileName(ItemKind::Exercise);
    const auto routineFile = fileName(ItemKind::Routine);
    ContentRules::Known known;
    collectIds(m_causes, causeFile, &errors);
    known.muscles = collectIds(m_muscles, fileName(ItemKind::Muscle), &errors);
    known.techniques = collectIds(m_techniques, techniqueFile, &errors);
    known.exercises = collectIds(m_exercises, exerciseFile, &errors);
    collectIds(m_routines, routineFile, &errors);

    for (const auto& source : m_sources) {
        if (known.sources.contains(source.id)) {
            errors.append({sourcesFile, source.id, ContentRules::tr("duplicate id")});
        }
        known.sources.insert(source.id);
    }
    // Each item's rules are the same functions an import and the editor use (ContentRules).
    const auto check = [&](const QString& file, const QString& item, const auto& rule) {
        QStringList problems;
        rule(&problems);
        addProblems(problems, file, item, &errors);
    };
    for (const auto& cause : m_causes) {
        check(causeFile, cause.id, [&](QStringList* problems) {
            ContentRules::checkSources(cause.sources, known.sources, problems);
            ContentRules::checkRefs(cause.muscles, known.muscles, ItemKind::Muscle, problems);
            ContentRules::checkRefs(cause.techniques, known.techniques, ItemKind::Technique, problems);
            ContentRules::checkRefs(cause.exercises, known.exercises, ItemKind::Exercise, problems);
        });
    }
    for (const auto& muscle : m_muscles) {
        check(fileName(ItemKind::Muscle), muscle.id,
              [&](QStringList* problems) { ContentRules::checkSources(muscle.sources, known.sources, problems); });
    }
    for (const auto& technique : m_techniques) {
        check(techniqueFile, technique.id, [&](QStringList* problems) {
            ContentRules::checkSources(technique.sources, known.sources, problems);
            ContentRules::checkRefs(technique.muscles, known.muscles, ItemKind::Muscle, problems);
            ContentRules::checkRefs(technique.exercises, known.exercises, ItemKind::Exercise, problems);
        });
    }
    for (const auto& exercise : m_exercises) {
        check(exerciseFile, exercise.id, [&](QStringList* problems) {
            ContentRules::checkExercise(exercise, ItemOrigin::BuiltIn, known, problems);
        });
    }
    for (const QString& name : stillNames()) {
        if (!m_stills.contains(name)) {
            errors.append({figuresFile, name, QStringLiteral("the player needs this picture")});
        }
    }
    QSet<QString> roles;
    for (const auto& routine : m_routines) {
        if (!routine.role.isEmpty()) {
            if (roles.contains(routine.role)) {
                errors.append({routineFile, routine.id,
                               QStringLiteral("role \"%1\" is already taken by another routine").arg(routine.role)});
            }
            roles.insert(routine.role);
        }
    }
    for (const auto& routine : m_routines) {
        check(routineFile, routine.id, [&](QStringList* problems) {
            ContentRules::checkRoutine(routine, ItemOrigin::BuiltIn, known, problems);
        });
    }
    QStringList safetyProblems;
    ContentRules::checkSources(m_safety.sources, known.sources, &safetyProblems);
    addProblems(safetyProblems, safetyFile, {}, &errors);
    QSet<QString> flagIds;
    for (const RedFlag& flag : m_safety.redFlags) {
        QStringList problems;
        ContentRules::checkSources(flag.sources, known.sources, &problems);
        addProblems(problems, safetyFile, flag.id, &errors);
        if (flagIds.contains(flag.id)) {
            errors.append({safetyFile, flag.id, QStringLiteral("duplicate red flag id")});
        }
        flagIds.insert(flag.id);
    }
    return errors;
}

const QStringList& ContentPack::stillNames()
{
    static const QStringList names{QStringLiteral("heat"), QStringLiteral("cold"), QStringLiteral("rest")};
    return names;
}

const Exercise* ContentPack::exercise(const QString& id) const
{
    for (const auto& exercise : m_exercises) {
        if (exercise.id == id) {
            return &exercise;
        }
    }
    return nullptr;
}

int ContentPack::estimatedSeconds(const Routine& routine) const
{
    return routineSeconds(routine, [this](const QString& id) -> const Dose* {
        const Exercise* found = exercise(id);
        return found ? &found->dose : nullptr;
    });
}

int routineSeconds(const Routine& routine, const std::function<const Dose*(const QString&)>& doseOf)
{
    int total = 0;
    for (int i = 0; i < routine.steps.size(); ++i) {
        const RoutineStep& step = routine.steps.at(i);
        if (step.kind == RoutineStep::Kind::Exercise) {
            const Dose* dose = step.overridesDose ? &step.dose : doseOf(step.exercise);
            total += dose ? dose->estimatedSeconds() : 0;
        } else {
            total += step.seconds;
        }
        // A rest goes between two steps unless one of them is already an explicit rest.
        if (i > 0 && step.kind != RoutineStep::Kind::Rest
            && routine.steps.at(i - 1).kind != RoutineStep::Kind::Rest) {
            total += routine.restSeconds;
        }
    }
    return total;
}

} // namespace unknot
