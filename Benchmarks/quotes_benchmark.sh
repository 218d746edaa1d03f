#!/bin/sh
# Measures the quote annotator's throughput: converts a large generated article (raw text) with and without
# the quotes layer, dates and entities off, and prints MB/s for both and for the quote stage alone.
#
#   Benchmarks/quotes_benchmark.sh [MB]     (default 8 MB; builds the release binary first)
set -eu
cd "$(dirname "$0")/.."
MB="${1:-8}"
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
swift build -c release --product newsmark >/dev/null
BIN="$(swift build -c release --show-bin-path)/newsmark"
python3 Benchmarks/generate_corpus.py "$OUT" --articles 1 --big-mb "$MB" >/dev/null
BIG="$OUT/big.txt"
BYTES=$(wc -c < "$BIG")

best() {  # best of three wall-clock runs, in seconds
    best=""
    for _ in 1 2 3; do
        start=$(python3 -c 'import time; print(time.perf_counter())')
        "$BIN" convert "$BIG" --to json --no-dates --no-entities "$@" > "$OUT/out.json"
        end=$(python3 -c 'import time; print(time.perf_counter())')
        t=$(python3 -c "print($end - $start)")
        best=$(python3 -c "print(min(float('$t'), float('${best:-1e9}')))")
    done
    echo "$best"
}

WITH=$(best)
QUOTES=$(python3 -c "import json; print(len(json.load(open('$OUT/out.json'))['quotes']))")
WITHOUT=$(best --no-quotes)
python3 - "$BYTES" "$WITH" "$WITHOUT" "$QUOTES" <<'PY'
import sys
size, with_q, without_q, quotes = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
mb = size / 1e6
stage = max(with_q - without_q, 1e-9)
print(f"input {mb:.1f} MB, {quotes} quotes found")
print(f"convert with quotes    {with_q:.2f} s  {mb / with_q:.1f} MB/s")
print(f"convert without quotes {without_q:.2f} s  {mb / without_q:.1f} MB/s")
print(f"quote stage alone      {stage:.2f} s  {mb / stage:.1f} MB/s")
PY
