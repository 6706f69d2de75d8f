#!/usr/bin/env bash
# Index throughput and search latency in process: a generated corpus of 1,000,000 clauses in six
# languages, indexed with both cores and a 1 GB heap, then term, phrase and fuzzy queries.
# BENCH_BASELINE_JAR=path/to/other/decl-corpus.jar runs the same benchmark again with that build
# of the corpus library (same flags, same files), right after this one.
set -euo pipefail
cd "$(dirname "$0")/.."
run() { # class path
  # SerialGC, as bin/decl runs every command: the least CPU per clause of the collectors here
  java -Xmx1g -XX:+UseSerialGC ${BENCH_JAVA_OPTS:-} -Dlog4j2.statusLoggerLevel=OFF -cp "bench/target/classes:$1" \
    org.decl.bench.IndexBenchmark "${BENCH_CLAUSES:-1000000}" "${BENCH_DIR:-bench/target/index-bench}"
}
run "$(cat bench/target/classpath.txt)"
if [ -n "${BENCH_BASELINE_JAR:-}" ]; then
  echo
  echo "### The same with $BENCH_BASELINE_JAR"
  echo
  run "$(sed "s|[^:]*/decl-corpus-[^:/]*\.jar|$BENCH_BASELINE_JAR|" bench/target/classpath.txt)"
fi
