#!/usr/bin/env bash
# The decl launcher, run from the shell as users run it (make test runs this after the Java tests).
set -uo pipefail
cd "$(dirname "$0")/.."
decl=bin/decl
failures=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

check() { # name, expected exit code, command...
  local name=$1 expected=$2; shift 2
  "$@" >"$tmp/out" 2>"$tmp/err"
  local code=$?
  if [ "$code" != "$expected" ]; then
    echo "FAIL $name: exit $code, expected $expected"; sed 's/^/  /' "$tmp/err"; failures=$((failures + 1))
  else
    echo "ok   $name"
  fi
}

echo "(decl runs on $(DECL_PRINT_JAVA=1 "$decl"))"
check "version" 0 "$decl" --version
grep -q '^decl [0-9]' "$tmp/out" || { echo "FAIL version output"; failures=$((failures + 1)); }
[ ! -s "$tmp/err" ] || { echo "FAIL version stderr: $(cat "$tmp/err")"; failures=$((failures + 1)); }

check "no start-up tricks in the JVM options" 0 env DECL_PRINT_JVM_OPTIONS=1 "$decl" search x
! grep -q -- 'BytecodeVerification\|TieredStopAtLevel\|MaxInlineLevel\|ArchiveRelocationMode' "$tmp/out" || {
  echo "FAIL JVM options: $(cat "$tmp/out")"; failures=$((failures + 1)); }

# Which Java: fake JDK homes (a release file and a bin/java) in a folder given as DECL_JVM_DIRS;
# DECL_JAVA (which .ci/run sets to run this test on each JDK) is unset where the choice is tested
jdk() { # folder, JAVA_VERSION, the java program it links to
  mkdir -p "$tmp/jvm/$1/bin" && echo "JAVA_VERSION=\"$2\"" >"$tmp/jvm/$1/release" && ln -sf "$3" "$tmp/jvm/$1/bin/java"
}
real_java=$(DECL_PRINT_JAVA=1 "$decl")
jdk old-8 1.8.0_392 /bin/true
jdk old-11 11.0.2 /bin/true
jdk new-17 17.0.9 "$real_java"
jdk no-release-99 17.0.1 /bin/true && rm "$tmp/jvm/no-release-99/release"
picked() { env -u JAVA_HOME -u DECL_JAVA PATH="$tmp/tools" DECL_JVM_DIRS="$tmp/jvm" DECL_PRINT_JAVA=1 "$decl"; }
mkdir -p "$tmp/tools"
for tool in sed awk head ls dirname readlink cut; do ln -s "$(command -v $tool)" "$tmp/tools/$tool"; done
check "the newest JDK of 17 or later is picked; older ones and those without a release file are skipped" 0 picked
[ "$(cat "$tmp/out")" = "$tmp/jvm/new-17/bin/java" ] || { echo "FAIL picked: $(cat "$tmp/out")"; failures=$((failures + 1)); }
jdk newer-17 17.0.10 "$real_java"
check "a later update of the same release wins" 0 picked
[ "$(cat "$tmp/out")" = "$tmp/jvm/newer-17/bin/java" ] || { echo "FAIL picked: $(cat "$tmp/out")"; failures=$((failures + 1)); }
check "JAVA_HOME is one of the candidates" 0 env -u DECL_JAVA JAVA_HOME="$tmp/jvm/new-17" DECL_JVM_DIRS="$tmp/none" PATH="$tmp/tools" DECL_PRINT_JAVA=1 "$decl"
[ "$(cat "$tmp/out")" = "$tmp/jvm/new-17/bin/java" ] || { echo "FAIL picked: $(cat "$tmp/out")"; failures=$((failures + 1)); }
check "DECL_JAVA wins over newer ones" 0 env DECL_JAVA="$tmp/jvm/new-17" DECL_JVM_DIRS="$tmp/jvm" DECL_PRINT_JAVA=1 "$decl"
[ "$(cat "$tmp/out")" = "$tmp/jvm/new-17/bin/java" ] || { echo "FAIL picked: $(cat "$tmp/out")"; failures=$((failures + 1)); }
check "DECL_JAVA older than 17 is exit 2" 2 env DECL_JAVA="$tmp/jvm/old-11" "$decl" --version
[ "$(wc -l <"$tmp/err")" = 1 ] || { echo "FAIL message: $(cat "$tmp/err")"; failures=$((failures + 1)); }
check "no Java 17 or later found is exit 2, one line" 2 env -u JAVA_HOME -u DECL_JAVA PATH="$tmp/tools" DECL_JVM_DIRS="$tmp/jvm/old-8" "$decl" --version
[ "$(wc -l <"$tmp/err")" = 1 ] && grep -q "no Java 17 or newer" "$tmp/err" || {
  echo "FAIL message: $(cat "$tmp/err")"; failures=$((failures + 1)); }

# A class-data archive that does not match (another jar, a damaged file) must not break a run
mkdir -p "$tmp/install/bin" "$tmp/install/share/decl"
cp bin/decl "$tmp/install/bin/decl"
ln cli/target/decl.jar "$tmp/install/share/decl/decl.jar" 2>/dev/null || cp cli/target/decl.jar "$tmp/install/share/decl/decl.jar"
for archive in cli/target/decl-java*.jsa; do
  [ -f "$archive" ] && cp "$archive" "$tmp/install/share/decl/"
done
check "an archive made for another jar is refused without a word" 0 "$tmp/install/bin/decl" --version
[ ! -s "$tmp/err" ] || { echo "FAIL stderr: $(cat "$tmp/err")"; failures=$((failures + 1)); }
for archive in "$tmp"/install/share/decl/decl-java*.jsa; do
  [ -f "$archive" ] && head -c 4096 /dev/urandom >"$archive"
