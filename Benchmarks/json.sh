#!/usr/bin/env bash
# JSON-form throughput: XML→JSON and JSON→XML next to XML read/write and JSON read/write, on a generated
# corpus, with peak memory. Throughput is input megabytes per CPU second, best of 3. Usage: Benchmarks/json.sh [ARTICLES] (default 2000). Set NEWSMARK=path to use an
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

# Best of 3 runs, timed by CPU time (user + system): on a shared machine wall time mostly measures the
# other processes. Prints: cpu_seconds wall_seconds peak_rss_mb.
measure() {
  local best="" wall="" rss=""
  for _ in 1 2 3; do
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >/dev/null
    read -r elapsed user system kilobytes < "$work/time"
    cpu="$(awk -v u="$user" -v s="$system" 'BEGIN { printf "%.2f", u + s }')"
    if [[ -z "$best" ]] || awk -v a="$cpu" -v b="$best" 'BEGIN { exit !(a < b) }'; then best="$cpu"; wall="$elapsed"; fi
    rss="$kilobytes"
  done
  echo "$best $wall $((rss / 1024))"
}

report() { # label input_mb cpu_seconds wall_seconds rss_mb
  awk -v l="$1" -v m="$2" -v s="$3" -v w="$4" -v r="$5" 'BEGIN { if (s < 0.01) s = 0.01;
    printf "%-30s %6.1f MB  cpu %6.2f s  %6.1f MB/s   (wall %6.2f s)  peak %4d MB\n", l, m, s, m / s, w, r }'
}

echo "corpus: $articles articles; XML $xml_mb MB in $articles files, JSON Lines $json_mb MB"
read -r s w r < <(measure "$NEWSMARK" convert "$work/xml" --to jsonl -o "$work/out.jsonl")
report "XML → JSON Lines (XML read)" "$xml_mb" "$s" "$w" "$r"
read -r s w r < <(measure "$NEWSMARK" convert "$work/corpus.jsonl" --from jsonl --to xml -o "$work/xml-out")
report "JSON Lines → XML (JSON read)" "$json_mb" "$s" "$w" "$r"
read -r s w r < <(measure "$NEWSMARK" convert "$work/xml" --to xml -o "$work/xml-again")
report "XML → XML (read + write)" "$xml_mb" "$s" "$w" "$r"
read -r s w r < <(measure "$NEWSMARK" convert "$work/corpus.jsonl" --from jsonl --to jsonl -o "$work/again.jsonl")
report "JSON Lines → JSON Lines" "$json_mb" "$s" "$w" "$r"
read -r s w r < <(measure "$NEWSMARK" convert "$work/xml" --to text -o "$work/text")
report "XML → text (XML read only)" "$xml_mb" "$s" "$w" "$r"
cmp -s "$work/corpus.jsonl" "$work/out.jsonl" && echo "round trip: XML → JSON Lines identical on every run"
diff -rq "$work/xml" "$work/xml-out" >/dev/null && echo "round trip: JSON Lines → XML byte-identical to the XML corpus"
