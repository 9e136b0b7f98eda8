#!/usr/bin/env python3
"""Check the HTML fixtures against their expected JSON (a sanity check of the fixtures themselves).

    python3 check_fixtures.py [DIR]

For every <name>.expected.json beside <name>.html it checks that:
- the JSON has exactly the keys language, title, published, authors, url, encoding, blocks (in that order);
- the page decodes with the expected encoding (BOM for utf-16le; the legacy pages are not valid UTF-8);
- every block text is NFC, trimmed, single-spaced, and occurs in the page's visible text, in order
  (after decoding, NFC, dropping tags, scripts and styles, and ignoring all whitespace, no-break
  and zero-width spaces);
- title and authors occur in the page, url (when not null) is the page's canonical or og:url;
- no block holds the title, a byline, interface text, or the text of a link or option of the page
  (menus, related news, "Lea también" links): a block may not equal such a text, nor contain
  one of 30 characters or more (shorter ones, tags and category names, occur in prose).
Exit status 1 on any failure.
"""
import glob
import html
import html.parser
import json
import os
import re
import sys
import unicodedata

KEYS = ["language", "title", "published", "authors", "url", "encoding", "blocks"]
CODECS = {"utf-8": "utf-8", "windows-1258": "cp1258", "utf-16le": "utf-16-le", "iso-8859-1": "latin-1"}
INTERFACE = [
    "Tiếng Việt | English", "Chia sẻ", "Xem cỡ chữ", "Đọc bài viết", "Gửi bình luận", "reset captcha",
    "Nhập lại", "Bình luận", "Ý kiến bạn đọc", "Email In PDF", "Tin mới hơn", "Tin cũ hơn", "Tin liên quan",
    "Đọc nhiều", "Các tin khác", "Tin khác", "Lượt xem", "Ngày đăng", "Ngày cập nhật", "Nguồn tin", "Tác giả",
    "Từ khóa", "Mã bảo mật", "Kommentar", "Fuente", "Lea también", "Le puede interesar", "Compartir",
    "Suscríbete", "cookies", "Publicado", "Por Thanh My", "Texto:", "Bài và ảnh", "(Văn phòng",
]
WS = re.compile(r"[\s\u00a0\u200b\ufeff]+")


class Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.links, self.skip, self.link = [], [], 0, None
        self.meta = {}

    def handle_starttag(self, tag, attrs):
        d = dict(attrs)
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in ("a", "option"):
            self.link = []
        elif tag == "link" and (d.get("rel") or "").lower() == "canonical":
            self.meta["canonical"] = d.get("href")
        elif tag == "meta" and d.get("property") == "og:url":
            self.meta["og:url"] = d.get("content")
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag in ("a", "option") and self.link is not None:
            self.links.append("".join(self.link))
            self.link = None
        self.parts.append(" ")

    def handle_data(self, data):
        if self.skip:
            return
        self.parts.append(data)
        if self.link is not None:
            self.link.append(data)


def squash(s):
    return WS.sub("", unicodedata.normalize("NFC", s))


def norm(s):
    return WS.sub(" ", unicodedata.normalize("NFC", s).replace("\u200b", "")).strip()


def check(path_json):
    errors = []
    name = path_json[: -len(".expected.json")]
    with open(path_json, encoding="utf-8") as f:
        exp = json.load(f)
    if list(exp) != KEYS:
        errors.append(f"keys {list(exp)}")
    raw = open(name + ".html", "rb").read()
    enc = exp["encoding"]
    if enc == "utf-16le":
        if not raw.startswith(b"\xff\xfe"):
            errors.append("utf-16le page without BOM")
        raw = raw[2:]
    elif enc != "utf-8":
        try:
            raw.decode("utf-8")
            errors.append(f"{enc} page is also valid UTF-8: the test would prove nothing")
        except UnicodeDecodeError:
            pass
    page = raw.decode(CODECS[enc])
    p = Text()
    p.feed(page)
    visible = html.unescape("".join(p.parts))
    flat = squash(visible)

    if exp["published"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d(T\d\d:\d\d)?", exp["published"]):
        errors.append(f"published {exp['published']!r}")
    if exp["language"] not in ("vi", "es"):
        errors.append(f"language {exp['language']!r}")
    if squash(exp["title"]) not in flat:
        errors.append("title not in page")
    for au in exp["authors"]:
        if squash(au) not in flat:
            errors.append(f"author {au!r} not in page")
    if exp["url"] is not None and exp["url"] not in (p.meta.get("canonical"), p.meta.get("og:url")):
        errors.append(f"url {exp['url']!r} is neither canonical nor og:url")
    if exp["url"] is None and (p.meta.get("canonical") or p.meta.get("og:url")):
        errors.append("page has canonical/og:url but url is null")

    pos = 0
    links = [norm(x) for x in p.links if norm(x)]
    for i, b in enumerate(exp["blocks"]):
        t = b["text"]
        if b["kind"] not in ("paragraph", "heading", "caption"):
            errors.append(f"block {i}: kind {b['kind']!r}")
        if t != norm(t) or unicodedata.normalize("NFC", t) != t or "\u00a0" in t or "\u200b" in t:
            errors.append(f"block {i}: not normalised")
        at = flat.find(squash(t), pos)
        if at < 0:
            where = "anywhere" if squash(t) not in flat else "in order"
            errors.append(f"block {i} not found {where}: {t[:60]!r}")
        else:
            pos = at + len(squash(t))
        if t == exp["title"]:
            errors.append(f"block {i} is the title")
        for au in exp["authors"]:
            if t.startswith(au) and len(t) < len(au) + 25:
                errors.append(f"block {i} looks like the byline")
        for w in INTERFACE:
            if w in t:
                errors.append(f"block {i} holds interface text {w!r}")
        for ln in links:
            if ln == t or (len(ln) >= 30 and ln in t):
                errors.append(f"block {i} holds link text {ln[:50]!r}")
    return errors, len(raw), page


def main(directory):
    failed = 0
    files = sorted(glob.glob(os.path.join(directory, "*.expected.json")))
    for pj in files:
        errors, size, page = check(pj)
        name = os.path.basename(pj)[: -len(".expected.json")]
        if "nfd" in name:
            if unicodedata.normalize("NFC", page) == page:
                errors.append("NFD page is in NFC")
            if "\u00a0" not in page or "\u200b" not in page:
                errors.append("NFD page lacks raw U+00A0 or U+200B")
        print(f"{'FAIL' if errors else 'ok  '} {name} ({size} bytes)")
        for err in errors:
            print("     ", err)
        failed += bool(errors)
    print(f"{len(files) - failed}/{len(files)} fixtures ok")
    return 1 if failed or not files else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))))
