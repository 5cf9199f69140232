#include "Muscle.h"

#include <QCoreApplication>
#include <QHash>

namespace unknot {

const QStringList& Muscle::areas()
{
    static const QStringList keys{QStringLiteral("neck"),      QStringLiteral("upper-back"), QStringLiteral("shoulder-blades"),
                                  QStringLiteral("shoulders"), QStringLiteral("mid-back"),   QStringLiteral("lower-back"),
                                  QStringLiteral("chest"),     QStringLiteral("ribs"),       QStringLiteral("hips")};
    return keys;
}

QString Muscle::areaName(const QString& area)
{
    // Plain words first, the technical name beside them, so either is recognised.
    static const QHash<QString, const char*> names{
        {QStringLiteral("neck"), QT_TRANSLATE_NOOP("Muscle", "Neck (cervical)")},
        {QStringLiteral("upper-back"), QT_TRANSLATE_NOOP("Muscle", "Upper back (thoracic)")},
        {QStringLiteral("shoulder-blades"), QT_TRANSLATE_NOOP("Muscle", "Shoulder blades (scapulae)")},
        {QStringLiteral("shoulders"), QT_TRANSLATE_NOOP("Muscle", "Shoulders")},
        {QStringLiteral("mid-back"), QT_TRANSLATE_NOOP("Muscle", "Mid-back (thoracic)")},
        {QStringLiteral("lower-back"), QT_TRANSLATE_NOOP("Muscle", "Lower back (lumbar)")},
        {QStringLiteral("chest"), QT_TRANSLATE_NOOP("Muscle", "Chest")},
        {QStringLiteral("ribs"), QT_TRANSLATE_NOOP("Muscle", "Ribs")},
        {QStringLiteral("hips"), QT_TRANSLATE_NOOP("Muscle", "Hips")}};
    const char* name = names.value(area);
    return name ? QCoreApplication::translate("Muscle", name) : area;
}

Muscle Muscle::fromJson(const QJsonObject& json, QStringList* errors)
{
    JsonFields fields(json, errors);
    Muscle muscle;
    muscle.readBase(fields);
    muscle.area = fields.oneOf(QStringLiteral("area"), areas());
    muscle.where = fields.paragraphs(QStringLiteral("where"));
    muscle.does = fields.paragraphs(QStringLiteral("does"));
    muscle.feelsLike = fields.paragraphs(QStringLiteral("feelsLike"));
    muscle.tightenedBy = fields.paragraphs(QStringLiteral("tightenedBy"));
    return muscle;
}

} // namespace unknot
