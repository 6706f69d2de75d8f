#!/usr/bin/env bash
# End-to-end decl search on the bundled corpus, as a user types it, beside ripgrep on the same
# text (every version's extracted text), in the same run. BENCH_BASELINE=path/to/other/bin/decl
# times another build of decl too (its own index of the corpus), run for run in turn with this one.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
baseline=${BENCH_BASELINE:-}
cp -r examples "$tmp/corpus" && rm -rf "$tmp/corpus/.decl"
bin/decl index -q "$tmp/corpus"
if [ -n "$baseline" ]; then
  cp -r examples "$tmp/baseline" && rm -rf "$tmp/baseline/.decl"
  "$baseline" index -q "$tmp/baseline"
fi
for f in "$tmp"/corpus/paris-2016/*.*; do
  bin/decl extract -q "$f" > "$tmp/$(basename "$f").txt"
done
runs=${BENCH_RUNS:-10}
decl=$PWD/bin/decl

# the median wall times of this build and the baseline, run in turn: "this [baseline]"
search_times() { # args...
  local mine=() theirs=()
  for ((r = 0; r < runs; r++)); do
    mine+=("$(cd "$tmp/corpus" && wall_time "$decl" "$@")")
    if [ -n "$baseline" ]; then
      theirs+=("$(cd "$tmp/baseline" && wall_time "$baseline" "$@")")
    fi
  done
  printf '%s s' "$(printf '%s\n' "${mine[@]}" | median)"
  if [ -n "$baseline" ]; then
    printf ' | %s s' "$(printf '%s\n' "${theirs[@]}" | median)"
  fi
}

echo "## decl search, end to end"
echo
echo "The bundled corpus (4 versions, 108 clauses); median wall time of $runs runs, output to"
echo "/dev/null; $(machine)."
echo
if [ -n "$baseline" ]; then
  echo "| command | this build | baseline ($baseline) |"
  echo "|---|---:|---:|"
else
  echo "| command | time |"
  echo "|---|---:|"
fi
for q in 'liberté' '"open government"' 'transparen*' 'goverment~1'; do
  echo "| \`decl search '$q'\` | $(search_times search "$q") |"
done
echo "| \`decl search --show all --format jsonl 'liberté'\` | $(search_times search --show all --format jsonl 'liberté') |"
echo "| \`decl index\` (nothing changed) | $(search_times index) |"
echo "| \`rg -i 'liberté' *.txt\` (same text, extracted) | $(median_time "$runs" rg -i 'liberté' "$tmp"/*.txt) s |"
echo "| \`rg -i 'open government' *.txt\` | $(median_time "$runs" rg -i 'open government' "$tmp"/*.txt) s |"
