#!/usr/bin/env bash
# Aligner wall time and peak heap on two generated documents of 100,000 clauses, in 512 MB of heap.
set -euo pipefail
cd "$(dirname "$0")/.."
java -Xmx512m -Dlog4j2.statusLoggerLevel=OFF -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
  org.decl.bench.AlignBenchmark "${BENCH_CLAUSES:-100000}"
