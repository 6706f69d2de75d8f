#!/usr/bin/env bash
# Index throughput and search latency in process: a generated corpus of 1,000,000 clauses in six
# languages, indexed with both cores and a 1 GB heap, then term, phrase and fuzzy queries.
set -euo pipefail
cd "$(dirname "$0")/.."
# SerialGC, as bin/decl runs every command: the least CPU per clause of the collectors here
java -Xmx1g -XX:+UseSerialGC ${BENCH_JAVA_OPTS:-} -Dlog4j2.statusLoggerLevel=OFF -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
  org.decl.bench.IndexBenchmark "${BENCH_CLAUSES:-1000000}" "${BENCH_DIR:-bench/target/index-bench}"
