#!/usr/bin/env bash
# Regenerates samples/corpus/ from the HTML sources in samples/src/.
#
# Which document becomes which format is listed below (PDF, DOCX, ODT, HTML).
# HTML documents are copied unchanged; the others are converted with
# LibreOffice Writer in headless mode, using Writer's HTML import filter so
# that the result is paginated like a Writer document.
#
# Requirements (Debian/Ubuntu):
#   apt-get update
#   apt-get install -y --no-install-recommends libreoffice-writer-nogui \
#       fonts-dejavu-core poppler-utils unzip
# (poppler-utils and unzip are only needed for the checks at the end.)
#
# Usage: bash samples/build-formats.sh
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
src="$here/src"
out="$here/corpus"

PDF=(
  concept-note-peer-learning-en
  policy-paper-commons-en
  report-remunicipalisation-global-en
  legal-model-regulation-urban-commons-en
  case-berlin-water-en
  case-paris-water-fr
  report-water-france-fr
  case-bogota-waste-es
  report-public-procurement-es
  presentation-public-community-es
)
DOCX=(
  case-hamburg-energy-en
  case-preston-procurement-en
  faq-collaboration-pacts-en
  case-jakarta-water-fr
  legal-collaboration-pact-fr
  case-barcelona-energy-es
  legal-social-clauses-es
)
ODT=(
  case-naples-water-en
  legal-public-community-partnership-agreement-en
  case-brussels-housing-clt-fr
  case-quebec-childcare-fr
  case-barcelona-can-batllo-es
  glossary-commons-es
)
HTML=(
  case-pune-waste-en
  case-catalonia-guifi-internet-en
  case-seoul-sharing-city-en
  event-call-procurement-sessions-en
  case-mouans-sartoux-food-fr
  event-call-communs-fr
  case-buenos-aires-water-es
)

command -v soffice >/dev/null 2>&1 || {
  echo "soffice not found: apt-get install -y --no-install-recommends libreoffice-writer-nogui" >&2
  exit 1
}

# Every source must be assigned exactly one format.
listed="$(printf '%s\n' "${PDF[@]}" "${DOCX[@]}" "${ODT[@]}" "${HTML[@]}" | sort)"
present="$(cd "$src" && ls -1 *.html | sed 's/\.html$//' | sort)"
if [ "$listed" != "$present" ] || [ -n "$(printf '%s\n' "$listed" | uniq -d)" ]; then
  echo "format lists and samples/src/ do not match:" >&2
  diff <(printf '%s\n' "$listed") <(printf '%s\n' "$present") >&2 || true
  exit 1
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/in"

rm -rf "$out"
mkdir -p "$out"

# Two adjustments for Writer's HTML import, made in a temporary copy only:
# - it ignores a page break set on an empty <div>, so the marker
#   <div style="page-break-before: always"></div> used in the sources is moved
#   onto the element that follows it;
# - it ignores <html lang>, but honours <body lang>, so the document language
#   is copied onto <body> (otherwise every document is tagged en-US).
prepare() {
  local name
  for name in "$@"; do
    perl -0pe '
      my ($lang) = /<html lang="([^"]+)"/;
      s{<body>}{<body lang="$lang">} if $lang;
      s{<div style="page-break-before: always"></div>\s*<(h[1-6]|p|ul|ol|table)\b}{<$1 style="page-break-before: always"}g;
    ' "$src/$name.html" > "$tmp/in/$name.html"
  done
}

# convert FORMAT:FILTER NAME...
convert() {
  local target="$1"; shift
  local files=() name
  prepare "$@"
  for name in "$@"; do files+=("$tmp/in/$name.html"); done
  if ! soffice --headless --norestore \
      "-env:UserInstallation=file://$tmp/profile" \
      "--infilter=HTML (StarWriter)" \
      --convert-to "$target" --outdir "$out" "${files[@]}" >"$tmp/soffice.log" 2>&1; then
    cat "$tmp/soffice.log" >&2
    exit 1
  fi
}

convert "pdf:writer_pdf_Export" "${PDF[@]}"
convert "docx:MS Word 2007 XML" "${DOCX[@]}"
convert "odt:writer8" "${ODT[@]}"
for name in "${HTML[@]}"; do cp "$src/$name.html" "$out/$name.html"; done

# Checks: every output exists and carries text.
status=0
check() {
  local file="$1" text
  if [ ! -s "$file" ]; then echo "MISSING $file" >&2; status=1; return; fi
  case "$file" in
    *.pdf) command -v pdftotext >/dev/null 2>&1 || return 0;;
    *.docx|*.odt) command -v unzip >/dev/null 2>&1 || return 0;;
  esac
  case "$file" in
    *.pdf)  text="$(pdftotext -q "$file" - 2>/dev/null || true)";;
    *.docx) text="$(unzip -p "$file" word/document.xml 2>/dev/null | sed 's/<[^>]*>/ /g' || true)";;
    *.odt)  text="$(unzip -p "$file" content.xml 2>/dev/null | sed 's/<[^>]*>/ /g' || true)";;
    *.html) text="$(sed 's/<[^>]*>/ /g' "$file")";;
  esac
  if ! grep -q 'Commons Knowledge Library' <<<"$text"; then
    echo "NO TEXT (or no sample notice) in $file" >&2; status=1
  fi
}
for name in "${PDF[@]}";  do
  check "$out/$name.pdf"
  # every PDF in this corpus is a multi-page document
  if command -v pdfinfo >/dev/null 2>&1; then
    pages="$(pdfinfo "$out/$name.pdf" 2>/dev/null | awk '/^Pages:/{print $2}')"
    if [ "${pages:-0}" -lt 2 ]; then echo "ONLY ${pages:-0} PAGE(S) in $name.pdf" >&2; status=1; fi
  fi
done
for name in "${DOCX[@]}"; do check "$out/$name.docx"; done
for name in "${ODT[@]}";  do check "$out/$name.odt";  done
for name in "${HTML[@]}"; do check "$out/$name.html"; done

count="$(ls -1 "$out" | wc -l)"
size="$(du -sh "$out" | cut -f1)"
echo "samples/corpus: $count files, $size"
exit "$status"
