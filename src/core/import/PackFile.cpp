#include "PackFile.h"

#include "ImportCollector.h"
#include "ImportText.h"
#include "JsonOutline.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

namespace unknot {

namespace {

constexpr double maxVersion = 1e6;
const QString formatName = QStringLiteral("unknot-pack");
const QString exercisesKey = QStringLiteral("exercises");
const QString routinesKey = QStringLiteral("routines");

} // namespace

ImportBatch PackFile::read(const QString& path, const ContentRules::Known& library)
{
    QByteArray bytes;
    ImportBatch refused;
    if (!ImportText::readFor(path, formatName, &bytes, &refused)) {
        return refused;
    }
    return parse(bytes, QFileInfo(path).fileName(), library);
}

ImportBatch PackFile::parse(const QByteArray& bytes, const QString& fileName, const ContentRules::Known& library)
{
    ImportBatch batch;
    batch.format = formatName;
    batch.file = fileName;
    JsonOutline outline;
    QJsonDocument document;
    if (!ImportText::parseJson(bytes, {exercisesKey, routinesKey}, &outline, &document, &batch)) {
        return batch;
    }
    const QJsonObject top = document.object();
    if (!document.isObject() || top.value(QStringLiteral("format")).toString() != formatName) {
        batch.refuse(tr("this is not an Unknot file: it does not say \"format\": \"unknot-pack\"."));
        return batch;
    }
    const QJsonValue versionValue = top.value(QStringLiteral("version"));
    const double fileVersion = versionValue.toDouble(0);
    // Checked as a double before any conversion: a number beyond int (found by fuzzing) is no version either.
    if (!versionValue.isDouble() || !(fileVersion >= 1 && fileVersion <= maxVersion) ||
        fileVersion != std::floor(fileVersion)) {
        batch.refuse(tr("this Unknot file does not say which version of the format it uses."));
        return batch;
    }
    if (fileVersion > version) {
        batch.refuse(tr("a newer Unknot made this file (format %1); this one reads up to %2. Update Unknot to "
                        "import it.")
                         .arg(static_cast<int>(fileVersion))
                         .arg(version));
        return batch;
    }
    for (const QString& key : {exercisesKey, routinesKey}) {
        if (top.contains(key) && !top.value(key).isArray()) {
            batch.refuse(tr("\"%1\" must be a list of items.").arg(key));
            return batch;
        }
    }
    ImportCollector collector(&batch, library);
    const QJsonArray exercises = top.value(exercisesKey).toArray();
    const QList<int> exerciseLines = outline.keyLines.value(exercisesKey);
    for (qsizetype i = 0; i < exercises.size(); ++i) {
        const int line = JsonOutline::lineOf(exerciseLines, i);
        if (!exercises.at(i).isObject()) {
            batch.note(tr("exercise %1").arg(i + 1), line, tr("left out: an exercise must be a JSON object"), true);
            continue;
        }
        collector.addExercise(exercises.at(i).toObject(), line);
    }
    const QJsonArray routines = top.value(routinesKey).toArray();
    const QList<int> routineLines = outline.keyLines.value(routinesKey);
    for (qsizetype i = 0; i < routines.size(); ++i) {
        const int line = JsonOutline::lineOf(routineLines, i);
        if (!routines.at(i).isObject()) {
            batch.note(tr("routine %1").arg(i + 1), line, tr("left out: a routine must be a JSON object"), true);
            continue;
        }
        QJsonObject routine = routines.at(i).toObject();
        if (routine.contains(QStringLiteral("role"))) {
            // The desk break and the gentle routine belong to the built-in library; a shared file cannot take them.
            batch.note(routine.value(QStringLiteral("name")).toString().left(200), line,
                       tr("its role \"%1\" is left out: only built-in routines have one")
                           .arg(routine.value(QStringLiteral("role")).toString().left(40)));
            routine.remove(QStringLiteral("role"));
        }
        collector.addRoutine(routine, line);
    }
    collector.finish();
    return batch;
}

QByteArray PackFile::write(const QList<QJsonObject>& exercises, const QList<QJsonObject>& routines)
{
    // QJsonObject sorts its keys; written by hand, "format" and "version" come first, where a person looks.
    const auto indented = [](const QList<QJsonObject>& items) {
        QJsonArray array;
        for (const QJsonObject& item : items) {
            array.append(item);
        }
        QByteArray text = QJsonDocument(array).toJson(QJsonDocument::Indented).trimmed();
        text.replace("\n", "\n    ");
        return text;
    };
    QByteArray out =
        "{\n    \"format\": \"" + formatName.toUtf8() + "\",\n    \"version\": " + QByteArray::number(version) +
        ",\n    \"exercises\": " + indented(exercises) + ",\n    \"routines\": " + indented(routines) + "\n}\n";
    return out;
}

} // namespace unknot
