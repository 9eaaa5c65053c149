"""Which names are places: evidence against need, lists and anchors, then resolution."""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from rasid.lang.ar.affixes import affixes
from rasid.lang.ar.clause_marks import commas
from rasid.lang.ar.match import phrase_key
from rasid.link.gazetteer import Gazetteer, Place
from rasid.link.resolve import ArticleContext, choose, filter_by_hint
from rasid.recognise.places.evidence import CUE, TYPE, PlaceCandidate, Reader, list_gap

_LIST_WORDS = frozenset({"و", "او", "ثم"})
_ANCHOR_WORDS = frozenset({"في"})
_MAX_ROUNDS = 6


def required(c: PlaceCandidate, place: Place) -> str:
    """The evidence a reading needs: never, type, cue, country, neighbourhood or bare."""
    if c.anaphor is not None or place.precision == "country":
        return "country"
    needs = c.needs or place.default_needs()
    if needs is not None:
        return needs
    if place.precision == "neighbourhood":
        return "neighbourhood"
    return "bare"


#: Place words that may name a compiled district ("مديرية رازح", "قضاء المقدادية", "منطقة").
_DISTRICT_HINTS = frozenset({"admin2", "area"})


def district_without_admin_word(c: PlaceCandidate) -> bool:
    """A compiled district named after a town or neighbourhood word ("بحي حجر النور" is no
    Yemeni district "حجر"): a district's name needs a district word. A commune
    (build_communes.py) is named after a town word too ("بلدية تيمقتن")."""
    p = c.place
    return (
        p is not None
        and p.source == "geonames"
        and p.precision == "admin2"
        and c.needs is None
        and c.hint not in _DISTRICT_HINTS
        and not (p.commune and c.hint == "city")
    )


#: The governorates (country, admin1) the article's self-evident places lie in, with their names.
Provinces = dict[tuple[str, str], set[str]]


def passes(
    c: PlaceCandidate,
    ctx: ArticleContext,
    peers: Counter[tuple[str, str | None]] | None = None,
    provinces: Provinces | None = None,
) -> bool:
    """Whether a resolved candidate has the evidence it needs; `peers` counts governorates named,
    `provinces` holds the governorates of the places that need no help from the article."""
    if c.place is None or c.agent or c.blocked or (c.adjective and c.level < TYPE):
        return False
    if district_without_admin_word(c):
        return False
    req = required(c, c.place)
    if peers is not None and c.needs is None and c.place.small and req in ("type", "cue"):
        own = (c.place.country, c.place.admin1)
        if c.place.admin1 and peers[own] > (1 if c.accepted else 0):
            req = "cue" if req == "type" else "bare"  # a village of a governorate the article names
    if req == "type" and provinces is not None and _home_province(c, provinces):
        req = "cue"  # "في الأبيض" in a report that names North Kordofan: the town, not "the white"
    if req == "never":
        return False
    if req == "country":
        return c.country_cue
    if req == "type":
        return c.level >= TYPE
    if req == "cue":
        return c.level >= CUE
    if req == "neighbourhood":
        return c.level >= TYPE or ctx.names_town(c.place.parent)
    return True


#: The fewest people a town whose name is an ordinary word needs to be read after a locative
#: alone in its own governorate: "في الأبيض" is El Obeid, "بالرأس" is still the head.
HOME_TOWN = 50_000


def _home_province(c: PlaceCandidate, provinces: Provinces) -> bool:
    """A sizeable town whose name is an ordinary word, in a governorate another of the article's
    places lies in; or such a governorate itself after a true locative ("وسط الضفة" beside Ramallah)."""
    p = c.place
    if p is None or not p.admin1:
        return False
    names = provinces.get((p.country, p.admin1), set())
    if not names or names == {phrase_key(c.match.phrase)}:
        return False  # no other place of the governorate (a constant-time test, not a set difference)
    if p.precision == "admin1":
        return c.country_cue
    return p.precision == "city" and p.population >= HOME_TOWN


def _provinces(cands: list[PlaceCandidate], ctx: ArticleContext) -> Provinces:
    """The governorates of the places that pass on their own evidence, with their names."""
    out: Provinces = {}
    for c in cands:
        if c.place is not None and c.place.admin1 and passes(c, ctx):
            out.setdefault((c.place.country, c.place.admin1), set()).add(phrase_key(c.match.phrase))
    return out


