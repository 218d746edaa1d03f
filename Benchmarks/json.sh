#!/usr/bin/env bash
# JSON-form throughput: XML→JSON and JSON→XML next to XML read/write and JSON read/write, on a generated
# corpus, with peak memory. Usage: Benchmarks/json.sh [ARTICLES] (default 2000). Set NEWSMARK=path to use an
# existing binary instead of building the release one.
set -euo pipefail
cd "$(dirname "$0")/.."
articles="${1:-2000}"
if [[ -z "${NEWSMARK:-}" ]]; then
  swift build -c release --product newsmark >/dev/null
  NEWSMARK="$(swift build -c release --show-bin-path)/newsmark"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 Benchmarks/json-corpus.py "$articles" "$work/seed.jsonl"
# The canonical forms: the seed through newsmark, as XML files and as JSON Lines.
"$NEWSMARK" convert "$work/seed.jsonl" --from jsonl --to xml -o "$work/xml"
"$NEWSMARK" convert "$work/xml" --to jsonl -o "$work/corpus.jsonl"

mb() { du -cb "$@" | tail -1 | awk '{ printf "%.1f", $1 / 1048576 }'; }
xml_mb="$(mb "$work"/xml/*.xml)"
json_mb="$(mb "$work/corpus.jsonl")"

# best of 3: wall seconds and peak resident memory (MB) of one run
measure() {
  local best="" rss=""
  for _ in 1 2 3; do
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null
    read -r seconds kilobytes < "$work/time"
    if [[ -z "$best" ]] || awk -v a="$seconds" -v b="$best" 'BEGIN { exit !(a < b) }'; then best="$seconds"; fi
    rss="$kilobytes"
  done
  echo "$best $((rss / 1024))"
}

report() { # label input_mb seconds rss
  awk -v l="$1" -v m="$2" -v s="$3" -v r="$4" 'BEGIN { if (s < 0.01) s = 0.01; printf "%-34s %8.1f MB in %6.2f s  %7.1f MB/s  peak %5d MB\n", l, m, s, m / s, r }'
}

echo "corpus: $articles articles; XML $xml_mb MB in $articles files, JSON Lines $json_mb MB"
read -r s r < <(measure "$NEWSMARK" convert "$work/xml" --to jsonl -o "$work/out.jsonl")
report "XML → JSON Lines (XML read)" "$xml_mb" "$s" "$r"
read -r s r < <(measure "$NEWSMARK" convert "$work/corpus.jsonl" --from jsonl --to xml -o "$work/xml-out")
report "JSON Lines → XML (JSON read)" "$json_mb" "$s" "$r"
read -r s r < <(measure "$NEWSMARK" convert "$work/xml" --to xml -o "$work/xml-again")
report "XML → XML (read + write)" "$xml_mb" "$s" "$r"
read -r s r < <(measure "$NEWSMARK" convert "$work/corpus.jsonl" --from jsonl --to jsonl -o "$work/again.jsonl")
report "JSON Lines → JSON Lines" "$json_mb" "$s" "$r"
read -r s r < <(measure "$NEWSMARK" convert "$work/xml" --to text -o "$work/text")
report "XML → text (XML read only)" "$xml_mb" "$s" "$r"
cmp -s "$work/corpus.jsonl" "$work/out.jsonl" && echo "round trip: XML → JSON Lines identical on every run"
diff -rq "$work/xml" "$work/xml-out" >/dev/null && echo "round trip: JSON Lines → XML byte-identical to the XML corpus"
