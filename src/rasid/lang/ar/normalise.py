"""Arabic normalisation on a copy of the text, with a map back to the original offsets.

Matching runs on the normalised copy; every span found there is mapped back with
`Normalised.to_original`, so records always quote the clean text itself. The same
`normalise_string` is applied to the language data files when they are loaded.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Diacritics (harakat, tanwin, shadda, sukun, dagger alef, Quranic marks) and tatweel are dropped.
_DROP = (
    {chr(c) for c in range(0x064B, 0x0660)} | {"\u0670", "\u0640"} | {chr(c) for c in range(0x06D6, 0x06EE)}
)
_DROP -= {chr(c) for c in range(0x06DD, 0x06DF)}  # keep the end-of-ayah sign and rub el hizb as symbols
_DROP |= {"\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\ufeff", "\u00ad"}

_MAP = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ٲ": "ا",
    "ٳ": "ا",
    "ى": "ي",
    "ی": "ي",
    "ې": "ي",
    "ة": "ه",
    "ک": "ك",
    "ڪ": "ك",
    "ۀ": "ه",
    "ہ": "ه",
    "ھ": "ه",
    "ؤ": "و",
    "ئ": "ي",
    "٬": ",",
    "٫": ".",
}
for _i in range(10):
    _MAP[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic digits
    _MAP[chr(0x06F0 + _i)] = str(_i)  # Persian digits


# One-to-one replacements are done by str.translate; only the characters that are dropped or
# expanded (diacritics, presentation forms) are handled one by one, so normalising an article
# costs a few C-level passes rather than a Python call per character.
_TABLE = str.maketrans(_MAP)
_SPECIAL = re.compile("[" + "".join(sorted(re.escape(c) for c in _DROP)) + "\ufb50-\ufdff\ufe70-\ufeff]")
# Without offsets to keep, the dropped characters go in the same C pass (mapped to None), and
# only the presentation forms are left to the expression.
_STRING_TABLE = {**_TABLE, **dict.fromkeys(map(ord, _DROP))}
_PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")
#: Strings up to this length (lines, words, keys) are remembered: the clean stage normalises
#: the same line for its features, its repetition key and each zone's patterns.
_REMEMBERED_CHARS = 400


def _is_presentation_form(ch: str) -> bool:
    cp = ord(ch)
    return 0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF


@lru_cache(maxsize=4096)  # a few hundred characters are ever special; bounded all the same
def normalise_char(ch: str) -> str:
    """The normalised form of one character: '' (dropped), one or more characters.

    A presentation form is decomposed by NFKC once; forms NFKC leaves as they are (the
    ornate parentheses ﴾ ﴿ around Quran quotations) are kept, never decomposed again.
    """
    if _is_presentation_form(ch):
        return "".join(_base(c) for c in unicodedata.normalize("NFKC", ch))
    return _base(ch)


def _base(ch: str) -> str:
    if ch in _DROP:
        return ""
    return _MAP.get(ch, ch)


def normalise_string(text: str) -> str:
    """Normalise a string without keeping offsets (language data, lookup keys)."""
    if len(text) <= _REMEMBERED_CHARS:
        return _normalise_short(text)
    return _normalise_string(text)


@lru_cache(maxsize=1 << 13)  # bounded: a batch meets new lines all the time
def _normalise_short(text: str) -> str:
    return _normalise_string(text)


def _normalise_string(text: str) -> str:
    out = text.translate(_STRING_TABLE)
    if _PRESENTATION.search(out) is None:
        return out
    return _PRESENTATION.sub(lambda m: normalise_char(m.group()), out)


@dataclass(frozen=True)
class Normalised:
    """A normalised copy of `original`; `starts[i]`/`ends[i]` bound the original characters of char i."""

    original: str
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a `[start, end)` span of the normalised text back to the original text."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span [{start}, {end}) outside normalised text of length {len(self.text)}")
        if start == end:
            pos = self.starts[start] if start < len(self.text) else len(self.original)
            return pos, pos
        return self.starts[start], self.ends[end - 1]

    def from_original(self, pos: int) -> int:
        """The first normalised index whose source starts at or after original offset `pos`."""
        import bisect

        return bisect.bisect_left(self.starts, pos)


def normalise(text: str) -> Normalised:
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for m in _SPECIAL.finditer(text):
        i = m.start()
        if i > pos:
            out.append(text[pos:i].translate(_TABLE))
            starts.extend(range(pos, i))
            ends.extend(range(pos + 1, i + 1))
        for c in normalise_char(text[i]):
            out.append(c)
            starts.append(i)
            ends.append(i + 1)
        pos = i + 1
    if pos < len(text):
        out.append(text[pos:].translate(_TABLE))
        starts.extend(range(pos, len(text)))
        ends.extend(range(pos + 1, len(text) + 1))
    return Normalised(text, "".join(out), tuple(starts), tuple(ends))
