#!/usr/bin/env python3
"""Fuzz `jobmatch validate` with mutated data directories.

Each run copies a data directory (default: data/demo), damages one file in one or more
ways (byte flips, truncation, invalid UTF-8, NUL, byte order marks, CRLF, huge numbers,
10 MB lines and values, long ids, deep nesting, bad escapes, ...) and runs
`jobmatch validate --data COPY` with a time limit. A run passes when the program exits
0 (valid) or 1 (problems found), within the limit, and every problem it prints starts with
`file:line: ` (record files) or `file: ` (schema.json, municipalities.json), apart from
the closing "… and N more problems" line. A crash (any other status or a signal), a run
over the limit or an unlocated problem fails the whole fuzz run (exit status 1).

    tools/fuzz-validate.py --runs 500 [--seed 1] [--binary .build/release/jobmatch]

The summary (runs, rejected, crashes, runs over the limit, slowest run, largest peak
memory) is printed at the end; failing inputs are kept under --keep (default /tmp).
The test suite runs a short in-process version (Tests/JobStoreTests/BadInputTests.swift).
"""
import argparse
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

RECORD_FILES = ["candidates.jsonl", "vacancies.jsonl", "companies.jsonl", "barometer.jsonl"]
REFERENCE_FILES = ["schema.json", "municipalities.json"]
TEN_MB = 10 * 1024 * 1024
LOCATED = re.compile(rb"^(candidates|vacancies|companies|barometer)\.jsonl:[1-9][0-9]*: |^(schema|municipalities)\.json(:[1-9][0-9]*)?: ")
MORE = re.compile(rb"^\xe2\x80\xa6 and [0-9]+ more problems")


def value_span(data, rng):
    """(start, end) of the value after a random '":' in data."""
    colons = [m.end() for m in re.finditer(rb'":', data[: 4 * 1024 * 1024])]
    if not colons:
        p = rng.randrange(len(data) + 1)
        return p, p
    start = rng.choice(colons)
    depth, end, in_string = 0, start, False
    while end < len(data):
        b = data[end]
        if in_string:
            if b == 0x5C:
                end += 1
            elif b == 0x22:
                in_string = False
        elif b == 0x22:
            in_string = True
        elif b in b"[{":
            depth += 1
        elif b in b"]}":
            if depth == 0:
                break
            depth -= 1
        elif (b == 0x2C and depth == 0) or b == 0x0A:
            break
        end += 1
    return start, end


