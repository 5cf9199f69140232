#include "Figure.h"

#include <QJsonArray>
#include <algorithm>

namespace unknot {

namespace {

void checkPaths(const Movement& movement, Dose::Kind kind, const QString& where, QStringList* errors)
{
    const auto need = [&](const QStringList& path, const char16_t* phase, int least) {
        if (path.size() < least) {
            errors->append(QStringLiteral("%1: a %2 dose needs %3 pose%4 for \"%5\"")
                               .arg(where, Dose::kindName(kind))
                               .arg(least)
                               .arg(least == 1 ? QString() : QStringLiteral("s"), QString::fromUtf16(phase)));
        }
    };
    switch (kind) {
    case Dose::Kind::Reps:
        need(movement.lift, u"lift", 2);
        need(movement.lower, u"lower", 2);
        break;
    case Dose::Kind::Cycles:
        need(movement.contract, u"contract", 2);
        need(movement.relax, u"relax", 2);
        break;
    case Dose::Kind::Timed:
        need(movement.hold, u"hold", 1);
        break;
    }
}

} // namespace

const Movement& Figure::forSet(int setIndex) const
{
    return sets.at(std::clamp(setIndex, 0, static_cast<int>(sets.size()) - 1));
}

Figure Figure::fromJson(const QJsonObject& json, const Dose& dose, QStringList* errors)
{
    Figure figure;
    const Movement first = Movement::fromJson(json, Movement{}, errors);
    checkPaths(first, dose.kind, QStringLiteral("figure"), errors);
    const QJsonArray sets = json.value(QStringLiteral("sets")).toArray();
    if (sets.isEmpty()) {
        figure.sets.append(first);
        return figure;
    }
    if (sets.size() != dose.setCount()) {
        errors->append(QStringLiteral("figure: \"sets\" has %1 entries but the dose has %2 sets")
                           .arg(sets.size())
                           .arg(dose.setCount()));
    }
    for (int i = 0; i < sets.size(); ++i) {
        const Movement movement = Movement::fromJson(sets.at(i).toObject(), first, errors);
        checkPaths(movement, dose.kind, QStringLiteral("figure set %1").arg(i + 1), errors);
        figure.sets.append(movement);
    }
    return figure;
}

Figure Figure::stillFromJson(const QJsonObject& json, QStringList* errors)
{
    Figure figure;
    const Movement movement = Movement::fromJson(json, Movement{}, errors);
    checkPaths(movement, Dose::Kind::Timed, QStringLiteral("figure"), errors);
    figure.sets.append(movement);
    return figure;
}

} // namespace unknot
