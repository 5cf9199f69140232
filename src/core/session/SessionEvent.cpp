#include "SessionEvent.h"

namespace unknot {

QString SessionEvent::typeName(Type t)
{
    switch (t) {
    case Type::PhaseChanged:
        return QStringLiteral("PhaseChanged");
    case Type::StepStarted:
        return QStringLiteral("StepStarted");
    case Type::StepFinished:
        return QStringLiteral("StepFinished");
    case Type::Countdown:
        return QStringLiteral("Countdown");
    case Type::SessionFinished:
        return QStringLiteral("SessionFinished");
    case Type::SleepDetected:
        return QStringLiteral("SleepDetected");
    }
    return {};
}

} // namespace unknot
