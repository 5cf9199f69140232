#!/usr/bin/env bash
# Opens the real app under Xvfb and lets the activation routine play (its first step, glute bridges, moves most of
# the time), then prints the CPU time the whole process used over the next minute and its peak memory: once with
# the moving figure, once with Help → Reduce motion (still pictures, no frames), so the difference is what the
# animation costs. Needs xvfb, xdotool.
# Usage: bench/playing-cpu.sh [BUILD_DIR] [SECONDS]
set -euo pipefail
build=${1:-build}
seconds=${2:-60}
if [ -z "${UNKNOT_BENCH_INSIDE_X:-}" ]; then
    UNKNOT_BENCH_INSIDE_X=1 exec xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$build" "$seconds"
fi
source "$(dirname "$0")/x-helpers.sh"
run() {
    local reduce=$1 home pid
    home=$(mktemp -d)
    mkdir -p "$home/Unknot"
    printf '[view]\nreduceMotion=%s\n[journal]\nrateBefore=false\n' "$reduce" > "$home/Unknot/Unknot.conf"
    XDG_DATA_HOME="$home" XDG_CONFIG_HOME="$home" "$build/src/unknot" --start upper-back-activation &
    pid=$!
    xdotool search --sync --name "Upper back and shoulder activation" >/dev/null
    dismiss_safety_check
    sleep 5 # past the lead-in: the reps have begun
    ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
    local hz before after hwm
    hz=$(getconf CLK_TCK)
    before=$(ticks)
    sleep "$seconds"
    after=$(ticks)
    hwm=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    rm -rf "$home"
    printf '%-28s playing for %d s: CPU %.2f s; peak resident %.1f MiB\n' "$2" "$seconds" \
        "$(echo "($after - $before) / $hz" | bc -l)" "$(echo "$hwm / 1024" | bc -l)"
}
run false "moving figure"
run true "reduce motion (still)"
