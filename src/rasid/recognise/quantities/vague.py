"""Vague quantities: number-less counts ("عشرات القتلى", "عدد من المدنيين", "مناطق عدة") and
vague ranges ("عشرات إلى مئات القتلى"), their bounds from data/vague_quantities.tsv."""

from __future__ import annotations

import re
from functools import lru_cache

from rasid.lang.ar.numbers import is_unit_word, particles
from rasid.recognise.quantities.context import Noun, noun_after, plain_noun, qualifier_before
from rasid.recognise.quantities.ranges import range_words
from rasid.recognise.quantities.tables import VagueWord, lexicon
from rasid.recognise.quantities.tokens import SPACE, WORD, Spans, inside, tokens_before, word_at
from rasid.recognise.quantities.value import Quantity


def _vague_at(norm: str, m: re.Match[str]) -> tuple[int, int, VagueWord] | None:
    """(start, end, entry) of the longest vague phrase starting with word `m` (clitic allowed)."""
    lex = lexicon()
    if not _opens_vague(m.group()):
        return None  # most words: no vague phrase starts with them, whatever follows
    table = lex.vague
    nxt = word_at(norm, m.end())
    candidates: list[tuple[list[str], int]] = []
    if nxt is not None and not norm[m.end() : nxt.start()].strip(SPACE):
        candidates.append(([m.group(), nxt.group()], nxt.end()))
    candidates.append(([m.group()], m.end()))
    for words, end in candidates:
        for form in particles().forms(words[0]):
            entry = table.get((form, *words[1:]))
            if entry is not None:
                return m.end() - len(form), end, entry
    return None


def _noun_right_before(norm: str, pos: int) -> tuple[int, int] | None:
    """The indefinite noun right before a postposed vague word ("مناطق عدة"), not a unit of time
    or measure ("سنوات عدة"), a particle ("في عدة") or a definite word ("التحالف عدة")."""
    toks = tokens_before(norm, pos, 1)
    if not toks or not WORD.fullmatch(toks[0].text) or norm[toks[0].end : pos].strip(SPACE):
        return None
    word = toks[0].text
    if not plain_noun(word, definite=False) or is_unit_word(word) or word in particles().of:
        return None
    return toks[0].start, toks[0].end


@lru_cache(maxsize=1 << 14)  # bounded: a long batch meets new word forms all the time
def _opens_vague(word: str) -> bool:
    """Whether a vague phrase can start with the word, with or without its clitic (per word form)."""
    firsts = lexicon().vague_firsts
    return any(form in firsts for form in particles().forms(word))


def vague_counts(norm: str, taken: Spans) -> list[Quantity]:
    out: list[Quantity] = []
    pos = 0
    for m in WORD.finditer(norm):
        if m.start() < pos or not _opens_vague(m.group()):
            continue  # most words open no vague phrase (asked once per word form)
        found = _vague_at(norm, m)
        if found is None or inside(taken, m.start(), m.end()):
            continue
        start, end, entry = found
        upper = _vague_upper(norm, end)
        if upper is not None:  # "عشرات إلى مئات القتلى": one vague item, the lower class
            up_end, up_entry, up_noun = upper
            unit = up_noun.unit if up_noun else None
            out.append(Quantity(start, up_end, None, None, entry.low, up_entry.high, entry.cls, unit))
            pos = up_end
            continue
        noun = noun_after(norm, end, definite=entry.needs not in ("noun", "postposed"))
        if entry.needs == "postposed" and (noun is None or noun.unit is None):
            head = _noun_right_before(norm, start)
            if head is None:
                continue
            out.append(Quantity(head[0], end, None, None, entry.low, entry.high, entry.cls, head))
            pos = end
            continue
        follower = word_at(norm, end)
        of_them = follower is not None and follower.group() in lexicon().nouns["pronoun"]
        if (
            entry.needs == "of"
            and not of_them
            and (noun is None or follower is None or follower.group() not in particles().of)
        ):
            continue  # "عدد من المدنيين", "عدد منهم" (of them: the noun is the one just named)
        if entry.needs in ("noun", "postposed") and (noun is None or noun.unit is None):
            continue
        if entry.needs == "own" and (follower is None or follower.group() not in particles().of):
            noun = None  # "وأصيب عدد آخر نتيجة القصف": the phrase names its own noun ("آخر")
        before = qualifier_before(norm, start)
        end = noun.end if noun else end
        qualifier, start = (before[0], before[1]) if before else (None, start)
        out.append(
            Quantity(
                start, end, None, qualifier, entry.low, entry.high, entry.cls, noun.unit if noun else None
            )
        )
        pos = end
    return out


def _vague_upper(norm: str, end: int) -> tuple[int, VagueWord, Noun | None] | None:
    """(end, entry, noun) of the upper vague word of a vague range after a range link ("عشرات إلى
    مئات القتلى", "العشرات أو المئات"), or None; the conjunction "و" lists, it makes no range."""
    link = word_at(norm, end)
    words = range_words()
    if link is None or norm[end : link.start()].strip(SPACE):
        return None
    if link.group() not in words.bare and link.group() not in words.needs_opener - set(
        particles().conjunctions
    ):
        return None
    upper_word = word_at(norm, link.end())
    if upper_word is None:
        return None
    upper = _vague_at(norm, upper_word)
    if upper is None or upper[0] != upper_word.start():
        return None
    noun = noun_after(norm, upper[1], definite=True)
    return (noun.end if noun else upper[1]), upper[2], noun
