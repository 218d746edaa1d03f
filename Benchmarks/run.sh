#!/usr/bin/env bash
# The one entry point for Newsmark's performance figures (see docs/PERFORMANCE.md).
#
#   Benchmarks/run.sh [--quick] [SECTION...]
#
# Sections (default: all, in this order):
#   xml       read and write throughput against libxml2's own streaming parse (xmllint --noout --stream)
#   validate  newsmark validate (1 and 2 jobs) against xmllint --noout --schema, with peak memory,
#             on a 5,000-article corpus and one 100 MB article
#   convert   raw text -> annotated XML throughput at 1x, 10x and 100x input size (linear growth)
#   json      XML <-> JSON and JSON Lines export throughput, next to XML read/write, with peak memory
#   interop   annotation-tool exports and merges, HTML, eval and diff
# --quick runs every section on small inputs (a few minutes in all) to check that the scripts work.
#
# Every section builds the release binary, generates its corpora deterministically from Samples/ and
# prints its figures with the peer's in the same run. Needs python3, GNU time (/usr/bin/time) and
# xmllint (Debian: libxml2-utils); missing tools are installed when running as root.
set -euo pipefail
cd "$(dirname "$0")/.."

quick=0
sections=()
for argument in "$@"; do
  case "$argument" in
    --quick) quick=1 ;;
    xml|validate|convert|json|interop) sections+=("$argument") ;;
    *) echo "usage: Benchmarks/run.sh [--quick] [xml|validate|convert|json|interop]..." >&2; exit 2 ;;
  esac
done
[ ${#sections[@]} -eq 0 ] && sections=(xml validate convert json interop)

if ! command -v xmllint >/dev/null || [ ! -x /usr/bin/time ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && apt-get install -y -qq libxml2-utils time >/dev/null
  else
    echo "Benchmarks need xmllint (libxml2-utils) and GNU time" >&2; exit 2
  fi
fi

echo "Newsmark benchmarks, $(date -u +%Y-%m-%dT%H:%MZ)"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -m), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "swift: $(swift --version 2>&1 | head -n 1)"
echo "libxml2: $(xmllint --version 2>&1 | head -n 1)"
swift build -c release --product newsmark >/dev/null

work=$(mktemp -d "${TMPDIR:-/tmp}/newsmark-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

for section in "${sections[@]}"; do
  echo
  echo "=== $section"
  case "$section" in
    xml)
      if [ $quick = 1 ]; then scripts/benchmark-xml.sh 5; else scripts/benchmark-xml.sh 20; fi ;;
    validate)
      if [ $quick = 1 ]; then Benchmarks/validate.sh "$work/validate" 200 5; else Benchmarks/validate.sh "$work/validate" 5000 100; fi ;;
    convert)
      if [ $quick = 1 ]; then Benchmarks/convert.sh --scales "1 10" --articles 20 --big-mb 0.5
      else Benchmarks/convert.sh --scales "1 10 100" --articles 100 --big-mb 1; fi ;;
    json)
      if [ $quick = 1 ]; then Benchmarks/json.sh 200; else Benchmarks/json.sh 2000; fi ;;
    interop)
      if [ $quick = 1 ]; then Benchmarks/interop.sh 50 1; else Benchmarks/interop.sh 200 2; fi ;;
  esac
done
