#include "Dose.h"

#include "ContentRules.h"

#include <QJsonArray>
#include <algorithm>

namespace unknot {

int Dose::secondsPerRep() const
{
    switch (kind) {
    case Kind::Reps:
        return upSeconds + holdSeconds + downSeconds;
    case Kind::Cycles:
        return contractSeconds + relaxSeconds;
    case Kind::Timed:
        return 0;
    }
    return 0;
}

int Dose::estimatedSeconds() const
{
    if (kind == Kind::Timed) {
        return secondsMax * setCount();
    }
    return repsMax * secondsPerRep() * setCount();
}

bool Dose::isRange() const
{
    return kind == Kind::Timed ? secondsMin < secondsMax : repsMin < repsMax;
}

QString Dose::kindName(Kind k)
{
    switch (k) {
    case Kind::Reps:
        return QStringLiteral("reps");
    case Kind::Cycles:
        return QStringLiteral("cycles");
    case Kind::Timed:
        return QStringLiteral("timed");
    }
    return {};
}

bool Dose::kindFromName(const QString& name, Kind* k)
{
    for (Kind candidate : {Kind::Reps, Kind::Cycles, Kind::Timed}) {
        if (kindName(candidate) == name) {
            *k = candidate;
            return true;
        }
    }
    return false;
}

namespace {

bool readRange(const QJsonObject& json, const QString& key, int maximum, int* low, int* high, QStringList* errors)
{
    const QJsonObject range = json.value(key).toObject();
    if (range.isEmpty()) {
        errors->append(ContentRules::tr("it needs %1").arg(ContentRules::field(key)));
        return false;
    }
    *low = range.value(QStringLiteral("min")).toInt(-1);
    *high = range.value(QStringLiteral("max")).toInt(-1);
    if (*low <= 0 || *high <= 0) {
        errors->append(ContentRules::tr("%1 must be more than zero").arg(ContentRules::field(key)));
        return false;
    }
    if (*low > *high) {
        errors->append(ContentRules::tr("%1 goes from %2 down to %3; put the smaller number first")
                           .arg(ContentRules::field(key))
                           .arg(*low)
                           .arg(*high));
        return false;
    }
    if (*high > maximum) {
        errors->append(ContentRules::tr("%1 may be at most %2").arg(ContentRules::field(key)).arg(maximum));
        return false;
    }
    return true;
}

int readPositive(const QJsonObject& json, const QString& key, int fallback, bool allowZero, QStringList* errors)
{
    if (!json.contains(key)) {
        if (fallback < 0) {
            errors->append(ContentRules::tr("it needs %1").arg(ContentRules::field(key)));
        }
        return fallback;
    }
    const int value = json.value(key).toInt(-1);
    if (value < 0 || (value == 0 && !allowZero)) {
        errors->append(allowZero ? ContentRules::tr("%1 cannot be below zero").arg(ContentRules::field(key))
                                 : ContentRules::tr("%1 must be more than zero").arg(ContentRules::field(key)));
    } else if (value > Dose::maxPhaseSeconds) {
        errors->append(ContentRules::tr("%1 may last at most %2 seconds")
                           .arg(ContentRules::field(key))
                           .arg(Dose::maxPhaseSeconds));
        return Dose::maxPhaseSeconds;
    }
    return value;
}

} // namespace

Dose Dose::fromJson(const QJsonObject& json, QStringList* errors)
{
    Dose dose;
    if (json.isEmpty()) {
        errors->append(ContentRules::tr("it needs the dose"));
        return dose;
    }
    if (!kindFromName(json.value(QStringLiteral("kind")).toString(), &dose.kind)) {
        errors->append(ContentRules::tr("the dose must be counted as repetitions, cycles or a timed hold"));
        return dose;
    }
    switch (dose.kind) {
    case Kind::Reps:
        readRange(json, QStringLiteral("reps"), maxReps, &dose.repsMin, &dose.repsMax, errors);
        dose.holdSeconds = readPositive(json, QStringLiteral("holdSeconds"), 0, true, errors);
        dose.upSeconds = readPositive(json, QStringLiteral("upSeconds"), 2, false, errors);
        dose.downSeconds = readPositive(json, QStringLiteral("downSeconds"), 2, false, errors);
        break;
    case Kind::Cycles:
        readRange(json, QStringLiteral("reps"), maxReps, &dose.repsMin, &dose.repsMax, errors);
        dose.contractSeconds = readPositive(json, QStringLiteral("contractSeconds"), -1, false, errors);
        dose.relaxSeconds = readPositive(json, QStringLiteral("relaxSeconds"), -1, false, errors);
        break;
    case Kind::Timed:
        readRange(json, QStringLiteral("seconds"), maxTimedSeconds, &dose.secondsMin, &dose.secondsMax, errors);
        break;
    }
    const QJsonArray sets = json.value(QStringLiteral("sets")).toArray();
    if (sets.size() > maxSets) {
        errors->append(ContentRules::tr("a dose may have at most %1 sets").arg(maxSets));
    }
    for (qsizetype i = 0; i < std::min<qsizetype>(sets.size(), maxSets); ++i) {
        const QJsonValue label = sets.at(i);
        if (label.toString().trimmed().isEmpty()) {
            errors->append(ContentRules::tr("one of the sets has no name"));
        }
        dose.sets.append(label.toString());
    }
    dose.text = json.value(QStringLiteral("text")).toString();
    if (dose.text.trimmed().isEmpty()) {
        errors->append(ContentRules::tr("it needs %1").arg(ContentRules::field(QStringLiteral("text"))));
    }
    dose.fromSeed = json.value(QStringLiteral("fromSeed")).toBool();
    dose.notFromSeed = json.value(QStringLiteral("notFromSeed")).toString().trimmed();
    if (dose.fromSeed && !dose.notFromSeed.isEmpty()) {
        errors->append(ContentRules::tr("dose says \"fromSeed\" and also \"notFromSeed\""));
    }
    return dose;
}

} // namespace unknot
