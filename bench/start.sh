#!/usr/bin/env bash
# Start-up of decl's short commands against a plain Java hello world on the same JDK, on each
# JDK the launcher may run on: the CPU time of the process tree (user + system, child JVMs
# included) and the wall time, median of BENCH_RUNS runs. The commands and the hello world run
# in turn within each round, so that the machine's load moves them alike.
#   BENCH_BASELINE=path/to/other/bin/decl  the same commands with another build's launcher
#                                          ("before"), in the same rounds
#   BENCH_JAVAS="java-home ..."            the JDKs (default: the default java's and the
#                                          launcher's own choice)
# Budget (issue 15): search ≤ 3× and --version ≤ 2× the hello world; extract of a 3-page PDF
# ≤ 0.5 s wall.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
runs=${BENCH_RUNS:-11}
baseline=${BENCH_BASELINE:-}
dir=$(realpath -m "${BENCH_DIR:-target/bench/start}")
rm -rf "$dir" && mkdir -p "$dir"
command -v /usr/bin/time >/dev/null || { echo "bench/start.sh needs /usr/bin/time (GNU time)" >&2; exit 2; }

# the hello world, compiled once for the oldest JDK
mkdir -p "$dir/hello"
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' \
  >"$dir/hello/Hello.java"
javac --release 17 -d "$dir/hello" "$dir/hello/Hello.java"

# the bundled corpus, indexed, for the search
cp -r examples "$dir/corpus" && rm -rf "$dir/corpus/.decl"
(cd "$dir/corpus" && "$OLDPWD/bin/decl" index -q)
pdf=$dir/corpus/paris-2016/en.pdf

home_of() { dirname "$(dirname "$(realpath "$1")")"; }
javas=${BENCH_JAVAS:-$(printf '%s\n' "$(home_of "$(command -v java)")" "$(home_of "$(DECL_PRINT_JAVA=1 bin/decl)")" | awk '!seen[$0]++')}

# one run: "wall cpu" in seconds; the output is discarded, a failure stops the benchmark
sample() { # command...
  /usr/bin/time -o "$dir/time" -f '%e %U %S' "$@" >/dev/null 2>"$dir/err" || {
    echo "benchmark command failed: $* ($(tail -n 3 "$dir/err"))" >&2
    return 1
  }
  tail -n 1 "$dir/time" | awk '{ printf "%.3f %.3f\n", $1, $2 + $3 }'
}

# the rows: label and command, the launcher given as $1 and the JDK home as JAVA
cases=(
  "hello|java -cp $dir/hello Hello"
  "decl --version|DECL --version"
  "decl search liberté|cd $dir/corpus && DECL search liberté"
  "decl search liberté, C1 only|cd $dir/corpus && DECL_JAVA_OPTS=-XX:TieredStopAtLevel=1 DECL search liberté"
  "decl extract en.pdf (3 pages)|DECL extract $pdf"
)
launchers=("after|$PWD/bin/decl")
[ -n "$baseline" ] && launchers+=("before|$(realpath "$baseline")")

echo "## Start-up: short commands against a Java hello world"
echo
echo "Machine: $(machine); load average at start $(cut -d' ' -f1-3 /proc/loadavg). Median of"
echo "$runs runs, in turn within each round; CPU is user + system time of the process tree."
[ -n "$baseline" ] && echo "before: $baseline; after: this build's bin/decl."
for home in $javas; do
  version=$(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "$home/release")
  : >"$dir/samples"
  for ((r = 0; r < runs; r++)); do
    for c in "${cases[@]}"; do
      label=${c%%|*} cmd=${c#*|}
      if [ "$label" = hello ]; then
        line=$(sample "$home/bin/java" -cp "$dir/hello" Hello)
        echo "hello|hello $line" >>"$dir/samples"
        continue
      fi
      for l in "${launchers[@]}"; do
        name=${l%%|*} launcher=${l#*|}
        # both launchers on this JDK: DECL_JAVA for this build's, JAVA_HOME (and nothing newer
        # on the PATH) for a launcher from before DECL_JAVA
        line=$(DECL_JAVA=$home JAVA_HOME=$home sample sh -c "${cmd//DECL /$launcher }")
        echo "$label|$name $line" >>"$dir/samples"
      done
    done
  done
  echo
  echo "### Java $version ($home)"
  echo
  med() { grep -F "$1|$2 " "$dir/samples" | awk -v f="$3" '{ print $(f + 1) }' | median; }
  hello_wall=$(med hello hello 1) hello_cpu=$(med hello hello 2)
  header="| command | wall | CPU | CPU ÷ hello |"
  rule="|---|---:|---:|---:|"
  [ -n "$baseline" ] && header="$header before: wall | CPU | CPU ÷ hello |" && rule="$rule---:|---:|---:|"
  echo "$header"
  echo "$rule"
  echo "| hello world | $hello_wall s | $hello_cpu s | 1 |$([ -n "$baseline" ] && echo " | | |")"
  for c in "${cases[@]:1}"; do
    label=${c%%|*}
    row="| \`$label\`"
    for l in "${launchers[@]}"; do
      name=${l%%|*}
      wall=$(med "$label" "$name" 1) cpu=$(med "$label" "$name" 2)
      row="$row | $wall s | $cpu s | $(echo "$cpu / $hello_cpu" | bc -l | xargs printf '%.1f×') |"
      row=${row% |}
    done
    echo "$row |"
  done
done
