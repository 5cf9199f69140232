#!/usr/bin/env bash
# Prints launch-to-first-paint time and peak resident memory for Unknot and for a bare Qt Widgets
# window measured the same way, under a real X server (Xvfb). Usage: bench/startup.sh [BUILD_DIR] [RUNS]
# Needs: xvfb (xvfb-run) and GNU time (/usr/bin/time).
set -euo pipefail
build=${1:-build}
runs=${2:-10}
unknot="$build/src/unknot"
bare="$build/bench/unknot-bare-window"

measure() { # label, fresh|warm, command...
    local label=$1 mode=$2
    shift 2
    local home times=() mems=()
    home=$(mktemp -d)
    for _ in $(seq "$runs"); do
        [ "$mode" = fresh ] && rm -rf "$home"/*
        local start out paint
        start=$(date +%s%3N)
        out=$(XDG_DATA_HOME="$home" XDG_CONFIG_HOME="$home" /usr/bin/time -f 'maxrss-kib %M' "$@" 2>&1)
        paint=$(sed -n 's/^first-paint-epoch-ms //p' <<<"$out")
        times+=($((paint - start)))
        mems+=($(sed -n 's/^maxrss-kib //p' <<<"$out"))
    done
    rm -rf "$home"
    local sorted_t sorted_m
    sorted_t=($(printf '%s\n' "${times[@]}" | sort -n))
    sorted_m=($(printf '%s\n' "${mems[@]}" | sort -n))
    printf '%-34s first paint: median %4d ms (min %4d, max %4d)   peak RSS: median %5.1f MiB\n' "$label" \
        "${sorted_t[$((runs / 2))]}" "${sorted_t[0]}" "${sorted_t[$((runs - 1))]}" \
        "$(echo "${sorted_m[$((runs / 2))]} / 1024" | bc -l)"
}

if [ -z "${UNKNOT_BENCH_INSIDE_X:-}" ]; then
    # Run again inside a private X server so every program gets a real window and real painting.
    UNKNOT_BENCH_INSIDE_X=1 exec xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$build" "$runs"
fi
echo "$(nproc) cores, $(uname -m), Qt platform xcb on Xvfb, $runs runs each"
measure "bare Qt Widgets window" warm "$bare"
measure "Unknot, first start (new journal)" fresh "$unknot" --benchmark-first-paint
measure "Unknot, later starts" warm "$unknot" --benchmark-first-paint
