#!/usr/bin/env bash
# OCR throughput on two cores, in process: scanned pages in French, Russian and Chinese.
set -euo pipefail
cd "$(dirname "$0")/.."
java -Xmx2g -Dlog4j2.statusLoggerLevel=OFF -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
  org.decl.bench.OcrBenchmark "${BENCH_OCR_PAGES:-4}"
