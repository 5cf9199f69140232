#!/usr/bin/env bash
# Unknot waiting in the tray with break reminders on: starts the real app under Xvfb with a tray (trayer), reminders
# on through --remind-after (long enough that none comes due while measuring) and --background, so the window stays
# closed; answers the first safety check; then prints the CPU time the process used over the next minute, its
# resident and peak memory, and how often it woke. Needs xvfb, xdotool, trayer.
# Usage: bench/tray-idle.sh [BUILD_DIR] [SECONDS]
set -euo pipefail
build=${1:-build}
seconds=${2:-60}
if [ -z "${UNKNOT_BENCH_INSIDE_X:-}" ]; then
    UNKNOT_BENCH_INSIDE_X=1 exec xvfb-run -a -s "-screen 0 1366x768x24" "$0" "$build" "$seconds"
fi
source "$(dirname "$0")/x-helpers.sh"
home=$(mktemp -d)
trayer --edge top --align right --widthtype pixel --width 120 --height 28 --SetDockType true >/dev/null 2>&1 &
tray=$!
trap 'kill "$pid" "$tray" 2>/dev/null || true; rm -rf "$home"' EXIT
sleep 1
XDG_DATA_HOME="$home" XDG_CONFIG_HOME="$home" "$build/src/unknot" --background --remind-after 3600 &
pid=$!
sleep 5
dismiss_safety_check # a new journal asks first, window or not
sleep 5
visible=$( (xdotool search --onlyvisible --name "^Unknot$" 2>/dev/null || true) | wc -l)
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
switches() { awk '/^voluntary_ctxt_switches/ {print $2}' "/proc/$pid/status"; }
hz=$(getconf CLK_TCK)
before=$(ticks)
woke=$(switches)
sleep "$seconds"
after=$(ticks)
woke=$(($(switches) - woke))
rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
hwm=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")
printf 'in the tray, reminders on, window %s, for %d s: CPU %.0f ms; %d wake-ups of the main thread (voluntary context switches); resident %.1f MiB (peak %.1f MiB)\n' \
    "$([ "$visible" -eq 0 ] && echo closed || echo open)" "$seconds" \
    "$(echo "($after - $before) * 1000 / $hz" | bc -l)" "$woke" "$(echo "$rss / 1024" | bc -l)" \
    "$(echo "$hwm / 1024" | bc -l)"
