#!/usr/bin/env bash
# Compares start-up across builds (say, before and after a change) with their runs interleaved, so a machine that
# gets busier or quieter during the measurement weighs on every build alike: each round starts the bare Qt window
# once, then every build once on a new journal and once on its kept one. Prints, per build, the median first paint,
# CPU time (user + system, to the exit right after the first paint) and peak RSS, as bench/startup.sh measures them.
# Usage: bench/startup-compare.sh RUNS BUILD_DIR...      Needs: xvfb (xvfb-run), GNU time (/usr/bin/time), bc.
set -euo pipefail
runs=${1:?give the number of runs}
shift
builds=("$@")
[ ${#builds[@]} -gt 0 ] || { echo "give one or more build folders" >&2; exit 2; }

if [ -z "${UNKNOT_BENCH_INSIDE_X:-}" ]; then
    UNKNOT_BENCH_INSIDE_X=1 exec xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$runs" "${builds[@]}"
fi

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT
once() { # key, home, command...
    local key=$1 home=$2
    shift 2
    local start out paint
    start=$(date +%s%3N)
    out=$(XDG_DATA_HOME="$home" XDG_CONFIG_HOME="$home" /usr/bin/time -f 'usage %M %U %S' "$@" 2>&1)
    paint=$(sed -n 's/^first-paint-epoch-ms //p' <<<"$out")
    read -r kib user sys < <(sed -n 's/^usage //p' <<<"$out")
    echo "$((paint - start)) $(echo "($user + $sys) * 1000 / 1" | bc) $kib" >>"$results/$key"
}
median() { # column of a results file
    local values
    values=($(cut -d' ' -f"$2" "$1" | sort -n))
    echo "${values[$((${#values[@]} / 2))]}"
}

for i in "${!builds[@]}"; do mkdir -p "$results/home-$i"; done
for _ in $(seq "$runs"); do
    home=$(mktemp -d)
    once bare "$home" "${builds[0]}/bench/unknot-bare-window"
    rm -rf "$home"
    for i in "${!builds[@]}"; do
        home=$(mktemp -d)
        once "first-$i" "$home" "${builds[$i]}/src/unknot" --benchmark-first-paint
        rm -rf "$home"
        once "later-$i" "$results/home-$i" "${builds[$i]}/src/unknot" --benchmark-first-paint
    done
done

echo "$(nproc) cores, $(uname -m), load $(cut -d' ' -f1-3 /proc/loadavg), Xvfb, $runs interleaved runs each (medians)"
report() { # label, key
    printf '%-52s first paint %4d ms   CPU %4d ms   peak RSS %5.1f MiB\n' "$1" "$(median "$results/$2" 1)" \
        "$(median "$results/$2" 2)" "$(echo "$(median "$results/$2" 3) / 1024" | bc -l)"
}
report "bare Qt Widgets window" bare
for i in "${!builds[@]}"; do
    report "${builds[$i]}, first start" "first-$i"
    report "${builds[$i]}, later starts" "later-$i"
done
