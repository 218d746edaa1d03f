#!/usr/bin/env bash
# Throughput of `newsmark convert` on raw text (release build): a generated corpus of many articles
# (directory mode) and one very long article, each at 1x, 10x and 100x input size, so that linear growth
# shows as a constant MB/s. Each row is measured with every annotator on and with none (clean-up,
# structure and writing only).
#
#   Benchmarks/convert.sh [--scales "1 10 100"] [--articles N] [--big-mb M] [--keep DIR]
#
# N articles and an M MB article make the 1x input (defaults: 100 articles, 1 MB); figures are input
# MB (10^6 bytes of raw text) per second of wall-clock time for one process (one core).
set -euo pipefail
cd "$(dirname "$0")/.."

scales="1 10 100"
articles=100
big_mb=1
keep=""
while [ $# -gt 0 ]; do
  case "$1" in
    --scales) scales="$2"; shift 2 ;;
    --articles) articles="$2"; shift 2 ;;
    --big-mb) big_mb="$2"; shift 2 ;;
    --keep) keep="$2"; shift 2 ;;
    *) echo "usage: $0 [--scales \"1 10 100\"] [--articles N] [--big-mb M] [--keep DIR]" >&2; exit 2 ;;
  esac
done

swift build -c release --product newsmark >/dev/null
bin="$(swift build -c release --show-bin-path)/newsmark"
work="${keep:-$(mktemp -d)}"
mkdir -p "$work"
[ -z "$keep" ] && trap 'rm -rf "$work"' EXIT

seconds() {  # runs "$@" and prints the wall-clock seconds it took
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null
  end=$(date +%s.%N)
  python3 -c "print(f'{$end - $start:.3f}')"
}

printf "%-7s %-26s %10s %9s %9s\n" scale input MB seconds MB/s
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
    t=$(seconds "$bin" convert "$dir/text" -o "$dir/out" "${flags[@]}")
    python3 -c "print(f'{\"${scale}x\":<7} {\"corpus $n files, annot. $mode\":<26} {$corpus_bytes/1e6:>10.2f} {$t:>9.3f} {$corpus_bytes/1e6/max($t,1e-9):>9.2f}')"
    t=$(seconds "$bin" convert "$dir/big.txt" -o "$dir/big.out.xml" "${flags[@]}")
    python3 -c "print(f'{\"${scale}x\":<7} {\"one article, annot. $mode\":<26} {$big_bytes/1e6:>10.2f} {$t:>9.3f} {$big_bytes/1e6/max($t,1e-9):>9.2f}')"
  done
done
echo "annotators in this build: $("$bin" convert - --to json <<<"Probe headline

Probe body text." | python3 -c 'import json,sys; print(", ".join(a["id"] for a in json.load(sys.stdin)["annotators"]))')"
