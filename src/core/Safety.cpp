#include "Safety.h"

#include "JsonFields.h"

#include <QJsonArray>
#include <QSet>

namespace unknot {

Safety Safety::fromJson(const QJsonObject& json, QStringList* errors)
{
    Safety safety;
    JsonFields fields(json, errors);
    safety.version = fields.number(QStringLiteral("version"), 0, 1);
    if (safety.version == 0) {
        errors->append(QStringLiteral("missing \"version\" (a whole number, raised whenever the red flags change)"));
    }
    safety.whatToDo = fields.paragraphs(QStringLiteral("whatToDo"));
    safety.advice = fields.list(QStringLiteral("advice"), false);
    safety.stopRule = fields.string(QStringLiteral("stopRule"));
    safety.sources = fields.paragraphs(QStringLiteral("sources"));
    const QJsonArray flags = json.value(QStringLiteral("redFlags")).toArray();
    if (flags.isEmpty()) {
        errors->append(QStringLiteral("missing \"redFlags\""));
    }
    for (qsizetype i = 0; i < flags.size(); ++i) {
        const QJsonObject object = flags.at(i).toObject();
        QStringList reasons;
        JsonFields flagFields(object, &reasons);
        RedFlag flag;
        flag.id = flagFields.string(QStringLiteral("id"));
        flag.text = flagFields.string(QStringLiteral("text"));
        flag.emergency = flagFields.oneOf(QStringLiteral("level"), {QStringLiteral("emergency"), QStringLiteral("doctor-soon")})
                         == QLatin1String("emergency");
        flag.whatToDo = flagFields.string(QStringLiteral("whatToDo"));
        flag.sources = flagFields.paragraphs(QStringLiteral("sources"));
        const QString label = flag.id.isEmpty() ? QStringLiteral("#%1").arg(i + 1) : flag.id;
        for (const QString& reason : std::as_const(reasons)) {
            errors->append(QStringLiteral("red flag \"%1\": %2").arg(label, reason));
        }
        safety.redFlags.append(flag);
    }
    return safety;
}

QList<RedFlag> Safety::flagsNotIn(const QSet<QString>& answeredIds) const
{
    QList<RedFlag> out;
    for (const RedFlag& flag : redFlags) {
        if (!answeredIds.contains(flag.id)) {
            out.append(flag);
        }
    }
    return out;
}

CheckDue Safety::checkDue(std::optional<int> lastVersion, const QSet<QString>& answeredIds) const
{
    if (!lastVersion) {
        return CheckDue::Full;
    }
    if (*lastVersion >= version || flagsNotIn(answeredIds).isEmpty()) {
        return CheckDue::None;
    }
    return CheckDue::NewQuestions;
}

} // namespace unknot
