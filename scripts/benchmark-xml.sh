#!/bin/sh
# Prints read and write throughput of the XML reader/writer on a generated large article, next to
# xmllint --stream (libxml2's own streaming parse, no content handling) for scale.
#   scripts/benchmark-xml.sh [MEGABYTES]        (default 20)
# Needs python3 and xmllint (Debian: libxml2-utils). Builds newsmark in release mode. Each figure is
# the best of three runs; user CPU time is given too, as elapsed time is noisy on a shared machine.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
megabytes="${1:-20}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

swift build -c release --product newsmark --package-path "$root" >/dev/null
newsmark="$root/.build/release/newsmark"
python3 "$root/scripts/generate-large-article.py" "$megabytes" > "$work/large.xml"
size=$(wc -c < "$work/large.xml")

# best ELAPSED USER MAXRSS_KB of three runs of the given command (output to $work/out)
best() {
    best_line=""
    for run in 1 2 3; do
        /usr/bin/time -f "%e %U %M" -o "$work/time" "$@" > "$work/out" 2>/dev/null || true
        line=$(cat "$work/time")
        if [ -z "$best_line" ] || [ "$(echo "$line" | cut -d' ' -f1 | tr -d .)" -lt "$(echo "$best_line" | cut -d' ' -f1 | tr -d .)" ]; then
            best_line="$line"
        fi
    done
    echo "$best_line"
}

report() {
    label="$1"; shift
    set -- $(best "$@")
    awk -v label="$label" -v e="$1" -v u="$2" -v m="$3" -v s="$size" \
        'BEGIN { printf "%-46s %6.2f s  %6.2f s user  %6.1f MB/s  %6.0f MB peak\n", label, e, u, s / 1e6 / (e > 0 ? e : 0.01), m / 1024 }'
}

echo "article: $(awk -v s="$size" 'BEGIN { printf "%.1f MB", s / 1e6 }'), $(grep -c '<p ' "$work/large.xml") paragraphs"
report "xmllint --noout --stream" xmllint --noout --stream "$work/large.xml"
report "xmllint --noout --stream --schema newsmark.xsd" xmllint --noout --nonet --stream --schema "$root/Schema/newsmark.xsd" "$work/large.xml"
report "newsmark convert --to text (read)" "$newsmark" convert "$work/large.xml" --to text
report "newsmark convert --to xml (read + write)" "$newsmark" convert "$work/large.xml" --to xml
if cmp -s "$work/out" "$work/large.xml"; then echo "read → write output is byte-identical to the input"; else echo "WARNING: output differs from input"; fi
