#!/usr/bin/env python3
"""Rewrites the dates of the XMP packet in a PDF that FOP wrote: fix-dates.py FILE.pdf DATE.

FOP 2.8 takes SOURCE_DATE_EPOCH for the document information but writes the wall-clock time into
xmp:CreateDate, xmp:MetadataDate, ... The dates are rewritten in place with the same length, so
the cross-reference offsets stay right and a rerun gives the same bytes.
"""
import re
import sys

path, fixed = sys.argv[1], sys.argv[2].encode()
with open(path, "rb") as handle:
    data = handle.read()
data = re.sub(rb"(<xmp:\w*Date>)\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ(</xmp:\w*Date>)",
              lambda match: match.group(1) + fixed + match.group(2), data)
with open(path, "wb") as handle:
    handle.write(data)