def article_context(
    cands: list[PlaceCandidate], home_country: str | None, *, accepted_only: bool
) -> ArticleContext:
    """The article's places: every plausible name at first, the kept places afterwards."""
    ctx = ArticleContext(home_country=home_country)
    for c in cands:
        if accepted_only:
            if c.accepted and c.place is not None:
                ctx.add([c.place])
        elif not (c.blocked or c.agent or c.needs == "never" or _unproven(c)) and c.places:
            ctx.add(filter_by_hint(c.places, c.hint))
    return ctx


def _unproven(c: PlaceCandidate) -> bool:
    """A stoplisted word ("الرأس", the head) without the place word or cue it needs: it must
    not vote for a country or governorate before it is known to be a place at all; nor may a
    commune without its place word ("بالدويرة" does not make a football report Algerian)."""
    if c.level < TYPE and c.places and all(p.commune for p in c.places):
        return True
    return (c.needs == "type" and c.level < TYPE) or (c.needs == "cue" and c.level < CUE)


def resolve_all(cands: list[PlaceCandidate], ctx: ArticleContext, gaz: Gazetteer, own: bool) -> None:
    for i, c in enumerate(cands):
        if c.anaphor is not None:
            c.place = resolve_anaphor(c, cands[:i] + cands[i + 1 :], gaz)
            continue
        if not c.places:
            continue
        mine = (
            [c.place]
            if own and c.accepted and c.place is not None
            else ([] if own else filter_by_hint(c.places, c.hint))
        )
        ctx.add(mine, -1)
        c.place = choose(c.places, ctx, c.hint)
        ctx.add(mine, +1)


def resolve_anaphor(c: PlaceCandidate, others: list[PlaceCandidate], gaz: Gazetteer) -> Place | None:
    assert c.anaphor is not None
    wanted = c.anaphor.countries
    before = [o for o in others if o.start < c.start][::-1]
    after = [o for o in others if o.start > c.start]
    for o in before + after:
        for p in o.places:
            if p.precision == "country" and p.country in wanted:
                return gaz.countries.get(p.country, p)
    for o in before + after:  # no country named: a town or region that can only be in one of them
        countries = {p.country for p in o.places}
        if len(countries) == 1 and countries <= set(wanted) and not o.agent and not o.blocked:
            return gaz.countries.get(next(iter(countries)))
    return None


def list_linked(reader: Reader, a: PlaceCandidate, b: PlaceCandidate, a_end_word: int) -> bool:
    """b follows a in a list: only commas, quotes, و/أو/ثم (alone or as b's clitic) between them."""
    if a_end_word >= b.first:
        return False
    # the words between, read up to the first that is no list word (a far pair stops at once)
    if any(reader.word(k) not in _LIST_WORDS for k in range(a_end_word + 1, b.first)):
        return False
    text = reader.norm[reader.words[a_end_word][1] : b.match.word_start]
    if not list_gap().fullmatch(re.sub(r"\w+", "", text)):
        return False
    has_words = b.first > a_end_word + 1
    return (
        not commas().isdisjoint(text) or has_words or b.match.clitic.startswith(affixes("conjunction_clitic"))
    )


def share_list_hints(cands: list[PlaceCandidate], reader: Reader) -> None:
    """The names of a list opened by a plural place word share its kind: "محافظتي ديالى وصلاح الدين"
    names two governorates, not Diyala and the Kurdish town Salahaddin."""
    for a, b in pairwise(cands):
        if b.hint is not None or a.hint is None or a.prefix is None or a.prefix[1] != "type":
            continue
        opener = reader.index.get(a.prefix[0])
        if opener is None:
            opener = a.first - 1
        if reader.ctx.has(reader.word(opener), "plural") and list_linked(reader, a, b, a.last):
            b.hint = a.hint


def between_countries(cands: list[PlaceCandidate], reader: Reader) -> None:
    """ "الحدود بين السودان وتشاد", "التفاهمات بين إسرائيل ولبنان": two countries joined by و
    right after "بين" (`between` in place_context.tsv) are the two sides of a border or a
    relation, places as much as "على الحدود مع تشاد"; a party that is no country ("بين السعودية
    والحوثيين") leaves both to their own evidence."""
    for a, b in pairwise(cands):
        if a.first == 0 or not reader.joined(a.first - 1, a.first) or not reader.joined(a.last, b.first):
            continue
        if b.first != a.last + 1 or b.match.clitic != "و" or a.match.clitic:
            continue
        if not reader.ctx.has(reader.word(a.first - 1), "between", clitics=False):
            continue
        if all(any(p.precision == "country" for p in c.places) for c in (a, b)):
            for c in (a, b):
                c.level, c.country_cue = max(c.level, CUE), True


