#!/usr/bin/env bash
# SIGKILLs the real workbench in the middle of triage sessions (under tmux, on a private
# copy of data/demo) and checks that
#   1. every decision acknowledged on screen before the kill ("K000123: yes — saved
#      (entry 57)", "Undone — saved (entry 58)") is line 57/58 of journal.jsonl, with that
#      candidate and decision;
#   2. the restarted session resumes at the right card: with S standing decisions on the
#      vacancy (from `jobmatch triage status V --json`, i.e. the journal), the card on
#      screen is "Card S+1 of M" and its candidate has no standing decision;
#   3. the journal never has a torn last line and always replays.
#
#   tools/triage-kill-harness.sh [KILLS] [JOBMATCH_BINARY]
#
# Defaults: 220 kills, .build/debug/jobmatch. `tools/triage-kill-harness.sh 12` is a short
# run. Each trial starts the workbench, opens `:triage V`, checks the card, then presses 1–4
# decision keys (y, m, n + a reason key, u), reading the screen after each, and kills the
# process: even trials with `kill -9` a random 0–40 ms after the last key (while it reads
# the key, appends, fsyncs, draws, or after), odd trials at a chosen step of the append
# (JOBMATCH_CRASH_AT: after the line's write before its fsync, or after the fsync before the
# card changes). A vacancy close to fully decided is swapped for the next one. The harness
# presses no `s` and no `[`/`]`, so the decided cards are always the first S of the queue
# and "Card S+1" is the right card by the session's rules (docs/user-guide.md, Triage).
# Exit status 1 if anything was wrong. Results go in docs/reliability.md (Triage sessions).
set -u
KILLS=${1:-220}
J=${2:-.build/debug/jobmatch}
J=$(cd "$(dirname "$J")" && pwd)/$(basename "$J")
ROOT=$(cd "$(dirname "$0")/.." && pwd)
W=$(mktemp -d /tmp/jm-tkill.XXXXXX)
chmod 700 "$W"
SOCK="jm-tkill-$$"
tm() { tmux -L "$SOCK" "$@"; }
trap 'tm kill-server >/dev/null 2>&1; rm -rf "$W"' EXIT
command -v tmux >/dev/null || { echo "tmux is not installed"; exit 2; }
cp -R "$ROOT/data/demo" "$W/d" && chmod -R go-rwx "$W/d" || exit 2
rm -f "$W/d/journal.jsonl"
USEROPTS="--user mette.frh --municipality 0813"
TODAY="--today 2026-11-24"
J_ARGS="--data $W/d $TODAY $USEROPTS"
READY='Ready: Enter on a vacancy'   # the Dashboard once the matching index is built

bad=0; acked=0; kills=0; crashes=0; resumed=0; torn=0; vacancies=0
wrong() { echo "WRONG (trial $1): $2"; bad=$((bad + 1)); }

# The standing decisions on $1, one "K… verdict" per line (the journal as replayed).
standing() {
  "$J" triage status "$1" --json --data "$W/d" $USEROPTS 2>"$W/status.err" | python3 -c '
import json, sys
for d in json.load(sys.stdin)["decisions"]: print(d["candidate"], d["decision"])'
}

start() {  # [CRASH_AT]
  local envs=(-e LANG=C.UTF-8 -e TERM=xterm-256color -e JOBMATCH_USER=mette.frh)
  [ -n "${1:-}" ] && envs+=(-e "JOBMATCH_CRASH_AT=$1")
  tm kill-server >/dev/null 2>&1
  tm new-session -d -s t -x 100 -y 30 "${envs[@]}" "exec $J $J_ARGS" </dev/null >/dev/null 2>&1 || return 1
  tm set-option -t t remain-on-exit on >/dev/null
  PID=$(tm display-message -p -t t '#{pane_pid}')
}
screen() { tm capture-pane -p -t t 2>/dev/null; }
dead() { [ "$(tm display-message -p -t t '#{pane_dead}' 2>/dev/null)" = 1 ]; }
# Waits up to $2 seconds for the screen to match the regex $1; prints the screen.
wait_for() {
  local i s
  for ((i = 0; i < $2 * 20; i++)); do
    s=$(screen); if grep -Eq "$1" <<<"$s"; then printf '%s' "$s"; return 0; fi
    dead && break
    sleep 0.05
  done
  printf '%s' "$s"; return 1
}
# Records the acknowledgement on screen (bottom line), if it is a new one.
LAST_ACK=0
note_ack() {
  local line n
  line=$(printf '%s\n' "$1" | grep -Eo '(K[0-9]{6}: (yes|no|maybe)[^—]*|Undone|Redone) — saved \(entry [0-9]+\)' | tail -n 1)
  [ -z "$line" ] && return
  n=$(sed -E 's/.*entry ([0-9]+)\)/\1/' <<<"$line")
  (( n == LAST_ACK )) && return
  LAST_ACK=$n
  echo "$n $line" >> "$W/acked"
  acked=$((acked + 1))
}

# Vacancies to triage: those whose session has at least 12 cards, found by opening them.
V_INDEX=0
next_vacancy() {
  start && wait_for "$READY" 60 >/dev/null || { echo "the workbench did not start"; exit 2; }
  while (( V_INDEX < 450 )); do
    V_INDEX=$((V_INDEX + 1))
    local v; v=$(printf 'V%06d' "$V_INDEX")
    tm send-keys -t t -l ":triage $v"; tm send-keys -t t Enter
    local s; s=$(wait_for "Triage $v.*|Nothing to triage|Nobody to triage|No vacancy" 30)
    s=$(wait_for 'Card [0-9]+ of [0-9]+|Nothing to triage|Nobody to triage|No vacancy' 30)
    local m; m=$(grep -Eo 'Card [0-9]+ of [0-9]+' <<<"$s" | head -n 1 | awk '{print $4}')
    tm send-keys -t t q
    if [ -n "$m" ] && (( m >= 12 )); then V=$v; M=$m; vacancies=$((vacancies + 1)); tm kill-server; return 0; fi
  done
  echo "no vacancy with 12 or more cards"; exit 2
}

