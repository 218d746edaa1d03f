#!/usr/bin/env bash
# Runs one or all libFuzzer targets for a given time, seeded from Samples/.
#   scripts/fuzz.sh [xml|json|text|all] [SECONDS]      (default: all, 600 s each)
# Findings are written to fuzz-out/<target>-crash-*; turn each into a regression test.
set -euo pipefail
cd "$(dirname "$0")/.."
which="${1:-all}"
seconds="${2:-600}"

build() {
  # SwiftPM passes -sanitize=fuzzer and -sanitize=address as two flags, and the later one wins, which
  # leaves the code without coverage counters; the combined flag keeps both.
  NEWSMARK_FUZZ=1 swift build -c release --sanitize=fuzzer --sanitize=address -Xswiftc -sanitize=fuzzer,address \
    --product "$1" --scratch-path .build-fuzz
}

run() {
  local name="$1" product="$2" pattern="$3"
  local corpus="fuzz-out/$name-corpus"
  mkdir -p "$corpus"
  for f in $pattern; do [ -f "$f" ] && cp "$f" "$corpus/"; done
  build "$product"
  echo "== $product: $seconds s"
  SWIFT_BACKTRACE=enable=no ".build-fuzz/release/$product" "$corpus" \
    -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="fuzz-out/$name-" 2>&1 | tail -n 25
}

# The JSON reader is seeded with the JSON form of every sample, made by the ordinary build.
json_seeds() {
  swift build --product newsmark >/dev/null
  mkdir -p fuzz-out/json-seeds
  for f in Samples/*.xml; do
    .build/debug/newsmark convert "$f" --to json -o "fuzz-out/json-seeds/$(basename "$f" .xml).json"
  done
}

mkdir -p fuzz-out
case "$which" in
  xml)  run xml FuzzXMLReader "Samples/*.xml" ;;
  json) json_seeds; run json FuzzJSONReader "fuzz-out/json-seeds/*.json" ;;
  text) run text FuzzTextConverter "Samples/*.txt" ;;
  all)
    run xml FuzzXMLReader "Samples/*.xml"
    json_seeds; run json FuzzJSONReader "fuzz-out/json-seeds/*.json"
    run text FuzzTextConverter "Samples/*.txt"
    ;;
  *) echo "usage: scripts/fuzz.sh [xml|json|text|all] [SECONDS]" >&2; exit 2 ;;
esac
