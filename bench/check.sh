#!/usr/bin/env bash
# decl check on a generated corpus of 200 works × 6 languages (a quarter of the files PDFs):
# cold (empty cache: every version extracted, split and its language detected) and warm (every
# version from .decl/cache), as a CI job runs it, through bin/decl.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
works=${BENCH_WORKS:-200}
dir=${BENCH_DIR:-bench/target/check-corpus-$works}
[ -f "$dir/corpus.yaml" ] || testkit org.decl.testkit.BenchCorpus "$dir" "$works"
files=$(grep -c 'path:' "$dir/corpus.yaml")
pdfs=$(grep -c 'path: .*\.pdf' "$dir/corpus.yaml")
runs=${BENCH_RUNS:-3}
# exit 1 (findings) is a result, not a failure of the benchmark
check() { bin/decl check -q "$dir" || [ $? = 1 ]; }
cold() { rm -rf "$dir/.decl/cache" && check; }
# cold: one run for its CPU use (user+sys over wall: 200% is both cores busy), then the median
TIMEFORMAT='%R %U %S'
cpu=$( { time cold >/dev/null 2>&1; } 2>&1 | awk '{ printf "%.0f", 100 * ($2 + $3) / $1 }')
cold_time=$(median_time "$runs" cold)
warm_time=$(median_time "$runs" check)
# the launcher runs check on the C1 compiler alone; the JVM's default (C1 then C2) for comparison
warm_c2=$(DECL_JAVA_OPTS=-XX:TieredStopAtLevel=4 median_time "$runs" check)
findings=$(bin/decl check --format json "$dir" 2>/dev/null | grep -c '"rule"' || true)
load=$(cut -d' ' -f1-3 /proc/loadavg)
echo "## decl check"
echo
echo "A generated corpus of $works works × 6 languages (fr, ru, el, ar, zh, ja): $files files, $pdfs"
echo "of them PDFs, the rest plain text. Median wall time of $runs runs of \`decl check -q\`"
echo "through bin/decl, default --jobs (all cores); $(machine); load average $load at the end."
echo
echo "The check found $findings findings."
echo
echo "| run | time | CPU (user+sys / wall) |"
echo "|---|---:|---:|"
echo "| cold: empty .decl/cache, every version extracted, split, language detected | $cold_time s | ${cpu}% |"
echo "| warm: every version from .decl/cache | $warm_time s | |"
echo "| warm, with the C2 compiler as well (the JVM's default) | $warm_c2 s | |"
