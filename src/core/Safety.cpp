#include "Safety.h"

#include "JsonFields.h"

#include <QJsonArray>

namespace unknot {

Safety Safety::fromJson(const QJsonObject& json, QStringList* errors)
{
    Safety safety;
    JsonFields fields(json, errors);
    safety.whatToDo = fields.paragraphs(QStringLiteral("whatToDo"));
    safety.stopRule = fields.string(QStringLiteral("stopRule"));
    safety.source = fields.string(QStringLiteral("source"));
    const QJsonArray flags = json.value(QStringLiteral("redFlags")).toArray();
    if (flags.isEmpty()) {
        errors->append(QStringLiteral("missing \"redFlags\""));
    }
    for (const auto& value : flags) {
        const QJsonObject object = value.toObject();
        JsonFields flagFields(object, errors);
        RedFlag flag;
        flag.id = flagFields.string(QStringLiteral("id"));
        flag.text = flagFields.string(QStringLiteral("text"));
        flag.emergency = flagFields.oneOf(QStringLiteral("action"), {QStringLiteral("doctor"), QStringLiteral("emergency")})
                         == QLatin1String("emergency");
        safety.redFlags.append(flag);
    }
    return safety;
}

} // namespace unknot