def mutate(data, rng, name):
    """Damages data one way; returns (new data, description)."""
    def at():
        return rng.randrange(len(data) + 1)

    def insert(new):
        p = at()
        return data[:p] + new + data[p:]

    def replace_value(new):
        s, e = value_span(data, rng)
        return data[:s] + new + data[e:]

    kind = rng.randrange(22)
    if kind == 0:
        b = bytearray(data)
        n = rng.randint(1, 16)
        for _ in range(n):
            if b:
                b[rng.randrange(len(b))] ^= 1 << rng.randrange(8)
        return bytes(b), f"{n} bit flips"
    if kind == 1:
        return data[: at()], "truncation"
    if kind == 2:
        bad = rng.choice([b"\xff", b"\xc3", b"\xc0\xaf", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\x80", b"\xfe\xff"])
        return insert(bad), f"invalid UTF-8 {bad.hex()}"
    if kind == 3:
        return insert(b"\0" * rng.randint(1, 4)), "NUL"
    if kind == 4:
        return b"\xef\xbb\xbf" + data, "leading BOM"
    if kind == 5:
        return insert(b"\xef\xbb\xbf"), "BOM inside"
    if kind == 6:
        return data.replace(b"\n", b"\r\n"), "CRLF"
    if kind == 7:
        n = rng.choice([b"1" + b"0" * 400, b"-1e999999", b"1e-99999", b"9" * 100000, b"1e" + b"9" * 100000,
                        b"0." + b"0" * 100000 + b"1", b"99999999999999999999", b"-9223372036854775809",
                        b"1.5", b"01", b"-", b"1e", b"NaN", b"Infinity", b"-0", b"1E+2"])
        return replace_value(n), f"number {n[:12].decode()}…({len(n)})"
    if kind == 8:
        return replace_value(b'"' + b"x" * TEN_MB + b'"'), "10 MB string value"
    if kind == 9:
        size = rng.choice([1000, 32 * 1024, 100 * 1024, 1024 * 1024, TEN_MB])
        return replace_value(b'"' + b"weld.mig" * (size // 8) + b'"'), f"long id of {size} bytes"
    if kind == 10:
        return insert(b"\n" + bytes(rng.randrange(256) for _ in range(4096)) * (TEN_MB // 4096) + b"\n"), "10 MB line of random bytes"
    if kind == 11:
        return insert(b'\n{"kind":"candidate",' + b'"a":1,' * (TEN_MB // 6) + b'"id":"X"}\n'), "10 MB line of unknown fields"
    if kind == 12:
        return insert(b'\n{"' + b"k" * TEN_MB + b'":1}\n'), "10 MB field name"
    if kind == 13:
        # Mostly different ids (unknown to the schema), so a duplicate check has to look far.
        comps = b"".join(b'{"id":"c%d","level":2,"years":1},' % (k % 200000) for k in range(TEN_MB // 36))
        s = data.find(b'"competences":[')
        if s < 0:
            s = data.find(b'"requirements":[')
        if s < 0:
            return replace_value(b"[" + comps[:-1] + b"]"), "10 MB array"
        s = data.index(b"[", s) + 1
        return data[:s] + comps + data[s:], "10 MB of competences"
    if kind == 14:
        return replace_value(b"[" * rng.choice([100, 10000, 1000000])), "deep nesting"
    if kind == 15:
        e = rng.choice([rb'"\x"', rb'"\u12"', rb'"\ud800"', rb'"\udc00\u0041"', b'"\\', b'"\t"', rb'"\uD83D\uDE00"', b'"\xc3("'])
        return replace_value(e), f"escape {e[:10]!r}"
    if kind == 16:
        lines = data.split(b"\n")
        return data + rng.choice(lines) + b"\n", "duplicated line"
    if kind == 17:
        s = at()
        return data[:s] + data[s + rng.randrange(1, 200):], "deleted bytes"
    if kind == 18:
        s = at()
        return data[:s] + data[s:s + 200] * rng.randint(2, 50) + data[s:], "repeated bytes"
    if kind == 19:
        return data.replace(b'"', b"'", rng.randint(1, 50)), "single quotes"
    if kind == 20:
        return b"", "empty file"
    # Several at once.
    out, what = data, []
    for _ in range(rng.randint(2, 5)):
        out, w = mutate(out, rng, name) if len(out) < 2 * TEN_MB else (out, "")
        what.append(w)
    return out, " + ".join(w for w in what if w)


def run_one(args, i, rng, workdir):
    copy = os.path.join(workdir, f"run{i}")
    shutil.copytree(args.data, copy)
    name = rng.choice(RECORD_FILES * 6 + REFERENCE_FILES)
    path = os.path.join(copy, name)
    with open(path, "rb") as f:
        data = f.read()
    data, what = mutate(data, rng, name)
    with open(path, "wb") as f:
        f.write(data)
    out_path = os.path.join(workdir, f"out{i}")
    err_path = os.path.join(workdir, f"err{i}")
    mem_path = os.path.join(workdir, f"mem{i}")
    del data  # the child's peak memory must not include this process's copy
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        start = time.monotonic()
        # GNU time reports the program's own peak memory (wait4's ru_maxrss would include
        # the pages of this Python process the child had before exec).
        p = subprocess.Popen(["/usr/bin/time", "-q", "-f", "%M", "-o", mem_path, args.binary, "validate", "--data", copy],
                             stdout=out, stderr=err, stdin=subprocess.DEVNULL, start_new_session=True)
        timed_out = False
        while p.poll() is None:
            if time.monotonic() - start > args.timeout:
                timed_out = True
                os.killpg(p.pid, signal.SIGKILL)
                p.wait()
                break
            time.sleep(0.01)
        elapsed = time.monotonic() - start
    try:
        with open(mem_path) as f:
            maxrss_kb = int(f.read().split()[-1])
        os.remove(mem_path)
    except (OSError, ValueError, IndexError):
        maxrss_kb = 0
    result = {"run": i, "file": name, "what": what, "seconds": elapsed, "maxrss_mb": maxrss_kb / 1024,
              "timed_out": timed_out, "status": None, "signal": None, "unlocated": []}
    # GNU time exits 128 + N when the program was killed by signal N.
    if p.returncode < 0:
        result["signal"] = -p.returncode
    elif p.returncode > 128 and not timed_out:
        result["signal"] = p.returncode - 128
    else:
        result["status"] = p.returncode
    with open(out_path, "rb") as f:
        lines = f.read().split(b"\n")
    if result["status"] == 1:
        problems = [l for l in lines if l and not MORE.match(l)]
        # Before the problem list the output is empty; every line is a problem.
        result["unlocated"] = [l[:200] for l in problems if not LOCATED.match(l) or len(l) > 2000][:3]
        if not problems:
            with open(err_path, "rb") as f:
                e = f.read()
            if not e.startswith(copy.encode()):
                result["unlocated"] = [b"no problem listed: " + e[:200]]
    failed = timed_out or result["signal"] is not None or result["status"] not in (0, 1) or result["unlocated"]
    if failed:
        keep = os.path.join(args.keep, f"jobmatch-fuzz-{args.seed}-{i}")
        shutil.rmtree(keep, ignore_errors=True)
        shutil.move(copy, keep)
        result["kept"] = keep
        with open(err_path, "rb") as f:
            result["stderr"] = f.read()[-400:]
    else:
        shutil.rmtree(copy)
    os.remove(out_path)
    os.remove(err_path)
    return result


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("--runs", type=int, default=500)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--binary", default=os.path.join(root, ".build/debug/jobmatch"))
    ap.add_argument("--data", default=os.path.join(root, "data/demo"))
    ap.add_argument("--timeout", type=float, default=10.0)
    ap.add_argument("--keep", default=tempfile.gettempdir())
    args = ap.parse_args()
    signal.signal(signal.SIGINT, signal.default_int_handler)

    workdir = tempfile.mkdtemp(prefix="jobmatch-fuzz-")
    results = []
    try:
        for i in range(args.runs):
            rng = random.Random(args.seed * 1_000_003 + i)  # each run replays alone
            r = run_one(args, i, rng, workdir)
            results.append(r)
            bad = r["timed_out"] or r["signal"] is not None or r["status"] not in (0, 1) or r["unlocated"]
            if bad or i % 50 == 0:
                print(f"run {i}: {r['file']}: {r['what']}: status {r['status']} signal {r['signal']} "
                      f"{r['seconds']:.2f}s {r['maxrss_mb']:.0f} MB" + (f" FAILED, kept {r.get('kept')}" if bad else ""),
                      flush=True)
                if bad:
                    print(f"  unlocated: {r['unlocated']}\n  stderr: {r.get('stderr', b'')!r}", flush=True)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    crashes = [r for r in results if r["signal"] is not None or r["status"] not in (0, 1)]
    slow = [r for r in results if r["timed_out"] or r["seconds"] > args.timeout]
    unlocated = [r for r in results if r["unlocated"]]
    slowest = max(results, key=lambda r: r["seconds"])
    biggest = max(results, key=lambda r: r["maxrss_mb"])
    print(f"\nfuzz-validate: {len(results)} runs (seed {args.seed}, binary {args.binary})")
    print(f"  rejected with problems (exit 1): {sum(1 for r in results if r['status'] == 1)}")
    print(f"  accepted (exit 0): {sum(1 for r in results if r['status'] == 0)}")
    print(f"  crashes: {len(crashes)}; runs over {args.timeout:.0f} s: {len(slow)}; problems without file:line: {len(unlocated)}")
    print(f"  slowest run: {slowest['seconds']:.2f} s (run {slowest['run']}, {slowest['what']} in {slowest['file']})")
    print(f"  largest peak memory: {biggest['maxrss_mb']:.0f} MB (run {biggest['run']}, {biggest['what']} in {biggest['file']})")
    sys.exit(1 if crashes or slow or unlocated else 0)


if __name__ == "__main__":
    main()
