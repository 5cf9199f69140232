#include "Cause.h"

namespace unknot {

Cause Cause::fromJson(const QJsonObject& json, QStringList* errors)
{
    JsonFields fields(json, errors);
    Cause cause;
    cause.readBase(fields);
    cause.what = fields.paragraphs(QStringLiteral("what"));
    cause.how = fields.paragraphs(QStringLiteral("how"));
    cause.muscles = fields.list(QStringLiteral("muscles"), true);
    cause.techniques = fields.list(QStringLiteral("techniques"), true);
    cause.exercises = fields.list(QStringLiteral("exercises"), true);
    return cause;
}

} // namespace unknot
