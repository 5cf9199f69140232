#include "free_exercise_db_sample.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStringList>

namespace benchdata {

namespace {

QString pick(QRandomGenerator& random, const QStringList& words)
{
    return words.at(static_cast<int>(random.bounded(static_cast<quint32>(words.size()))));
}

QString sentence(QRandomGenerator& random, int words)
{
    static const QStringList vocabulary{
        QStringLiteral("keep"),     QStringLiteral("your"),       QStringLiteral("back"),    QStringLiteral("straight"),
        QStringLiteral("slowly"),   QStringLiteral("lower"),      QStringLiteral("the"),     QStringLiteral("weight"),
        QStringLiteral("towards"),  QStringLiteral("chest"),      QStringLiteral("breathe"), QStringLiteral("out"),
        QStringLiteral("as"),       QStringLiteral("you"),        QStringLiteral("lift"),    QStringLiteral("shoulder"),
        QStringLiteral("blades"),   QStringLiteral("together"),   QStringLiteral("hold"),    QStringLiteral("for"),
        QStringLiteral("a"),        QStringLiteral("second"),     QStringLiteral("return"),  QStringLiteral("starting"),
        QStringLiteral("position"), QStringLiteral("elbows"),     QStringLiteral("close"),   QStringLiteral("to"),
        QStringLiteral("torso"),    QStringLiteral("repetitions")};
    QStringList out;
    for (int i = 0; i < words; ++i) {
        out.append(pick(random, vocabulary));
    }
    QString text = out.join(u' ') + u'.';
    text[0] = text[0].toUpper();
    return text;
}

} // namespace

QByteArray freeExerciseDbSample(int exercises)
{
    static const QStringList muscles{
        QStringLiteral("abdominals"), QStringLiteral("abductors"),  QStringLiteral("adductors"),
        QStringLiteral("biceps"),     QStringLiteral("calves"),     QStringLiteral("chest"),
        QStringLiteral("forearms"),   QStringLiteral("glutes"),     QStringLiteral("hamstrings"),
        QStringLiteral("lats"),       QStringLiteral("lower back"), QStringLiteral("middle back"),
        QStringLiteral("neck"),       QStringLiteral("quadriceps"), QStringLiteral("shoulders"),
        QStringLiteral("traps"),      QStringLiteral("triceps")};
    static const QStringList categories{QStringLiteral("strength"),     QStringLiteral("strength"),
                                        QStringLiteral("stretching"),   QStringLiteral("plyometrics"),
                                        QStringLiteral("powerlifting"), QStringLiteral("cardio")};
    static const QStringList equipment{
        QStringLiteral("body only"), QStringLiteral("dumbbell"), QStringLiteral("barbell"),   QStringLiteral("cable"),
        QStringLiteral("machine"),   QStringLiteral("bands"),    QStringLiteral("foam roll"), QStringLiteral("other")};
    static const QStringList levels{QStringLiteral("beginner"), QStringLiteral("intermediate"),
                                    QStringLiteral("expert")};
    QRandomGenerator random(873);
    QJsonArray items;
    for (int i = 0; i < exercises; ++i) {
        const QString name = QStringLiteral("%1 %2 %3").arg(pick(random, muscles), sentence(random, 2)).arg(i);
        QJsonArray primary{pick(random, muscles)};
        QJsonArray secondary;
        for (quint32 k = random.bounded(4u); k > 0; --k) {
            secondary.append(pick(random, muscles));
        }
        QJsonArray instructions;
        for (quint32 k = 3 + random.bounded(4u); k > 0; --k) {
            instructions.append(sentence(random, 12 + static_cast<int>(random.bounded(14u))) + u' ' +
                                sentence(random, 8));
        }
        QString id = name;
        id.replace(u' ', u'_');
        items.append(QJsonObject{
            {QStringLiteral("name"), name},
            {QStringLiteral("force"), QStringLiteral("pull")},
            {QStringLiteral("level"), pick(random, levels)},
            {QStringLiteral("mechanic"), QJsonValue::Null},
            {QStringLiteral("equipment"), pick(random, equipment)},
            {QStringLiteral("primaryMuscles"), primary},
            {QStringLiteral("secondaryMuscles"), secondary},
            {QStringLiteral("instructions"), instructions},
            {QStringLiteral("category"), pick(random, categories)},
            {QStringLiteral("images"), QJsonArray{id + QStringLiteral("/0.jpg"), id + QStringLiteral("/1.jpg")}},
            {QStringLiteral("id"), id}});
    }
    return QJsonDocument(items).toJson(QJsonDocument::Indented);
}

QString writeFreeExerciseDbSample(const QString& folder, int exercises)
{
    const QString path = QDir(folder).filePath(QStringLiteral("exercises.json"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return {};
    }
    file.write(freeExerciseDbSample(exercises));
    return file.commit() ? path : QString();
}

} // namespace benchdata
