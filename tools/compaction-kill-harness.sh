#!/usr/bin/env bash
# SIGKILLs `jobmatch journal compact` at random points while two colleagues record triage
# decisions on the same data directory, and checks that every decision a command
# acknowledged ("recorded as journal entry N") is in the replayed state as entry N, that
# the journal and its snapshot replay after every kill, that no kill leaves a torn line,
# and that appends and compaction still work at the end.
#
#   tools/compaction-kill-harness.sh [KILLS] [JOBMATCH_BINARY]
#
# Defaults: 200 kills (at most 299), .build/debug/jobmatch. Every trial starts one compaction
# and, at the same moment, `triage decide` on V000002 and on V000003 (candidate i of the
# trial, so each acknowledged decision stays standing). Odd trials kill the compaction at
# one of its 8 steps (JOBMATCH_CRASH_AT=1..8, see docs/reliability.md); even trials after a
# random delay between 0.3 and 1.3 times an unkilled compaction's run time. The deciders
# are never killed. Exit status 1 if anything is wrong. Results: docs/reliability.md.
set -u
KILLS=${1:-200}
(( KILLS > 299 )) && KILLS=299
J=${2:-.build/debug/jobmatch}
J=$(cd "$(dirname "$J")" && pwd)/$(basename "$J")
W=$(mktemp -d /tmp/jm-ckill.XXXXXX)
chmod 700 "$W"
trap 'rm -rf "$W"' EXIT
export JOBMATCH_USER=mette.frh
"$J" generate --seed 7 --today 2026-11-24 --candidates 300 --vacancies 40 --out "$W/d" >/dev/null || exit 2

ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
for k in 1 2 3 4 5 6 7 8; do "$J" triage decide V000001 "$(printf 'K%06d' $k)" maybe --data "$W/d" >/dev/null; done
T=$(ms "$J" journal compact --data "$W/d")
echo "unkilled compaction: ${T} ms"

bad=0; torn=0; acked=0; refused=0; compacted=0; killed=0; finished=0; old_with_snapshot=0; temp_left=0
: > "$W/acked"
decide() {   # vacancy candidate outfile
  if "$J" triage decide "$1" "$2" yes --data "$W/d" > "$3" 2>&1; then
    echo "$1 $2 $(sed -E 's/.*journal entry ([0-9]+).*/\1/' "$3")" >> "$W/acked"
  fi
}
for i in $(seq 1 "$KILLS"); do
  k=$(printf 'K%06d' "$i")
  if (( i % 2 == 1 )); then
    JOBMATCH_CRASH_AT=$(( RANDOM % 8 + 1 )) "$J" journal compact --data "$W/d" > "$W/c" 2>&1 &
  else
    "$J" journal compact --data "$W/d" > "$W/c" 2>&1 &
  fi
  cpid=$!
  decide V000002 "$k" "$W/o1" & d1=$!
  decide V000003 "$k" "$W/o2" & d2=$!
  if (( i % 2 == 0 )); then
    sleep "$(awk -v t="$T" -v r="$RANDOM" 'BEGIN { printf "%.3f", t * (0.3 + (r % 1000) / 1000) / 1000 }')"
    kill -9 "$cpid" 2>/dev/null
  fi
  wait "$cpid" 2>/dev/null; st=$?
  if (( st == 137 )); then killed=$((killed + 1)); else finished=$((finished + 1)); fi
  grep -q "^compacted" "$W/c" && compacted=$((compacted + 1))
  wait "$d1" "$d2"
  for o in "$W/o1" "$W/o2"; do grep -q "recorded as journal entry" "$o" || { refused=$((refused + 1)); echo "decide refused in trial $i: $(cat "$o")"; }; done
  if [ -s "$W/d/journal.jsonl" ] && [ -n "$(tail -c 1 "$W/d/journal.jsonl")" ]; then
    echo "TORN after trial $i"; torn=$((torn + 1)); bad=$((bad + 1))
  fi
  if ! "$J" journal status --json --data "$W/d" > "$W/s" 2> "$W/s.err"; then
    echo "WRONG after trial $i: the journal does not replay:"; cat "$W/s.err"; bad=$((bad + 1)); break
  fi
  # Where the kill left it: the new snapshot with the old journal (its first line is not
  # after the snapshot), or a temp journal never renamed in.
  if (( st == 137 )); then
    snap=$(python3 -c 'import json,sys; s=json.load(open(sys.argv[1])).get("snapshot"); print(s["sequence"] if s else 0)' "$W/s")
    first=$(head -n 1 "$W/d/journal.jsonl" | sed -nE 's/^\{"seq":([0-9]+),.*/\1/p')
    [ -n "$first" ] && (( first <= snap )) && old_with_snapshot=$((old_with_snapshot + 1))
    ls -a "$W/d" | grep -q "^\.journal\.jsonl\.tmp-$cpid-" && temp_left=$((temp_left + 1))
  fi
done

# Every acknowledged decision is standing in the replayed state, as the entry it was told.
for v in V000002 V000003; do
  "$J" triage status "$v" --json --data "$W/d" > "$W/$v.json" 2> "$W/$v.err" || { echo "WRONG: $v does not replay"; cat "$W/$v.err"; bad=$((bad + 1)); }
done
python3 - "$W" <<'EOF' || bad=$((bad + 1))
import json, sys
w = sys.argv[1]
standing = {}
for v in ("V000002", "V000003"):
    for row in json.load(open(f"{w}/{v}.json"))["decisions"]:
        standing[(v, row["candidate"])] = row["sequence"]
wrong = 0
acked = [l.split() for l in open(f"{w}/acked") if l.strip()]
seqs = [int(n) for _, _, n in acked]
if len(set(seqs)) != len(seqs):
    print("WRONG: an entry number was acknowledged twice"); wrong += 1
for v, k, n in acked:
    if standing.get((v, k)) != int(n):
        print(f"WRONG: acknowledged {v} {k} as entry {n}, replayed: {standing.get((v, k))}"); wrong += 1
sys.exit(1 if wrong else 0)
EOF
acked=$(wc -l < "$W/acked")
"$J" triage decide V000002 K000300 yes --data "$W/d" >/dev/null || { echo "WRONG: no append after the kills"; bad=$((bad + 1)); }
"$J" journal compact --data "$W/d" > "$W/c" 2>&1 || { echo "WRONG: no compaction after the kills: $(cat "$W/c")"; bad=$((bad + 1)); }
"$J" validate --data "$W/d" >/dev/null 2>&1 || { echo "WRONG: the data directory does not validate"; bad=$((bad + 1)); }
echo "kills: $KILLS; compactions killed: $killed (leaving the new snapshot with the old journal: $old_with_snapshot;" \
     "a temp journal not yet renamed in: $temp_left), finished: $finished (compacted: $compacted, others busy or nothing to do);" \
     "decisions acknowledged: $acked, refused: $refused; last entry: $(sed -nE 's/.*"lastSequence" : ([0-9]+).*/\1/p' "$W/s");" \
     "torn tails: $torn; wrong: $bad"
(( bad == 0 ))
