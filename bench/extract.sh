#!/usr/bin/env bash
# Extraction throughput, in pages per second, of decl and of pdftotext (poppler) on the same
# batches of generated multi-page PDFs, both using every core, in the same run. Two batches: the
# generated PDFs, and five times as many files (links to the same PDFs) to show throughput once
# the JVM's start-up is paid.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
dir=${BENCH_DIR:-target/bench/extract}
docs=${BENCH_DOCS:-40}
pages=${BENCH_PAGES:-25}
runs=${BENCH_RUNS:-3}
jobs=$(nproc)

testkit org.decl.testkit.BenchDocuments "$dir/pdfs" "$docs" "$pages"
rm -rf "$dir/x5" && mkdir -p "$dir/x5"
for r in 1 2 3 4 5; do
  for f in "$dir"/pdfs/*.pdf; do ln -s "$PWD/$f" "$dir/x5/$r-$(basename "$f")"; done
done

pages_in() { # files...
  local total=0
  for f in "$@"; do total=$((total + $(pdfinfo "$f" | awk '/^Pages:/ { print $2 }'))); done
  echo "$total"
}
pdftotext_batch() { # folder
  rm -rf "$dir/out" && mkdir -p "$dir/out"
  ls "$1"/*.pdf | xargs -P "$jobs" -I{} sh -c 'pdftotext "$1" "$2/$(basename "$1" .pdf).txt"' _ {} "$dir/out"
}
pdfbox_batch() { # folder
  testkit org.decl.testkit.PdfBoxBaseline "$1" "$jobs"
}
decl_batch() { # folder
  rm -rf "$dir/out"
  bin/decl extract -q -j "$jobs" -o "$dir/out" "$1"/*.pdf
}

echo "## Extraction: decl extract against pdftotext"
echo
echo "Machine: $(machine). Median of $runs runs; wall time of the whole command, JVM start-up"
echo "included; $jobs jobs each (pdftotext through xargs -P $jobs)."
echo
echo "| batch | pages | pdftotext | PDFBox alone | decl extract | decl / pdftotext |"
echo "|---|---:|---:|---:|---:|---:|"
for batch in pdfs x5; do
  files=("$dir/$batch"/*.pdf)
  total=$(pages_in "${files[@]}")
  t_poppler=$(median_time "$runs" pdftotext_batch "$dir/$batch")
  t_pdfbox=$(median_time "$runs" pdfbox_batch "$dir/$batch")
  t_decl=$(median_time "$runs" decl_batch "$dir/$batch")
  printf '| %d files | %d | %.2f s, %.0f pages/s | %.2f s, %.0f pages/s | %.2f s, %.0f pages/s | %.2f |\n' \
    "${#files[@]}" "$total" "$t_poppler" "$(echo "$total / $t_poppler" | bc -l)" \
    "$t_pdfbox" "$(echo "$total / $t_pdfbox" | bc -l)" \
    "$t_decl" "$(echo "$total / $t_decl" | bc -l)" "$(echo "$t_poppler / $t_decl" | bc -l)"
done
echo
echo "pdftotext: $(pdftotext -v 2>&1 | head -1). PDFBox alone: PDFTextStripper on the same threads,"
echo "as Tika configures it, without Tika or decl (org.decl.testkit.PdfBoxBaseline)."
