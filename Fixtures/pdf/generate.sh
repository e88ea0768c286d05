#!/bin/sh
# Regenerates every synthetic LinkedIn-like "Save to PDF" profile in this folder from
# source/<person>.xml and source/profile.xsl with Apache FOP, the generator LinkedIn uses, and
# copies the batch set into ../batches/pdf/profiles/. See README.md.
#
# Needs: fop (Debian `fop`, 2.8 used here), DejaVu Sans (Debian `fonts-dejavu-core`), python3.
# Deterministic: the creation date is fixed (SOURCE_DATE_EPOCH for the document information, and
# the XMP packet's dates rewritten in place by source/fix-dates.py), so a rerun gives the same bytes.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"

# 2026-12-01 00:00:00 UTC.
SOURCE_DATE_EPOCH=1796083200
export SOURCE_DATE_EPOCH
fixed_date="2026-12-01T00:00:00Z"

command -v fop >/dev/null || { echo "generate.sh: needs Apache FOP (apt-get install fop)" >&2; exit 1; }
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] ||
    { echo "generate.sh: needs DejaVu Sans (apt-get install fonts-dejavu-core)" >&2; exit 1; }

for source in source/*.xml; do
    name=$(basename "$source" .xml)
    fop -q -c source/fop.xconf -xml "$source" -xsl source/profile.xsl -pdf "$name.pdf" 2>&1 |
        grep -v -e 'Unable to locate' -e 'JVM flavor' -e 'Rendered page' >&2 || true
    [ -s "$name.pdf" ] || { echo "generate.sh: fop wrote no $name.pdf" >&2; exit 1; }
    python3 source/fix-dates.py "$name.pdf" "$fixed_date"
done

# The batch set: three profiles of Acme Logistics employees, beside a roster.
mkdir -p ../batches/pdf/profiles
for name in rowan-ellery femke-van-dijk noor-haddad; do
    cp "$name.pdf" "../batches/pdf/profiles/$name.pdf"
done
