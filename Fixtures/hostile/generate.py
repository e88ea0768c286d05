#!/usr/bin/env python3
"""Writes the hostile-input corpus, byte for byte reproducibly.

    python3 Fixtures/hostile/generate.py              # the large cases, into Fixtures/hostile/.generated/
    python3 Fixtures/hostile/generate.py --committed  # rewrite the small, committed cases in Fixtures/hostile/

Every case is one input that `profilelint check` must refuse with exit code 2 and exactly one line on
standard error naming the file and what is wrong: no crash, no hang, no unbounded memory. See
README.md in this folder for the list and `Tests/ProfileLintTests/Security/HostileInputTests.swift`
for the test. The large cases (a 100 MB string, 100,000 levels of nesting, a ZIP bomb that expands
to 1 GiB, records over the configured record limit) are not committed: the test runs this script
when they are missing, and `.gitignore` keeps them out of git.

Two cases cannot live in git and are made by the test at run time: a folder with a symbolic link
loop, and a file that cannot be read (mode 000).

The script uses only the standard library; ZIP archives are written by hand (struct + zlib) so that
names, sizes and mode bits are exactly what each case needs, including the ones no archiver writes.
"""
import os
import struct
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATED = os.path.join(HERE, ".generated")

MB = 1 << 20
GIB = 1 << 30

# A valid profile: the "good" part of cases whose only problem is where it sits.
GOOD_PROFILE = b'{"name": "Hostile Corpus", "headline": "Tester", "positions": []}'

PROFILE_CSV_HEADER = b"First Name,Last Name,Headline,Summary,Industry,Geo Location\n"


# MARK: - ZIP archives by hand

def zip_archive(entries):
    """entries: (name bytes, stored bytes, method, declared size, crc32, unix mode)."""
    out = bytearray()
    central = bytearray()
    for name, stored, method, declared, crc, mode in entries:
        offset = len(out)
        # Fixed time and date (2026-11-20 09:30) so the bytes never change.
        time, date = (9 << 11) | (30 << 5), ((2026 - 1980) << 9) | (11 << 5) | 20
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0x0800, method, time, date,
                           crc, len(stored), declared, len(name), 0)
        out += name + stored
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, (3 << 8) | 20, 20, 0x0800, method, time, date,
                               crc, len(stored), declared, len(name), 0, 0, 0, 0, mode << 16, offset)
        central += name
    start = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central), start, 0)
    return bytes(out)


def stored(name, data, mode=0o100644):
    return (name, data, 0, len(data), zlib.crc32(data), mode)


def deflated_zeros(size):
    """A raw deflate stream of `size` zero bytes and their CRC-32, made in 64 MB steps."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = bytes(64 * MB)
    parts = []
    crc = 0
    remaining = size
    while remaining > 0:
        piece = chunk if remaining >= len(chunk) else bytes(remaining)
        parts.append(compressor.compress(piece))
        crc = zlib.crc32(piece, crc)
        remaining -= len(piece)
    parts.append(compressor.flush())
    return b"".join(parts), crc


def profile_csv():
    return PROFILE_CSV_HEADER + b"Hostile,Corpus,Tester,,Logistics,Utrecht\n"


# MARK: - PDF documents by hand

def pdf_document(objects, trailer=b""):
    """A PDF 1.4 file: objects (bytes, numbered from 1; object 1 is the catalog), with a correct
    cross-reference table, so that every case is hostile only in the way it means to be."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    start = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, trailer, start)
    return bytes(out)


def pdf_stream(data, dictionary=b""):
    return b"<< /Length %d %s>>\nstream\n" % (len(data), dictionary) + data + b"\nendstream"


def pdf_page_objects(contents, resources=b"<< /Font << /F1 5 0 R >> >>"):
    """Catalog, pages, one US Letter page (LinkedIn's size), its content stream and a font."""
    return [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources " + resources + b" /Contents 4 0 R >>",
        contents,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]


def pdf_text_page():
    """A one-page PDF with a profile-like first line of text, made by hand."""
    text = b"BT /F1 21.6 Tf 223.56 728 Td (Hostile Corpus) Tj ET\nBT /F1 10 Tf 223.56 700 Td (Tester) Tj ET"
    return pdf_document(pdf_page_objects(pdf_stream(text)))


def pdf_scan():
    """A scanned profile: one page that is only an image (grey bars where lines of text were), no text."""
    width, height = 153, 198  # a quarter of 612 x 792
    rows = bytearray()
    for y in range(height):
        inked = y % 9 in (3, 4, 5) and 10 <= y < height - 12
        for x in range(width):
            column = 56 <= x < 147 if y > 30 else 56 <= x < 120
            sidebar = 5 <= x < 45 and y < 90
            rows.append(40 if inked and (column or sidebar) else 255)
    image = zlib.compress(bytes(rows), 9)
    contents = pdf_stream(b"q 612 0 0 792 0 0 cm /Im1 Do Q")
    objects = pdf_page_objects(contents, resources=b"<< /XObject << /Im1 5 0 R >> >>")
    objects[4] = pdf_stream(image, b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                                   b"/BitsPerComponent 8 /Filter /FlateDecode " % (width, height))
    return pdf_document(objects)


