#!/usr/bin/env bash
# Runs the session driver on the real clock while every core is kept busy, and prints how late phase changes
# arrive, then what a paused session costs. Usage: bench/timing.sh [BUILD_DIR] [RUN_SECONDS] [PAUSE_SECONDS]
# Set UNKNOT_TIMING_IDLE=1 to measure once without the load first, for comparison.
set -euo pipefail
build=${1:-build}
run=${2:-50}
pause=${3:-60}
timing="$build/bench/unknot-timing"
[ -x "$timing" ] || { echo "no $timing: build the unknot-timing target first" >&2; exit 1; }

load=()
stop_load() {
    for pid in "${load[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait "${load[@]}" 2>/dev/null || true
    load=()
}
trap stop_load EXIT

echo "$(nproc) cores, $(uname -m), $(uname -r)"
if [ "${UNKNOT_TIMING_IDLE:-0}" = 1 ]; then
    echo "--- without load"
    "$timing" "$run" "$pause"
fi
echo "--- with one busy loop per core (yes > /dev/null) x $(nproc)"
for _ in $(seq "$(nproc)"); do
    yes >/dev/null &
    load+=($!)
done
"$timing" "$run" "$pause"
