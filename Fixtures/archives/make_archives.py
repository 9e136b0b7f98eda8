#!/usr/bin/env python3
"""Builds the archive fixtures from Fixtures/html and Fixtures/seeds.

Made with the tools that make such files in real life: warcio 1.8.1
(`pip install warcio`) writes the WARC files, Info-ZIP `zip` 3.0 the ZIP
files, GNU gzip the whole-file .warc.gz. Then damaged copies are cut from
the good ones (see README.md). Run from this folder: python3 make_archives.py
"""
import gzip, io, os, shutil, subprocess, tempfile, zlib
from warcio.warcwriter import WARCWriter
from warcio.statusandheaders import StatusAndHeaders

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
HTML = ["newspaper-sapo-vi.html", "portal-joomla-vi.html", "wordpress-es.html", "sharepoint-vi.html"]
DATE = "2024-03-30T08:15:00Z"

def page(name):
    with open(os.path.join(ROOT, "html", name), "rb") as f:
        return f.read()

def response(writer, uri, status, headers, payload, date=DATE):
    http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
    record = writer.create_warc_record(uri, "response", payload=io.BytesIO(payload), http_headers=http,
                                       warc_headers_dict={"WARC-Date": date})
    writer.write_record(record)

def request(writer, uri):
    http = StatusAndHeaders("GET / HTTP/1.1", [("Host", "thiduakhenthuong.example")], is_http_request=True)
    writer.write_record(writer.create_warc_record(uri, "request", payload=io.BytesIO(b""), http_headers=http))

def chunked(data, size=700):
    out = b""
    for i in range(0, len(data), size):
        piece = data[i:i + size]
        out += b"%x\r\n" % len(piece) + piece + b"\r\n"
    return out + b"0\r\n\r\n"

