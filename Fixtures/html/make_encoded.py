#!/usr/bin/env python3
"""Regenerate the encoded fixture pages from their UTF-8 sources in src/.

    python3 make_encoded.py            # from Fixtures/html/, or give the directory as argument

Each src/<name>.src.html is UTF-8 text written by hand. Markers in the sources:

    {{NFD}} ... {{/NFD}}   the enclosed text is written in Unicode NFD (decomposed)
    {{NBSP}}               a raw U+00A0 NO-BREAK SPACE (a "&nbsp;" entity stays an entity)
    {{ZWSP}}               a raw U+200B ZERO WIDTH SPACE

The output <name>.html is written next to this script in the encoding listed in
TARGETS. The sources declare the target charset in their <meta> already, so the
output is self-consistent. Nothing else is changed (no re-wrapping, no entity
substitution), except CRLF line ends where TARGETS says so.
"""
import os
import re
import sys
import unicodedata

# name: (codec, BOM bytes, line ending)
TARGETS = {
    "nukeviet-nfd-vi": ("utf-8", b"", "\n"),
    "legacy-cp1258-vi": ("cp1258", b"", "\r\n"),
    "utf16-es": ("utf-16-le", b"\xff\xfe", "\r\n"),
    "latin1-es": ("latin-1", b"", "\n"),
}

NFD_SPAN = re.compile(r"\{\{NFD\}\}(.*?)\{\{/NFD\}\}", re.S)


def expand_markers(text):
    text = NFD_SPAN.sub(lambda m: unicodedata.normalize("NFD", m.group(1)), text)
    if "{{NFD}}" in text or "{{/NFD}}" in text:
        raise ValueError("unbalanced {{NFD}} marker")
    return text.replace("{{NBSP}}", "\u00a0").replace("{{ZWSP}}", "\u200b")


def encode_cp1258_char(ch):
    """Encode one NFC character the way Windows does for windows-1258.

    cp1258 has precomposed Latin-1 letters (à á â ã è é ê ...) and the Vietnamese
    base letters Ă Â Ê Ô Ơ Ư Đ (and lower case), but most tone-marked letters
    (ạ ả ấ ầ ẩ ẫ ậ ế ố ờ ự ...) only as base letter + combining tone mark
    (U+0300 grave, U+0301 acute, U+0303 tilde, U+0309 hook above, U+0323 dot below).
    Try the precomposed character first; else decompose, compose the base letter
    with the marks cp1258 has no combining form for (circumflex, breve, horn),
    and write the tone marks after it as combining characters. (NFD puts a dot
    below before a circumflex, so "ậ" is a + U+0323 + U+0302: the marks must be
    sorted into shape and tone, not cut as a prefix.)
    """
    try:
        return ch.encode("cp1258")
    except UnicodeEncodeError:
        pass
    parts = unicodedata.normalize("NFD", ch)
    base, marks = parts[0], parts[1:]
    tones = [m for m in marks if m in TONE_MARKS]
    shape = "".join(m for m in marks if m not in TONE_MARKS)
    head = unicodedata.normalize("NFC", base + shape)
    return head.encode("cp1258") + b"".join(m.encode("cp1258") for m in tones)


# The combining marks windows-1258 has code points for.
TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def encode(text, codec):
    if codec == "cp1258":
        return b"".join(encode_cp1258_char(c) for c in unicodedata.normalize("NFC", text))
    return text.encode(codec)


def main(directory):
    src_dir = os.path.join(directory, "src")
    for name, (codec, bom, eol) in TARGETS.items():
        with open(os.path.join(src_dir, name + ".src.html"), encoding="utf-8") as f:
            text = f.read()
        text = expand_markers(text)
        if eol != "\n":
            text = text.replace("\r\n", "\n").replace("\n", eol)
        data = bom + encode(text, codec)
        # Round trip: decoding the bytes must give back the same text (up to NFC for cp1258).
        back = data[len(bom):].decode(codec)
        if codec == "cp1258":
            assert unicodedata.normalize("NFC", back) == unicodedata.normalize("NFC", text), name
        else:
            assert back == text, name
        out = os.path.join(directory, name + ".html")
        with open(out, "wb") as f:
            f.write(data)
        print(f"{out}: {len(data)} bytes, {codec}{' with BOM' if bom else ''}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
