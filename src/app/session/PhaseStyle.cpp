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

QColor colour(SessionPhase phase, bool dark)
{
    // Light: deep tones on the pale player. Dark: the same hues, lighter and softer, each at 4.5:1 or more on
    // the dark player.
    const auto pick = [dark](QRgb light, QRgb darkOne) { return QColor::fromRgb(dark ? darkOne : light); };
    switch (phase) {
    case SessionPhase::Lift:
    case SessionPhase::Contract:
        return pick(0x1f6f80, 0x6cc3d3);
    case SessionPhase::Hold:
    case SessionPhase::Timed:
        return pick(0xb06a12, 0xe8b060);
    case SessionPhase::Lower:
    case SessionPhase::Relax:
        return pick(0x3f7f4e, 0x8fcf9a);
    case SessionPhase::Heat:
        return pick(0xc0502a, 0xf29a7a);
    case SessionPhase::Cold:
        return pick(0x2f5fa8, 0x8fb6f0);
    case SessionPhase::Rest:
    case SessionPhase::SwitchSides:
        return pick(0x5a6d8a, 0xaab6cc);
    case SessionPhase::WaitingForTap:
    case SessionPhase::Confirm:
        return pick(0x6a4c93, 0xc3a8e8);
    case SessionPhase::GetReady:
    case SessionPhase::None:
        break;
    }
    return pick(0x4b5e64, 0xc3cdcf);
}

QColor pausedColour(bool dark)
{
    return QColor::fromRgb(dark ? 0x98a4a7 : 0x7b8a8f);
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
