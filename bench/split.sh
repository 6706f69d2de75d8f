#!/usr/bin/env bash
# Split throughput on one core, in process: a generated 100,000-unit declaration.
set -euo pipefail
cd "$(dirname "$0")/.."
java -Xmx2g -Dlog4j2.statusLoggerLevel=OFF -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
  org.decl.bench.SplitBenchmark "${BENCH_UNITS:-100000}"
