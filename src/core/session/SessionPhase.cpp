#include "SessionPhase.h"

namespace unknot {

QString phaseName(SessionPhase phase)
{
    switch (phase) {
    case SessionPhase::None:
        return QStringLiteral("None");
    case SessionPhase::GetReady:
        return QStringLiteral("GetReady");
    case SessionPhase::Lift:
        return QStringLiteral("Lift");
    case SessionPhase::Hold:
        return QStringLiteral("Hold");
    case SessionPhase::Lower:
        return QStringLiteral("Lower");
    case SessionPhase::Contract:
        return QStringLiteral("Contract");
    case SessionPhase::Relax:
        return QStringLiteral("Relax");
    case SessionPhase::Timed:
        return QStringLiteral("Timed");
    case SessionPhase::Heat:
        return QStringLiteral("Heat");
    case SessionPhase::Cold:
        return QStringLiteral("Cold");
    case SessionPhase::Rest:
        return QStringLiteral("Rest");
    case SessionPhase::SwitchSides:
        return QStringLiteral("SwitchSides");
    case SessionPhase::WaitingForTap:
        return QStringLiteral("WaitingForTap");
    case SessionPhase::Confirm:
        return QStringLiteral("Confirm");
    }
    return {};
}

QString stateName(SessionState state)
{
    switch (state) {
    case SessionState::Idle:
        return QStringLiteral("Idle");
    case SessionState::Running:
        return QStringLiteral("Running");
    case SessionState::Paused:
        return QStringLiteral("Paused");
    case SessionState::Finished:
        return QStringLiteral("Finished");
    }
    return {};
}

} // namespace unknot
