#!/bin/sh
# Writes the hostile PDFs that need Apache FOP (committed): an encrypted LinkedIn-like profile and
# a PDF that is not LinkedIn's (a plain letter). The other hostile PDFs are written by hand by
# generate.py (damaged, scan without text, deep nesting, a huge stream, a decompression bomb).
# Needs fop (Debian `fop`) and DejaVu Sans (`fonts-dejavu-core`); deterministic like
# Fixtures/pdf/generate.sh (fixed creation date).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
pdf="$here/../pdf"
cd "$here"
SOURCE_DATE_EPOCH=1796083200
export SOURCE_DATE_EPOCH
fixed_date="2026-12-01T00:00:00Z"

quiet() { grep -v -e 'Unable to locate' -e 'JVM flavor' -e 'Rendered page' >&2 || true; }
fix_dates() { python3 "$pdf/source/fix-dates.py" "$1" "$fixed_date"; }

# A LinkedIn-like profile that opens only with the password "secret". FOP draws a random file
# identifier when it encrypts, so this one is rewritten only when missing or with --force.
if [ ! -f pdf-encrypted.pdf ] || [ "${1:-}" = "--force" ]; then
fop -q -c "$pdf/source/fop.xconf" -xml "$pdf/source/noor-haddad.xml" -xsl "$pdf/source/profile.xsl" \
    -u secret -o owner-secret -pdf pdf-encrypted.pdf 2>&1 | quiet
fix_dates pdf-encrypted.pdf
fi
# A PDF from the same generator that is not a profile.
fop -q -c "$pdf/source/fop.xconf" -fo source/letter.fo -pdf pdf-not-linkedin.pdf 2>&1 | quiet
fix_dates pdf-not-linkedin.pdf
