#!/usr/bin/env python3
"""Times `newsmark validate` against `xmllint --noout --schema` on the same files and prints the ratios.

    validate_measure.py NEWSMARK SCHEMA CORPUS [--runs N] [--callgrind FILES] [--cachegrind FILES] [--baseline OTHER_NEWSMARK]

CORPUS is a directory made by generate_corpus.py (CORPUS/xml/*.xml and CORPUS/big.xml). Each command runs
N times, interleaved round by round (ratios per round, minimum and median); peak memory is the child's maximum resident set size. With --callgrind,
both tools also run under `valgrind --tool=callgrind` on the first FILES articles and the instruction
counts are compared: unlike times, they do not depend on what else the machine is doing. --cachegrind does the
same under `valgrind --tool=cachegrind --cache-sim=yes` and also compares simulated instruction-cache misses
(the part of the cost instruction counts do not show). With --baseline,
another build of newsmark runs in the same rounds too, so that a change is judged against the load it saw.
"""
import argparse
import glob
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def measure(command, runs):
    """Best wall time, best CPU time (user + system), peak resident memory (MB), exit code, fewest minor
    page faults (memory handed back to the system and touched again costs one per page)."""
    best = None
    best_cpu = None
    peak = 0
    status = None
    faults = None
    for _ in range(runs):
        start = time.perf_counter()
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
        elapsed = time.perf_counter() - start
        cpu = usage.ru_utime + usage.ru_stime
        best = elapsed if best is None else min(best, elapsed)
        best_cpu = cpu if best_cpu is None else min(best_cpu, cpu)
        peak = max(peak, usage.ru_maxrss)  # kilobytes on Linux
        faults = usage.ru_minflt if faults is None else min(faults, usage.ru_minflt)
    return best, best_cpu, peak / 1024.0, os.waitstatus_to_exitcode(status), faults


def instructions(command, scratch):
    """Instructions the command executes, counted by callgrind."""
    out = os.path.join(scratch, "callgrind.out")
    run = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}"] + command,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    found = re.search(r"Collected : (\d+)", run.stderr)
    if not found:
        sys.exit("callgrind failed: " + run.stderr[-500:])
    return int(found.group(1))


def cache_figures(command, scratch):
    """Instructions and simulated first-level instruction-cache misses of the command (cachegrind)."""
    out = os.path.join(scratch, "cachegrind.out")
    run = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=yes", f"--cachegrind-out-file={out}"] + command,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    refs = re.search(r"I\s+refs:\s+([\d,]+)", run.stderr)
    misses = re.search(r"I1\s+misses:\s+([\d,]+)", run.stderr)
    if not refs or not misses:
        sys.exit("cachegrind failed: " + run.stderr[-500:])
    return int(refs.group(1).replace(",", "")), int(misses.group(1).replace(",", ""))


def stripped_copy(newsmark, scratch):
    """A copy of the binary without debug information (valgrind cannot read what Swift emits)."""
    binary = os.path.join(scratch, "newsmark")
    shutil.copy(newsmark, binary)
    subprocess.run(["strip", "-g", binary], check=True)
    return binary


