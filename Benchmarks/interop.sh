#!/bin/sh
# Times the annotation-tool exports, merges back, HTML, eval and diff on a generated corpus and one big article,
# and prints wall-clock seconds and peak memory. Usage: Benchmarks/interop.sh [ARTICLES] [BIG_MB]
# Builds release first. Needs python3 and GNU time (/usr/bin/time) for memory figures.
set -eu
ARTICLES=${1:-200}
BIG_MB=${2:-2}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
swift build -c release --package-path "$ROOT" >/dev/null
BIN="$ROOT/.build/release/newsmark"
python3 "$ROOT/Benchmarks/generate_corpus.py" "$OUT/corpus" --articles "$ARTICLES" --big-mb "$BIG_MB" >/dev/null
BIG="$OUT/corpus/big.xml"
echo "corpus: $ARTICLES articles; big article: $(wc -c < "$BIG") bytes, $(grep -o '<mention' "$BIG" | wc -l) mentions"

measure() {
    label=$1
    shift
    if [ -x /usr/bin/time ]; then
        /usr/bin/time -f "%e %U %S %M" -o "$OUT/time" "$@" >/dev/null 2>"$OUT/err" || { cat "$OUT/err"; exit 1; }
        read -r seconds user system kb < "$OUT/time"
        printf '%-44s %7.2f s wall %7.2f s CPU %6d MB\n' "$label" "$seconds" "$(echo "$user + $system" | bc)" $((kb / 1024))
    else
        start=$(date +%s.%N)
        "$@" >/dev/null 2>"$OUT/err" || { cat "$OUT/err"; exit 1; }
        printf '%-44s %7.2f s\n' "$label" "$(echo "$(date +%s.%N) - $start" | bc)"
    fi
}

measure "big: --to xml (baseline: read and write)" "$BIN" convert "$BIG" --to xml -o "$OUT/big-again.xml"
for format in brat labelstudio doccano conll; do
    if [ "$format" = brat ]; then target="$OUT/big-brat"; else target="$OUT/big.$format"; fi
    measure "big: export --to $format" "$BIN" convert "$BIG" --to "$format" -o "$target"
    measure "big: merge back --from $format" "$BIN" convert "$target" --from "$format" --onto "$BIG" -o "$OUT/merged-$format.xml"
done
measure "big: --to spacy" "$BIN" convert "$BIG" --to spacy -o "$OUT/big.spacy.json"
measure "big: --to html" "$BIN" convert "$BIG" --to html -o "$OUT/big.html"
measure "big: eval against itself" "$BIN" eval "$BIG" "$BIG" --format json
measure "big: diff against its brat merge" "$BIN" diff "$BIG" "$OUT/merged-brat.xml"
measure "corpus: --to brat, 3 annotators, 10% overlap" "$BIN" convert "$OUT/corpus/xml" --to brat -o "$OUT/project" --annotators A,B,C --overlap 10%
measure "corpus: --to html with index" "$BIN" convert "$OUT/corpus/xml" --to html -o "$OUT/html"
measure "corpus: eval directory against itself" "$BIN" eval "$OUT/corpus/xml" "$OUT/corpus/xml"
