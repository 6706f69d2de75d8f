#!/usr/bin/env bash
# make bench: every benchmark, results on standard output as Markdown (for docs/benchmarks.md).
set -euo pipefail
cd "$(dirname "$0")/.."
for bench in ${BENCH:-bench/start.sh bench/extract.sh bench/split.sh bench/sentences.sh bench/search.sh bench/index.sh bench/align.sh bench/sentence-align.sh bench/check.sh bench/ocr.sh}; do
  "$bench"
  echo
done
