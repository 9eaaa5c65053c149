"""What the words around a gazetteer name say about it (data/place_context.tsv).

`Reader` walks the normalised article once per name: a place word before it ("مدينة",
"حي", "محافظة") gives strong evidence, a locative ("في", "شمال", the clitic ب) weak
evidence, and some words veto the name: an organisation noun ("بنك مصر"), a verb that
makes it an actor ("روسيا تقصف", "وتقول روسيا"), a definite noun that makes it an
adjective ("الخوذ البيضاء").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, cached_property

from rasid.lang.ar.affixes import affixes, feminine_nisba, singular_nisba
from rasid.lang.ar.clause_marks import char_class, commas
from rasid.lang.ar.lexicon import load_rows
from rasid.lang.ar.match import ARTICLE, PhraseMatch, load_clitics, proclitic_readings, rest_index, words
from rasid.lang.ar.quotes import quote_marks
from rasid.link.context import PlaceContext
from rasid.link.gazetteer import Anaphor, Entry, Needs, Place

BARE, CUE, TYPE = 0, 1, 2


@cache
def name_enclosers() -> frozenset[str]:
    """The quotation glyphs and brackets of data/quote_marks.tsv: what may enclose a name."""
    return quote_marks().glyphs | quote_marks().brackets


@cache
def gap() -> re.Pattern[str]:
    """What may stand between two words read together: spaces and quotes, never a line break
    (a title, a dateline and the first sentence are separate even when nothing else parts them)."""
    return re.compile(rf"(?:[^\S\n]|[{char_class(name_enclosers())}])*")


@cache
def list_gap() -> re.Pattern[str]:
    """The gap between two names of a list: spaces, quotes and a comma (data/clause_marks.tsv)."""
    return re.compile(rf"(?:[^\S\n]|[{char_class(name_enclosers() | commas())}])*")


#: A dateline: a short place name opening a line, an optional "(agency)", then a dash and
#: the agency or publisher ("حلب - الدفاع المدني", "تونس (وكالة) - أعلنت ...").
DATELINE = re.compile(r"[^\S\n]*(?:\([^)\n]{1,40}\)[^\S\n]*)?[-–—]")
#: A dateline dash drawn with the tatweel ("الخرطوم ــ"), seen in the text as written.
TATWEEL_DASH = re.compile(r"[^\S\n]*\u0640{2,}\s*")
#: A colon after a name that opens a headline, then the news: "لبنان: توغل ..." (a label; a speaker's
#: words after the colon, "روسيا: سنرد", are no event word or number).
COLON_LABEL = re.compile(r"[^\S\n]*:[^\S\n]*([^\W_]+)")
#: A byline that ends with the place it was filed from: a few words, a dash, the name, the end of
#: the line ("علي ضباح - جازان").
BYLINE_BEFORE = re.compile(r"(?:^|\n)[^\S\n]*[^\W\d][^\n\-–—]{0,40}?[^\S\n]*[-–—][^\S\n]*$")
BYLINE_AFTER = re.compile(r"[^\S\n]*(?:\n|$)")
#: Two dots or an ellipsis after a name that opens a headline: "ليبيا.. قتلى في اشتباكات" (the place the
#: news is from, like a dateline; a colon is left out: "روسيا: سنرد" is a speaker).
LABEL = re.compile(r"[^\S\n]*(?:\.\.+|…)")
#: The agency after a dateline's dash, when it is all the line holds ("حماة - "الشام اليوم"").
DATELINE_AGENCY = re.compile(
    r"(?m)^[^\S\n]*[^\W\d][^\n()\-–—]{0,30}?[^\S\n]*(\([^)\n]{1,40}\))?[^\S\n]*[-–—][^\S\n]*([^\n\-–—]{2,40})$"
)
#: Words an agency name after a dateline's dash may have.
DATELINE_AGENCY_WORDS = 4


@cache
def _event_words() -> frozenset[str]:
    """The first words of event triggers (event_triggers.tsv), with and without the article."""
    out: set[str] = set()
    for row in load_rows("event_triggers.tsv", normalise_columns=("phrase",)):
        if row["role"] == "trigger":
            first = row["phrase"].split(" ", 1)[0]
            out.update({first, first.removeprefix(ARTICLE)})
    return frozenset(out)


def _clitic_parts() -> dict[str, tuple[str, ...]]:
    return {c.form: c.parts for c in load_clitics()}


@dataclass
class PlaceCandidate:
    """One gazetteer name found in the text and what its context says."""

    match: PhraseMatch[Entry]
    first: int  # index of its first word
    last: int  # index of its last word
    places: list[Place]
    anaphor: Anaphor | None = None
    needs: Needs | None = None
    hint: str | None = None
    level: int = BARE
    country_cue: bool = False
    agent: bool = False
    blocked: bool = False
    adjective: bool = False
    prefix: tuple[int, str, str] | None = None  # (start, kind, value) of a type/countryside/facility word
    place: Place | None = None
    accepted: bool = False
    forgotten: bool = False
    home_only: frozenset[str] = frozenset()  # a stoplisted name that is a place only in these countries' news

    @property
    def start(self) -> int:
        return self.match.start

    @property
    def end(self) -> int:
        return self.match.end


@dataclass(frozen=True)
class FoundPlace:
    """A kept place: its span in the normalised text and the place it names."""

    start: int
    end: int
    place: Place
    composed: bool = False


class Reader:
    """Reads the words around candidates in one normalised text."""

    def __init__(
        self, norm: str, ctx: PlaceContext, written: Callable[[int, int], str] | None = None
    ) -> None:
        self.norm = norm
        self.ctx = ctx
        self._written = written
        self.words = words(norm)
        #: The letters of each word (`word(i)`, asked about a thousand times an article).
        self.texts = [norm[s:e] for s, e in self.words]
        self.index = {s: i for i, (s, _e) in enumerate(self.words)}
        self.place_words: set[int] = set()
        self.parts = _clitic_parts()
        self.agency_words = self._agency_words()

    def _agency_words(self) -> set[int]:
        """Words of the agency or outlet named on a dateline ("درعا - "حوران اليوم""): no places."""
        out: set[int] = set()
        for m in DATELINE_AGENCY.finditer(self.norm):
            for g in (1, 2):
                s, e = m.span(g)
                if s < 0:
                    continue
                inside = [i for i, (ws, we) in enumerate(self.words) if s <= ws and we <= e]
                if len(inside) <= DATELINE_AGENCY_WORDS:
                    out.update(inside)
        return out

    def dateline(self, c: PlaceCandidate) -> bool:
        """The name opens a line and a dash (after an optional "(agency)") follows it."""
        line_start = self.norm.rfind("\n", 0, c.match.word_start) + 1
        if self.norm[line_start : c.match.word_start].strip() or c.match.clitic:
            return False
        if DATELINE.match(self.norm, c.end):
            return True
        if self._written is None or c.last + 1 >= len(self.words):
            return False  # "الأبيض ــ النورس نيوز": a dash drawn with tatweel, which normalising drops
        return bool(TATWEEL_DASH.fullmatch(self._written(c.end, self.words[c.last + 1][0])))

    def byline(self, c: PlaceCandidate) -> bool:
        """The name closes a short line after a dash ("علي ضباح - جازان"): where a report was filed."""
        if c.match.clitic or not BYLINE_AFTER.match(self.norm, c.end):
            return False
        line_start = self.norm.rfind("\n", 0, c.match.word_start) + 1
        head = self.norm[line_start : c.match.word_start]
        if len(head.split()) > 5 or not BYLINE_BEFORE.search(head):
            return False
        first = next(i for i in range(c.first, -1, -1) if i == 0 or self.words[i - 1][1] < line_start)
        return not self.place_words & set(range(first, c.first))  # "حماة - حوران": a dateline

    def label(self, c: PlaceCandidate) -> bool:
        """The name opens a line and two dots follow it ("ليبيا.. قتلى ..."), or a colon and an
        event word or a number ("مصر: هجوم بالرصاص", "اليمن: 3 قتلى")."""
        line_start = self.norm.rfind("\n", 0, c.match.word_start) + 1
        if self.norm[line_start : c.match.word_start].strip() or c.match.clitic:
            return False
        if LABEL.match(self.norm, c.end):
            return True
        colon = COLON_LABEL.match(self.norm, c.end)
        if colon is None:
            return False
        word = colon.group(1)
        return word.isdigit() or any(rest in _event_words() for _clitic, rest in proclitic_readings(word))

    def word(self, i: int) -> str:
        return self.texts[i]

    @cached_property
    def rests(self) -> dict[str, list[int]]:
        """`rest_index` of the words: which words have a reading in a table, by intersection."""
        return rest_index(self.texts)

    def verb_spelled(self, i: int, rest: str) -> bool:
        """Word i reads as the landform word `rest` only once normalised: the text spells it with a
        hamza or an alif maqsura, a verb ("وأدى", and led, is no "وادي", a valley)."""
        if self.ctx.values.get((rest, "type")) != "landform":
            return False
        return any(ch in "أإآىئؤ" for ch in self.written(i))

    def written(self, i: int) -> str:
        """Word i as the text spells it, before normalisation took its hamza and alif maqsura
        ("وأدى", and led, reads "وادي", a valley, once normalised)."""
        s, e = self.words[i]
        return self._written(s, e) if self._written is not None else self.norm[s:e]

    def joined(self, i: int, j: int) -> bool:
        """Words i and j (i < j, adjacent) are separated by spaces and quotes only."""
        return 0 <= i < j < len(self.words) and bool(
            gap().fullmatch(self.norm, self.words[i][1], self.words[j][0])
        )

    def spaced(self, i: int, j: int) -> bool:
        """Words i and j are separated by white space on one line."""
        if not 0 <= i < j < len(self.words):
            return False
        gap = self.norm[self.words[i][1] : self.words[j][0]]
        return gap.isspace() and "\n" not in gap

    def _from_is_agent(self, p: int) -> bool:
        """ "من" at word p marks an agent ("مدعومة من", "دعماً عسكرياً من")."""
        return any(self.ctx.has(self.word(k), "from_agent") for k in range(max(0, p - 2), p))

    def _strike_before(self, p: int) -> bool:
        """A strike noun one or two words before "على" at word p ("غارة إسرائيلية على")."""
        return any(
            self.joined(k, k + 1) and self.ctx.has(self.word(k), "strike_on") for k in range(max(0, p - 2), p)
        )

    def read(self, c: PlaceCandidate) -> None:
        if c.first in self.agency_words and not self.byline(c):
            c.blocked = True
            return
        if self.dateline(c) or self.byline(c):
            c.level, c.country_cue, c.hint = TYPE, True, "city"
        elif self.label(c):
            c.level, c.country_cue = max(c.level, CUE), True
        if c.last > c.first and self._own_place_word(c):
            c.level = TYPE  # "في مخيم جباليا", "بحي الشيخ رضوان": the name carries its own place word
        parts = self.parts.get(c.match.clitic, ())
        if self.ctx.has(c.match.clitic, "compass", clitics=False):
            c.level, c.country_cue = max(c.level, CUE), True  # "جنوبصنعاء": a compass word glued on
        elif "ب" in parts:
            c.level, c.country_cue = max(c.level, CUE), True
        elif "ل" in parts:
            c.level = max(c.level, CUE)
            if self._border_before(c.first):
                c.country_cue = True  # "الحدود الجنوبية للبنان": the border of a country
        self._read_before(c, c.first - 1)
        self._read_after(c)

    def _adjective_like(self, c: PlaceCandidate) -> bool:
        """An indefinite name spelled like a feminine nisba ("مناطق سورية مختلفة"): after a plural
        noun it is read as the noun's adjective, "Syrian areas", not its genitive."""
        phrase = c.match.phrase
        return not phrase.startswith(ARTICLE) and feminine_nisba(phrase)

    def _governed(self, c: PlaceCandidate) -> bool:
        """The name closes a phrase opened by a preposition glued to the noun before it
        ("بمركز طما استخدمت"): it is that noun's genitive, not the subject of the verb after it."""
        p = c.first - 1
        if c.match.clitic or p < 0 or not self.joined(p, c.first):
            return False
        word = self.word(p)
        return len(word) > 3 and word.startswith("ب") and not self.ctx.readings(word)

    def _border_before(self, q: int) -> bool:
        """A border noun right before word q, or before one adjective between them
        ("الحدود للبنان", "الحدود الجنوبية للبنان")."""
        for p in (q - 1, q - 2):
            if p < 0 or not self.joined(p, p + 1):
                return False
            if self.ctx.has(self.word(p), "border", clitics=False):
                return True
            if p == q - 1 and not self._nisba(self.word(p)):
                return False
        return False

    def _own_place_word(self, c: PlaceCandidate) -> bool:
        """A gazetteer name of several words that opens with a place or facility word
        ("مخيم جباليا", "حي الشيخ رضوان", "مسجد الهندي")."""
        head = c.match.phrase.split(" ", 1)[0]
        return bool(
            self.ctx.has(head, "type", clitics=False) or self.ctx.has(head, "facility", clitics=False)
        )

    def _read_before(self, c: PlaceCandidate, p: int) -> None:
        if not self.joined(p, c.first):
            if self._listed_after_type(p, c.first):
                c.level, c.hint = (
                    TYPE,
                    self.ctx.values.get((self.ctx.has(self.word(p), "type") or "", "type"), ""),
                )
            return
        word = self.word(p)
        for clitic, rest, kinds in self.ctx.readings(word):
            start = self.words[p][0] + len(clitic)
            if kinds & {"org", "street"}:
                c.blocked = True
            if "type" in kinds and not self.verb_spelled(p, rest):
                c.level, c.hint = TYPE, self.ctx.values.get((rest, "type"), "")
                c.prefix = (start, "type", c.hint)
                if (
                    "plural" in kinds
                    and (rest, "plural") not in self.ctx.values
                    and not self._adjective_like(c)
                ):
                    c.country_cue = True  # "بعض مناطق المملكة", "مدن لبنان": the places of a country
                if self.joined(p - 1, p) and self.ctx.has(self.word(p - 1), "countryside"):
                    c.prefix = (self._word_start(p - 1), "countryside", "")
            if "capital" in kinds:
                c.level, c.hint = TYPE, "city"
                c.country_cue = c.country_cue or not rest.startswith(ARTICLE)  # "عاصمة الصومال"
            if "countryside" in kinds:
                c.level, c.prefix = TYPE, (start, "countryside", "")
            if "facility" in kinds and not c.match.clitic:  # "سوق بإدلب": a market in Idlib
                c.level, c.prefix = TYPE, (start, "facility", self.ctx.values.get((rest, "facility"), ""))
            if "loc" in kinds:
                c.level = max(c.level, CUE)
                if rest == "من" and self._from_is_agent(p):
                    c.agent = True
                else:
                    c.country_cue = True
            if "loc_weak" in kinds:
                c.level = max(c.level, CUE)
                if self._strike_before(p):
                    c.country_cue = True  # "غارة إسرائيلية على لبنان": where the strike fell
            if "agent_before" in kinds:
                c.agent = True
            if "setting" in kinds and (
                not clitic or clitic in affixes("conjunction_clitic")
            ):  # "وتشهد الزاوية"
                c.level, c.country_cue = max(c.level, CUE), True
            if "skip" in kinds and self.joined(p - 1, p) and self.ctx.has(self.word(p - 1), "agent_before"):
                c.agent = True
        if word == "مع" and self.joined(p - 1, p) and self.ctx.has(self.word(p - 1), "border"):
            c.level, c.country_cue = max(c.level, CUE), True  # "الحدودية مع موريتانيا"
        if not self.ctx.readings(word) and self._nisba(word) and c.hint is None:
            self._read_past_adjectives(c, p)
        if not c.match.clitic and c.match.phrase.startswith(ARTICLE) and p not in self.place_words:
            definite = any(rest.startswith(ARTICLE) for _clitic, rest in proclitic_readings(word))
            if (definite and not self.ctx.readings(word)) or self.ctx.has(word, "determiner", clitics=False):
                c.adjective = True  # "الخوذ البيضاء", "بالمخلفات الصلبة", "هذا الباب": not a name

    def _listed_after_type(self, p: int, q: int) -> bool:
        """ "لأحياء، السكري": a plural place word, a comma, then the first name of the list."""
        if not (0 <= p < q < len(self.words)) or not list_gap().fullmatch(
            self.norm, self.words[p][1], self.words[q][0]
        ):
            return False
        return bool(self.ctx.has(self.word(p), "plural"))

    def _word_start(self, i: int) -> int:
        word = self.word(i)
        for clitic, _rest, kinds in self.ctx.readings(word):
            if "countryside" in kinds:
                return self.words[i][0] + len(clitic)
        return self.words[i][0]

    @staticmethod
    def _nisba(word: str) -> bool:
        return word.startswith(ARTICLE) and singular_nisba(word) and len(word) > 4

    def _read_past_adjectives(self, c: PlaceCandidate, p: int) -> None:
        """ "العاصمة اليمنية صنعاء": a place word before one or two adjectives still counts."""
        q = p
        while q > 0 and self._nisba(self.word(q)) and p - q < 2 and self.joined(q - 1, q):
            q -= 1
            word = self.word(q)
            if self.ctx.has(word, "capital"):
                c.level, c.hint = TYPE, "city"
                return
            if self.ctx.has(word, "type"):
                rest = self.ctx.has(word, "type") or ""
                c.level, c.hint = TYPE, self.ctx.values.get((rest, "type"), "")
                return

    def _read_after(self, c: PlaceCandidate) -> None:
        q = c.last + 1
        if not self.spaced(c.last, q):
            return
        word = self.word(q)
        if (
            self.ctx.has(word, "agent_after", clitics=False)
            and not c.country_cue
            and c.level < TYPE
            and not self._governed(c)
        ):
            # "وفي حمص أكدت": a preposition's object is not the verb's subject; nor is a name after
            # a place word ("وعن بلدة عيترون قالت الوكالة")
            c.agent = True
        if self.ctx.has(word, "after", clitics=False):
            c.level = TYPE
        if self.ctx.has(word, "setting", clitics=False):
            c.level, c.country_cue = max(c.level, CUE), True
        if any(clitic == "و" and "partner" in kinds for clitic, _rest, kinds in self.ctx.readings(word)):
            c.agent = True  # "بين أنقرة وحكومة الوفاق": two parties, not a place

    def directions(self, end_word: int) -> tuple[list[tuple[str, float, float]], int, bool]:
        """Compass adjectives after a region: [(english, dlat, dlon)], last word index, joined by و."""
        found: list[tuple[str, float, float]] = []
        last, joined_by_and = end_word, False
        q = end_word + 1
        while self.spaced(q - 1, q):
            word = self.word(q)
            bare = word[1:] if word.startswith("و") and found else word
            d = self.ctx.direction(bare)
            if d is None:
                break
            joined_by_and = joined_by_and or bare != word
            found.append((d.english, d.dlat, d.dlon))
            last, q = q, q + 1
        return found, last, joined_by_and
