"""Names the gazetteer lacks, right after a place word: "قرية بليون", "حي المواصلات".

Villages and neighbourhoods are named in the news far more often than GeoNames lists
them. After a town or neighbourhood word, a word that is not an ordinary word
(adjectives, pronouns and function words are listed in place_context.tsv as not_name)
is taken as a name, with the rest of its list ("قريتي حميمة والعاجوزية"). Its point is
the place it is said to be in ("بريف حلب الغربي", "شرقي حلب"), else the nearest kept
place of its sentence, else the article's most named town.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from functools import cache

from rasid.lang.ar.affixes import affixes, feminine_nisba, masculine_nisba, singular_nisba
from rasid.lang.ar.clause_marks import char_class, clause_marks, commas
from rasid.lang.ar.letters import LETTERS, LETTERS_WITHOUT_TATWEEL
from rasid.lang.ar.lexicon import DataFileError, given_names, load_rows
from rasid.lang.ar.match import ARTICLE, load_clitics, proclitic_readings
from rasid.lang.ar.normalise import normalise_string
from rasid.lang.ar.quotes import quote_marks
from rasid.link import resolve
from rasid.link.gazetteer import Gazetteer, Place, Precision
from rasid.recognise.places.acceptance import district_without_admin_word, required
from rasid.recognise.places.evidence import (
    TYPE,
    FoundPlace,
    PlaceCandidate,
    Reader,
    gap,
    list_gap,
    name_enclosers,
)

_HEADS = frozenset({"name_head", "glued_head"})
#: Kinds a word may have and still be part of a name: a name's head, and a road noun ("حي طريق السد").
_NAME_WORD_KINDS = frozenset({"name_head", "glued_head", "road"})
#: The dash between the two ends of a road ("عين القصب - الخردلي", "الشرقية-الصورة").
_ROAD_DASH = re.compile(r"[^\S\n]*[-–—][^\S\n]*")
#: Proclitic prepositions: "سوق لبيع الخضار" is a market for selling vegetables, no name.
_PREPOSITIONS = ("ل", "ب")
#: The kinds a facility name's first word may have: a name's or an organisation's ("شهداء").
_ORG_NAME_KINDS = frozenset({"org", "name_head", "glued_head"})
_ARABIC_WORD = re.compile(f"[{LETTERS_WITHOUT_TATWEEL}]{{3,}}")
#: The most words a name the gazetteer lacks may have ("دير جبل الطير", "طيبة الشيخ السماني").
MAX_NAME_WORDS = 4
#: How much of a compass offset a neighbourhood or facility takes (part of the town itself).
NEIGHBOURHOOD_SCALE = 0.1
#: "قرية X جنوبي المقدادية": a village said to lie off a town lies nearer to it than one off a
#: city or a governorate ("شرقي حلب"); towns under BIG_TOWN people shrink the offset.
TOWN_SCALE = 0.4
BIG_TOWN = 300_000
#: The most names one plural place word lists; a dual ("بلدتي X وY") lists two.
MAX_LIST = 8
DUAL = 2
#: A place word's name this far from the other places of its sentence is another place.
FAR_KM = 75.0
_PRECISION: dict[str, Precision] = {
    "neighbourhood": "neighbourhood",
    "facility": "facility",
    "admin2": "admin2",
    "admin1": "admin1",
}
#: Place words whose next word may be a name the gazetteer lacks ("قرية", "حي", "قضاء", "وادي").
_NAMING_HINTS = ("city", "neighbourhood", "admin2", "area", "landform")
#: A small or curated place of another country this far from all the article's other places is a
#: namesake the gazetteer lacks.
STRAY_KM = 800.0
#: Readings a place word's name may lose to the sentence's own places when they lie far away.
_LOCAL = frozenset({"city", "admin2", "neighbourhood"})


COMMON_NOUNS_FILE = "place_common_nouns.tsv"
_ROOT_LETTER = f"[{LETTERS}]"


@cache
def _one_letter_clitics() -> tuple[str, ...]:
    """The one-letter proclitics of names (data/clitics.tsv): "و", "ف", "ب", "ك", "ل"."""
    return tuple(c.form for c in load_clitics() if len(c.form) == 1)


@cache
def _common_nouns() -> tuple[dict[str, frozenset[str]], dict[str, re.Pattern[str]]]:
    """(words, templates) of place_common_nouns.tsv, each by `after` (any, plural)."""
    words: dict[str, set[str]] = {"any": set(), "plural": set()}
    templates: dict[str, list[str]] = {"any": [], "plural": []}
    for n, row in enumerate(load_rows(COMMON_NOUNS_FILE, normalise_columns=("word",)), start=2):
        after, word = row["after"], row["word"]
        if after not in words or row["kind"] not in ("word", "template"):
            raise DataFileError(f"{COMMON_NOUNS_FILE}: row {n}: unknown kind or after")
        if row["kind"] == "word":
            words[after].add(word)
        else:
            templates[after].append("".join(_ROOT_LETTER if ch in "فعل" else re.escape(ch) for ch in word))
    return (
        {k: frozenset(v) for k, v in words.items()},
        {k: re.compile(f"(?:ال)?(?:{'|'.join(v)})") for k, v in templates.items() if v},
    )


def common_noun(word: str, *, plural: bool) -> bool:
    """The word after a place word is an ordinary noun, not a name ("مخيمات النزوح", "لذكرى")."""
    words, templates = _common_nouns()
    kinds = ("any", "plural") if plural else ("any",)
    bare = [
        word,
        *(word[1:] for clitic in _one_letter_clitics() if word.startswith(clitic) and len(word) > 3),
    ]
    for form in bare:
        stem = form[len(ARTICLE) :] if form.startswith(ARTICLE) else form
        if any(stem in words[k] for k in kinds):
            return True
    return any(k in templates and templates[k].fullmatch(word) for k in kinds)


@dataclass
class Unknown:
    """A name after a place word that the gazetteer does not know ("قرية بليون")."""

    start: int
    first: int
    last: int
    hint: str
    list_end: int = -1  # last word of its list: a place named after the list holds all of it
    head: int | None = None  # a facility's noun ("سوق" of "سوق القورية"): where its span starts
    facility: str = ""  # the English noun of a facility


def unknown_name(
    reader: Reader, gaz: Gazetteer, q: int, strip_waw: bool, in_list: bool = False
) -> tuple[int, int] | None:
    """(start offset, last word) of a name at word q that no gazetteer entry covers; `in_list`: a
    later name of a list, where a word spelled like an adjective is a name ("قرى X، صافية")."""
    ctx = reader.ctx
    s, _e = reader.words[q]
    word = reader.word(q)
    if strip_waw:
        if not word.startswith("و") or len(word) < 4:
            return None
        word, s = word[1:], s + 1
    head = bool(ctx.has(word, "name_head", clitics=False))
    if not (head or _ARABIC_WORD.fullmatch(word)) or not name_like(reader, gaz, word):
        return None  # a short word only as a name's head ("ود النورة")
    if not in_list and not word.startswith(ARTICLE) and feminine_nisba(word):
        return None  # an indefinite adjective: "أحياء سكنية", "مدن سورية"
    if not strip_waw and word.startswith("و") and not head:
        return None  # "حارة ومنزل": two nouns joined, no name
    last = q
    while last - q < MAX_NAME_WORDS - 1 and reader.spaced(last, last + 1):
        nxt = reader.word(last + 1)
        if not _ARABIC_WORD.fullmatch(nxt):
            break
        if ctx.has(nxt, "name_tail", clitics=False) and (last > q or word.startswith(ARTICLE)):
            return s, last + 1  # "حي الامتداد الغربي", "قرية بني أحمد الغربية": the name ends here
        if head:  # "دير جبل الطير", "الشيخ السماني": a head takes the next word, and may chain
            if not (ctx.has(nxt, "name_head", clitics=False) or name_like(reader, gaz, nxt)):
                break
            last += 1
            head = bool(ctx.has(nxt, "name_head", clitics=False))
            continue
        if last > q:
            break
        if word.startswith(ARTICLE) and nxt.startswith(ARTICLE) and masculine_nisba(nxt) and len(nxt) > 4:
            return None  # "الازدهار التجاري": a noun and its adjective
        article = nxt.startswith(ARTICLE) and not singular_nisba(nxt)
        if article and name_like(reader, gaz, nxt):
            last += 1
        break
    return s, last


def name_like(reader: Reader, gaz: Gazetteer, word: str) -> bool:
    ctx = reader.ctx
    if ctx.has(word, "not_name", clitics=False) or gaz.needs(word) == "never":
        return False
    if any(kinds - _NAME_WORD_KINDS for _clitic, _rest, kinds in ctx.readings(word)):
        return False
    if word.startswith(affixes("clitic_article")) or word.endswith(affixes("plural_pronoun")):
        return False  # "بالتاريخ", "إليها": a preposition or a pronoun is never part of a name
    return not ctx.direction(word)


def unknown_names(reader: Reader, gaz: Gazetteer, cands: list[PlaceCandidate]) -> list[Unknown]:
    """Names right after a town or neighbourhood word, and the rest of their list."""
    kept = [c for c in cands if not c.forgotten]
    at = {c.first: c for c in kept}
    covered = {k for c in kept for k in range(c.first, c.last + 1)}
    out: list[Unknown] = []
    for p in _hint_words(reader):
        hint = plural = None
        marked, items = False, MAX_LIST
        for clitic, rest, kinds in reader.ctx.readings(reader.word(p)):
            if reader.verb_spelled(p, rest):
                continue  # "وأدى": a verb, no valley
            if "old_quarter" in kinds and p not in covered and _old_quarter(reader, p, rest):
                out.append(Unknown(reader.words[p][0] + len(clitic), p, p + 1, "neighbourhood"))
                covered.update((p, p + 1))
                continue
            if "type" in kinds and reader.ctx.values.get((rest, "type")) in _NAMING_HINTS:
                hint = reader.ctx.values[(rest, "type")]
                plural = "plural" in kinds
                items = DUAL if reader.ctx.values.get((rest, "plural")) == str(DUAL) else MAX_LIST
                marked = hint == "area" or "marked" in kinds
            elif "road" in kinds and p not in covered:
                for first, start, last in _road_ends(reader, gaz, p + 1, at, covered):
                    out.append(Unknown(start, first, last, "city"))  # "طريق عين القصب - الخردلي"
                    covered.update(range(first, last + 1))
                continue
            elif "names_region" in kinds:
                hint, plural, items, marked = "admin1", None, 1, False  # "إقليم تهامة": a region by its name
            elif "names_facility" in kinds and p + 1 not in at:
                found = unknown_facility(reader, gaz, p + 1)
                if found is not None and not covered & set(range(p + 1, found[1] + 1)):
                    head = reader.words[p][0] + len(clitic)
                    noun = reader.ctx.values.get((rest, "facility"), "")
                    out.append(Unknown(found[0], p + 1, found[1], "facility", head=head, facility=noun))
                    covered.update(range(p + 1, found[1] + 1))
                    if reader.ctx.values.get((rest, "plural")) == str(DUAL):
                        second = _second_facility(reader, gaz, found[1] + 1, covered)
                        if second is not None:
                            out.append(Unknown(second[0], found[1] + 1, second[1], "facility", facility=noun))
                            covered.update(range(found[1] + 1, second[1] + 1))
        definite = _definite_plural(reader, p) if hint is None else None
        if definite is not None:
            hint, plural, items, marked = definite, True, MAX_LIST, True
        if hint is None:
            continue
        q, strip, group = p + 1, False, len(out)
        between_names = list_gap() if plural else gap()
        examples = _examples_start(reader, gaz, p, at) if plural else None
        if definite is not None and examples is None:
            continue  # "المناطق المحررة": a definite plural names its places only in its examples
        if examples is not None:
            q, marked = examples, True  # "مناطق حدودية متفرقة منها اللبونة": a definite or known name
        elif not between_names.fullmatch(reader.norm, reader.words[p][1], reader.words[q][0]) and not (
            plural and _INTRODUCED.fullmatch(reader.norm, reader.words[p][1], reader.words[q][0])
        ):
            continue  # "قرى وبلدات: X، وY": a colon may introduce a plural place word's list
        by_comma, pending, confirmed_end = False, 0, -1
        for _item in range(items):
            known = at.get(q)
            waw = known is not None and known.match.clitic == "و"  # "ودير سنبل" in a list
            if known is not None and _longer_unknown(reader, gaz, known, strip or waw):
                known.accepted, known.forgotten = False, True  # "قرية دير جبل الطير": not the town "دير"
                covered.discard(q)
                known, strip = None, strip or waw
            if known is not None:
                if not known.accepted and not accept_in_list(known):
                    break
                end = known.last
            else:
                if q in covered or common_noun(reader.word(q), plural=bool(plural)):
                    break
                found = unknown_name(reader, gaz, q, strip, in_list=_item > 0)
                if found is None or (
                    marked
                    and not _marked_name(reader, q, strip)
                    and (examples is not None or not _located_after(reader, found[1]))
                    and not (strip and not _head_of_known(reader, found[1], at))
                ):
                    break  # "منطقة آمنة" is a description; "منطقة حمر التابعة لعزلة", "منطقتي الطلحة ومهلة" names
                out.append(Unknown(found[0], q, found[1], hint))
                covered.update(range(q, found[1] + 1))
                end = found[1]
            if by_comma and known is None and items != DUAL:
                pending += 1  # "بلدات كفرنبل، حاس، وكفرومة": a comma item waits for the list to close
            else:
                pending, confirmed_end = 0, end
            for u in out[group:]:
                u.list_end = end
            q = end + 1
            if not plural or q >= len(reader.words):
                break
            between = reader.norm[reader.words[end][1] : reader.words[q][0]]
            word = reader.word(q)
            cut = word == "و" and q + 1 < len(reader.words) and reader.joined(q, q + 1)
            if cut:
                q += 1  # "“لمينا” و”الحقونا”": the conjunction cut off by a quote
                word = reader.word(q)
            if not list_gap().fullmatch(between) or not (
                cut or word.startswith("و") or not commas().isdisjoint(between)
            ):
                break
            strip = not cut and word.startswith("و") and q not in at
            by_comma = not (strip or cut) and q not in at
            heads_only = all(kinds <= _HEADS for _clitic, _rest, kinds in reader.ctx.readings(word))
            if not heads_only:
                if pending and _place_word(reader, q):
                    pending = 0  # "بلدات أرزون، شحور، منطقة قدموس": the list goes on with a place word
                break  # "ودير سنبل" goes on (a name's head), "وقرية" does not (a place word)
        if pending:
            _drop_unclosed(out, group, pending, covered, confirmed_end)
    return out


def _place_word(reader: Reader, q: int) -> bool:
    """Word q is a place word ("منطقة", "قرية"): a list of names may go on with a named place."""
    return any("type" in kinds for _clitic, _rest, kinds in reader.ctx.readings(reader.word(q)))


def _drop_unclosed(out: list[Unknown], group: int, pending: int, covered: set[int], end: int) -> None:
    """Forget the last `pending` names of a list, each after a comma alone, when no name joined by
    "و" or known to the gazetteer came after them: "قرى الطويسة، قال مصدر" is no list of villages."""
    for u in out[len(out) - pending :]:
        covered.difference_update(range(u.first, u.last + 1))
    del out[len(out) - pending :]
    for u in out[group:]:
        u.list_end = end


#: A colon between a plural place word and its list (data/quote_marks.tsv).
_INTRODUCED = re.compile(f"[^\\S\n]*[{char_class(quote_marks().introducers)}][^\\S\n]*")
#: The most words between a plural place word and the word that opens its examples.
EXAMPLES_GAP = 5
#: What ends the stretch the examples may stand in: a sentence's end, a semicolon, a colon
#: introducing what follows, a line break (data/clause_marks.tsv, data/quote_marks.tsv).
_ENDS = clause_marks().sentence_ends | clause_marks().semicolons | quote_marks().introducers
_SENTENCE_END = re.compile(f"[{char_class(_ENDS)}\n]")


def _examples_start(reader: Reader, gaz: Gazetteer, p: int, at: dict[int, PlaceCandidate]) -> int | None:
    """The first name of the examples a plural place word at p gives a few words on, after a word
    that opens them (`examples`: "مناطق حدودية متفرقة منها اللبونة", "عدة قرى بمحلية شرق الجزيرة،
    شملت البشاقرة") or as names with the clitic ك ("المديريات الغربية كمقبنة والكدحة"); None when
    a name follows the place word itself, or no such word comes before the sentence ends."""
    first = p + 1
    if first >= len(reader.words):
        return None
    if not _adjective(reader, first) and (first in at or _list_opens_at(reader, gaz, first)):
        return None
    for k in range(first, min(len(reader.words), first + EXAMPLES_GAP + 1)):
        if _SENTENCE_END.search(reader.norm, reader.words[k - 1][1], reader.words[k][0]):
            return None
        known = at.get(k)
        if known is not None and known.match.clitic.endswith("ك"):
            return k
        if reader.ctx.has(reader.word(k), "examples") and k + 1 < len(reader.words):
            return k + 1
    return None


def _hint_words(reader: Reader) -> list[int]:
    """The words but the last that `unknown_names` reads further, in order: those with a
    reading that is a context word (`PlaceContext.readings`) or a definite one
    (`_definite_plural`); a word with neither gives no hint. Found among the article's distinct
    readings (`Reader.rests`), not word by word."""
    kinds = reader.ctx.kinds
    last = len(reader.words) - 1
    found = {
        i
        for rest, ids in reader.rests.items()
        if rest in kinds or rest.removeprefix(ARTICLE) in kinds
        for i in ids
    }
    return sorted(i for i in found if i < last)


def _definite_plural(reader: Reader, p: int) -> str | None:
    """The kind of place a definite plural place word at p names ("المديريات الغربية كمقبنة",
    "وبالقرى"), or None. Its clitics are read as every word's are (`proclitic_readings`)."""
    for _clitic, rest in proclitic_readings(reader.word(p)):
        plural = rest.removeprefix(ARTICLE)
        if plural != rest and reader.ctx.has(plural, "plural", clitics=False):
            hint = reader.ctx.values.get((plural, "type"))
            return hint if hint in _NAMING_HINTS else None
    return None


def _list_opens_at(reader: Reader, gaz: Gazetteer, q: int) -> bool:
    """A name the gazetteer lacks right after a plural place word ("قرى الحلاوين"): its list
    starts there, not at examples further on ("قرى حدودية" is no name: an adjective)."""
    word = reader.word(q)
    return word.startswith(ARTICLE) and unknown_name(reader, gaz, q, strip_waw=False) is not None


def _adjective(reader: Reader, q: int) -> bool:
    """A relative or compass adjective at word q ("حدودية", "الغربية"): no name."""
    word = reader.word(q)
    nisba = masculine_nisba(word) or feminine_nisba(word) or singular_nisba(word)
    return nisba or bool(reader.ctx.has(word, "name_tail", clitics=False))


def _road_ends(
    reader: Reader, gaz: Gazetteer, q: int, at: dict[int, PlaceCandidate], covered: set[int]
) -> list[tuple[int, int, int]]:
    """(first word, start offset, last word) of the names the gazetteer lacks among the two ends of a
    road named from word q with a dash between them ("طريق عين القصب - الخردلي",
    "طريق الغارية الشرقية-الصورة"); nothing unless both ends read as names, each a kept place or a
    definite name or one opening with a name's head ("في طريق العودة - بحسب" names no road)."""
    ends: list[tuple[int, int, int, bool]] = []
    while len(ends) < 2 and q < len(reader.words) and reader.joined(q - 1, q) == (not ends):
        known = at.get(q)
        if known is not None and known.accepted:
            ends.append((q, reader.words[q][0], known.last, True))
        else:
            found = unknown_name(reader, gaz, q, strip_waw=False)
            word = reader.word(q)
            named = word.startswith(ARTICLE) or reader.ctx.has(word, "name_head", clitics=False)
            if found is None or not named or (known is None and q in covered):
                return []
            ends.append((q, found[0], found[1], False))
        q = ends[-1][2] + 1
        dash = q < len(reader.words) and _ROAD_DASH.fullmatch(
            reader.norm, reader.words[q - 1][1], reader.words[q][0]
        )
        if len(ends) == 1 and not dash:
            return []
    return [(first, start, last) for first, start, last, known in ends if not known] if len(ends) == 2 else []


def _second_facility(reader: Reader, gaz: Gazetteer, q: int, covered: set[int]) -> tuple[int, int] | None:
    """ "مستشفيي الثورة والجمهوري": a dual facility noun names a second facility after و."""
    if q >= len(reader.words) or q in covered or not reader.spaced(q - 1, q):
        return None
    word = reader.word(q)
    if not word.startswith("و") or reader.ctx.readings(word[1:]) or not word[1:].startswith(ARTICLE):
        return None  # only a definite name: "مستشفيي الثورة والجمهوري", not "... وأسفر"
    found = unknown_name(reader, gaz, q, strip_waw=True)
    return None if found is None or covered & set(range(q, found[1] + 1)) else found


def _old_quarter(reader: Reader, p: int, rest: str) -> bool:
    """ "البلدة القديمة": the town noun at word p and, right after it, its old-quarter adjective."""
    adjective = reader.ctx.values.get((rest, "old_quarter"))
    return (
        adjective is not None
        and reader.spaced(p, p + 1)
        and reader.word(p + 1) == normalise_string(adjective)
    )


def _longer_unknown(reader: Reader, gaz: Gazetteer, known: PlaceCandidate, strip_waw: bool) -> bool:
    """A one-word gazetteer name that is the head of a longer unknown name after a place word
    ("قرية دير جبل الطير" holds the Iranian town "دير", "بحي حجر النور" a Yemeni district):
    the longer name is the place."""
    head = reader.ctx.has(known.match.phrase, "name_head", clitics=False)
    if known.last != known.first or not (head or district_without_admin_word(known)):
        return False
    found = unknown_name(reader, gaz, known.first, strip_waw)
    return found is not None and found[1] > known.last


def _marked_name(reader: Reader, q: int, strip_waw: bool) -> bool:
    """After "منطقة" only a definite or quoted word is a name ("منطقة الدانكوج", "مناطق “لمينا”"):
    an indefinite one is mostly a description ("منطقة آمنة", "منطقة نفوذ")."""
    word = reader.word(q)[1:] if strip_waw else reader.word(q)
    return word.startswith(ARTICLE) or _quoted(reader, q)


def _head_of_known(reader: Reader, last: int, at: dict[int, PlaceCandidate]) -> bool:
    """The word `last` stands right before a gazetteer name: the head of a longer name
    ("بقثة آل جميل"), not a name of its own."""
    return last + 1 in at and reader.spaced(last, last + 1)


def _located_after(reader: Reader, last: int) -> bool:
    """The words right after a name ending at word `last` say where it lies: a compass word
    ("منطقة غيط الشعير، غرب مدينة القوصية"), an anchor ("منطقة حمر التابعة لعزلة المجاعشة") or a
    locative before a place word ("منطقة مافا في ولاية بورنو"). An indefinite word after "منطقة"
    so placed is a name; adjectives that could stand there are `not_name` ("منطقة عازلة شمال"), and
    an anchor must be definite, like the name it follows."""
    ctx = reader.ctx
    q = last + 1
    for _step in range(2):
        if q >= len(reader.words) or not list_gap().fullmatch(
            reader.norm, reader.words[q - 1][1], reader.words[q][0]
        ):
            return False
        word = reader.word(q)
        kinds = set().union(*(k for _c, _r, k in ctx.readings(word)))
        if kinds & {"compass", "type"} or ("anchor" in kinds and word.startswith((ARTICLE, "بال"))):
            return True  # an indefinite anchor is a predicate: "مناطق ليست تابعة للتنظيم"
        if "loc" not in kinds:
            return False
        q += 1
    return False


def _quote_end(reader: Reader, q: int, last: int) -> int:
    """The last word before the closing quote of a name quoted from word q, else `last`."""
    for k in range(q, min(q + MAX_NAME_WORDS, len(reader.words))):
        after = reader.norm[reader.words[k][1] : reader.words[k][1] + 2]
        if any(ch in name_enclosers() for ch in after):
            return k
        if not reader.spaced(k, k + 1):
            break
    return last


def _quoted(reader: Reader, q: int) -> bool:
    """A quote mark right before word q."""
    before = reader.norm[max(0, reader.words[q][0] - 2) : reader.words[q][0]]
    return any(ch in name_enclosers() for ch in before)


def _person_named(reader: Reader, gaz: Gazetteer, q: int) -> int | None:
    """The last word of a person's name at word q after a facility noun ("مستشفى كمال عدوان",
    "مسجد علي جدود", "مدرسة خالد بن الوليد"): a first name, then one name word, or a name
    head (بن، عبد، أبو) and the word after it."""
    if reader.word(q) not in given_names() or not reader.spaced(q, q + 1):
        return None
    nxt = reader.word(q + 1)
    if reader.ctx.has(nxt, "name_head", clitics=False) and reader.spaced(q + 1, q + 2):
        return q + 2 if name_like(reader, gaz, reader.word(q + 2)) else None
    usable = _ARABIC_WORD.fullmatch(nxt) and not nxt.startswith("و") and not reader.ctx.readings(nxt)
    return q + 1 if usable and name_like(reader, gaz, nxt) else None


def unknown_facility(reader: Reader, gaz: Gazetteer, q: int) -> tuple[int, int] | None:
    """The name of a facility at word q ("القورية", "باب الهوى"): definite or opening with a name_head."""
    if not reader.joined(q - 1, q):
        return None
    person = None if _quoted(reader, q) else _person_named(reader, gaz, q)
    if person is not None:
        return reader.words[q][0], person
    found = unknown_name(reader, gaz, q, strip_waw=False)
    if found is None:
        return _described_name(reader, gaz, q)
    word = reader.word(q)
    head = bool(reader.ctx.has(word, "name_head", clitics=False))
    if head and found[1] == q:
        return None  # "سوق باب": half a name
    adjective = found[1] == q and masculine_nisba(word)  # "مستشفى “ميداني”": a quoted adjective
    if _quoted(reader, q) and not adjective:
        return found[0], _quote_end(reader, q, found[1])  # "مدرسة “أسماء بنت أبي بكر”": up to the quote
    indefinite = not head and not word.startswith(ARTICLE) and not adjective
    if indefinite and found[1] == q and _adjective_after(reader, q):
        return found  # "مستشفى رفيديا الحكومي": the adjective agrees with the noun, so the word is a name
    if indefinite and found[1] == q and _name_word(reader, gaz, q + 1) and _adjective_after(reader, q + 1):
        return found[0], q + 1  # "مستشفى درويش نزال الحكومي": two name words before the adjective
    if indefinite and found[1] > q and not feminine_nisba(word) and not word.startswith(_PREPOSITIONS):
        return found  # "مدرسة ذكور الشاطئ": a construct, an indefinite word and its definite genitive
    if head or word.startswith(ARTICLE):
        nxt = found[1] + 1  # "مرقد الإمام “أبو ادريس”": a title, then the quoted name
        if reader.joined(found[1], nxt) and _quoted(reader, nxt):
            return found[0], _quote_end(reader, nxt, found[1])
        return found
    return None  # "مستشفى ميداني": no name


def _described_name(reader: Reader, gaz: Gazetteer, q: int) -> tuple[int, int] | None:
    """ "مستشفى السلاح الطبي": after a facility noun a definite noun and its relative adjective are
    the facility's name (elsewhere they are a description, "الازدهار التجاري"); so is a construct
    whose first word elsewhere opens an organisation's name ("مستشفى شهداء الأقصى", whose genitive
    the normalised text spells like a nisba, "الاقصي")."""
    word = reader.word(q)
    if q + 1 >= len(reader.words) or not reader.spaced(q, q + 1):
        return None
    nxt = reader.word(q + 1)
    if word.startswith(ARTICLE) and name_like(reader, gaz, word):
        if nxt.startswith(ARTICLE) and masculine_nisba(nxt) and len(nxt) > 4 and not masculine_nisba(word):
            return reader.words[q][0], q + 1
        return None
    # "مستشفى شهداء الأقصى": a word that elsewhere opens an organisation's name ("كتائب شهداء ...")
    org_word = all(kinds <= _ORG_NAME_KINDS for _clitic, _rest, kinds in reader.ctx.readings(word))
    plain = _ARABIC_WORD.fullmatch(word) and not word.startswith("و") and reader.ctx.readings(word)
    if plain and org_word and nxt.startswith(ARTICLE) and name_like(reader, gaz, nxt):
        return reader.words[q][0], q + 1
    return None


def _name_word(reader: Reader, gaz: Gazetteer, q: int) -> bool:
    """An indefinite word at q that may be part of a name (no clitic, no context word)."""
    if q >= len(reader.words) or not reader.spaced(q - 1, q):
        return False
    word = reader.word(q)
    plain = _ARABIC_WORD.fullmatch(word) and not word.startswith(("و", ARTICLE))
    return bool(plain) and not reader.ctx.readings(word) and name_like(reader, gaz, word)


def _adjective_after(reader: Reader, q: int) -> bool:
    """A definite relative adjective (nisba: "الحكومي", "المركزي") right after word q: only a name
    can stand between an indefinite facility noun and the adjective that describes it."""
    if not reader.spaced(q, q + 1):
        return False
    nxt = reader.word(q + 1)
    return (
        nxt.startswith(ARTICLE)
        and singular_nisba(nxt)
        and len(nxt) > 4
        and not masculine_nisba(reader.word(q))
    )


def accept_in_list(c: PlaceCandidate) -> bool:
    """A name the list of a place word reaches counts as a place unless it is a country or an actor."""
    if c.place is None or c.agent or c.blocked or required(c, c.place) in ("country", "never"):
        return False
    c.level, c.accepted = TYPE, True
    return True


def locate(
    reader: Reader, u: Unknown, cands: list[PlaceCandidate], composed: dict[int, FoundPlace]
) -> Place | None:
    """Where an unknown name lies: the place it is said to be in, else the nearest in its sentence."""
    accepted = [c for c in cands if c.accepted and id(c) in composed]
    scale = 1.0 if u.hint in ("city", "admin2", "landform") else NEIGHBOURHOOD_SCALE
    return _said_to_be_in(reader, max(u.last, u.list_end), accepted, composed, scale) or _nearby(
        reader, u, accepted, composed
    )


def _said_to_be_in(
    reader: Reader,
    last: int,
    accepted: list[PlaceCandidate],
    composed: dict[int, FoundPlace],
    scale: float = 1.0,
) -> Place | None:
    """The kept place right after a name ("بريف إدلب", "في جنوب إدلب", "التابعة لإدلب").

    `scale` shrinks a compass word's offset: "حي X شرقي المدينة" is the town's eastern part,
    a few kilometres from its centre, where "قرية X شرقي حلب" lies in the countryside."""
    ctx = reader.ctx
    dlat = dlon = 0.0
    q = last + 1
    for _step in range(4):
        if q >= len(reader.words) or not list_gap().fullmatch(
            reader.norm, reader.words[q - 1][1], reader.words[q][0]
        ):
            break
        hit = next((c for c in accepted if c.first == q or (c.prefix is not None and c.first == q + 1)), None)
        if hit is not None:
            there = composed[id(hit)].place
            near = TOWN_SCALE if there.precision == "city" and 0 < there.population < BIG_TOWN else 1.0
            return replace(there, lat=there.lat + dlat * near, lon=there.lon + dlon * near)
        word = reader.word(q)
        compass = next(
            (reader.ctx.values.get((r, "compass")) for _c, r, k in ctx.readings(word) if "compass" in k), None
        )
        if compass:
            _name, a, b = compass.split("|")
            dlat, dlon = float(a) * scale, float(b) * scale
        elif not any(
            k & {"loc", "type", "countryside", "anchor", "capital"} for _c, _r, k in ctx.readings(word)
        ):
            break
        q += 1
    return None


def _nearby(
    reader: Reader, u: Unknown, accepted: list[PlaceCandidate], composed: dict[int, FoundPlace]
) -> Place | None:
    """The nearest kept place of the sentence, else the town the article names most."""
    return _in_sentence(reader, u, accepted, composed) or _most_named(accepted)


def _in_sentence(
    reader: Reader, u: Unknown, accepted: list[PlaceCandidate], composed: dict[int, FoundPlace]
) -> Place | None:
    start = reader.words[u.first][0]
    sentence_end = reader.norm.find(".", start)
    sentence_start = reader.norm.rfind(".", 0, start)
    near = [
        c
        for c in accepted
        if c.place is not None
        and c.place.precision != "country"
        and sentence_start < c.start
        and (sentence_end < 0 or c.start < sentence_end)
    ]
    if u.hint == "neighbourhood":
        near = [
            c for c in near if c.place is not None and c.place.precision in ("city", "neighbourhood")
        ] or near
    if near:
        best = min(near, key=lambda c: abs(c.start - start))
        return composed[id(best)].place
    return None


def _most_named(accepted: list[PlaceCandidate]) -> Place | None:
    towns = [
        c.place for c in accepted if c.place is not None and c.place.precision in ("city", "admin1", "admin2")
    ]
    if towns:
        counts: dict[str, int] = {}
        for t in towns:
            counts[t.base_name] = counts.get(t.base_name, 0) + 1
        return max(towns, key=lambda t: counts[t.base_name])
    return None


def unknown_place(
    reader: Reader, u: Unknown, cands: list[PlaceCandidate], composed: dict[int, FoundPlace]
) -> FoundPlace:
    end = reader.words[u.last][1]
    start = u.start if u.head is None else u.head
    surface = reader.norm[start:end]
    same = _spelled_otherwise(surface, cands) if u.head is None else None
    if same is not None:
        return FoundPlace(start, end, same, composed=True)  # "مديرية القرشية" after "القريشية"
    near = locate(reader, u, cands, composed)
    precision: Precision = _PRECISION.get(u.hint, "city")
    if near is None:
        place = Place(surface, "", "", None, math.nan, math.nan, precision, source="alias")
    else:
        lat, lon = round(near.lat, 2), round(near.lon, 2)
        place = Place(surface, "", near.country, near.admin1, lat, lon, precision, source="alias")
    return FoundPlace(start, end, place, composed=True)


_LONG_VOWELS = re.compile("[اويى]")
#: The fewest letters a name's skeleton must keep to be matched to another spelling.
MIN_SKELETON = 4


def _skeleton(name: str) -> str:
    """A name without its long vowels after the first letter: "القريشيه" and "القرشيه" agree."""
    return name[:1] + _LONG_VOWELS.sub("", name[1:])


def _spelled_otherwise(surface: str, cands: list[PlaceCandidate]) -> Place | None:
    """A kept place of the article that the unknown name spells with more or fewer long vowels
    (defective and full spellings of one name: "القرشية" for "القريشية")."""
    key = _skeleton(surface)
    if len(key) < MIN_SKELETON or " " in surface:
        return None
    for c in cands:
        kept = c.accepted and c.place is not None and c.place.precision != "country"
        if kept and c.match.phrase != surface and _skeleton(c.match.phrase) == key:
            return c.place
    return None


def misplaced(
    reader: Reader,
    c: PlaceCandidate,
    cands: list[PlaceCandidate],
    found: FoundPlace,
    composed: dict[int, FoundPlace],
) -> FoundPlace | None:
    """A place word before an ordinary word or a hamlet far from everything else the sentence names
    ("مستشفى الثورة" in Taiz, "مخيم الروضة" in Marib): the gazetteer's namesake is another place,
    so the name is located like an unknown one, at the nearest kept place of its sentence; so is a
    commune far from the wilaya the sentence names ("بمنطقة مسكيانة التابعة لولاية سكيكدة")."""
    p = c.place
    if p is None or p.precision not in _LOCAL:
        return None
    if c.prefix is None or c.prefix[1] not in ("type", "facility"):
        return _stray(reader, c, cands, found, composed)
    others = [o for o in cands if o.accepted and o.place is not None and o.match.phrase != c.match.phrase]
    foreign = not any(o.place is not None and o.place.country == p.country for o in others)
    if not (c.needs == "type" or p.small or p.commune or foreign):
        return None  # a town of the article's own country keeps its reading; a namesake abroad does not
    if any(o.place is not None and o.place.admin1 == p.admin1 for o in others):
        return None
    accepted = [o for o in cands if o.accepted and id(o) in composed and o is not c]
    u = Unknown(c.start, c.first, c.last, found.place.precision)
    near = _in_sentence(reader, u, accepted, composed)
    if near is None and p.small:
        near = _most_named(accepted)  # "قرية حبور" in a report on Taiz is a village there, not Amran's Habur
    if near is None or distance_km(p, near) < FAR_KM:
        return _stray(reader, c, cands, found, composed)
    return _relocated(reader, found, near)


def _stray(
    reader: Reader,
    c: PlaceCandidate,
    cands: list[PlaceCandidate],
    found: FoundPlace,
    composed: dict[int, FoundPlace],
) -> FoundPlace | None:
    """A small place or a curated neighbourhood of another country, over STRAY_KM from every other
    place the article names ("السيدة زينب" in a report on Zawiya is not the Damascus suburb): a
    local namesake the gazetteer lacks, located at the nearest place of its sentence, else at the
    town the article names most."""
    p = c.place
    assert p is not None
    if not (p.small or (p.source == "alias" and p.geonames_id is None and p.precision != "admin2")):
        return None
    others = [
        o
        for o in cands
        if o.accepted
        and id(o) in composed
        and o.place is not None
        and o.place.precision != "country"
        and o.match.phrase != c.match.phrase
    ]
    if not others or any(o.place is not None and o.place.country == p.country for o in others):
        return None
    own = sum(1 for o in cands if o.accepted and o.match.phrase == c.match.phrase)
    if own > len(others):
        return None  # the name the article is about is no stray
    if any(distance_km(p, composed[id(o)].place) < STRAY_KM for o in others):
        return None
    u = Unknown(c.start, c.first, c.last, found.place.precision)
    near = _in_sentence(reader, u, others, composed) or _most_named(others)
    return None if near is None else _relocated(reader, found, near)


def _relocated(reader: Reader, found: FoundPlace, near: Place) -> FoundPlace:
    name = reader.norm[found.start : found.end]
    lat, lon = round(near.lat, 2), round(near.lon, 2)
    place = Place(name, "", near.country, near.admin1, lat, lon, found.place.precision, source="alias")
    return FoundPlace(found.start, found.end, place, composed=True)


def distance_km(a: Place, b: Place) -> float:
    """Rough distance between two places (enough to tell a namesake hundreds of km away)."""
    return resolve.distance_km(a.lat, a.lon, b.lat, b.lon)


def repeated(reader: Reader, found: list[FoundPlace], taken: list[tuple[int, int]]) -> list[FoundPlace]:
    """Other mentions of a village or neighbourhood the article introduced with a place word
    ("بلدة الشيفونية" ... "في الشيفونية"): the same name is the same place."""
    names = {reader.norm[f.start : f.end]: f for f in found if f.place.precision in ("city", "neighbourhood")}
    at = _first_word_index(reader, {name.split(" ")[0] for name in names})
    out: list[FoundPlace] = []
    for name, first in names.items():
        parts = name.split(" ")
        for k, clitic in at.get(parts[0], ()):
            if k > len(reader.words) - len(parts):
                continue
            rest = [reader.word(k + j) for j in range(1, len(parts))]
            if rest != parts[1:] or any(not reader.spaced(k + j, k + j + 1) for j in range(len(parts) - 1)):
                continue
            s = reader.words[k][0]
            start, end = s + len(clitic), reader.words[k + len(parts) - 1][1]
            if any(a < end and start < b for a, b in taken):
                continue
            out.append(FoundPlace(start, end, first.place, composed=True))
            taken.append((start, end))
    return out


def _first_word_index(reader: Reader, firsts: set[str]) -> dict[str, list[tuple[int, str]]]:
    """For each wanted first word, the (word index, clitic) of every word that reads as it, in
    text order: one pass over the article for all the names it repeats."""
    at: dict[str, list[tuple[int, str]]] = {}
    if not firsts:
        return at
    for k in range(len(reader.words)):
        if k in reader.agency_words:
            continue
        word = reader.word(k)
        seen: set[str] = set()
        for c, r in proclitic_readings(word):
            if r in firsts and r not in seen and word.endswith(r):
                seen.add(r)
                at.setdefault(r, []).append((k, c))
    return at