def write_warc(path, gz):
    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=gz, warc_version="WARC/1.1" if gz else "WARC/1.0")
        w.write_record(w.create_warcinfo_record(os.path.basename(path), {"software": "warcio 1.8.1", "format": "WARC File Format 1.1"}))
        base = "https://thiduakhenthuong.example/tin-tuc/"
        # 1: plain HTML, charset in the header.
        uri = base + "newspaper-sapo-vi"
        request(w, uri)
        response(w, uri, "200 OK", [("Content-Type", "text/html; charset=utf-8")], page(HTML[0]))
        # 2: gzip Content-Encoding and chunked transfer together, as servers send them.
        uri = base + "portal-joomla-vi"
        body = chunked(gzip.compress(page(HTML[1])))
        response(w, uri, "200 OK", [("Content-Type", "text/html; charset=UTF-8"), ("Content-Encoding", "gzip"),
                                     ("Transfer-Encoding", "chunked")], body)
        # 3: deflate (zlib) Content-Encoding, Spanish page.
        uri = "https://vietnam.example/es/wordpress-es"
        response(w, uri, "200 OK", [("Content-Type", "text/html"), ("Content-Encoding", "deflate")], zlib.compress(page(HTML[2])))
        # 4: the same URL captured again a day later (a second document).
        response(w, base + "newspaper-sapo-vi", "200 OK", [("Content-Type", "text/html; charset=utf-8")],
                 page(HTML[3]), date="2024-03-31T09:00:00Z")
        # Skipped kinds: redirect, error, image, stylesheet, revisit, metadata.
        response(w, base + "old", "301 Moved Permanently", [("Location", base + "newspaper-sapo-vi"), ("Content-Type", "text/html")], b"<html>moved</html>")
        response(w, base + "missing", "404 Not Found", [("Content-Type", "text/html")], b"<html><body>Not found</body></html>")
        response(w, base + "logo.png", "200 OK", [("Content-Type", "image/png")], b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
        response(w, base + "site.css", "200 OK", [("Content-Type", "text/css")], b"body { color: red }")
        w.write_record(w.create_revisit_record(base + "newspaper-sapo-vi", digest="sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                                               refers_to_uri=base + "newspaper-sapo-vi", refers_to_date=DATE))
        w.write_record(w.create_warc_record(base + "newspaper-sapo-vi", "metadata", payload=io.BytesIO(b"outlink: " + base.encode()),
                                            warc_content_type="application/warc-fields"))

def main():
    os.chdir(HERE)
    os.makedirs("damaged", exist_ok=True)
    os.makedirs("bombs", exist_ok=True)
    write_warc("crawl.warc.gz", True)          # one gzip member per record
    write_warc("crawl.warc", False)            # uncompressed, WARC/1.0
    with open("crawl.warc", "rb") as src, open("crawl-whole.warc.gz", "wb") as dst:
        dst.write(subprocess.run(["gzip", "-9", "-n", "-c"], stdin=src, capture_output=True, check=True).stdout)

    # ZIP: a site export with pages, seed texts, an image, a nested zip and a folder.
    tmp = tempfile.mkdtemp()
    site = os.path.join(tmp, "site")
    os.makedirs(os.path.join(site, "tin-tuc"))
    os.makedirs(os.path.join(site, "anh"))
    for name in HTML[:3]:
        shutil.copy(os.path.join(ROOT, "html", name), os.path.join(site, "tin-tuc", name))
    for name in sorted(os.listdir(os.path.join(ROOT, "seeds")))[:2]:
        if name.endswith(".txt"):
            shutil.copy(os.path.join(ROOT, "seeds", name), os.path.join(site, name))
    with open(os.path.join(site, "anh", "logo.png"), "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    subprocess.run(["zip", "-q", "-X", "-r", os.path.join(tmp, "inner.zip"), "tin-tuc"], cwd=site, check=True)
    shutil.move(os.path.join(tmp, "inner.zip"), os.path.join(site, "inner.zip"))
    if os.path.exists("site.zip"):
        os.remove("site.zip")
    subprocess.run(["zip", "-q", "-X", "-r", os.path.join(HERE, "site.zip"), "."], cwd=site, check=True)
    shutil.rmtree(tmp)

    damage()
    bombs()

def damage():
    data = open("crawl.warc", "rb").read()
    # Truncated: the file cut in the middle of the last HTML response.
    responses = [i for i in range(len(data)) if data.startswith(b"WARC-Type: response", i)]
    cut = responses[3] + 3000  # inside the second capture of newspaper-sapo-vi
    open("damaged/truncated.warc", "wb").write(data[:cut])
    # Wrong Content-Length: the first response's length made 500 bytes short,
    # and the Spanish response's made 1,000,000 bytes too long.
    first = data.find(b"WARC-Type: response")
    at = data.find(b"Content-Length: ", first)
    end = data.find(b"\r\n", at)
    length = int(data[at + 16:end])
    data2 = data[:at + 16] + str(length - 500).encode() + data[end:]
    es = data2.find(b"WARC-Target-URI: https://vietnam.example/es/wordpress-es")
    at = data2.find(b"Content-Length: ", es)
    end = data2.find(b"\r\n", at)
    data2 = data2[:at + 16] + str(int(data2[at + 16:end]) + 1000000).encode() + data2[end:]
    open("damaged/wrong-length.warc", "wb").write(data2)
    # Bad gzip: bytes in the middle of the second response's member overwritten.
    gz = open("crawl.warc.gz", "rb").read()
    members = []
    i = 0
    while True:
        j = gz.find(b"\x1f\x8b\x08", i)
        if j < 0:
            break
        members.append(j)
        i = j + 3
    target = members[3]  # warcinfo, request, response, response(gzip+chunked)
    bad = bytearray(gz)
    for k in range(target + 40, target + 200):
        bad[k] ^= 0x5A
    open("damaged/bad-gzip.warc.gz", "wb").write(bytes(bad))
    # Truncated gzip: the compressed file cut short.
    open("damaged/truncated.warc.gz", "wb").write(gz[:len(gz) * 2 // 3])
    # Zip with a bad entry: compressed bytes of one entry damaged (its CRC fails).
    z = bytearray(open("site.zip", "rb").read())
    import zipfile
    info = zipfile.ZipFile("site.zip").getinfo("tin-tuc/portal-joomla-vi.html")
    local = info.header_offset
    nlen = int.from_bytes(z[local + 26:local + 28], "little")
    xlen = int.from_bytes(z[local + 28:local + 30], "little")
    start = local + 30 + nlen + xlen
    for k in range(start + 100, start + 400):
        z[k] ^= 0xA5
    open("damaged/bad-entry.zip", "wb").write(bytes(z))
    # Junk named like archives.
    open("damaged/junk.warc", "wb").write(os.urandom(0) + bytes(range(256)) * 8)
    open("damaged/not-a.zip", "wb").write(b"PK\x03\x04 this is not really a zip file")

def bombs():
    zeros = b" " * (32 * 1024 * 1024)
    # A gzip bomb: a 32 MB page of spaces in one WARC record (gzip Content-Encoding).
    with open("bombs/gzip-bomb.warc.gz", "wb") as f:
        w = WARCWriter(f, gzip=True)
        response(w, "https://bomb.example/", "200 OK", [("Content-Type", "text/html"), ("Content-Encoding", "gzip")],
                 gzip.compress(b"<html><body>" + zeros + b"</body></html>", 9))
    # The same bomb as the WARC file's own gzip: the record itself expands.
    with open("bombs/stream-bomb.warc.gz", "wb") as f:
        w = WARCWriter(f, gzip=True)
        response(w, "https://bomb.example/", "200 OK", [("Content-Type", "text/html")], b"<html><body>" + zeros + b"</body></html>")
    # A zip bomb: one 32 MB entry of spaces.
    tmp = tempfile.mkdtemp()
    with open(os.path.join(tmp, "bomb.html"), "wb") as f:
        f.write(b"<html><body>" + zeros + b"</body></html>")
    if os.path.exists("bombs/zip-bomb.zip"):
        os.remove("bombs/zip-bomb.zip")
    subprocess.run(["zip", "-q", "-9", "-X", os.path.join(HERE, "bombs", "zip-bomb.zip"), "bomb.html"], cwd=tmp, check=True)
    shutil.rmtree(tmp)

if __name__ == "__main__":
    main()
