#!/usr/bin/env bash
# Throughput of `newsmark convert` on raw text (release build): a generated corpus of many articles
# (directory mode) and one very long article, each at 1x, 10x and 100x input size, so that linear growth
# shows as a constant MB/s. Each row is measured with every annotator on and with none (clean-up,
# structure and writing only).
#
#   Benchmarks/convert.sh [--scales "1 10 100"] [--articles N] [--big-mb M] [--keep DIR] [--instructions]
#
# N articles and an M MB article make the 1x input (defaults: 100 articles, 1 MB). Figures are input MB
# (10^6 bytes of raw text) per second, for one process: per CPU second (user + system: the per-core
# throughput), per user-mode CPU second (Newsmark's own work, without the kernel's file creation and
# syncing), and per wall-clock second (which also counts waiting for the disk and for other processes:
# every output file is written atomically and synced, which dominates a corpus of small files).
# --instructions also counts the instructions of converting the 1x article and the 1x corpus (every
# annotator on, then none) with valgrind's callgrind and prints them per input MB: the figures to compare
# on a loaded machine, where times vary from run to run. (The binary is copied without debug info, which
# valgrind 3.19 cannot read.) With strace installed it also prints the system calls per corpus file.
set -euo pipefail
cd "$(dirname "$0")/.."

scales="1 10 100"
articles=100
big_mb=1
keep=""
instructions=0
while [ $# -gt 0 ]; do
  case "$1" in
    --scales) scales="$2"; shift 2 ;;
    --articles) articles="$2"; shift 2 ;;
    --big-mb) big_mb="$2"; shift 2 ;;
    --keep) keep="$2"; shift 2 ;;
    --instructions) instructions=1; shift ;;
    *) echo "usage: $0 [--scales \"1 10 100\"] [--articles N] [--big-mb M] [--keep DIR] [--instructions]" >&2; exit 2 ;;
  esac
done

swift build -c release --product newsmark >/dev/null
bin="$(swift build -c release --show-bin-path)/newsmark"
work="${keep:-$(mktemp -d)}"
mkdir -p "$work"
[ -z "$keep" ] && trap 'rm -rf "$work"' EXIT

measure() {  # runs "$@"; prints "wall_seconds cpu_seconds user_seconds"
  # The CPU time is the difference of the children's usage around the run: a Python started through a
  # wrapper script (pyenv, a virtualenv launcher) inherits the wrapper's children's time, which would
  # otherwise be counted against Newsmark.
  python3 - "$@" <<'PY'
import resource, subprocess, sys, time
before = resource.getrusage(resource.RUSAGE_CHILDREN)
start = time.perf_counter()
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True)
wall = time.perf_counter() - start
after = resource.getrusage(resource.RUSAGE_CHILDREN)
user = after.ru_utime - before.ru_utime
system = after.ru_stime - before.ru_stime
print(f"{wall:.3f} {user + system:.3f} {user:.3f}")
PY
}

row() {  # scale label bytes wall cpu user
  python3 -c "import sys; s,l,b,w,c,u=sys.argv[1:]; b=int(b); w,c,u=float(w),float(c),float(u); m=b/1e6; print(f'{s:<7} {l:<30} {m:>8.2f} {c:>7.2f} {m/max(c,1e-9):>8.2f} {u:>7.2f} {m/max(u,1e-9):>8.2f} {w:>7.2f} {m/max(w,1e-9):>8.2f}')" "$@"
}

printf "%-7s %-30s %8s %7s %8s %7s %8s %7s %8s\n" scale input MB cpu_s MB/s user_s MB/s wall_s MB/s
for scale in $scales; do
  dir="$work/x$scale"
  n=$((articles * scale))
  mb=$(python3 -c "print($big_mb * $scale)")
  if [ ! -d "$dir/text" ]; then
    python3 Benchmarks/generate_corpus.py "$dir" --articles "$n" --big-mb "$mb" >/dev/null
  fi
  corpus_bytes=$(cat "$dir"/text/*.txt | wc -c)
  big_bytes=$(wc -c < "$dir/big.txt")
  for mode in all none; do
    flags=()
    [ "$mode" = none ] && flags=(--no-dates --no-entities --no-quotes)
    rm -rf "$dir/out"
    read -r wall cpu user < <(measure "$bin" convert "$dir/text" -o "$dir/out" "${flags[@]}")
    row "${scale}x" "corpus, $n files, annot. $mode" "$corpus_bytes" "$wall" "$cpu" "$user"
    read -r wall cpu user < <(measure "$bin" convert "$dir/big.txt" -o "$dir/big.out.xml" "${flags[@]}")
    row "${scale}x" "one article, annot. $mode" "$big_bytes" "$wall" "$cpu" "$user"
  done
done
if [ "$instructions" = 1 ]; then
  first_scale=${scales%% *}
  big="$work/x$first_scale/big.txt"
  corpus="$work/x$first_scale/text"
  strip -g -o "$work/newsmark-nodebug" "$bin"
  count() {  # label input-bytes convert-arguments...: prints instructions per input MB
    local label="$1" size="$2"
    shift 2
    rm -rf "$work/callgrind.out.d"
    valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.out" "$work/newsmark-nodebug" convert "$@" \
      2>"$work/callgrind.log" >/dev/null
    python3 - "$work/callgrind.log" "$size" "$label" <<'PY'
import re, sys
log, size, label = open(sys.argv[1]).read(), int(sys.argv[2]), sys.argv[3]
total = int(re.search(r"Collected : (\d+)", log).group(1))
print(f"instructions, {label} ({size / 1e6:.2f} MB): {total / 1e6:,.0f} M "
      f"({total / (size / 1e6) / 1e6:,.0f} M per MB, start-up included)")
PY
  }
  big_size=$(wc -c < "$big")
  corpus_size=$(cat "$corpus"/*.txt | wc -c)
  count "one article, every annotator on" "$big_size" "$big" -o "$work/big.callgrind.xml"
  count "one article, annotators off" "$big_size" "$big" -o "$work/big.callgrind.xml" --no-dates --no-entities --no-quotes
  count "corpus, every annotator on" "$corpus_size" "$corpus" -o "$work/corpus.callgrind"
  rm -rf "$work/corpus.callgrind"
  count "corpus, annotators off" "$corpus_size" "$corpus" -o "$work/corpus.callgrind" --no-dates --no-entities --no-quotes
  if command -v strace >/dev/null; then
    rm -rf "$work/corpus.strace"
    strace -f -c -o "$work/strace.txt" "$bin" convert "$corpus" -o "$work/corpus.strace" --no-dates --no-entities --no-quotes >/dev/null
    files=$(ls "$corpus" | wc -l)
    python3 - "$work/strace.txt" "$files" <<'PY'
import sys
rows = [line.split() for line in open(sys.argv[1]) if line.strip() and line.split()[0][0].isdigit()]
calls = {row[-1]: int(row[3]) for row in rows if len(row) >= 5 and row[-1] != "total"}
total, files = sum(calls.values()), int(sys.argv[2])
syncs = sum(calls.get(name, 0) for name in ("fsync", "fdatasync", "syncfs"))
print(f"system calls, corpus of {files} files: {total} ({total / files:.1f} per file; syncs: {syncs})")
PY
  fi
fi
echo "annotators in this build: $("$bin" convert - --to json <<<"Probe headline

Probe body text." | python3 -c 'import json,sys; print(", ".join(a["id"] for a in json.load(sys.stdin)["annotators"]))')"
