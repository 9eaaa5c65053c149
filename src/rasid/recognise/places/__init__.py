"""Place mentions: gazetteer names in the article, kept when their context says "place".

Steps (the modules of this package):
1. find every gazetteer name with the clitic-aware matcher (blocking phrases such as
   "قوات سوريا الديمقراطية" hide the names inside them);
2. read the words around each name (evidence.py, data/place_context.tsv): a place word before it
   ("مدينة", "حي", "محافظة"), a locative ("في", "شمال", the clitic ب), a verb that makes
   it an actor ("روسيا تقصف", "وتقول روسيا"), an organisation noun ("بنك مصر");
3. resolve each name against the article's other places (rasid.link.resolve);
4. keep a name when it has the evidence it needs (acceptance.py): names that are ordinary words need a
   place word, countries need a locative, villages abroad need a place word; a name in a
   list after a kept place, or right before its own governorate ("X بريف إدلب"), inherits
   that evidence;
5. compose regions ("ريف حلب الشمالي"), governorates ("محافظة درعا") and facilities
   ("مطار حلب") from the words around the name (composition.py);
6. add the villages and neighbourhoods the gazetteer lacks, named right after a place
   word ("قرية بليون"), located by the place they are said to be in (unknown.py).
"""

from __future__ import annotations

import math
import re

from rasid.lang.ar.match import PhraseMatch
from rasid.lang.ar.text import TextView, text_view
from rasid.link.context import place_context
from rasid.link.gazetteer import Anaphor, Blocker, Entry, Gazetteer, Place, default_gazetteer
from rasid.recognise.places.acceptance import (
    accept,
    article_context,
    between_countries,
    echoes,
    forget_far_neighbourhoods,
    resolve_all,
    share_list_hints,
)
from rasid.recognise.places.composition import compose, join_parents
from rasid.recognise.places.evidence import FoundPlace, PlaceCandidate, Reader
from rasid.recognise.places.regions import nisba_regions
from rasid.recognise.places.unknown import given_names, misplaced, repeated, unknown_names, unknown_place
from rasid.record import PlaceMention, Record
from rasid.stage import Stage

__all__ = ["FoundPlace", "PlaceStage", "find_places"]

_TANWIN = re.compile("[\u064b-\u064d]")
#: A clitic before a name this short is read as part of the word unless the place is a town.
SHORT_NAME = 3
#: The fewest letters a name glued before a compass word keeps ("حمصشمال").
GLUED_NAME = 3


def find_places(
    view: TextView, gaz: Gazetteer | None = None, home_country: str | None = None
) -> list[FoundPlace]:
    """Places named in a text (spans in its normalised copy), in text order."""
    gaz = gaz or default_gazetteer()
    norm = view.norm
    reader = Reader(norm, place_context(), lambda s, e: view.text[slice(*view.span(s, e))])
    cands: list[PlaceCandidate] = []
    matches = gaz.matcher.find(norm)
    starts = {m.word_start for m in matches}
    matches = sorted(matches + _compass_glued_after(gaz, reader, starts), key=lambda m: m.start)
    for m in matches:
        if (
            any(isinstance(e, Blocker) for e in m.payloads)
            and (m.phrase, "home_only") not in reader.ctx.values
        ):
            continue  # a blocking phrase, unless its own country's news reads it as a place ("الحدود الشمالية")
        first = reader.index.get(m.word_start)
        if first is None or _TANWIN.search(view.text, *view.span(m.start, m.end)):
            continue  # "دوماً", "صيفاً": an indefinite word, never a name
        places = [e for e in m.payloads if isinstance(e, Place)]
        if m.clitic and len(m.phrase) <= SHORT_NAME and places and all(p.small for p in places):
            continue  # "لغات", "بحوث": a short village name inside a longer word
        if m.clitic and reader.word(first) in given_names():
            continue  # "فاطمة" is a woman, not ف + the Syrian town "اطمة"
        c = PlaceCandidate(m, first, first + m.n_words - 1, places)
        c.anaphor = next((e for e in m.payloads if isinstance(e, Anaphor)), None)
        c.needs = gaz.needs(m.phrase)
        if c.needs == "never":
            home = reader.ctx.values.get((m.phrase, "home_only"))
            if home is None:
                continue
            c.home_only = frozenset(home.split("|"))  # decided once the article's country is known
        cands.append(c)
    kept: list[PlaceCandidate] = []
    for i, c in enumerate(cands):
        after = cands[i + 1 : i + 2]
        if _epithet_before_name(reader, c, after):
            # "العاصمة الليبية طرابلس": the epithet names the country of the name after it
            countries = {p.country for p in c.places}
            after[0].places = [p for p in after[0].places if p.country in countries] or after[0].places
        else:
            kept.append(c)
    cands = kept
    for c in cands:
        reader.place_words.update(range(c.first, c.last + 1))
    for c in cands:
        reader.read(c)
    own = article_context(cands, home_country, accepted_only=False).own_country()
    cands = _home_units(_home_names(cands, own), own, reader)
    share_list_hints(cands, reader)
    between_countries(cands, reader)
    resolve_all(cands, article_context(cands, home_country, accepted_only=False), gaz, own=False)
    accept(cands, reader, article_context(cands, home_country, accepted_only=False))
    ctx = article_context(cands, home_country, accepted_only=True)
    resolve_all(cands, ctx, gaz, own=True)
    accept(cands, reader, article_context(cands, home_country, accepted_only=True))
    echoes(cands)
    forget_far_neighbourhoods(cands, article_context(cands, home_country, accepted_only=True))
    unknown = unknown_names(reader, gaz, cands)
    composed = {id(c): compose(c, reader, gaz) for c in cands if c.accepted and c.place is not None}
    join_parents(cands, reader, composed)
    for c in cands:
        if id(c) in composed:
            moved = misplaced(reader, c, cands, composed[id(c)], composed)
            composed[id(c)] = moved or composed[id(c)]
    regions = nisba_regions(reader, gaz)
    found = [f for f in composed.values() if not any(overlaps(f, r) for r in regions)] + regions
    new = [unknown_place(reader, u, cands, composed) for u in unknown]
    new = [n for n in new if not any(overlaps(n, f) for f in found)]  # a known place wins an overlap
    taken = [(c.match.word_start, c.end) for c in cands] + [(f.start, f.end) for f in found + new]
    found += new + repeated(reader, new, taken)
    return sorted(found, key=lambda f: f.start)


