#include "ContentPack.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
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
    static const QRegularExpression slug(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    QSet<QString> ids;
    for (const auto& item : items) {
        if (item.id.isEmpty()) {
            continue; // already reported as missing
        }
        if (!slug.match(item.id).hasMatch()) {
            errors->append({file, item.id, QStringLiteral("id must use only a-z, 0-9 and single dashes")});
        }
        if (ids.contains(item.id)) {
            errors->append({file, item.id, QStringLiteral("duplicate id")});
        }
        ids.insert(item.id);
    }
    return ids;
}

void checkRefs(const QStringList& refs, const QSet<QString>& known, ItemKind target, const QString& file,
               const QString& item, QList<ContentError>* errors)
{
    for (const auto& ref : refs) {
        if (!known.contains(ref)) {
            errors->append({file, item,
                            QStringLiteral("refers to %1 \"%2\", which does not exist in %3")
                                .arg(ItemRef::kindKey(target), ref, ContentPack::fileName(target))});
        }
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
    collectIds(m_causes, causeFile, &errors);
    const QSet<QString> muscles = collectIds(m_muscles, fileName(ItemKind::Muscle), &errors);
    const QSet<QString> techniques = collectIds(m_techniques, techniqueFile, &errors);
    const QSet<QString> exercises = collectIds(m_exercises, exerciseFile, &errors);
    collectIds(m_routines, routineFile, &errors);

    QSet<QString> sources;
    for (const auto& source : m_sources) {
        if (sources.contains(source.id)) {
            errors.append({sourcesFile, source.id, QStringLiteral("duplicate id")});
        }
        sources.insert(source.id);
    }
    const auto checkSources = [&](const QStringList& ids, const QString& file, const QString& item) {
        for (const QString& id : ids) {
            if (!sources.contains(id)) {
                errors.append({file, item, QStringLiteral("source \"%1\" is not listed in sources.json").arg(id)});
            }
        }
    };
    const auto checkSource = [&](const ItemBase& item, const QString& file) { checkSources(item.sources, file, item.id); };

    for (const auto& cause : m_causes) {
        checkSource(cause, causeFile);
        checkRefs(cause.muscles, muscles, ItemKind::Muscle, causeFile, cause.id, &errors);
        checkRefs(cause.techniques, techniques, ItemKind::Technique, causeFile, cause.id, &errors);
        checkRefs(cause.exercises, exercises, ItemKind::Exercise, causeFile, cause.id, &errors);
    }
    for (const auto& muscle : m_muscles) {
        checkSource(muscle, fileName(ItemKind::Muscle));
    }
    for (const auto& technique : m_techniques) {
        checkSource(technique, techniqueFile);
        checkRefs(technique.muscles, muscles, ItemKind::Muscle, techniqueFile, technique.id, &errors);
        checkRefs(technique.exercises, exercises, ItemKind::Exercise, techniqueFile, technique.id, &errors);
    }
    for (const auto& exercise : m_exercises) {
        checkSource(exercise, exerciseFile);
        if (exercise.muscles.isEmpty()) {
            errors.append({exerciseFile, exercise.id, QStringLiteral("an exercise must work at least one muscle")});
        }
        checkRefs(exercise.muscles, muscles, ItemKind::Muscle, exerciseFile, exercise.id, &errors);
        if (exercise.figure.isEmpty()) {
            errors.append({exerciseFile, exercise.id, QStringLiteral("every exercise needs a \"figure\" to draw it")});
        }
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
        checkSource(routine, routineFile);
        checkRefs(routine.techniques, techniques, ItemKind::Technique, routineFile, routine.id, &errors);
        for (int i = 0; i < routine.steps.size(); ++i) {
            const RoutineStep& step = routine.steps.at(i);
            if (step.kind == RoutineStep::Kind::Exercise && !exercises.contains(step.exercise)) {
                errors.append({routineFile, routine.id,
                               QStringLiteral("step %1 refers to exercise \"%2\", which does not exist in %3")
                                   .arg(i + 1)
                                   .arg(step.exercise, exerciseFile)});
            }
        }
    }
    checkSources(m_safety.sources, safetyFile, {});
    QSet<QString> flagIds;
    for (const RedFlag& flag : m_safety.redFlags) {
        checkSources(flag.sources, safetyFile, flag.id);
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
