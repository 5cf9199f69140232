#pragma once

#include "ContentRules.h"
#include "ImportBatch.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

namespace unknot {

/// Takes an importer's items one by one and lets into the batch only those that keep the own-item rules
/// (ContentRules, the same the pack and the editor keep): texts over the limit are cut, a second item with the same
/// id is skipped, an item that breaks a rule is skipped with every reason. Routines are checked in finish(), once
/// all the file's exercises are known, so a step may name an exercise that comes later in the file.
class ImportCollector {
    Q_DECLARE_TR_FUNCTIONS(ImportCollector)

public:
    /// library: the ids already there (built-in and the person's own); an import may refer to them.
    ImportCollector(ImportBatch* batch, const ContentRules::Known& library);

    void addExercise(QJsonObject json, int line);
    void addRoutine(QJsonObject json, int line);
    /// Checks the routines against the library and the exercises let in; call once, after the last item.
    void finish();

    /// Trims every string in json and cuts those longer than ImportLimits::maxFieldChars, with a note naming the field.
    void capTexts(QJsonObject* json, const QString& item, int line);

private:
    QString label(const QJsonObject& json) const;
    bool newId(QSet<QString>* ids, const QJsonObject& json, int line);
    void skip(const QString& item, int line, const QStringList& reasons);
    QJsonValue capped(const QJsonValue& value, const QString& field, const QString& item, int line, int depth);

    ImportBatch* m_batch;
    ContentRules::Known m_known;
    QSet<QString> m_exerciseIds;
    QSet<QString> m_routineIds;
    QList<QJsonObject> m_pendingRoutines;
    QList<int> m_pendingLines;
};

} // namespace unknot
