#!/usr/bin/env bash
# Sentence segmentation throughput on one core, in process, ours beside ICU's: ~20 MB of generated text.
set -euo pipefail
cd "$(dirname "$0")/.."
java -Xmx2g -Dlog4j2.statusLoggerLevel=OFF -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
  org.decl.bench.SentenceBenchmark "${BENCH_MB:-20}"
