#pragma once

#include "SessionSnapshot.h"

#include <QColor>
#include <QString>

namespace unknot {

/// How the player and the mini player show a phase: its colour and the countdown text.
namespace phasestyle {
/// The phase in words for the player, e.g. "Get ready", "Lift", "Your pace"; a lead-in that moves on to a new
/// step says "Next".
QString label(SessionPhase phase, bool leadInIsNext = false);
/// The phase as the snapshot has it.
inline QString label(const SessionSnapshot& snapshot) { return label(snapshot.phase, snapshot.leadInIsNext); }
/// A calm colour per phase, so the phase can be told apart from across the room; lighter ones on a dark player.
QColor colour(SessionPhase phase, bool dark = false);
/// The grey of a paused countdown.
QColor pausedColour(bool dark = false);
/// "12", "1:05"; whole seconds rounded up, so "1" shows until the very end. Empty while waiting for a tap.
QString countdown(const SessionSnapshot& snapshot);
/// "About 6 min left", "40 s left".
QString timeLeft(qint64 ms);
} // namespace phasestyle

} // namespace unknot
