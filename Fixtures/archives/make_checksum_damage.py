#!/usr/bin/env python3
"""Builds the checksum-damage fixtures (see README.md): archives whose
damaged bytes still decompress, so that only the CRC-32 tells.

Needs only Python's standard library (zipfile, zlib); the WARC part starts
from crawl.warc.gz, which make_archives.py wrote with warcio. Run from this
folder: python3 make_checksum_damage.py
"""
import os, zipfile, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PAGES = ["newspaper-sapo-vi.html", "portal-joomla-vi.html", "wordpress-es.html", "sharepoint-vi.html"]
STAMP = (2024, 3, 30, 8, 15, 0)


def make_zip(path, method):
    """Four pages under tin-tuc/, written by Python's zipfile."""
    with zipfile.ZipFile(path, "w", compression=method) as z:
        for name in PAGES:
            with open(os.path.join(ROOT, "html", name), "rb") as f:
                info = zipfile.ZipInfo("tin-tuc/" + name, date_time=STAMP)
                info.compress_type = method
                z.writestr(info, f.read())


def data_start(blob, info):
    local = info.header_offset
    nlen = int.from_bytes(blob[local + 26:local + 28], "little")
    xlen = int.from_bytes(blob[local + 28:local + 30], "little")
    return local + 30 + nlen + xlen


def inflates_to_other_text(raw, original):
    """Whether raw deflate data still inflates to the end, to other bytes."""
    try:
        d = zlib.decompressobj(-15)
        out = d.decompress(bytes(raw)) + d.flush()
    except zlib.error:
        return False
    return d.eof and out != original


def stored():
    # One byte of the first page's text changed ("a" for "b" style): the
    # entry still reads, only its CRC-32 says it is not what was zipped.
    make_zip("damaged/crc-stored.zip", zipfile.ZIP_STORED)
    blob = bytearray(open("damaged/crc-stored.zip", "rb").read())
    info = zipfile.ZipFile("damaged/crc-stored.zip").getinfo("tin-tuc/" + PAGES[0])
    blob[data_start(blob, info) + 2000] ^= 0x01
    open("damaged/crc-stored.zip", "wb").write(bytes(blob))


def deflated():
    # The first byte, from the middle of the second page's deflate data on,
    # whose change still inflates to the end (to other text).
    make_zip("damaged/crc-deflated.zip", zipfile.ZIP_DEFLATED)
    blob = bytearray(open("damaged/crc-deflated.zip", "rb").read())
    info = zipfile.ZipFile("damaged/crc-deflated.zip").getinfo("tin-tuc/" + PAGES[1])
    start = data_start(blob, info)
    raw = blob[start:start + info.compress_size]
    original = open(os.path.join(ROOT, "html", PAGES[1]), "rb").read()
    for at in range(len(raw) // 2, len(raw)):
        for bit in (0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40, 0x80):
            raw[at] ^= bit
            if inflates_to_other_text(raw, original):
                blob[start + at] ^= bit
                open("damaged/crc-deflated.zip", "wb").write(bytes(blob))
                return
            raw[at] ^= bit
    raise SystemExit("no byte found")


def gzip_member():
    # The member of the first HTML response of crawl.warc.gz: its CRC-32
    # trailer changed, the deflate data left as it was.
    gz = bytearray(open("crawl.warc.gz", "rb").read())
    members, i = [], 0
    while True:
        d = zlib.decompressobj(31)
        d.decompress(bytes(gz[i:]))
        members.append(i)
        i = len(gz) - len(d.unused_data)
        if not d.unused_data:
            break
    # warcinfo, request, response: the member ends where the next starts.
    end = members[3]
    gz[end - 8] ^= 0xFF
    open("damaged/crc-member.warc.gz", "wb").write(bytes(gz))


if __name__ == "__main__":
    os.chdir(HERE)
    stored()
    deflated()
    gzip_member()
