#!/bin/sh
# Benchmark of `newsmark validate` against xmllint's schema-only validation, on a generated corpus.
#
#   Benchmarks/validate.sh [CORPUS_DIR] [ARTICLES] [BIG_MB] [BASELINE_NEWSMARK]
#
# Builds the release binary, generates (or reuses) a corpus of ARTICLES articles (default 5000) and one
# article of BIG_MB megabytes (default 100) from Samples/, then times both tools on the same files in the
# same run (five rounds, xmllint and newsmark back to back in each; ratios per round as minimum / median,
# with the load average) and prints peak memory. Needs python3 and xmllint (libxml2-utils); with
# valgrind installed it also compares instruction counts and simulated instruction-cache misses on 100
# articles (repeatable on a busy machine).
# BASELINE_NEWSMARK, another build (e.g. one made before a change), is timed in the same rounds.
set -eu
cd "$(dirname "$0")/.."
corpus=${1:-.build/validate-corpus}
articles=${2:-5000}
big_mb=${3:-100}
baseline=${4:-}

swift build -c release --product newsmark >/dev/null
if [ ! -f "$corpus/big.xml" ] || [ "$(ls "$corpus/xml" | wc -l)" -ne "$articles" ]; then
    rm -rf "$corpus"
    python3 Benchmarks/generate_corpus.py "$corpus" --articles "$articles" --big-mb "$big_mb"
fi
callgrind=""
if command -v valgrind >/dev/null 2>&1; then callgrind="--callgrind 100 --cachegrind 100"; fi
if [ -n "$baseline" ]; then set -- --baseline "$baseline"; else set --; fi
# shellcheck disable=SC2086
python3 Benchmarks/validate_measure.py "$(swift build -c release --show-bin-path)/newsmark" Schema/newsmark.xsd "$corpus" $callgrind "$@"