: > "$W/acked"
CHECKED=0
next_vacancy
echo "triaging $V ($M cards); $KILLS kills"
for trial in $(seq 1 "$KILLS"); do
  mapfile -t STAND < <(standing "$V")
  S=${#STAND[@]}
  if (( S >= M - 6 )); then next_vacancy; S=0; STAND=(); fi
  crash=
  (( trial % 2 == 1 )) && crash=$(( RANDOM % 6 + 1 ))   # step 1..6: within the 1st..3rd append
  start "$crash" || { wrong "$trial" "tmux did not start"; continue; }
  s=$(wait_for "$READY" 60) || { wrong "$trial" "the workbench did not start"; continue; }
  tm send-keys -t t -l ":triage $V"; tm send-keys -t t Enter
  s=$(wait_for 'Card [0-9]+ of [0-9]+' 30) || { wrong "$trial" "no card after :triage $V"; echo "$s" | tail -5; continue; }
  # Resume check: the first card without a standing decision.
  card=$(grep -Eo 'Card [0-9]+ of [0-9]+' <<<"$s" | head -n 1)
  [ "$card" = "Card $((S + 1)) of $M" ] || wrong "$trial" "resumed at “$card”, expected Card $((S + 1)) of $M ($S standing decisions)"
  shown=$(grep -A1 -E 'Card [0-9]+ of' <<<"$s" | tail -n 1 | grep -Eo 'K[0-9]{6}' | head -n 1)
  for st in "${STAND[@]}"; do
    [ "${st%% *}" = "$shown" ] && wrong "$trial" "the card on screen ($shown) already has a decision (${st#* })"
  done
  resumed=$((resumed + 1))
  LAST_ACK=0
  keys=$(( RANDOM % 4 + 1 ))
  for ((k = 1; k <= keys; k++)); do
    case $(( RANDOM % 8 )) in
      0|1|2) tm send-keys -t t y ;;
      3|4) tm send-keys -t t m ;;
      5|6) tm send-keys -t t n; tm send-keys -t t "$(( RANDOM % 4 + 1 ))" ;;
      7) tm send-keys -t t u ;;
    esac
    if (( k < keys )); then
      sleep 0.15; note_ack "$(screen)"
    fi
    dead && break
  done
  if [ -z "$crash" ]; then
    sleep "$(printf '0.%03d' $(( RANDOM % 40 )))"
    note_ack "$(screen)"          # what was on screen before the kill
    kill -9 "$PID" 2>/dev/null && kills=$((kills + 1))
  else
    for ((i = 0; i < 40; i++)); do dead && break; sleep 0.05; done
    note_ack "$(screen)"
    if dead; then crashes=$((crashes + 1)); else kill -9 "$PID" 2>/dev/null && kills=$((kills + 1)); fi
  fi
  for ((i = 0; i < 40; i++)); do dead && break; sleep 0.05; done
  tm kill-server >/dev/null 2>&1
  # A torn tail would block every later decision; SIGKILL must never leave one.
  if [ -s "$W/d/journal.jsonl" ] && [ -n "$(tail -c 1 "$W/d/journal.jsonl")" ]; then
    wrong "$trial" "torn last line in journal.jsonl"; torn=$((torn + 1))
    truncate -s "$(( $(wc -c < "$W/d/journal.jsonl") - $(tail -n 1 "$W/d/journal.jsonl" | wc -c) ))" "$W/d/journal.jsonl"
  fi
  # Every acknowledged entry is its line, with the acknowledged candidate and decision.
  while read -r n rest; do
    line=$(sed -n "${n}p" "$W/d/journal.jsonl")
    grep -q "\"seq\":$n," <<<"$line" || { wrong "$trial" "acknowledged entry $n is missing"; continue; }
    if [[ $rest =~ ^(K[0-9]{6}):\ (yes|no|maybe) ]]; then
      grep -q "\"candidate\":\"${BASH_REMATCH[1]}\"" <<<"$line" && grep -q "\"decision\":\"${BASH_REMATCH[2]}\"" <<<"$line" \
        || wrong "$trial" "entry $n is not “$rest”: $line"
    elif [[ $rest == Undone* ]]; then
      grep -q '"kind":"undo"' <<<"$line" || wrong "$trial" "entry $n is not an undo: $line"
    fi
  done < <(tail -n +"$((CHECKED + 1))" "$W/acked")
  CHECKED=$(wc -l < "$W/acked")
done
"$J" triage status "$V" --json --data "$W/d" $USEROPTS >/dev/null 2>"$W/status.err" || { wrong end "the journal does not replay: $(cat "$W/status.err")"; }
lines=$(wc -l < "$W/d/journal.jsonl")
echo "trials: $KILLS (SIGKILL from outside: $kills, killed itself inside an append: $crashes);" \
     "vacancies: $vacancies; decisions and undos acknowledged on screen: $acked (all checked);" \
     "sessions resumed and checked: $resumed; journal lines: $lines; torn tails: $torn; wrong: $bad"
(( bad == 0 ))