def valgrind_pair(measure, newsmark, schema, files):
    """`measure` (``instructions`` or ``cache_figures``) of newsmark (one job) and of xmllint on `files`."""
    with tempfile.TemporaryDirectory() as scratch:
        binary = stripped_copy(newsmark, scratch)
        ours = measure([binary, "validate", "--jobs", "1"] + files, scratch)
        theirs = measure(["xmllint", "--noout", "--schema", schema] + files, scratch)
    return ours, theirs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("newsmark")
    ap.add_argument("schema")
    ap.add_argument("corpus")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--corpus-only", action="store_true", help="skip the big article (xmllint's tree takes minutes)")
    ap.add_argument("--callgrind", type=int, default=0, metavar="FILES",
                    help="also count instructions on the first FILES articles (needs valgrind)")
    ap.add_argument("--cachegrind", type=int, default=0, metavar="FILES",
                    help="also simulate the caches on the first FILES articles: instructions and I1 misses (needs valgrind)")
    ap.add_argument("--baseline", metavar="OTHER_NEWSMARK",
                    help="another newsmark build to time in the same rounds (e.g. the build before a change)")
    a = ap.parse_args()
    files = sorted(glob.glob(os.path.join(a.corpus, "xml", "*.xml")))
    big = os.path.join(a.corpus, "big.xml")
    if not files:
        sys.exit("no corpus files")
    size = sum(os.path.getsize(f) for f in files) / 1e6
    print(f"corpus: {len(files)} articles, {size:.1f} MB; big article: {os.path.getsize(big) / 1e6:.1f} MB")

    # Interleaved rounds: xmllint and newsmark run back to back in every round, so that both see the same
    # load; the ratios are taken per round and reported as minimum and median. The order rotates from
    # round to round: a command's position in a round alone moved its time by 5-6% on this machine.
    commands = {
        "xmllint": ["xmllint", "--noout", "--schema", a.schema] + files,
        "one": [a.newsmark, "validate", "--jobs", "1"] + files,
        "two": [a.newsmark, "validate", "--jobs", "2"] + files,
    }
    if a.baseline:
        commands["base one"] = [a.baseline, "validate", "--jobs", "1"] + files
        commands["base two"] = [a.baseline, "validate", "--jobs", "2"] + files
    print(f"load average at the start: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    samples = {name: [] for name in commands}
    order = list(commands.items())
    for round_index in range(a.runs):
        shift = round_index % len(order)
        for name, command in order[shift:] + order[:shift]:
            samples[name].append(measure(command, 1))
    def best(name):
        runs = samples[name]
        return (min(r[0] for r in runs), min(r[1] for r in runs), max(r[2] for r in runs), runs[-1][3], min(r[4] for r in runs))
    xmllint, one, two = best("xmllint"), best("one"), best("two")
    cpu_one = [o[1] / x[1] for o, x in zip(samples["one"], samples["xmllint"])]
    wall_one = [o[0] / x[0] for o, x in zip(samples["one"], samples["xmllint"])]
    wall_two = [t[0] / x[0] for t, x in zip(samples["two"], samples["xmllint"])]
    rows = [("xmllint --noout --schema (corpus)", xmllint), ("newsmark validate --jobs 1 (corpus)", one),
            ("newsmark validate --jobs 2 (corpus)", two)]
    if a.baseline:
        rows += [("baseline validate --jobs 1 (corpus)", best("base one")), ("baseline validate --jobs 2 (corpus)", best("base two"))]
    if not a.corpus_only:
        # The big article once: xmllint builds a tree of the whole article (minutes, gigabytes).
        big_xmllint = measure(["xmllint", "--noout", "--schema", a.schema, big], 1)
        rows.append(("xmllint --noout --schema (big)", big_xmllint))
        big_stream = measure(["xmllint", "--noout", "--stream", "--schema", a.schema, big], 1)
        rows.append(("xmllint --noout --stream --schema (big)", big_stream))
        big_one = measure([a.newsmark, "validate", "--jobs", "1", big], 1)
        rows.append(("newsmark validate (big)", big_one))

    for name, (seconds, cpu, mb, code, faults) in rows:
        print(f"{name:45s} {seconds:8.3f} s wall {cpu:8.3f} s cpu  peak {mb:8.1f} MB  {faults:7d} minor faults  exit {code}")
    print(f"load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (wall-time ratios need an idle machine)")
    print(f"rounds: {a.runs}, ratios per round as min / median")
    print(f"ratio, 1 job / xmllint schema-only (corpus), cpu: {min(cpu_one):.2f} / {statistics.median(cpu_one):.2f}, "
          f"wall: {min(wall_one):.2f} / {statistics.median(wall_one):.2f}  (target <= 1.0)")
    print(f"ratio, 2 jobs / xmllint schema-only (corpus), wall: {min(wall_two):.2f} / {statistics.median(wall_two):.2f}  (target <= 0.6)")
    if a.baseline:
        base_cpu = [o[1] / x[1] for o, x in zip(samples["base one"], samples["xmllint"])]
        base_two = [t[0] / x[0] for t, x in zip(samples["base two"], samples["xmllint"])]
        print(f"baseline, same rounds: 1 job cpu ratio {min(base_cpu):.2f} / {statistics.median(base_cpu):.2f}, "
              f"2 jobs wall ratio {min(base_two):.2f} / {statistics.median(base_two):.2f}")
    if not a.corpus_only:
        print(f"ratio, newsmark / xmllint (big), wall: {big_one[0] / big_xmllint[0]:.2f}, cpu: {big_one[1] / big_xmllint[1]:.2f}")
        print(f"peak memory, newsmark on the big article: {big_one[2]:.1f} MB  (target < 64 MB)")
    if a.callgrind > 0:
        ours, theirs = valgrind_pair(instructions, a.newsmark, a.schema, files[:a.callgrind])
        print(f"instructions on {min(a.callgrind, len(files))} articles (callgrind): newsmark {ours / 1e6:.0f} M, "
              f"xmllint {theirs / 1e6:.0f} M, ratio {ours / theirs:.3f}  (target <= 1.0)")

    if a.cachegrind > 0:
        builds = [("newsmark", a.newsmark)] + ([("baseline", a.baseline)] if a.baseline else [])
        for label, binary in builds:
            (ours_i, ours_m), (theirs_i, theirs_m) = valgrind_pair(cache_figures, binary, a.schema, files[:a.cachegrind])
            print(f"cachegrind on {min(a.cachegrind, len(files))} articles, {label}: {ours_i / 1e6:.1f} M instructions, "
                  f"{ours_m / 1e6:.2f} M I1 misses ({100 * ours_m / ours_i:.2f}%); xmllint {theirs_i / 1e6:.1f} M, "
                  f"{theirs_m / 1e6:.2f} M ({100 * theirs_m / theirs_i:.2f}%)")


if __name__ == "__main__":
    main()
