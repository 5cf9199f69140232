#!/usr/bin/env bash
# Kills the real app with SIGKILL at random moments of a guided session, then checks the journal: SQLite's
# integrity check passes, every step that had finished before the kill is in session_step (once), the session is
# still 'running' (so the next start offers a resume) unless it had finished, and the app opens the journal again.
# One more round damages a copy of the journal and checks the app leaves it byte for byte as it was and logs that
# it is damaged. Prints figures and FAIL lines; exits 1 on any failure. No timing is asserted.
#
# Usage: bench/crash.sh [BUILD_DIR] [ROUNDS]          (defaults: build 20)
# Build first: cmake --build BUILD_DIR --target unknot unknot-crash-schedule
# Needs the sqlite3 shell (Debian: sudo apt-get install sqlite3). No display: Qt runs offscreen.
# Environment:
#   UNKNOT_CRASH_FAST=1        kill after 0.3–10 s instead of 1–40 s, shorter restarts (a quick run)
#   UNKNOT_CRASH_MIN_MS/MAX_MS the range of the random run time, in ms
#   UNKNOT_CRASH_BOUNDARY_EVERY=K  every K-th round aims its kill at a step's end instead, within ±2 s, so the
#                              moment a step is written gets hit (default 3, fast 5; 0: never). Steps of the
#                              built-in routines last 35 s and more, so uniform kills alone rarely cross one.
#   UNKNOT_CRASH_SEED=N        repeatable run times
#   UNKNOT_CRASH_MARGIN_MS     a step must have ended this long before the kill to count as finished (500)
#   UNKNOT_CRASH_START=ID      what to start (desk-micro-break)
#   UNKNOT_CRASH_KEEP=1        keep the scratch folder (it is always kept when something fails)
#
# "Finished before the kill": from the clock, and from the app's own word. The helper
# unknot-crash-schedule plays the session's stored plan on a manual clock with the real SessionEngine and prints
# when each step ends, counted from the engine's start. The app logs "session S started" right after it starts
# the engine, so that line's time (from --verbose) is the origin; every step whose scheduled end lies at least
# MARGIN ms before the moment of `kill -9` must be in the journal. Steps inside the margin may be in it or not.
# A recorded step whose scheduled end lies after the kill would mean the schedule is wrong, and fails too.
# The app also logs "recorded step N of session S" (N 1-based) once a step is committed: each must be in the journal.
set -uo pipefail

build=${1:-build}
rounds=${2:-20}
app="$build/src/unknot"
schedule_tool="$build/bench/unknot-crash-schedule"
start_id=${UNKNOT_CRASH_START:-desk-micro-break}
margin=${UNKNOT_CRASH_MARGIN_MS:-500}
if [ "${UNKNOT_CRASH_FAST:-0}" = 1 ]; then
    min_ms=${UNKNOT_CRASH_MIN_MS:-300} max_ms=${UNKNOT_CRASH_MAX_MS:-10000} restart_ms=2000
    boundary_every=${UNKNOT_CRASH_BOUNDARY_EVERY:-5}
else
    min_ms=${UNKNOT_CRASH_MIN_MS:-1000} max_ms=${UNKNOT_CRASH_MAX_MS:-40000} restart_ms=3000
    boundary_every=${UNKNOT_CRASH_BOUNDARY_EVERY:-3}
fi
[ -n "${UNKNOT_CRASH_SEED:-}" ] && RANDOM=$UNKNOT_CRASH_SEED

if ! command -v sqlite3 >/dev/null; then
    echo "bench/crash.sh needs the sqlite3 command-line shell. On Debian: sudo apt-get install sqlite3" >&2
    exit 2
fi
for binary in "$app" "$schedule_tool"; do
    if [ ! -x "$binary" ]; then
        echo "no $binary: build it with  cmake --build $build --target unknot unknot-crash-schedule" >&2
        exit 2
    fi
done

