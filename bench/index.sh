#!/usr/bin/env bash
# Index throughput and search latency in process: a generated corpus of 1,000,000 clauses in six
# languages, indexed with both cores and a 1 GB heap, then term, phrase and fuzzy queries.
# BENCH_BASELINE_JAR=path/to/other/decl-corpus.jar runs the same benchmark again with that build
# of the corpus library (same flags, same files), right after this one.
set -euo pipefail
cd "$(dirname "$0")/.."
# the JVM options bin/decl gives `decl index` on this `java`, so the library runs here as it does
# there
jvm=$(DECL_JAVA="$(command -v java)" DECL_PRINT_JVM_OPTIONS=1 bin/decl index)
run() { # class path
  # shellcheck disable=SC2086
  java -Xmx1g $jvm ${BENCH_JAVA_OPTS:-} -Dlog4j2.statusLoggerLevel=OFF -cp "bench/target/classes:$1" \
    org.decl.bench.IndexBenchmark "${BENCH_CLAUSES:-1000000}" "${BENCH_DIR:-bench/target/index-bench}"
}
run "$(cat bench/target/classpath.txt)"
if [ -n "${BENCH_BASELINE_JAR:-}" ]; then
  echo
  echo "### The same with $BENCH_BASELINE_JAR"
  echo
  run "$(sed "s|[^:]*/decl-corpus-[^:/]*\.jar|$BENCH_BASELINE_JAR|" bench/target/classpath.txt)"
fi
