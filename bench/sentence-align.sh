#!/usr/bin/env bash
# Sentence alignment of two generated segmented texts of 10,000 sentences, in 512 MB of heap: the
# aligner of lengths and anchors beside the one with the evidence of words and the lexicon passes.
set -euo pipefail
cd "$(dirname "$0")/.."
java -Xmx512m -Dlog4j2.statusLoggerLevel=OFF -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
  org.decl.bench.SentenceAlignBenchmark "${BENCH_SENTENCES:-10000}"
