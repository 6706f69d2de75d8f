#!/usr/bin/env bash
# What indexing costs without decl around it, to know the ceiling of bench/index.sh: each
# language's analysis alone (one thread, CPU time), the exact field against ICU's tokenizer alone,
# then Lucene alone writing the same clause documents from texts in memory (both cores).
# Not in `make bench`; see docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
cp="bench/target/classes:$(cat bench/target/classpath.txt)"
run() { java -Xmx1g ${BENCH_JAVA_OPTS:-} -Dlog4j2.statusLoggerLevel=OFF -cp "$cp" "$@"; }
run org.decl.bench.AnalysisBenchmark "${BENCH_CLAUSES:-20000}"
echo
run -Dbench.exactAgainstIcu=true org.decl.bench.AnalysisBenchmark "${BENCH_CLAUSES:-20000}"
echo
run org.decl.bench.RawIndexBenchmark "${BENCH_RAW_CLAUSES:-200000}" "$(nproc)" "${BENCH_DIR:-bench/target/raw-index}"
