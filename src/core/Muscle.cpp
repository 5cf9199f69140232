#include "Muscle.h"

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
    QString name = area;
    name.replace(QLatin1Char('-'), QLatin1Char(' '));
    if (!name.isEmpty()) {
        name[0] = name.at(0).toUpper();
    }
    return name;
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
