#!/usr/bin/env bash
# Trains the class-data archive bin/decl starts decl with, one per Java it may run on:
#   scripts/train.sh JAR CORPUS JAVA...
# writes JAR's folder/decl-javaN.jsa for each JAVA (N its feature release, from the JDK's
# release file: the name bin/decl looks for).
#
# The training is decl itself: the real jar, with the launcher's JVM options, runs the common commands (--version,
# --help, extract, split, index, search in each output format, check) on a copy of CORPUS, one
# JVM per command, each listing the classes it loads (-XX:DumpLoadedClassList); the lists are
# merged and archived in one static dump. So no training code is in decl.jar or on its class
# path, and the archive's class path is exactly the launcher's (`-jar` the jar's real path): the
# JVM accepts an archive only for the class path it was made with.
#
# Why a merged class list rather than JDK 25's one-step -XX:AOTCacheOutput: that trains on a
# single JVM run, which would need a driver running every command in one JVM, and the driver's
# class (on the class path, as a -javaagent or a source file) changes the class path or the
# module graph the cache records, so the cache is refused when decl runs without it. On Java 24
# and later the dump adds -XX:+AOTClassLinking: the archive then holds the classes loaded and
# linked ahead of time, the AOT cache of JEP 483 (docs/benchmarks.md compares the two).
# Java 17 archives picocli's classes (compiled for Java 5) only in such a static dump.
set -euo pipefail
[ $# -ge 3 ] || { echo "usage: $0 JAR CORPUS JAVA..." >&2; exit 2; }
jar=$(realpath "$1")
corpus=$2
shift 2
launcher=$(dirname "$0")/../bin/decl
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# the feature release of a java binary's JDK, from its release file
feature() {
  local home
  home=$(dirname "$(dirname "$(realpath "$1")")")
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release" 2>/dev/null | head -n 1
}

trained=
for java in "$@"; do
  java=$(realpath "$java")
  case " $trained " in *" $java "*) continue ;; esac
  trained="$trained $java"
  major=$(feature "$java")
  [ -n "$major" ] && [ "$major" -ge 17 ] || { echo "train: $java: not a JDK 17 or newer" >&2; exit 2; }
  archive="${jar%.jar}-java$major.jsa"
  # the launcher's options for this Java: the dump gets them too, since the JVM refuses an archive
  # made with other module options (--enable-native-access) than the run's
  jvm=$(DECL_JAVA=$java DECL_PRINT_JVM_OPTIONS=1 "$launcher")
  rm -f "$archive"
  rm -rf "$tmp/corpus" "$tmp"/*.classes
  cp -r "$corpus" "$tmp/corpus"
  rm -rf "$tmp/corpus/.decl"
  mapfile -t files < <(find "$tmp/corpus" -name .decl -prune -o -type f \
    \( -name '*.txt' -o -name '*.pdf' -o -name '*.docx' \) -print | grep -v /sources/ | sort)
  n=0
  run() { # decl arguments; run in the corpus copy, as a user would, output discarded
    n=$((n + 1))
    local code=0
    # shellcheck disable=SC2086
    (cd "$tmp/corpus" && "$java" $jvm -XX:DumpLoadedClassList="$tmp/$n.classes" -jar "$jar" "$@" \
      >/dev/null 2>"$tmp/err") || code=$?
    # exit 1 is a finding (check); 2 and above mean the training itself went wrong
    if [ "$code" -ge 2 ]; then
      echo "train: decl $* failed (exit $code):" >&2
      cat "$tmp/err" >&2
      exit 1
    fi
  }
  run --version
  run --help
  run extract "${files[@]}"
  run extract --format json "${files[@]}"
  run split --format jsonl "${files[@]}"
  run index -q
  run search liberté
  run search --format jsonl --show all 'gouvernement OR government'
  run search --format tsv --count '"open government"~2'
  run search --format kwic 'transparen* OR goverment~1'
  run check --no-cache .
  run check --format sarif .
  # one list: each class once (the ids are per run), then the constant-pool, lambda and
  # method-handle lines the runs recorded
  {
    cat "$tmp"/*.classes | grep -v '^[#@]' | sed 's/ id: [0-9]*$//' | awk '!seen[$0]++'
    cat "$tmp"/*.classes | grep '^@' | awk '!seen[$0]++'
  } >"$tmp/classlist"
  linking=
  [ "$major" -ge 24 ] && linking=-XX:+AOTClassLinking
  # shellcheck disable=SC2086
  "$java" $jvm -Xshare:dump -XX:SharedClassListFile="$tmp/classlist" -XX:SharedArchiveFile="$archive" \
    $linking -Xlog:cds*=off $([ "$major" -ge 24 ] && echo '-Xlog:aot*=off') -cp "$jar" >/dev/null
  echo "train: $archive ($(grep -vc '^@' "$tmp/classlist") classes listed, Java $major)"
done
