#!/usr/bin/env bash
# SIGKILLs `jobmatch triage decide` at random moments and checks that every decision the
# command acknowledged (printed "recorded as journal entry N") is in the journal, that the
# journal replays without a damaged line, and that it still takes appends afterwards.
#
#   tools/journal-kill-harness.sh [KILLS] [JOBMATCH_BINARY]
#
# Defaults: 220 kills, .build/debug/jobmatch. Every trial starts one decide on a small
# generated directory and kills it with SIGKILL: odd trials at a chosen step of the append
# (JOBMATCH_CRASH_AT=1: after the line's write, before its fsync; 2: after the fsync, before
# the acknowledgement is printed), even trials after a random delay between 0.6 and 1.3
# times the command's unkilled run time (while loading, appending, printing, or after it
# finished). Even trials also run a second decider at the same moment (a colleague). Exit status 1 if any acknowledged decision is
# missing or the journal is damaged. Results go in docs/reliability.md (The journal).
set -u
KILLS=${1:-220}
J=${2:-.build/debug/jobmatch}
J=$(cd "$(dirname "$J")" && pwd)/$(basename "$J")
W=$(mktemp -d /tmp/jm-jkill.XXXXXX)
chmod 700 "$W"
trap 'rm -rf "$W"' EXIT
export JOBMATCH_USER=mette.frh
"$J" generate --seed 7 --today 2026-11-24 --candidates 300 --vacancies 40 --out "$W/d" >/dev/null || exit 2

ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
T=$(ms "$J" triage decide V000001 K000001 skip --data "$W/d")
echo "unkilled decide: ${T} ms"

acked=0; killed_before=0; torn=0; bad=0; unacked_present=0
: > "$W/acked"
for i in $(seq 1 "$KILLS"); do
  k=$(printf 'K%06d' $(( (i % 300) + 1 )))
  verdict=$(echo yes no maybe skip | tr ' ' '\n' | sed -n "$(( RANDOM % 4 + 1 ))p")
  if (( i % 2 == 1 )); then
    step=$(( RANDOM % 2 + 1 ))
    JOBMATCH_CRASH_AT=$step "$J" triage decide V000002 "$k" "$verdict" --data "$W/d" > "$W/out" 2>/dev/null &
  else
    "$J" triage decide V000002 "$k" "$verdict" --data "$W/d" > "$W/out" 2>/dev/null &
  fi
  pid=$!
  if (( i % 2 == 0 )); then   # a colleague deciding at the same moment, not killed
    "$J" triage decide V000003 "$k" yes --data "$W/d" > "$W/out2" 2>/dev/null &
    pid2=$!
  else
    pid2=
  fi
  if (( i % 2 == 0 )); then
    sleep "$(awk -v t="$T" -v r="$RANDOM" 'BEGIN { printf "%.3f", t * (0.6 + 0.7 * (r % 1000) / 1000) / 1000 }')"
    kill -9 "$pid" 2>/dev/null
  fi   # odd trials kill themselves at the crash point
  wait "$pid" 2>/dev/null
  [ -n "$pid2" ] && wait "$pid2" 2>/dev/null
  if grep -q "recorded as journal entry" "$W/out"; then
    acked=$((acked + 1))
    sed -E 's/.*journal entry ([0-9]+).*/\1/' "$W/out" >> "$W/acked"
  else
    killed_before=$((killed_before + 1))
    # Killed after its write: the entry may be there though nobody was told (allowed).
    tail -n 1 "$W/d/journal.jsonl" | grep -q "\"vacancy\":\"V000002\",\"candidate\":\"$k\"" && unacked_present=$((unacked_present + 1))
  fi
  [ -n "$pid2" ] && grep -q "recorded as journal entry" "$W/out2" && sed -E 's/.*journal entry ([0-9]+).*/\1/' "$W/out2" >> "$W/acked"
  # A torn tail would block every later decision; SIGKILL must never leave one.
  if [ -n "$(tail -c 1 "$W/d/journal.jsonl" 2>/dev/null)" ]; then
    echo "TORN after trial $i"; torn=$((torn + 1)); bad=$((bad + 1))
    truncate -s "$(( $(wc -c < "$W/d/journal.jsonl") - $(tail -n 1 "$W/d/journal.jsonl" | wc -c) ))" "$W/d/journal.jsonl"
  fi
done

# Every acknowledged entry number is present, with a valid checksum (status replays all).
if ! "$J" triage status V000002 --json --data "$W/d" > "$W/status" 2> "$W/status.err"; then
  echo "WRONG: the journal does not replay:"; cat "$W/status.err"; bad=$((bad + 1))
fi
lines=$(wc -l < "$W/d/journal.jsonl")
while read -r n; do
  if (( n > lines )) || ! sed -n "${n}p" "$W/d/journal.jsonl" | grep -q "\"seq\":$n,"; then
    echo "WRONG: acknowledged entry $n is missing"; bad=$((bad + 1))
  fi
done < "$W/acked"
"$J" triage decide V000002 K000001 yes --data "$W/d" >/dev/null || { echo "WRONG: no append after the kills"; bad=$((bad + 1)); }
echo "kills: $KILLS; acknowledged before the kill: $acked; killed before acknowledging: $killed_before" \
     "(of which the entry was written anyway: $unacked_present);" \
     "acknowledged entries checked: $(wc -l < "$W/acked"); journal lines: $lines; torn tails: $torn; wrong: $bad"
(( bad == 0 ))
