#!/usr/bin/env bash
# SIGKILLs jobmatch while it installs demo data, generates over an existing directory, or
# saves records, and checks that every directory left behind holds either the complete old
# data or the complete new data — never a silent mix, never an empty directory that loads.
#
#   tools/kill-harness.sh [TRIALS_PER_PATH] [JOBMATCH_BINARY]
#
# Defaults: 110 trials per path (330 in all), .build/debug/jobmatch. Each trial kills the
# process either at a random moment (kill -9 after a random delay up to the command's
# usual run time) or, every other trial, at a random step of its write
# (JOBMATCH_CRASH_AT=N: after a staged file, after the manifest, after a rename).
# Then it loads the directory over and over while saves and generate runs write to it,
# checking that no reader ever sees part of a write. Exit status 1 if any outcome was wrong. Results are summarised at the end; record them in
# docs/reliability.md.
set -u
TRIALS=${1:-110}
J=${2:-.build/debug/jobmatch}
J=$(cd "$(dirname "$J")" && pwd)/$(basename "$J")
W=$(mktemp -d /tmp/jm-kill.XXXXXX)
chmod 700 "$W"
trap 'rm -rf "$W"' EXIT
bad=0
declare -A tally

note() { tally[$1]=$(( ${tally[$1]:-0} + 1 )); }
wrong() { echo "WRONG ($1, trial $2): $3"; bad=$((bad + 1)); note "$1:WRONG"; }

GEN="--today 2026-11-24 --candidates 300 --vacancies 60"
"$J" generate --seed 1 $GEN --out "$W/old" >/dev/null || exit 2
"$J" generate --seed 2 $GEN --out "$W/new" >/dev/null || exit 2
"$J" init --demo --today 2026-11-24 --data "$W/demo" >/dev/null || exit 2
OLD=$("$J" kill-probe digest --data "$W/old")
NEW=$("$J" kill-probe digest --data "$W/new")
DEMO=$("$J" kill-probe digest --data "$W/demo")

# How long each command takes when left alone, in milliseconds.
ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
cp -a "$W/old" "$W/t"; T_GEN=$(ms "$J" generate --seed 2 $GEN --out "$W/t"); rm -rf "$W/t"
T_INIT=$(ms "$J" init --demo --today 2026-11-24 --data "$W/t"); rm -rf "$W/t"
cp -a "$W/old" "$W/t"; T_SAVE=$(ms "$J" kill-probe saves --count 20 --data "$W/t"); rm -rf "$W/t"
echo "unkilled run times: install ${T_INIT} ms, generate ${T_GEN} ms, 20 saves ${T_SAVE} ms"

# Runs "$@" and kills it: at a random step when $2 is "step", else after a random delay.
killed_run() {
  local how=$1 limit=$2; shift 2
  if [ "$how" = step ]; then
    JOBMATCH_CRASH_AT=$(( RANDOM % limit + 1 )) "$@" >/dev/null 2>&1
  else
    "$@" >/dev/null 2>&1 &
    local pid=$!
    sleep "$(awk -v r=$RANDOM -v t="$limit" 'BEGIN { printf "%.3f", r / 32767 * t * 1.1 / 1000 }')"
    kill -9 $pid 2>/dev/null
    wait $pid 2>/dev/null
  fi
  echo $?
}

for i in $(seq 1 "$TRIALS"); do
  how=time; [ $((i % 2)) -eq 0 ] && how=step

  # 1. install: a new directory with demo data.
  rm -rf "$W/d" "$W"/.d.setup-*
  limit=$T_INIT; [ $how = step ] && limit=16
  rc=$(killed_run $how $limit "$J" init --demo --today 2026-11-24 --data "$W/d")
  [ "$rc" = 137 ] && note install:killed
  if got=$("$J" kill-probe digest --data "$W/d" 2>/dev/null); then
    [ "$got" = "$DEMO" ] && note install:new || wrong install "$i" "loads but is not the demo: $got"
  else
    msg=$("$J" validate --data "$W/d" 2>&1)
    case "$msg" in
      *"no data directory at"*|*"is empty"*) note install:old ;;
      *) wrong install "$i" "$msg" ;;
    esac
  fi

  # 2. generate over an existing data directory.
  rm -rf "$W/d"; cp -a "$W/old" "$W/d"
  limit=$T_GEN; [ $how = step ] && limit=15
  rc=$(killed_run $how $limit "$J" generate --seed 2 $GEN --out "$W/d")
  [ "$rc" = 137 ] && note generate:killed
  got=$("$J" kill-probe digest --data "$W/d" 2>&1)
  if [ "$got" = "$OLD" ]; then note generate:old
  elif [ "$got" = "$NEW" ]; then note generate:new
  else wrong generate "$i" "$got"; fi
  # The next write must succeed and finish what the killed one left.
  if [ $((i % 5)) -eq 0 ]; then
    "$J" generate --seed 2 $GEN --out "$W/d" >/dev/null 2>&1 && [ "$("$J" kill-probe digest --data "$W/d")" = "$NEW" ] \
      || wrong generate "$i" "the write after the kill failed"
  fi

  # 3. saves: 20 single-record saves in a row.
  rm -rf "$W/d"; cp -a "$W/old" "$W/d"
  limit=$T_SAVE; [ $how = step ] && limit=60
  rc=$(killed_run $how $limit "$J" kill-probe saves --count 20 --data "$W/d")
  [ "$rc" = 137 ] && note save:killed
  if out=$("$J" kill-probe check-saves --count 20 --reference "$W/old" --data "$W/d" 2>&1); then
    case "$out" in
      "ok 0 "*) note save:old ;;
      "ok 20 "*) note save:new ;;
      *) note save:between ;;   # k whole saves applied, the (k+1)th not at all
    esac
  else
    wrong save "$i" "$out"
  fi
done

# 4. Readers during writes (no kill): every load while saves or a generate run must see
# whole writes only — a prefix of the saves, or the old or the new generated data.
reads=0
rm -rf "$W/d"; cp -a "$W/old" "$W/d"
"$J" kill-probe saves --count 20 --data "$W/d" >/dev/null 2>&1 &
writer=$!
while kill -0 $writer 2>/dev/null; do
  out=$("$J" kill-probe check-saves --count 20 --reference "$W/old" --data "$W/d" 2>&1) || wrong read-during-save $reads "$out"
  reads=$((reads + 1)); note read:during-saves
done
wait $writer
rm -rf "$W/d"; cp -a "$W/old" "$W/d"
for g in 1 2 3; do
  ( for s in 2 1 2 1 2; do "$J" generate --seed $s $GEN --out "$W/d" >/dev/null 2>&1; done ) &
  writer=$!
  while kill -0 $writer 2>/dev/null; do
    got=$("$J" kill-probe digest --data "$W/d" 2>&1)
    [ "$got" = "$OLD" ] || [ "$got" = "$NEW" ] || wrong read-during-generate $reads "$got"
    reads=$((reads + 1)); note read:during-generate
  done
  wait $writer
done

echo "trials per path: $TRIALS (random-time and random-step kills alternate)"
for k in $(printf '%s\n' "${!tally[@]}" | sort); do echo "  $k: ${tally[$k]}"; done
kills=$(( ${tally[install:killed]:-0} + ${tally[generate:killed]:-0} + ${tally[save:killed]:-0} ))
echo "processes killed by SIGKILL: $kills; wrong outcomes: $bad"
[ $bad -eq 0 ]
