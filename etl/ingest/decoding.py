"""Bytes to text by what the bytes are: a byte-order mark, a declared charset, else a detector.

Order of trust: a BOM (UTF-8/16/32) wins; then a charset the document declares (HTML ``<meta charset>``,
``http-equiv`` content type, an XML declaration); then strict UTF-8; then BOM-less UTF-16/32 recognised by
its zero bytes; then charset-normalizer's best guess. Zero bytes that fit no UTF-16/32 pattern mean binary.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from ..errors import InputError

BOMS = (  # UTF-32 first: its little-endian mark starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
DECLARED = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9._:-]+)""",
    re.IGNORECASE,
)
SNIFF_BYTES = 4096  # where a document declares its charset (HTML requires the first 1024 bytes)
# HTML's rule: a page that says latin-1 or ascii means windows-1252 (browsers have always read it so).
# A page that declares UTF-16/32 in ASCII-readable bytes is not UTF-16/32: browsers read it as UTF-8.
WHATWG_ALIASES = {"latin_1": "cp1252", "iso8859_1": "cp1252", "ascii": "cp1252", "utf_16": "utf_8", "utf_32": "utf_8"}


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # Python codec name
    how: str  # "bom", "declared", "utf-8", "zero bytes" or "detected"
    note: str = ""  # a warning worth keeping with the article (a guessed or mislabelled encoding)


def _declared(raw: bytes) -> str | None:
    """The codec a document declares in its head, or None (also for names Python does not know)."""
    match = DECLARED.search(raw[:SNIFF_BYTES])
    if match is None:
        return None
    name = (match.group(1) or match.group(2)).decode("ascii")
    try:
        codec = codecs.lookup(name).name.replace("-", "_")
    except LookupError:
        return None
    return WHATWG_ALIASES.get(codec, codec)


def _wide_unicode(raw: bytes) -> str | None:
    """UTF-16/32 without a BOM, told by where its zero bytes fall (Latin text: every other byte is zero)."""
    sample = raw[:SNIFF_BYTES]
    if len(sample) < 4:
        return None
    quarters = [sample[i::4].count(0) / len(sample[i::4]) for i in range(4)]
    if quarters[1] > 0.9 and quarters[2] > 0.9 and quarters[3] > 0.9:
        return "utf-32-le"
    if quarters[0] > 0.9 and quarters[1] > 0.9 and quarters[2] > 0.9:
        return "utf-32-be"
    even, odd = sample[0::2].count(0) / len(sample[0::2]), sample[1::2].count(0) / len(sample[1::2])
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    return None


def _strict(raw: bytes, encoding: str, how: str) -> Decoded:
    try:
        return Decoded(raw.decode(encoding), encoding, how)
    except UnicodeDecodeError as err:
        raise InputError(f"not valid {encoding} text ({how}; invalid byte at offset {err.start})") from err


def _detected(raw: bytes) -> Decoded:
    from charset_normalizer import from_bytes  # imported when needed: most inputs are UTF-8

    for match in from_bytes(raw):
        # Without zero bytes UTF-16/32 is never right: a short latin-1 word is not a CJK character.
        if not match.encoding.startswith(("utf_16", "utf_32")):
            note = f"no BOM or declared charset; encoding detected as {match.encoding}"
            return Decoded(str(match), match.encoding, "detected", note)
    raise InputError("not text: no character encoding fits the bytes")


def decode_bytes(raw: bytes) -> Decoded:
    """The text of a file's bytes and how its encoding was known; InputError when it is not text."""
    if not raw.strip():
        raise InputError("empty file")
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            decoded = _strict(raw[len(bom) :], encoding, "bom")
            if not decoded.text.strip():
                raise InputError("empty file")
            return decoded
    declared = _declared(raw)
    if declared is not None:
        try:
            return _strict(raw, declared, "declared")
        except InputError:
            found = _guess(raw)
            return Decoded(
                found.text,
                found.encoding,
                found.how,
                f"declared charset {declared} does not fit the bytes; read as {found.encoding}",
            )
    return _guess(raw)


def _guess(raw: bytes) -> Decoded:
    if b"\x00" in raw:
        wide = _wide_unicode(raw)
        if wide is None:
            raise InputError("binary file (contains NUL bytes), not text")
        return _strict(raw, wide, "zero bytes")
    try:
        return Decoded(raw.decode("utf-8"), "utf-8", "utf-8")
    except UnicodeDecodeError:
        return _detected(raw)


def decode(raw: bytes) -> str:
    """The text of a file's bytes (see ``decode_bytes``)."""
    return decode_bytes(raw).text
