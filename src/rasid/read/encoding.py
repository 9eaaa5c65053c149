"""Bytes to text without mojibake: the order in which rasid trusts encoding evidence.

1. a byte order mark (UTF-8, UTF-16, UTF-32), stripped from the text;
2. the charset the transport declared (HTTP Content-Type header, WARC HTTP header);
3. for markup, `<meta charset>`, `<meta http-equiv=content-type>` or `<?xml encoding>`
   in the first 4 KB;
4. strict UTF-8; then UTF-8 with a few stray bytes replaced by U+FFFD (as browsers do),
   when the valid multi-byte characters outnumber the bad sequences twenty to one — the
   record says so in `warnings` instead of the whole article being refused;
5. detection (charset-normalizer) among windows-1256, ISO-8859-6 and windows-1252 only,
   refused when two candidates read the bytes differently and equally well;
6. a Western declaration (ASCII, Latin-1, windows-1252) is weak evidence: old Arabic sites
   declared Latin-1 and relied on the reader's browser setting, so such a declaration is
   tried after UTF-8 and detection rather than before them.
When nothing fits, `InputError(source, "cannot determine the text encoding")`.
"""

from __future__ import annotations

import codecs
import re
from typing import NamedTuple

from rasid.errors import InputError

PRESCAN_BYTES = 4096

#: Single-byte Arabic pages come in these; windows-1252 is there so Latin text is not
#: forced into an Arabic code page.
DETECTION_CANDIDATES = ("cp1256", "iso8859_6", "cp1252")

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32le"),
    (codecs.BOM_UTF32_BE, "utf-32be"),
    (codecs.BOM_UTF16_LE, "utf-16le"),
    (codecs.BOM_UTF16_BE, "utf-16be"),
)

#: Labels Python does not know but the web uses (WHATWG encoding standard).
_LABEL_ALIASES = {
    "iso-8859-6-i": "iso-8859-6",
    "iso-8859-6-e": "iso-8859-6",
    "x-cp1256": "windows-1256",
}

_WEAK = frozenset({"ascii", "iso-8859-1", "windows-1252"})

_META = re.compile(rb"<meta\b[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:+-]+)", re.IGNORECASE)
_XML_DECL = re.compile(rb"^\s*<\?xml\b[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9_.:+-]+)[\"']", re.IGNORECASE)


def normalise_codec(label: str) -> str | None:
    """The canonical name of a text codec ("cp1256" → "windows-1256"), None if unknown."""
    key = label.strip().lower()
    key = _LABEL_ALIASES.get(key, key)
    try:
        info = codecs.lookup(key)
    except LookupError:
        return None
    if not getattr(info, "_is_text_encoding", True):
        return None  # base64, rot13, zlib: codecs, but not character encodings
    name = info.name
    if name in ("utf-8", "utf-8-sig"):
        return "utf-8"
    if name.startswith("utf-16-") or name.startswith("utf-32-"):
        return name.replace("-le", "le").replace("-be", "be")
    if m := re.fullmatch(r"cp(125\d)", name):
        return f"windows-{m.group(1)}"
    if m := re.fullmatch(r"iso8859-(\d+)", name):
        return f"iso-8859-{m.group(1)}"
    return name


def prescan(data: bytes) -> str | None:
    """The charset a markup document declares about itself in its first 4 KB."""
    head = data[:PRESCAN_BYTES]
    match = _XML_DECL.match(head) or _META.search(head)
    if match is None:
        return None
    label = match.group(1).decode("ascii")
    codec = normalise_codec(label)
    # A document that could be read as ASCII to find this cannot be UTF-16 (WHATWG rule).
    if codec is not None and codec.startswith(("utf-16", "utf-32")):
        return "utf-8"
    return codec


class Decoded(NamedTuple):
    text: str
    codec: str
    warnings: list[str]


_SURROGATE = re.compile("[\ud800-\udfff]")


def scrub_surrogates(text: str, source: str) -> tuple[str, list[str]]:
    """`text` with lone surrogates (from JSON "\\ud800" or a Python string) made U+FFFD.

    They cannot be written as UTF-8, so one of them would otherwise fail the whole output.
    """
    text, count = _SURROGATE.subn("\ufffd", text)
    if not count:
        return text, []
    return text, [f"read: {source}: {count} lone surrogate code point(s) replaced with U+FFFD"]


def decode(
    data: bytes, *, declared: str | None = None, html: bool = False, source: str = "<input>"
) -> Decoded:
    """Decode `data` and say with which codec; see the module docstring for the order."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = _try(data[len(bom) :], codec)
            if text is not None:
                return Decoded(text, codec, [])
            break
    strong: list[str] = []
    weak: list[str] = []
    for label in (declared, prescan(data) if html else None):
        named = normalise_codec(label) if label else None
        if named is not None:
            (weak if named in _WEAK else strong).append(named)
    for codec in [*strong, "utf-8"]:
        text = _try(data, codec)
        if text is not None:
            return Decoded(text, codec, [])
    lenient = _mostly_utf8(data, source)
    if lenient is not None:
        return lenient
    detected = detect(data)
    if detected is not None:
        return Decoded(*detected, [])
    for codec in weak:
        text = _try(data, codec)
        if text is not None:
            return Decoded(text, codec, [])
    raise InputError(source, "cannot determine the text encoding")


def _mostly_utf8(data: bytes, source: str) -> Decoded | None:
    """UTF-8 with its few invalid sequences replaced, when the rest is clearly UTF-8."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    multibyte = sum(1 for ch in text if ch > "\x7f") - bad
    if bad <= 0 or multibyte < 20 * bad:
        return None
    return Decoded(
        text, "utf-8", [f"read: {source}: {bad} invalid UTF-8 byte sequence(s) replaced with U+FFFD"]
    )


def detect(data: bytes) -> tuple[str, str] | None:
    """The one candidate code page that reads `data` best, or None when none or several do."""
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data, cp_isolation=list(DETECTION_CANDIDATES)))
    if not matches:
        return None
    best = min(matches, key=lambda m: (m.chaos, -m.coherence))
    text = str(best)
    for other in matches:
        same_score = other.chaos == best.chaos and other.coherence == best.coherence
        if other is not best and same_score and str(other) != text:
            return None  # e.g. a few Arabic words that both Arabic code pages read plausibly
    codec = normalise_codec(best.encoding)
    return (text, codec) if codec is not None else None


def _try(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None
