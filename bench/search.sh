#!/usr/bin/env bash
# End-to-end decl search on the bundled corpus, as a user types it, beside ripgrep on the same
# text (every version's extracted text), in the same run.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp -r examples "$tmp/corpus" && rm -rf "$tmp/corpus/.decl"
bin/decl index -q "$tmp/corpus"
for f in "$tmp"/corpus/paris-2016/*.*; do
  bin/decl extract -q "$f" > "$tmp/$(basename "$f").txt"
done
runs=${BENCH_RUNS:-10}
echo "## decl search, end to end"
echo
echo "The bundled corpus (4 versions, 108 clauses); median wall time of $runs runs, output to"
echo "/dev/null; $(machine)."
echo
echo "| command | time |"
echo "|---|---:|"
cd "$tmp/corpus"
for q in 'liberté' '"open government"' 'transparen*' 'goverment~1'; do
  echo "| \`decl search '$q'\` | $(median_time "$runs" "$OLDPWD/bin/decl" search "$q") s |"
done
echo "| \`decl search --show all --format jsonl 'liberté'\` | $(median_time "$runs" "$OLDPWD/bin/decl" search --show all --format jsonl 'liberté') s |"
echo "| \`decl index\` (nothing changed) | $(median_time "$runs" "$OLDPWD/bin/decl" index) s |"
echo "| \`rg -i 'liberté' *.txt\` (same text, extracted) | $(median_time "$runs" rg -i 'liberté' "$tmp"/*.txt) s |"
echo "| \`rg -i 'open government' *.txt\` | $(median_time "$runs" rg -i 'open government' "$tmp"/*.txt) s |"