def _joined_by_and(reader: Reader, a: PlaceCandidate, b: PlaceCandidate) -> bool:
    """b follows a with a conjunction (a word, or b's clitic), not a comma alone."""
    has_words = b.first > a.last + 1  # a word between them (not read: only whether there is one)
    return has_words or b.match.clitic.startswith(affixes("conjunction_clitic"))


def anchored(reader: Reader, b: PlaceCandidate, q: PlaceCandidate) -> bool:
    """b is followed by its own town or governorate: "الصالحين بمدينة حلب", "كفرنبل بريف إدلب"."""
    if b.place is None or q.place is None or q.first <= b.last:
        return False
    if q.first - b.last - 1 > 2:  # more than two words between: not read
        return False
    gap = [reader.word(k) for k in range(b.last + 1, q.first)]
    ctx = reader.ctx
    if any(w not in _ANCHOR_WORDS and not (ctx.has(w, "type") or ctx.has(w, "countryside")) for w in gap):
        return False
    via_prep = bool(gap) and (gap[0] in _ANCHOR_WORDS or gap[0].startswith("ب"))
    if not (via_prep or q.match.clitic.startswith("ب")):
        return False
    p, t = b.place, q.place
    same_province = p.country == t.country and p.admin1 is not None and p.admin1 == t.admin1
    return same_province or (p.parent is not None and p.parent == t.base_name)


def accept(cands: list[PlaceCandidate], reader: Reader, ctx: ArticleContext) -> None:
    links = [
        i > 0 and list_linked(reader, cands[i - 1], cands[i], cands[i - 1].last) for i in range(len(cands))
    ]
    peers: Counter[tuple[str, str | None]] = Counter(
        (c.place.country, c.place.admin1) for c in cands if c.place is not None and not (c.agent or c.blocked)
    )
    provinces = _provinces(cands, ctx)
    for c in cands:
        c.accepted = passes(c, ctx, peers, provinces)
    for _round in range(_MAX_ROUNDS):
        changed = False
        for i, b in enumerate(cands):
            if b.place is None or b.agent or b.blocked:
                continue
            before = cands[i - 1] if links[i] else None
            after = cands[i + 1] if i + 1 < len(cands) and links[i + 1] else None
            for a in (before, after):
                if a is None or not a.accepted or a.place is None:
                    continue
                if b.needs == "type" and not _joined_by_and(reader, *((a, b) if a is before else (b, a))):
                    continue  # "جنوب لبنان، الجمعة،": a comma alone does not make a weekday a town
                if required(b, b.place) == "country":
                    b.country_cue = b.country_cue or (a.place.precision == "country" and a.country_cue)
                elif b.level < max(a.level, CUE):
                    b.level, changed = max(a.level, CUE), True
            q = cands[i + 1] if i + 1 < len(cands) else None
            if q is not None and q.accepted and b.level < TYPE and anchored(reader, b, q):
                b.level, changed = TYPE, True
            if not b.accepted and passes(b, ctx, peers, provinces):
                b.accepted, changed = True, True
        if not changed:
            break


def forget_far_neighbourhoods(cands: list[PlaceCandidate], ctx: ArticleContext) -> None:
    """ "قرية الصالحية": a village word before a neighbourhood of a town the article never names
    means another place of that name, unknown to the gazetteer."""
    for c in cands:
        p = c.place
        far = p is not None and p.precision == "neighbourhood" and not ctx.names_town(p.parent)
        if c.accepted and c.hint == "city" and far:
            c.accepted, c.forgotten = False, True


def echoes(cands: list[PlaceCandidate]) -> None:
    """Other mentions of a name the article has shown to be a place with a place word: after
    "مدينة الأبيض" (a word that alone means "white"), "جنوب الأبيض" and "إلى الأبيض" are the same
    town, though a locative alone would not do for the word. A mention with no locative keeps
    its own test ("الثورة" after "حي الثورة" is still the revolution), as do countries, actors
    and adjectives."""
    proven: dict[str, Place] = {}
    for c in cands:
        if c.accepted and c.place is not None and c.level >= TYPE and required(c, c.place) != "country":
            proven.setdefault(phrase_key(c.match.phrase), c.place)
    for c in cands:
        place = proven.get(phrase_key(c.match.phrase))
        if c.accepted or place is None or c.level < CUE or c.agent or c.blocked or c.adjective:
            continue
        if place not in c.places:
            continue
        if c.needs == "never" or required(c, place) == "country":
            continue
        c.place, c.accepted = place, True