work=$(mktemp -d "${TMPDIR:-/tmp}/unknot-crash.XXXXXX")
pid=
cleanup() {
    [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null
    if [ "$failures" -eq 0 ] && [ "${UNKNOT_CRASH_KEEP:-0}" != 1 ]; then
        rm -rf "$work"
    else
        echo "scratch folder kept: $work"
    fi
}
trap cleanup EXIT

failures=0 kills=0 sessions=0 steps_due=0 steps_due_found=0 steps_recorded=0 steps_in_margin=0
completed=0 no_journal=0 no_session=0 max_lag= opened_again=0
fail() {
    echo "  FAIL: $*"
    failures=$((failures + 1))
}

now_ms() { date +%s%3N; }
sleep_ms() { sleep "$(printf '%d.%03d' $(($1 / 1000)) $(($1 % 1000)))"; }
# Sets run_ms in this shell: $RANDOM in a $(…) subshell would not follow UNKNOT_CRASH_SEED.
pick_run_ms() { run_ms=$((min_ms + (RANDOM * 32768 + RANDOM) % (max_ms - min_ms + 1))); }
# Epoch ms of a journal time ('yyyy-MM-ddTHH:mm:ss.zzzZ', UTC), as SQL.
epoch_sql() { echo "(CAST(strftime('%s', $1) AS INTEGER) * 1000 + CAST(substr($1, 21, 3) AS INTEGER))"; }

# start_app DIR LOG ARGS...: the real app, offscreen, with the round's own data and settings folders.
start_app() {
    local dir=$1 log=$2
    shift 2
    QT_QPA_PLATFORM=offscreen XDG_DATA_HOME="$dir/data" XDG_CONFIG_HOME="$dir/config" \
        "$app" --database "$dir/journal.sqlite" --verbose "$@" >"$log" 2>&1 &
    pid=$!
}

# kill_app WHAT: SIGKILL the app started last; fails when it had already ended by itself.
kill_app() {
    if ! kill -0 "$pid" 2>/dev/null; then
        wait "$pid"
        fail "$1 ended by itself (exit $?) before the kill"
    else
        kill -9 "$pid"
        wait "$pid" 2>/dev/null
        kills=$((kills + 1))
    fi
    pid=
}

# A fresh private home whose settings turn the rating before a session off, so the player starts at once.
new_home() {
    mkdir -p "$1/data" "$1/config/Unknot"
    printf '[journal]\nrateBefore=false\n' >"$1/config/Unknot/Unknot.conf"
}

declare -A schedules # plan JSON -> helper output
# Step ends of what --start plays first, for the rounds that aim at one: the first steps, up to 2 minutes in.
if ! first_schedule=$("$schedule_tool" "$start_id"); then
    echo "unknot-crash-schedule cannot play '$start_id'" >&2
    exit 2
fi
boundaries=($(awk '$1 == "step" && $3 <= 120000 { print $3 }' <<<"$first_schedule"))
[ "${#boundaries[@]}" -gt 0 ] || boundaries=($(awk '$1 == "step" { print $3; exit }' <<<"$first_schedule"))
startup_ms=1500 # launch to engine start; measured by each round that gets that far

echo "Unknot crash bench: $rounds rounds of '$start_id', kill -9 after $min_ms–$max_ms ms, margin $margin ms"
echo "app: $app   scratch: $work"
last_db=
for round in $(seq "$rounds"); do
    dir="$work/round-$round"
    db="$dir/journal.sqlite"
    new_home "$dir"
    if [ "$boundary_every" -gt 0 ] && [ $((round % boundary_every)) -eq 0 ]; then
        aim=${boundaries[$((RANDOM % ${#boundaries[@]}))]}
        run_ms=$((startup_ms + aim - 2000 + RANDOM % 4001))
        aimed=" (aimed at a step's end, ${aim} ms into the session)"
    else
        pick_run_ms
        aimed=
    fi
    launched=$(now_ms)
    start_app "$dir" "$dir/run.log" --start "$start_id"
    sleep_ms "$run_ms"
    kill_at=$(now_ms)
    kill_app "round $round: the app"
    line="round $round: killed after $((run_ms / 1000)).$(printf '%03d' $((run_ms % 1000))) s$aimed"

    if [ ! -f "$db" ]; then
        no_journal=$((no_journal + 1))
        echo "$line; no journal yet"
    else
        # Checked on a copy of the file and its WAL, so the app's restart below meets the journal as the kill left it.
        snap="$dir/snapshot"
        mkdir -p "$snap"
        cp "$db" "$snap/journal.sqlite"
        [ -f "$db-wal" ] && cp "$db-wal" "$snap/journal.sqlite-wal"
        q() { sqlite3 -batch -noheader -separator ' ' "$snap/journal.sqlite" "$1" 2>&1; }
        integrity=$(q 'PRAGMA integrity_check;')
        [ "$integrity" = ok ] || fail "round $round: integrity_check says: $integrity"
        fk=$(q 'PRAGMA foreign_key_check;')
        [ -z "$fk" ] || fail "round $round: foreign_key_check says: $fk"
        session=$(q "SELECT id || ' ' || status FROM session ORDER BY id;" 2>/dev/null)
        if [ -z "$session" ] || [[ "$session" == *"no such table"* ]]; then
            no_session=$((no_session + 1))
            echo "$line; journal made, no session yet"
            grep -q "session [0-9]* started" "$dir/run.log" && fail "round $round: the log says a session started, the journal has none"
        else
            sessions=$((sessions + 1))
            read -r sid status <<<"$(head -1 <<<"$session")"
            [ "$(wc -l <<<"$session")" -eq 1 ] || fail "round $round: more than one session in a fresh journal: $session"
            plan=$(q "SELECT plan FROM session WHERE id = $sid;")
            if [ -z "${schedules[$plan]+set}" ]; then
                schedules[$plan]=$("$schedule_tool" "$plan") || fail "round $round: no schedule for plan $plan"
            fi
            sched=${schedules[$plan]}
            # The origin: when the log says the session started (just after the engine did); else started_at.
            logged=$(sed -n "s/^\[\([0-9-]* [0-9:.]*\)\] \[[a-z]*\] \[info\] session $sid started: .*/\1/p" "$dir/run.log" | head -1)
            if [ -n "$logged" ]; then
                origin=$(date -d "$logged" +%s%3N)
                startup_ms=$((origin - launched))
            else
                origin=$(q "SELECT $(epoch_sql started_at) FROM session WHERE id = $sid;")
            fi
            elapsed=$((kill_at - origin))
            found=$(q "SELECT position FROM session_step WHERE session_id = $sid ORDER BY position, visit;")
            n_found=$(grep -c . <<<"$found")
            steps_recorded=$((steps_recorded + n_found))
            due=0 due_found=0 in_margin=0
            while read -r kind position end _; do
                [ "$kind" = step ] || continue
                if [ "$end" -le $((elapsed - margin)) ]; then
                    due=$((due + 1))
                    if grep -qx "$position" <<<"$found"; then
                        due_found=$((due_found + 1))
                    else
                        fail "round $round: step $((position + 1)) ended at $end ms, $((elapsed - end)) ms before the kill, but is not in session_step"
                    fi
                elif [ "$end" -le "$elapsed" ]; then
                    in_margin=$((in_margin + 1))
                fi
            done <<<"$sched"
            # What is there must have been able to finish, and only once.
            for position in $found; do
                end=$(awk -v p="$position" '$1 == "step" && $2 == p { print $3 }' <<<"$sched")
                if [ -z "$end" ]; then
                    fail "round $round: session_step holds position $position, which the schedule does not record"
                elif [ "$end" -gt "$elapsed" ]; then
                    fail "round $round: step $((position + 1)) is recorded but was due only $((end - elapsed)) ms after the kill (schedule wrong?)"
                fi
            done
            dup=$(q "SELECT position, visit FROM session_step WHERE session_id = $sid GROUP BY position, visit HAVING COUNT(*) > 1;")
            [ -z "$dup" ] || fail "round $round: steps recorded twice: $dup"
            # How long after its scheduled end each step reached the journal (engine start, timers, the write).
            lag=
            [ "$n_found" -gt 0 ] && lag=$(q "SELECT MAX($(epoch_sql s.ended_at) - $origin - CASE s.position $(awk '$1 == "step" { printf "WHEN %s THEN %s ", $2, $3 }' <<<"$sched") END)
                     FROM session_step s WHERE s.session_id = $sid;")
            [ -n "$lag" ] && { [ -z "$max_lag" ] || [ "$lag" -gt "$max_lag" ]; } && max_lag=$lag
            # The app's own line for each step it committed.
            while read -r n s; do
                [ "$s" = "$sid" ] && ! grep -qx "$((n - 1))" <<<"$found" && fail "round $round: the log says step $n of session $s was recorded; it is not in session_step"
            done < <(sed -n 's/.*recorded step \([0-9]*\) of session \([0-9]*\).*/\1 \2/p' "$dir/run.log")
            total=$(awk '$1 == "end" { print $2 }' <<<"$sched")
            if [ -n "$total" ] && [ "$total" -le $((elapsed - margin)) ]; then
                [ "$status" = completed ] || fail "round $round: the plan ended $((elapsed - total)) ms before the kill, status is '$status'"
                completed=$((completed + 1))
            elif [ -n "$total" ] && [ "$total" -le "$elapsed" ]; then
                [[ "$status" =~ ^(running|completed)$ ]] || fail "round $round: status '$status' at the very end of the plan"
            else
                [ "$status" = running ] || fail "round $round: session $sid is '$status', not 'running', after a kill mid-session"
            fi
            steps_due=$((steps_due + due)) steps_due_found=$((steps_due_found + due_found))
            steps_in_margin=$((steps_in_margin + in_margin))
            echo "$line; session $sid '$status', $((elapsed / 1000)).$(printf '%03d' $((elapsed % 1000))) s in: $due step(s) finished, $due_found found, $n_found recorded, $in_margin within the margin"
        fi
    fi

    # The next start on the same journal (no --start: it offers the resume) must open it, not fall back to memory.
    start_app "$dir" "$dir/restart.log"
    restart_pid=$pid
    sleep_ms "$restart_ms"
    kill_app "round $round: the restart"
    if grep -q "running without a journal\|journal in use by process\|could not" "$dir/restart.log"; then
        fail "round $round: the restart could not open the journal: $(grep -m1 "running without a journal\|journal in use by process\|could not" "$dir/restart.log")"
    elif ! grep -q "database $db open at format" "$dir/restart.log"; then
        fail "round $round: the restart did not log 'database … open' within $restart_ms ms"
    else
        opened_again=$((opened_again + 1))
    fi
    if [ -f "$db" ]; then
        q2() { sqlite3 -batch -noheader -separator ' ' "$db" "$1" 2>&1; }
        integrity=$(q2 'PRAGMA integrity_check;')
        [ "$integrity" = ok ] || fail "round $round: after the restart, integrity_check says: $integrity"
        if [ -n "${sid:-}" ] && [ "${status:-}" = running ]; then
            after=$(q2 "SELECT status || ' ' || (SELECT COUNT(*) FROM session_step WHERE session_id = $sid) || ' ' || IFNULL(owner, '') FROM session WHERE id = $sid;")
            read -r status2 count2 owner2 <<<"$after"
            [ "$status2" = running ] || fail "round $round: after the restart (killed at its resume question) the session is '$status2'"
            [ "$count2" = "$n_found" ] || fail "round $round: the restart changed the steps recorded from $n_found to $count2"
            # Claiming the session for its resume question writes the restart's "boot/pid/start" token.
            [[ "$owner2" == */"$restart_pid"/* ]] || fail "round $round: the restart did not reach the resume offer within $restart_ms ms (owner '$owner2')"
        fi
        last_db=$db
    fi
    sid= status=
done

# A damaged journal: a copy of the last one with a few pages of noise in its middle. The app must not write to it.
echo "corrupt round:"
corrupt_ok=no
if [ -z "$last_db" ]; then
    fail "corrupt round: no round left a journal to damage"
else
    dir="$work/corrupt"
    new_home "$dir"
    db="$dir/journal.sqlite"
    sqlite3 "$last_db" "VACUUM INTO '$db';" && sqlite3 "$db" 'PRAGMA journal_mode = DELETE;' >/dev/null
    pages=$(sqlite3 "$db" 'PRAGMA page_count;')
    page_size=$(sqlite3 "$db" 'PRAGMA page_size;')
    # Noise over free or unused space goes unnoticed (and harms nothing): move on until quick_check sees it.
    page=$((pages / 2)) check=ok
    for _ in $(seq 10); do
        cp "$db" "$db.clean"
        dd if=/dev/urandom of="$db" bs="$page_size" seek="$page" count=3 conv=notrunc status=none
        check=$(sqlite3 -readonly "$db" 'PRAGMA quick_check;' 2>&1 | head -1)
        [ "$check" != ok ] && break
        mv "$db.clean" "$db"
        page=$(((page + 7) % (pages - 3) + 1))
    done
    rm -f "$db.clean"
    if [ "$check" = ok ]; then
        fail "corrupt round: could not damage the copy in a way quick_check notices"
    else
        before=$(sha256sum <"$db")
        echo "  $((3 * page_size / 1024)) KiB of noise at page $page of $pages; sqlite3 quick_check: $check"
        start_app "$dir" "$dir/run.log" --start "$start_id"
        sleep_ms "$restart_ms"
        kill_app "corrupt round: the app"
        after=$(sha256sum <"$db")
        if [ "$before" = "$after" ]; then
            echo "  journal unchanged (sha256 ${after:0:16}…)"
        else
            fail "corrupt round: the app changed the damaged journal"
        fi
        for extra in "$db-wal" "$db-journal"; do
            [ -s "$extra" ] && fail "corrupt round: the app wrote $(basename "$extra") beside the damaged journal"
        done
        if grep -q "running without a journal: .*is damaged" "$dir/run.log"; then
            echo "  log: $(grep -m1 -o "running without a journal: .*is damaged" "$dir/run.log")"
            corrupt_ok=yes
        else
            fail "corrupt round: the log does not say the journal is damaged"
        fi
    fi
fi

echo
echo "summary"
echo "  rounds:                     $rounds (+1 damaged journal)"
echo "  kills (kill -9):            $kills"
echo "  killed before the journal:  $no_journal; before the session: $no_session; in a session: $sessions"
echo "  steps finished before kill: $steps_due, found in the journal: $steps_due_found"
echo "  steps recorded in all:      $steps_recorded ($steps_in_margin ended within ${margin} ms of a kill)"
echo "  sessions completed:         $completed"
echo "  restarts that opened:       $opened_again of $rounds"
echo "  damaged journal refused:    $corrupt_ok"
echo "  launch to session start:    $startup_ms ms (last round that logged it)"
echo "  worst step-to-journal lag:  ${max_lag:-none} ms (ended_at minus scheduled end; the origin is logged just after the engine starts, so it may be below 0)"
echo "  failures:                   $failures"
[ "$failures" -eq 0 ]
