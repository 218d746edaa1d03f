#!/usr/bin/env bash
# Throughput of the date annotator.
#
# usage: Benchmarks/dates.sh [TEXT_FILE] [REPEATS]
#
# Builds the release binary, then converts TEXT_FILE (default: a synthetic news text of about 4 MB with
# dates in most sentences) twice: with the date layer only, and with no annotation layer. The difference is
# the date stage's own time; both runs share tokenizing, sentence splitting and JSON output. Prints MB/s
# (UTF-8 bytes per second) for the date stage and for the whole run.
set -euo pipefail
cd "$(dirname "$0")/.."
repeats="${2:-3}"
swift build -c release --product newsmark >/dev/null
bin=".build/release/newsmark"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

input="${1:-}"
if [[ -z "$input" ]]; then
  input="$work/synthetic.txt"
  python3 - "$input" <<'PY'
import random, sys
random.seed(7)
months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
subjects = ["The ministry", "Officials", "The central bank", "Rebel leaders", "The company", "Police", "The council", "Analysts"]
verbs = ["said", "announced", "reported", "confirmed", "warned", "denied", "expected", "agreed"]
templates = [
    "{s} {v} on {d} that talks would resume on {m} {n}.",
    "{s} {v} {n} days ago that prices had risen by {p} percent since {y}.",
    "In the third quarter of {y}, {s2} {v} a loss, compared with a profit a year earlier.",
    "{s} {v} last week that the two-week exercise would begin next month.",
    "The agreement, signed on {n} {m} {y}, expires at 3 p.m. on {d}.",
    "{s} {v} that the plant had been closed for more than {n} years and would reopen in early {y}.",
    "Turnout was low, and the vote count continued late into the evening as observers watched.",
    "The report, published annually, covers the period from {m} {y} to the end of the decade.",
    "{s} {v} that the measure had broad support among members of parliament and trade unions.",
    "Yesterday's meeting ended without agreement, and negotiators will meet again tomorrow morning.",
]
out = []
size = 0
while size < 4_000_000:
    para = []
    for _ in range(random.randint(3, 6)):
        t = random.choice(templates)
        para.append(t.format(s=random.choice(subjects), s2=random.choice(subjects).lower(), v=random.choice(verbs),
                             d=random.choice(days), m=random.choice(months), n=random.randint(1, 28),
                             y=random.randint(1950, 2025), p=random.randint(1, 40)))
    line = " ".join(para)
    out.append(line)
    size += len(line.encode()) + 2
open(sys.argv[1], "w").write("\n\n".join(out) + "\n")
PY
fi
python3 - "$bin" "$input" "$repeats" <<'PY'
import os, subprocess, sys, time
binary, path, repeats = sys.argv[1], sys.argv[2], int(sys.argv[3])
size = os.path.getsize(path)

def best(*flags):
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        subprocess.run([binary, "convert", path, "--to", "json", "--published", "1998-05-20", *flags],
                       stdout=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - start)
    return min(times)

with_dates = best("--no-entities", "--no-quotes")
without = best("--no-dates", "--no-entities", "--no-quotes")
stage = with_dates - without
print(f"input: {path} ({size} bytes)")
print(f"convert with dates:    {with_dates:.3f} s")
print(f"convert without dates: {without:.3f} s")
print(f"date stage: {stage:.3f} s = {size / stage / 1e6:.1f} MB/s" if stage > 0 else "date stage: below timing resolution")
print(f"whole convert with dates: {size / with_dates / 1e6:.1f} MB/s")
PY
