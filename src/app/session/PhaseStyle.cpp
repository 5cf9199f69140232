#include "session/PhaseStyle.h"

#include <QCoreApplication>

namespace unknot::phasestyle {

QString label(SessionPhase phase, bool leadInIsNext)
{
    switch (phase) {
    case SessionPhase::None:
        return {};
    case SessionPhase::GetReady:
        return leadInIsNext ? QCoreApplication::translate("PhaseStyle", "Next")
                            : QCoreApplication::translate("PhaseStyle", "Get ready");
    case SessionPhase::Lift:
        return QCoreApplication::translate("PhaseStyle", "Lift");
    case SessionPhase::Hold:
    case SessionPhase::Timed:
        return QCoreApplication::translate("PhaseStyle", "Hold");
    case SessionPhase::Lower:
        return QCoreApplication::translate("PhaseStyle", "Lower");
    case SessionPhase::Contract:
        return QCoreApplication::translate("PhaseStyle", "Contract");
    case SessionPhase::Relax:
        return QCoreApplication::translate("PhaseStyle", "Relax");
    case SessionPhase::Heat:
        return QCoreApplication::translate("PhaseStyle", "Heat");
    case SessionPhase::Cold:
        return QCoreApplication::translate("PhaseStyle", "Cold");
    case SessionPhase::Rest:
        return QCoreApplication::translate("PhaseStyle", "Rest");
    case SessionPhase::SwitchSides:
        return QCoreApplication::translate("PhaseStyle", "Switch sides");
    case SessionPhase::WaitingForTap:
        return QCoreApplication::translate("PhaseStyle", "Your pace");
    case SessionPhase::Confirm:
        return QCoreApplication::translate("PhaseStyle", "Feeling normal?");
    }
    return {};
}

QColor colour(SessionPhase phase)
{
    switch (phase) {
    case SessionPhase::Lift:
    case SessionPhase::Contract:
        return QColor(0x1f, 0x6f, 0x80);
    case SessionPhase::Hold:
    case SessionPhase::Timed:
        return QColor(0xb0, 0x6a, 0x12);
    case SessionPhase::Lower:
    case SessionPhase::Relax:
        return QColor(0x3f, 0x7f, 0x4e);
    case SessionPhase::Heat:
        return QColor(0xc0, 0x50, 0x2a);
    case SessionPhase::Cold:
        return QColor(0x2f, 0x5f, 0xa8);
    case SessionPhase::Rest:
    case SessionPhase::SwitchSides:
        return QColor(0x5a, 0x6d, 0x8a);
    case SessionPhase::WaitingForTap:
    case SessionPhase::Confirm:
        return QColor(0x6a, 0x4c, 0x93);
    case SessionPhase::GetReady:
    case SessionPhase::None:
        break;
    }
    return QColor(0x4b, 0x5e, 0x64);
}

QString countdown(const SessionSnapshot& snapshot)
{
    if (snapshot.phase == SessionPhase::WaitingForTap || snapshot.phase == SessionPhase::Confirm
        || snapshot.phase == SessionPhase::None) {
        return {};
    }
    const qint64 seconds = (snapshot.msLeft + 999) / 1000;
    if (seconds < 60) {
        return QString::number(seconds);
    }
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString timeLeft(qint64 ms)
{
    const qint64 seconds = (ms + 999) / 1000;
    if (seconds < 60) {
        return QCoreApplication::translate("PhaseStyle", "%1 s left").arg(seconds);
    }
    return QCoreApplication::translate("PhaseStyle", "About %1 min left").arg((seconds + 30) / 60);
}

} // namespace unknot::phasestyle
