#include "Muscle.h"

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
    static const QHash<QString, QString> names{
        {QStringLiteral("neck"), QStringLiteral("Neck (cervical)")},
        {QStringLiteral("upper-back"), QStringLiteral("Upper back (thoracic)")},
        {QStringLiteral("shoulder-blades"), QStringLiteral("Shoulder blades (scapulae)")},
        {QStringLiteral("shoulders"), QStringLiteral("Shoulders")},
        {QStringLiteral("mid-back"), QStringLiteral("Mid-back (thoracic)")},
        {QStringLiteral("lower-back"), QStringLiteral("Lower back (lumbar)")},
        {QStringLiteral("chest"), QStringLiteral("Chest")},
        {QStringLiteral("ribs"), QStringLiteral("Ribs")},
        {QStringLiteral("hips"), QStringLiteral("Hips")}};
    return names.value(area, area);
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
