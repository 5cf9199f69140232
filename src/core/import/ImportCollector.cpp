#include "ImportCollector.h"

#include "ImportLimits.h"

#include <QJsonArray>
#include <QLocale>

namespace unknot {

ImportCollector::ImportCollector(ImportBatch* batch, const ContentRules::Known& library)
    : m_batch(batch)
    , m_known(library)
{
}

QString ImportCollector::label(const QJsonObject& json) const
{
    const QString name = json.value(QStringLiteral("name")).toString().simplified();
    return name.isEmpty() ? json.value(QStringLiteral("id")).toString().left(ImportLimits::maxIdChars) : name.left(200);
}

void ImportCollector::skip(const QString& item, int line, const QStringList& reasons)
{
    for (const QString& reason : reasons) {
        m_batch->note(item, line, tr("left out: %1").arg(reason), true);
    }
}

bool ImportCollector::newId(QSet<QString>* ids, const QJsonObject& json, int line)
{
    const QString id = json.value(QStringLiteral("id")).toString();
    if (id.isEmpty() || !ids->contains(id)) {
        return true;
    }
    m_batch->note(label(json), line, tr("left out: an earlier item in this file has the same id \"%1\"").arg(id), true);
    return false;
}

QJsonValue ImportCollector::capped(const QJsonValue& value, const QString& field, const QString& item, int line,
                                   int depth)
{
    if (value.isString()) {
        // The rules read ids, references and texts trimmed; the body stored must say the same ("chin-nods ", kept
        // as written, would pass as "chin-nods" and then match nothing).
        QString text = value.toString();
        if (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace())) {
            text = text.trimmed();
        }
        if (text.size() <= ImportLimits::maxFieldChars) {
            return text;
        }
        m_batch->note(
            item, line,
            tr("\"%1\" was cut to %2 characters").arg(field, QLocale().toString(ImportLimits::maxFieldChars)));
        return text.left(ImportLimits::maxFieldChars);
    }
    if (depth > 8) {
        return value; // deeper than any field of the format: the rules refuse it anyway
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonValue entry = array.at(i);
            if (entry.isString() || entry.isArray() || entry.isObject()) {
                array.replace(i, capped(entry, field, item, line, depth + 1));
            }
        }
        return array;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QJsonValue entry = it.value();
            if (entry.isString() || entry.isArray() || entry.isObject()) {
                it.value() = capped(entry, it.key(), item, line, depth + 1);
            }
        }
        return object;
    }
    return value;
}

void ImportCollector::capTexts(QJsonObject* json, const QString& item, int line)
{
    *json = capped(*json, {}, item, line, 0).toObject();
}

void ImportCollector::addExercise(QJsonObject json, int line)
{
    const QString item = label(json);
    capTexts(&json, item, line);
    if (!newId(&m_exerciseIds, json, line)) {
        return;
    }
    QStringList problems;
    const Exercise exercise = ContentRules::readExercise(json, ItemOrigin::Own, m_known, &problems);
    if (!problems.isEmpty()) {
        skip(item, line, problems);
        return;
    }
    m_exerciseIds.insert(exercise.id);
    m_batch->exercises.append(json);
    m_batch->exerciseLines.append(line);
}

void ImportCollector::addRoutine(QJsonObject json, int line)
{
    capTexts(&json, label(json), line);
    if (!newId(&m_routineIds, json, line)) {
        return;
    }
    m_routineIds.insert(json.value(QStringLiteral("id")).toString());
    m_pendingRoutines.append(json);
    m_pendingLines.append(line);
}

void ImportCollector::finish()
{
    ContentRules::Known known = m_known;
    known.exercises.unite(m_exerciseIds);
    for (qsizetype i = 0; i < m_pendingRoutines.size(); ++i) {
        const QJsonObject& json = m_pendingRoutines.at(i);
        QStringList problems;
        ContentRules::readRoutine(json, ItemOrigin::Own, known, &problems);
        if (!problems.isEmpty()) {
            skip(label(json), m_pendingLines.at(i), problems);
            continue;
        }
        m_batch->routines.append(json);
        m_batch->routineLines.append(m_pendingLines.at(i));
    }
    m_pendingRoutines.clear();
    m_pendingLines.clear();
}

} // namespace unknot
