#include "Technique.h"

#include <QCoreApplication>

namespace unknot {

const QStringList& Technique::categories()
{
    static const QStringList keys{QStringLiteral("hands-on"), QStringLiteral("self-massage"), QStringLiteral("heat-cold"),
                                  QStringLiteral("movement"), QStringLiteral("mind"),         QStringLiteral("everyday"),
                                  QStringLiteral("professional")};
    return keys;
}

QString Technique::categoryName(const QString& category)
{
    static const char* const names[]{
        QT_TRANSLATE_NOOP("Technique", "Hands-on therapy"), QT_TRANSLATE_NOOP("Technique", "Self-massage"),
        QT_TRANSLATE_NOOP("Technique", "Heat and cold"),    QT_TRANSLATE_NOOP("Technique", "Movement"),
        QT_TRANSLATE_NOOP("Technique", "Mind and breath"),  QT_TRANSLATE_NOOP("Technique", "Everyday habits"),
        QT_TRANSLATE_NOOP("Technique", "Professional help")};
    const auto index = categories().indexOf(category);
    return index < 0 ? category : QCoreApplication::translate("Technique", names[index]);
}

bool Technique::needsAskFirst(const QString& category)
{
    static const QStringList risky{QStringLiteral("hands-on"), QStringLiteral("self-massage"),
                                   QStringLiteral("heat-cold"), QStringLiteral("movement")};
    return risky.contains(category);
}

Technique Technique::fromJson(const QJsonObject& json, QStringList* errors)
{
    JsonFields fields(json, errors);
    Technique technique;
    technique.readBase(fields);
    technique.category = fields.oneOf(QStringLiteral("category"), categories());
    technique.what = fields.paragraphs(QStringLiteral("what"));
    technique.howItHelps = fields.paragraphs(QStringLiteral("howItHelps"));
    technique.askFirst = fields.list(QStringLiteral("askFirst"), false);
    if (technique.askFirst.isEmpty() && needsAskFirst(technique.category)) {
        errors->append(QStringLiteral("a %1 technique must say who should skip it or ask first (\"askFirst\")")
                           .arg(technique.category));
    }
    technique.cautions = fields.list(QStringLiteral("cautions"), true);
    technique.muscles = fields.list(QStringLiteral("muscles"), true);
    technique.exercises = fields.list(QStringLiteral("exercises"), false);
    if (json.contains(QStringLiteral("selfCare"))) {
        const QJsonObject selfCare = json.value(QStringLiteral("selfCare")).toObject();
        JsonFields care(selfCare, errors);
        technique.selfCare.steps = care.paragraphs(QStringLiteral("steps"));
        technique.selfCare.tools = care.optionalString(QStringLiteral("tools"));
        technique.selfCare.pressure = care.optionalString(QStringLiteral("pressure"));
        technique.selfCare.duration = care.optionalString(QStringLiteral("duration"));
    }
    return technique;
}

} // namespace unknot
