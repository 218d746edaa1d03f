#!/usr/bin/env bash
# Measures the entity annotator: the gazetteer's load time and the stage's throughput.
#
#   Benchmarks/entities-benchmark.sh [BIG_MB]
#
# Builds the release binary, generates a corpus from Samples/ (Benchmarks/generate_corpus.py), then times
# `newsmark convert` on a one-line text (load time) and on one big raw text (throughput), each with and
# without the entity layer (dates and quotes off; plain-text output, so that JSON encoding is not
# counted), best of three runs. Prints figures; asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
BIG_MB="${1:-4}"
swift build -c release --product newsmark >/dev/null 2>&1
BIN=.build/release/newsmark
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
python3 Benchmarks/generate_corpus.py "$WORK/corpus" --articles 1 --big-mb "$BIG_MB" >/dev/null
echo "Hello from Prague." > "$WORK/tiny.txt"

best_of_three() {  # prints the best user+sys CPU seconds of three runs of "$@"
  local best=""
  for _ in 1 2 3; do
    local t
    /usr/bin/time -o "$WORK/time" -f "%U %S" "$@" >/dev/null 2>&1
    t=$(awk '{print $1 + $2}' "$WORK/time")
    if [ -z "$best" ] || awk "BEGIN{exit !($t < $best)}"; then best=$t; fi
  done
  echo "$best"
}

BYTES=$(wc -c < "$WORK/corpus/big.txt")
T_LOAD_WITH=$(best_of_three "$BIN" convert "$WORK/tiny.txt" --to text --no-dates --no-quotes)
T_LOAD_WITHOUT=$(best_of_three "$BIN" convert "$WORK/tiny.txt" --to text --no-dates --no-quotes --no-entities)
T_BIG_WITH=$(best_of_three "$BIN" convert "$WORK/corpus/big.txt" --to text --no-dates --no-quotes)
T_BIG_WITHOUT=$(best_of_three "$BIN" convert "$WORK/corpus/big.txt" --to text --no-dates --no-quotes --no-entities)
MENTIONS=$("$BIN" convert "$WORK/corpus/big.txt" --to json --no-dates --no-quotes | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["entities"]))')

awk -v b="$BYTES" -v lw="$T_LOAD_WITH" -v lo="$T_LOAD_WITHOUT" -v bw="$T_BIG_WITH" -v bo="$T_BIG_WITHOUT" -v m="$MENTIONS" 'BEGIN {
  load = lw - lo
  stage = (bw - bo) - load
  printf "input                      %.2f MB raw text, %d mentions found\n", b / 1e6, m
  printf "gazetteer load (CPU)       %.3f s (tiny input, with minus without entities)\n", load
  printf "convert without entities   %.3f s CPU\n", bo
  printf "convert with entities      %.3f s CPU\n", bw
  if (stage > 0) printf "entity stage throughput    %.1f MB/s per core (load excluded)\n", b / 1e6 / stage
  else printf "entity stage throughput    too fast to measure at this size\n"
}'
