#!/usr/bin/env python3
"""Rebuilds the ZIP fixtures from their folders, byte for byte reproducibly.

    python3 Fixtures/linkedin/make-zips.py

Each archive holds the folder's files under one top folder, as LinkedIn's own archives do
(`Complete_LinkedInDataExport_MM-DD-YYYY/Profile.csv`), deflated, sorted by name, with a fixed
timestamp and permissions so that rebuilding an unchanged folder gives the same bytes.
`LinkedInExportImporterTests` checks that every entry equals the folder's file byte for byte.
"""
import os
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))

# (folder, archive, top folder inside the archive)
ARCHIVES = [
    ("sanne-de-vries", "sanne-de-vries.zip", "Complete_LinkedInDataExport_11-20-2026"),
]

TIMESTAMP = (2026, 11, 20, 9, 30, 0)


def build(folder, archive, top):
    source = os.path.join(HERE, folder)
    target = os.path.join(HERE, archive)
    names = sorted(name for name in os.listdir(source)
                   if not name.startswith(".") and os.path.isfile(os.path.join(source, name)))
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name in names:
            info = zipfile.ZipInfo(f"{top}/{name}", date_time=TIMESTAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # Unix, so the mode bits below are read as such
            info.external_attr = 0o100644 << 16  # a regular file, rw-r--r--
            with open(os.path.join(source, name), "rb") as handle:
                zf.writestr(info, handle.read())
    print(f"wrote {os.path.relpath(target)} ({len(names)} files)")


def main():
    for folder, archive, top in ARCHIVES:
        build(folder, archive, top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
