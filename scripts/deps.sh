#!/usr/bin/env bash
# Installs the system packages decl's tests and benchmarks need, when they are missing:
# the fonts the test documents are typeset in, poppler-utils (pdftotext), the baseline of the
# extraction benchmark, ripgrep, the baseline of the search benchmark, and Chromium, in which a
# test renders the HTML report of decl align (headless) and ScriptPdfsTest prints the sample
# declaration in 47 languages to PDF (Noto fonts, so every script has one), and Tesseract with
# the language data OcrTest reads scanned pages in (French, Russian, Arabic, Chinese in both forms,
# English beside them), and zsh and fish, whose completion scripts CompletionTest runs. Java 17 and
# Maven must be there already.
set -euo pipefail

for tool in java mvn; do
  command -v "$tool" >/dev/null || { echo "make deps: $tool is missing; install a JDK 17 and Maven" >&2; exit 1; }
done

packages=(fonts-dejavu-core fonts-droid-fallback fonts-lohit-deva fonts-tlwg-garuda-ttf
  fonts-sil-abyssinica fonts-noto-core fonts-noto-cjk poppler-utils ripgrep chromium
  tesseract-ocr tesseract-ocr-eng tesseract-ocr-fra tesseract-ocr-rus tesseract-ocr-ara
  tesseract-ocr-chi-sim tesseract-ocr-chi-tra zsh fish)
missing=()
for pkg in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ]; then
  sudo=()
elif command -v sudo >/dev/null; then
  sudo=(sudo)
else
  echo "make deps: please install as root: apt-get install ${missing[*]}" >&2
  exit 1
fi
echo "make deps: installing ${missing[*]}" >&2
"${sudo[@]}" apt-get update -qq >/dev/null || true
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
  "${missing[@]}" >/dev/null
