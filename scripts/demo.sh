#!/usr/bin/env bash
# make demo: decl on the bundled corpus, the way a newcomer would try it.
set -euo pipefail
cd "$(dirname "$0")/.."
decl=bin/decl
corpus=examples/paris-2016
bold=$(tput bold 2>/dev/null || true); plain=$(tput sgr0 2>/dev/null || true)

step() { printf '\n%s$ %s%s\n' "$bold" "$*" "$plain"; }

echo "${bold}decl demo${plain}: the Paris Declaration of the Open Government Partnership (2016),"
echo "as the user's French text extracted from a PDF, and our English (PDF), Spanish (Word) and"
echo "German (plain text) versions."

step "head -12 $corpus/fr.txt      # the original: every line followed by a blank line"
head -12 "$corpus/fr.txt"

step "$decl extract $corpus/fr.txt | head -8      # the same, as paragraphs"
"$decl" extract "$corpus/fr.txt" | head -8

step "$decl extract --format tsv $corpus/* | cut -f1,3 | sort | uniq -c      # every version, by kind"
"$decl" extract --format tsv "$corpus"/* | cut -f1,3 | sort | uniq -c

step "$decl split $corpus/fr.txt | head -12      # numbered clauses"
"$decl" split "$corpus/fr.txt" | head -12

step "$decl split --format tsv --lang und $corpus/* | awk -F'\t' '\$4 == \"2.7\"' | cut -f1,7"
echo "# clause 2.7 is the same commitment in every version, whatever the file format"
"$decl" split --format tsv --lang und "$corpus"/* | awk -F'\t' '$4 == "2.7"' | cut -f1,7

step "$decl index examples      # every version into examples/.decl/index (again: only what changed)"
"$decl" index examples

step "(cd examples && ../$decl search --show en,es 'liberté d’expression')"
(cd examples && "../$decl" search --show en,es 'liberté d’expression')

step "(cd examples && ../$decl search --format kwic --limit 6 'transparen*')"
(cd examples && "../$decl" search --format kwic --limit 6 'transparen*')

step "(cd examples && ../$decl search --count 'government OR gouvernement OR gobierno')"
(cd examples && "../$decl" search --count 'government OR gouvernement OR gobierno')

step "$decl align $corpus/fr.txt $corpus/de.txt | head -14      # side by side, clause by clause"
COLUMNS=${COLUMNS:-120} "$decl" align "$corpus/fr.txt" "$corpus/de.txt" | head -14

step "sed 's/Nous réitérons/Nous réaffirmons/' $corpus/fr.txt > /tmp/fr-draft2.txt; $decl diff $corpus/fr.txt /tmp/fr-draft2.txt"
sed 's/Nous réitérons/Nous réaffirmons/' "$corpus/fr.txt" > /tmp/fr-draft2.txt
"$decl" diff "$corpus/fr.txt" /tmp/fr-draft2.txt

step "$decl diff --corpus examples $corpus/fr.txt $corpus/es.docx      # a translation check"
"$decl" diff --corpus examples "$corpus/fr.txt" "$corpus/es.docx"

step "$decl align --work paris-2016 --format tmx -o /tmp/paris-2016.tmx examples      # for a CAT tool"
"$decl" align --work paris-2016 --format tmx -o /tmp/paris-2016.tmx examples && grep -c '<tu ' /tmp/paris-2016.tmx

step "$decl check examples      # the whole corpus, as a CI job checks it (exit 1 on errors)"
"$decl" check examples

step "$decl check --list-rules | sed -n 1,6p"
"$decl" check --list-rules | sed -n 1,6p