def _home_names(cands: list[PlaceCandidate], country: str | None) -> list[PlaceCandidate]:
    """Stoplisted names that are places in their own country's news ("بالجزيرة" in a Sudanese
    report is Gezira State, elsewhere the TV channel): kept, as that country's place needing a
    locative, only when the article's own country is theirs."""
    out = []
    for c in cands:
        if c.home_only:
            if country not in c.home_only or "ل" in c.match.clitic:
                continue  # "وقال للجزيرة": told the channel, not a place
            c.places = [p for p in c.places if p.country in c.home_only]
            if not c.places:
                continue
            c.needs = "cue"
        out.append(c)
    return out


def _home_units(cands: list[PlaceCandidate], country: str | None, reader: Reader) -> list[PlaceCandidate]:
    """Communes (Place.commune) are read only in their own country's news: "منطقة الظهرة" in a
    Yemeni report is no Algerian commune, "جبل مغيلة" in a Tunisian one no Algerian town."""
    out = []
    for c in cands:
        if any(p.commune for p in c.places):
            c.places = [p for p in c.places if not p.commune or p.country == country]
            if not c.places:
                reader.place_words.difference_update(range(c.first, c.last + 1))
                continue
        out.append(c)
    return out


def _compass_glued_after(gaz: Gazetteer, reader: Reader, taken: set[int]) -> list[PhraseMatch[Entry]]:
    """ "تعزجنوب": a name with a compass word typed onto its end, in a word no name starts. The
    match covers the name alone (with its proclitic: "بتعزجنوب"); a compass word glued before
    a name ("جنوبصنعاء") is read by the matcher itself."""
    out: list[PhraseMatch[Entry]] = []
    tails, norm = gaz.glued_after, reader.norm
    for s, e in reader.words:
        if s in taken:
            continue
        word = norm[s:e]
        if not word.endswith(tails):  # one test in C for most words, before the ordered search
            continue
        tail = next(
            (w for w in gaz.glued_after if word.endswith(w) and len(word) - len(w) >= GLUED_NAME), None
        )
        if tail is None:
            continue
        cut = e - len(tail)
        out += [
            m._replace(start=m.start + s, end=m.end + s)
            for m in gaz.matcher.find(reader.norm[s:cut])
            if m.word_start == 0 and m.end == cut - s and any(isinstance(p, Place) for p in m.payloads)
        ]
    return out


def _epithet_before_name(reader: Reader, c: PlaceCandidate, after: list[PlaceCandidate]) -> bool:
    """ "العاصمة الليبية طرابلس": a capital's epithet right before a name is that name's place word,
    not a second place ("العاصمة الليبية" alone still names Tripoli); the name must lie in the
    epithet's country."""
    if not after or not reader.ctx.has(reader.word(c.first), "capital"):
        return False
    if not {p.country for p in c.places} & {p.country for p in after[0].places}:
        return False  # "العاصمة المقدسة صباح اليوم": a word of another country's name, not this capital
    return after[0].first == c.last + 1 and reader.joined(c.last, after[0].first)


def overlaps(a: FoundPlace, b: FoundPlace) -> bool:
    return a.start < b.end and b.start < a.end


class PlaceStage(Stage):
    """Adds place mentions (rasid/1 `place`) for the gazetteer names the article uses as places."""

    name = "places"
    reads = frozenset({"text"})
    writes = frozenset({"mentions:place"})

    def __init__(self, gazetteer: Gazetteer | None = None, home_country: str | None = None) -> None:
        super().__init__()
        self.gazetteer = gazetteer
        self.home_country = home_country

    def process(self, record: Record) -> Record:
        view = text_view(record)
        for found in find_places(view, self.gazetteer, self.home_country):
            start, end = view.span(found.start, found.end)
            place = found.place
            located = not math.isnan(place.lat)
            record.mentions.append(
                PlaceMention(
                    id=record.next_mention_id(),
                    span=(start, end),
                    text=record.text[start:end],
                    name=place.name or None,
                    name_ar=record.text[start:end] if found.composed else place.name_ar,
                    country=place.country or None,
                    admin1=place.admin1,
                    lat=round(place.lat, 4) if located else None,
                    lon=round(place.lon, 4) if located else None,
                    geonames_id=place.geonames_id,
                    precision=place.precision,
                )
            )
            self.stat(f"precision_{place.precision}")
        self.stat("places", len(record.mentions_of("place")))
        return record
