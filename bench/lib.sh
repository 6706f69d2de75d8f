# Shared by the benchmark scripts: timing, the machine description, the test kit class path.

# the wall time (seconds) of running a command once, its output discarded
wall_time() { # command...
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>&1 || { echo "benchmark command failed: $*" >&2; return 1; }
  end=$(date +%s.%N)
  echo "$end - $start" | bc -l
}

# median of the wall times (seconds) of running a command N times
median_time() { # runs, command...
  local runs=$1; shift
  local times=()
  for ((r = 0; r < runs; r++)); do
    times+=("$(wall_time "$@")") || return 1
  done
  printf '%s\n' "${times[@]}" | median
}

# the median of the numbers on standard input, one per line, to three decimals
median() {
  sort -n | awk '{ a[NR] = $1 } END { printf "%.3f", a[int((NR + 1) / 2)] }'
}

machine() {
  local cpu mem
  cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
  mem=$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)
  echo "$(nproc) cores ($cpu), $mem, $(java -version 2>&1 | head -1)"
}

testkit() { # main class, args...
  java -Dlog4j2.statusLoggerLevel=OFF -cp "testkit/target/classes:$(cat testkit/target/classpath.txt)" "$@"
}