done
check "a damaged archive is refused without a word" 0 "$tmp/install/bin/decl" --version
[ ! -s "$tmp/err" ] || { echo "FAIL stderr: $(cat "$tmp/err")"; failures=$((failures + 1)); }

check "extract the seed" 0 "$decl" extract examples/paris-2016/fr.txt
[ "$(grep -c . "$tmp/out")" = 29 ] || { echo "FAIL the seed has 29 paragraphs"; failures=$((failures + 1)); }

check "extract every bundled version" 0 "$decl" extract --format tsv examples/paris-2016/fr.txt \
  examples/paris-2016/en.pdf examples/paris-2016/es.docx examples/paris-2016/de.txt
[ "$(wc -l <"$tmp/out")" = 116 ] || { echo "FAIL 4 × 29 paragraphs"; failures=$((failures + 1)); }

check "split every bundled version" 0 "$decl" split --format tsv --lang und examples/paris-2016/fr.txt \
  examples/paris-2016/en.pdf examples/paris-2016/es.docx examples/paris-2016/de.txt
[ "$(cut -f4 "$tmp/out" | sort | uniq -c | awk '$1 != 4' | wc -l)" = 0 ] || {
  echo "FAIL every id appears in all four versions"; failures=$((failures + 1)); }

check "a missing file is exit 1" 1 "$decl" extract no/such/file.pdf
[ "$(cat "$tmp/err")" = "decl: no/such/file.pdf: no such file" ] || {
  echo "FAIL message: $(cat "$tmp/err")"; failures=$((failures + 1)); }

check "a bad option is exit 2" 2 "$decl" extract --format nonsense examples/paris-2016/fr.txt

check "standard input" 0 sh -c "printf 'Un.\n\nDeux.\n' | $decl extract -"
[ "$(cat "$tmp/out")" = "$(printf 'Un.\n\nDeux.\n')" ] || { echo "FAIL stdin output"; failures=$((failures + 1)); }

cp -r examples "$tmp/corpus" && rm -rf "$tmp/corpus/.decl"
check "index the bundled corpus" 0 "$decl" index "$tmp/corpus"
grep -q "4 added" "$tmp/err" || { echo "FAIL index summary: $(cat "$tmp/err")"; failures=$((failures + 1)); }
check "search it with translations" 0 sh -c "cd '$tmp/corpus' && '$PWD/$decl' search --format jsonl --show en 'libertés'"
grep -q '"translations":{"en":' "$tmp/out" || { echo "FAIL search output"; failures=$((failures + 1)); }
# nothing on stderr: no JVM message about the archive, no library warning (Lucene's about the
# Vector API on Java 23 and later)
[ ! -s "$tmp/err" ] || { echo "FAIL search stderr: $(cat "$tmp/err")"; failures=$((failures + 1)); }
check "a bad query is exit 2" 2 "$decl" search --index "$tmp/corpus/.decl/index" '"open government'

check "align the English PDF with the French original" 0 "$decl" align --format jsonl examples/paris-2016/fr.txt examples/paris-2016/en.pdf
[ "$(wc -l < "$tmp/out")" = 27 ] || { echo "FAIL align: $(wc -l < "$tmp/out") beads"; failures=$((failures + 1)); }
check "the bundled translations check clean" 0 "$decl" diff --corpus examples examples/paris-2016/fr.txt examples/paris-2016/es.docx
sed 's/4th Global/5th Global/; s/next five years/next 6 years/' examples/sources/paris-2016/en.txt > "$tmp/en-slip.txt"
check "a changed number fails the translation check" 1 "$decl" diff --langs fr,en examples/paris-2016/fr.txt "$tmp/en-slip.txt"
grep -q "number-mismatch 0.2" "$tmp/out" && grep -q "number-mismatch 2.3" "$tmp/out" || { echo "FAIL diff output: $(cat "$tmp/out")"; failures=$((failures + 1)); }
check "decl check examples passes" 0 "$decl" check examples
[ "$(cat "$tmp/out")" = "4 files checked: no findings." ] || { echo "FAIL check output: $(cat "$tmp/out")"; failures=$((failures + 1)); }
# without the class-data archive: on Java 24 and later an AOT-linked archive loads its classes (Tika's
# among them) at start-up, used or not, so only a run without it tells what a check needs
check "a second check reads the cache: no Tika class loaded" 0 env DECL_JAVA_OPTS="-Xshare:off -Xlog:class+load=info" "$decl" check examples
grep -q 'org.decl.check.VersionCache' "$tmp/out" && ! grep -q 'org.apache.tika' "$tmp/out" || {
  echo "FAIL a warm check loaded Tika classes"; failures=$((failures + 1)); }
cp -r examples "$tmp/damaged" && sed -i 's/Interaktion zwischen/InteraktiÃ³n zwischen/' "$tmp/damaged/paris-2016/de.txt"
check "decl check: a damaged version is exit 1" 1 "$decl" check "$tmp/damaged"
check "decl check --fail-on, --rule" 0 "$decl" check --rule mojibake=warning "$tmp/damaged"
check "decl check --format github" 1 "$decl" check --format github "$tmp/damaged"
grep -q "^::error file=$tmp/damaged/paris-2016/de.txt,line=21,title=mojibake (paris-2016 de)::1.4: " "$tmp/out" || {
  echo "FAIL github annotation: $(cat "$tmp/out")"; failures=$((failures + 1)); }
check "decl check: a bad manifest is exit 2" 2 "$decl" check --rule no-such-rule=off examples

check "installed through a symlink" 0 sh -c "ln -s '$PWD/bin/decl' '$tmp/decl' && '$tmp/decl' --version"

[ "$failures" = 0 ] && echo "launcher tests: all passed" || { echo "launcher tests: $failures failed"; exit 1; }
