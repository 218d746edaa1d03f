#!/usr/bin/env bash
# Throughput of the date annotator.
#
# usage: Benchmarks/dates.sh [TEXT_FILE] [REPEATS]
#
# Builds the release binary, then converts TEXT_FILE (default: a synthetic news text of about 4 MB, a date
# in about one sentence in three; DENSE=1 puts dates in every sentence) to plain text twice: with the date
# layer only, and with no annotation layer. The difference is the date stage's own time; both runs share
# reading, tokenizing and sentence splitting. Prints MB/s (UTF-8 bytes per second) for the date stage and
# for the whole run. Best of REPEATS (default 3) runs, user CPU time, so that other load on the machine
# counts less.
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
import os, random, sys
random.seed(7)
months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
subjects = ["The ministry", "Officials", "The central bank", "Rebel leaders", "The company", "Police", "The council", "Analysts"]
verbs = ["said", "announced", "reported", "confirmed", "warned", "denied", "expected", "agreed"]
fillers = [
    "{s} {v} that the proposal needed further study before any vote in parliament could take place.",
    "Opposition parties criticised the plan, arguing that it would raise costs for families and small firms.",
    "The region has long depended on exports of grain, timber and machinery to its neighbours.",
    "Several hundred people gathered outside the building, and police kept the crowd away from the entrance.",
    "{s} {v} the figures were in line with forecasts, although some economists had expected a sharper fall.",
    "Negotiators from both sides met behind closed doors and declined to comment on the substance of the talks.",
    "The agency, which employs about {n}00 people, has been criticised for its handling of earlier complaints.",
]
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
        # About one sentence in three has a date, as in wire news; DENSE=1 puts dates in every sentence.
        dense = os.environ.get("DENSE") == "1"
        t = random.choice(templates) if dense or random.random() < 0.35 else random.choice(fillers)
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
import os, resource, subprocess, sys
binary, path, repeats = sys.argv[1], sys.argv[2], int(sys.argv[3])
size = os.path.getsize(path)

def best(*flags):
    times = []
    for _ in range(repeats):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run([binary, "convert", path, "--to", "text", "--published", "1998-05-20", *flags],
                       stdout=subprocess.DEVNULL, check=True)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        times.append((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime))
    return min(times)

with_dates = best("--no-entities", "--no-quotes")
without = best("--no-dates", "--no-entities", "--no-quotes")
stage = with_dates - without
print(f"input: {path} ({size} bytes)")
print(f"convert with dates:    {with_dates:.3f} s CPU")
print(f"convert without dates: {without:.3f} s CPU")
print(f"date stage: {stage:.3f} s = {size / stage / 1e6:.1f} MB/s" if stage > 0 else "date stage: below timing resolution")
print(f"whole convert with dates: {size / with_dates / 1e6:.1f} MB/s")
PY
