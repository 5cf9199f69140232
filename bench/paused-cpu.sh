#!/usr/bin/env bash
# Opens the real app under Xvfb, starts a routine, pauses the player with the Space key, then prints the CPU
# time the whole process used over the next minute and its resident memory. Needs xvfb, xdotool.
# Usage: bench/paused-cpu.sh [BUILD_DIR] [SECONDS]
set -euo pipefail
build=${1:-build}
seconds=${2:-60}
if [ -z "${UNKNOT_BENCH_INSIDE_X:-}" ]; then
    UNKNOT_BENCH_INSIDE_X=1 exec xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$build" "$seconds"
fi
source "$(dirname "$0")/x-helpers.sh"
home=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$home"' EXIT
# Straight to the player: no rating before the session.
mkdir -p "$home/Unknot"
printf '[journal]\nrateBefore=false\n' > "$home/Unknot/Unknot.conf"
XDG_DATA_HOME="$home" XDG_CONFIG_HOME="$home" "$build/src/unknot" --start upper-back-activation &
pid=$!
sleep 6
win=$(xdotool search --sync --name "Upper back and shoulder activation" | head -1)
dismiss_safety_check
click_from_bottom "$win" 370 92 # Pause, below the countdown
sleep 1
import -window "$win" "$home/paused.png" 2>/dev/null && [ -n "${UNKNOT_BENCH_SHOT:-}" ] && cp "$home/paused.png" "$UNKNOT_BENCH_SHOT"
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
hz=$(getconf CLK_TCK)
before=$(ticks)
sleep "$seconds"
after=$(ticks)
rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
hwm=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")
printf 'player open and paused for %d s: CPU %.2f s; resident %.1f MiB (peak %.1f MiB)\n' "$seconds" \
    "$(echo "($after - $before) / $hz" | bc -l)" "$(echo "$rss / 1024" | bc -l)" "$(echo "$hwm / 1024" | bc -l)"
