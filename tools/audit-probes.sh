#!/bin/bash
# Probes of the audit log through the real binary (see docs/reliability.md).
# Usage: tools/audit-probes.sh [path/to/jobmatch] [kills] [workers] [appends-per-worker]
# Works on private copies of data/demo under a temp directory; prints one summary line per probe.
set -u
BIN=${1:-.build/release/jobmatch}
KILLS=${2:-300}
WORKERS=${3:-4}
PER=${4:-50}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
fresh() { rm -rf "$TMP/d"; cp -r "$ROOT/data/demo" "$TMP/d"; chmod 700 "$TMP/d"; chmod 600 "$TMP/d"/*; }
view() { "$BIN" explain V000123 K000001 --contact --data "$TMP/d" --today 2026-11-24 --municipality 0510 --user "$1" >/dev/null 2>&1; }

# 1. Concurrent appenders: whole lines, one chain, checkpoint equal to the count.
fresh
for w in $(seq 1 "$WORKERS"); do ( for i in $(seq 1 "$PER"); do view "w$w"; done ) & done
wait
out=$("$BIN" audit verify --data "$TMP/d" 2>&1); rc=$?
echo "concurrent: $WORKERS workers x $PER appends -> rc=$rc: $(echo "$out" | tail -1)"

# 2. SIGKILL at a random moment of `explain --contact` (load, audit append, checkpoint).
fresh
span=0
for i in 1 2 3; do start=$(date +%s%N); view k; end=$(date +%s%N); span=$(( span + (end - start) / 3000 )); done  # µs per run
intact=0; torn=0; other=0; notes=0; grew=0; before=3
for i in $(seq 1 "$KILLS"); do
    "$BIN" explain V000123 K000001 --contact --data "$TMP/d" --today 2026-11-24 --municipality 0510 --user kill >/dev/null 2>&1 &
    pid=$!
    # Aim at 80–115% of a run's length: the append is the last thing it does.
    delay=$(( span * 8 / 10 + RANDOM * span * 35 / 100 / 32768 ))
    sleep "$(awk "BEGIN { printf \"%.6f\", $delay / 1000000 }")"
    kill -9 "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
    out=$("$BIN" audit verify --data "$TMP/d" 2>&1); rc=$?
    if [ $rc -eq 0 ]; then
        intact=$((intact + 1))
        now=$(echo "$out" | tail -1 | sed -n 's/.*: \([0-9]*\) entr.*/\1/p')
        if [ "${now:-0}" -gt "$before" ]; then
            grew=$((grew + 1)); echo "$out" | grep -q '^note:' && notes=$((notes + 1))
        fi
        before=${now:-0}
    elif echo "$out" | grep -q 'the last entry is incomplete'; then
        torn=$((torn + 1))
        bytes=$(echo "$out" | sed -n 's/.*truncate -s \([0-9]*\) audit.jsonl.*/\1/p' | head -1)
        truncate -s "$bytes" "$TMP/d/audit.jsonl"
    else
        other=$((other + 1)); echo "UNEXPECTED after kill $i:"; echo "$out" | head -3
    fi
done
entries=$("$BIN" audit verify --data "$TMP/d" 2>&1 | tail -1)
echo "kills: $KILLS (run takes ${span}us) -> intact $intact ($grew after the entry was written, $notes of them before the checkpoint), torn-and-reported $torn, other $other; final: $entries"

# 3. File-size limit (a full disk): the write that crosses it is cut short by the kernel.
fresh
sizes=""
for i in $(seq 1 8); do
    bash -c "trap '' XFSZ; ulimit -f 2; $(printf '%q' "$BIN") explain V000123 K000001 --contact --data $TMP/d --today 2026-11-24 --municipality 0510" >/dev/null 2>&1
    sizes="$sizes $(stat -c %s "$TMP/d/audit.jsonl")"
done
out=$("$BIN" audit verify --data "$TMP/d" 2>&1); rc=$?
echo "ulimit -f 2 (2048 bytes), 8 appends -> sizes:$sizes; verify rc=$rc: $(echo "$out" | tail -1)"