def pdf_deep_nesting(depth):
    """A page whose /Resources holds `depth` nested arrays: a parser that recurses per level overflows its stack."""
    objects = pdf_page_objects(pdf_stream(b"BT /F1 12 Tf 72 720 Td (Nested) Tj ET"))
    objects[2] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> "
                  b"/Contents 4 0 R /Deep " + b"[" * depth + b"]" * depth + b" >>")
    return pdf_document(objects)


def write_pdf_huge_stream(handle):
    """A one-page PDF whose content stream is 200 MB of text-drawing operators: under the file size
    limit (256 MB), so that only a bound on what is read from a PDF keeps it out."""
    line = b"BT /F1 8 Tf 223.56 400 Td (Huge stream huge stream huge stream huge stream) Tj ET\n"
    repeats = 200 * MB // len(line)
    length = repeats * len(line)
    header = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    first = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
             b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>"]
    offsets, position = [], len(header)
    handle.write(header)
    for number, body in enumerate(first, start=1):
        chunk = b"%d 0 obj\n" % number + body + b"\nendobj\n"
        offsets.append(position)
        handle.write(chunk)
        position += len(chunk)
    offsets.append(position)
    opening = b"4 0 obj\n<< /Length %d >>\nstream\n" % length
    handle.write(opening)
    block = line * (MB // len(line))
    written = 0
    while written + len(block) <= length:
        handle.write(block)
        written += len(block)
    handle.write(line * ((length - written) // len(line)))
    closing = b"\nendstream\nendobj\n"
    handle.write(closing)
    position += len(opening) + length + len(closing)
    font = b"5 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>\nendobj\n"
    offsets.append(position)
    handle.write(font)
    position += len(font)
    handle.write(b"xref\n0 6\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets))
    handle.write(b"trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % position)


def pdf_flate_bomb(raw_deflate, size):
    """A page whose content stream is `raw_deflate` (`size` zero bytes) in a zlib wrapper: about 1 MB in
    the file, `size` bytes once FlateDecode expands it."""
    adler = 1
    chunk = bytes(64 * MB)
    remaining = size
    while remaining > 0:
        piece = chunk if remaining >= len(chunk) else bytes(remaining)
        adler = zlib.adler32(piece, adler)
        remaining -= len(piece)
    wrapped = b"\x78\xda" + raw_deflate + struct.pack(">I", adler)
    return pdf_document(pdf_page_objects(pdf_stream(wrapped, b"/Filter /FlateDecode ")))


# MARK: - Cases

def committed_cases():
    """Small cases, committed to git: name -> bytes (a name ending in / is a folder of files)."""
    random_bytes = bytearray()
    state = 0x9E3779B9
    for _ in range(2048):
        # xorshift32: deterministic "binary" content.
        state ^= (state << 13) & 0xFFFFFFFF
        state ^= state >> 17
        state ^= (state << 5) & 0xFFFFFFFF
        random_bytes.append(state & 0xFF)
    # Make sure the file does not start like text, whatever the generator gives.
    random_bytes[0:4] = b"\x7fELF"

    laughs = [b"headline: Billion laughs", b'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for index in range(1, 10):
        name, previous = chr(ord("a") + index), chr(ord("a") + index - 1)
        laughs.append(("%s: &%s [" % (name, name)).encode() + b", ".join([("*%s" % previous).encode()] * 9) + b"]")

    return {
        "empty.json": b"",
        "whitespace-only.json": b" \n\t\r\n",
        "truncated.json": b'{"name": "Truncated", "headline": "Data engin',
        "truncated-object.json": b'{"name": "Truncated", "positions": [{"company": "Acme"',
        "invalid-utf8.json": b'{"name": "Invalid \xc3\x28 UTF-8", "headline": "x"}',
        "overlong-utf8.json": b'{"name": "Overlong \xc0\xaf slash", "headline": "x"}',
        "nul-bytes.json": b'{"name": "NUL\x00byte", "headline": "x"}',
        "nul-between-values.json": b'{"name": "x",\x00 "headline": "x"}',
        "utf16-bom.json": b"\xff\xfe" + GOOD_PROFILE.decode().encode("utf-16-le"),
        "utf16be-bom.json": b"\xfe\xff" + GOOD_PROFILE.decode().encode("utf-16-be"),
        "duplicate-keys.json": b'{"name": "Twice", "headline": "First", "headline": "Second"}',
        "duplicate-keys-nested.json": b'{"name": "Twice", "positions": [{"company": "A", "title": "B", "company": "C"}]}',
        "wrong-type-headline.json": b'{"name": "Wrong type", "headline": 42}',
        "wrong-type-positions.json": b'{"name": "Wrong type", "headline": "x", "positions": "many"}',
        "connections-1e400.json": b'{"name": "Huge", "headline": "x", "connections": 1e400}',
        "connections-negative.json": b'{"name": "Negative", "headline": "x", "connections": -5}',
        "connections-20-digits.json": b'{"name": "Overflow", "headline": "x", "connections": 99999999999999999999}',
        "connections-fraction.json": b'{"name": "Fraction", "headline": "x", "connections": 12.5}',
        "top-level-number.json": b"1e400",
        "binary.json": bytes(random_bytes),
        "trailing-garbage.json": GOOD_PROFILE + b"\n}}}",
        "yaml-billion-laughs.yaml": b"\n".join(laughs) + b"\n",
        "yaml-tab-indent.yaml": b"headline: x\npositions:\n\t- company: Acme\n",
        "not-a-zip.zip": b"This file is called .zip but it is plain text.\n",
        "zip-magic-then-garbage.zip": b"PK\x03\x04" + b"garbage after the magic number" * 4,
        "zip-truncated.zip": zip_archive([stored(b"Profile.csv", profile_csv())])[:-30],
        "zip-dotdot.zip": zip_archive([stored(b"Profile.csv", profile_csv()),
                                       stored(b"../../Positions.csv", b"Company Name,Title\nEvil,Escape\n")]),
        "zip-absolute.zip": zip_archive([stored(b"Profile.csv", profile_csv()),
                                         stored(b"/etc/Positions.csv", b"Company Name,Title\nEvil,Escape\n")]),
        "zip-symlink.zip": zip_archive([stored(b"Profile.csv", profile_csv()),
                                        stored(b"Positions.csv", b"/etc/passwd", mode=0o120777)]),
        # A PDF cut off in the middle of its first page: no cross-reference table, no %%EOF.
        "pdf-truncated.pdf": pdf_text_page()[:200],
        # A scanned profile: one page that is only an image, without a word of text.
        "pdf-scan-only.pdf": pdf_scan(),
        "csv-unbalanced-quote/": {
            "Profile.csv": PROFILE_CSV_HEADER + b'Hostile,Corpus,"Tester, never closed,,Logistics,Utrecht\n'
                           + b"second,line,of,the,same,record\n",
        },
        "csv-nul-bytes/": {
            "Profile.csv": PROFILE_CSV_HEADER + b"Hostile,Corpus,Test\x00er,,Logistics,Utrecht\n",
        },
    }


def generated_cases():
    """Large cases, generated into .generated/: name -> bytes or a function writing the file."""
    bomb, bomb_crc = deflated_zeros(GIB)
    # The one line of the long-record cases is 1.5 MB, over the 1 MB limit in .profilelint.yml here.
    long_text = b"x" * (3 * MB // 2)
    return {
        # A single 100 MB JSON string: valid JSON, but not a profile.
        "string-100mb.json": lambda handle: write_big_string(handle),
        # 100,000 levels of nested arrays, in JSON and in YAML (flow and block style).
        "nesting-100000.json": b"[" * 100_000 + b"]" * 100_000,
        "nesting-100000-objects.json": b'{"a":' * 100_000 + b"1" + b"}" * 100_000,
        "yaml-nesting-100000-flow.yaml": b"headline: " + b"[" * 100_000 + b"]" * 100_000 + b"\n",
        "yaml-nesting-100000-block.yaml": b"- " * 100_000 + b"x\n",
        # A ZIP bomb: 1 MB that expands to 1 GiB, honest about its size...
        "zip-bomb.zip": zip_archive([stored(b"Profile.csv", profile_csv()),
                                     (b"Connections.csv", bomb, 8, GIB, bomb_crc, 0o100644)]),
        # ...and one that claims to expand to 1,000 bytes.
        "zip-bomb-lying.zip": zip_archive([stored(b"Profile.csv", profile_csv()),
                                           (b"Connections.csv", bomb, 8, 1000, bomb_crc, 0o100644)]),
        # PDFs: 100,000 nested arrays in a page, a 200 MB content stream, and a FlateDecode bomb of
        # about 1 MB that expands to 1 GiB (the ZIP bomb's deflate data in a zlib wrapper).
        "pdf-deep-nesting.pdf": pdf_deep_nesting(100_000),
        "pdf-huge-stream.pdf": lambda handle: write_pdf_huge_stream(handle),
        "pdf-flate-bomb.pdf": pdf_flate_bomb(bomb, GIB),
        # One CSV record (in a LinkedIn export folder) and one JSON Lines record over the record limit.
        "csv-long-record/": {
            "Profile.csv": PROFILE_CSV_HEADER + b"Hostile,Corpus,Tester," + long_text + b",Logistics,Utrecht\n",
        },
        "jsonl-long-record.jsonl": b'{"name": "Long", "headline": "' + long_text + b'"}\n',
    }


def write_big_string(handle):
    handle.write(b'"')
    chunk = b"a" * MB
    for _ in range(100):
        handle.write(chunk)
    handle.write(b'"\n')


# MARK: - Writing

def write(folder, cases):
    os.makedirs(folder, exist_ok=True)
    for name, content in sorted(cases.items()):
        path = os.path.join(folder, name)
        if name.endswith("/"):
            write(path, content)
            continue
        with open(path, "wb") as handle:
            if callable(content):
                content(handle)
            else:
                handle.write(content)


def main(arguments):
    if arguments == ["--committed"]:
        write(HERE, committed_cases())
    elif arguments == []:
        write(GENERATED, generated_cases())
    else:
        sys.stderr.write(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
