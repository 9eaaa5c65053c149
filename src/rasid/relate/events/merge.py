"""One event per incident: mentions of the same incident are grouped before events are built.

Within a segment of a sentence, mentions join when one names the means of the other ("ارتكبت
مجزرة ... إذ قصفت"), when a generic verb follows within a few words ("قصف روسي استهدف",
"غارة جوية استهدفت") or anywhere in the same clause of the clause analysis ("غارات على ريف
إدلب استهدفت سوقاً": a second verb with no subject of its own), or when they name the same kind of non-violent event ("وافق ... على
تفويض"). Across sentences, a mention joins an earlier incident of its family when it points
back at it: a demonstrative or definite trigger with no place of its own ("هذا القصف",
"مكان القصف", "الغارات الروسية"), a definite trigger at the same neighbourhood or facility on
a compatible date, a later mention of a non-violent event of the same type on compatible
place and date, an attack named again without its means ("هجوم" after "هجوم" or "مجزرة") on a
compatible date (a second attack told with a day of its own is another incident). The title
joins the first body incident of its family at a compatible place; so does a body line that
prints the title again (`title_copies`).
Raids counted by a number or an ordinal ("غارتين", "غارة ثالثة") join the latest incident told
with the same means at a compatible place and date; so does a disputing side's bare-verb version
("نفى ... مؤكداً أنه استهدف مسلحين"). A period of strikes ("منذ مطلع الشهر", "تصعيد") neither joins
nor takes an incident. A mention told as background ("الذي سبق أن انفجرت شاحنة عنده") opens its
own incident. "Similar" mentions ("غارات مماثلة") always open a new incident. Everything else stays apart:
two incidents wrongly joined lose one of them, two mentions left apart only repeat one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from rasid.lang.ar.doc import Doc
from rasid.record import DateMention, EventType, PlaceMention
from rasid.relate.events.args import (
    AND,
    BATTLE,
    compatible_dates,
    compatible_places,
    coordinates,
    named_within,
    nested_places,
)
from rasid.relate.events.triggers import ATTACK, EventMention

ADJACENT_WINDOW = 3  # words between two attack mentions of one incident ("قصف مدفعي لقوات النظام استهدف")
PRECISE = frozenset({"neighbourhood", "facility"})
#: Families one fighting may be told in: "هاجم مسلحون حاجزا" (battle) is "الهجوم" (attack) after it.
FIGHTING = frozenset({ATTACK, BATTLE})
KIN_UNITS = 2  # the furthest sentence a back-reference joins an incident of the kindred family in
#: Types an article-level "dominant" attack type may be (a massacre names no means).
MEANS = frozenset({"airstrike", "shelling", "explosion", "suicide_bombing", "chemical_attack"})


@dataclass
class Incident:
    """Mentions of one incident, with the arguments each mention found on its own."""

    mentions: list[EventMention]
    places: dict[int, PlaceMention | None] = field(default_factory=dict)
    own_places: dict[int, PlaceMention | None] = field(default_factory=dict)
    dates: dict[int, DateMention | None] = field(default_factory=dict)
    type: EventType = "attack_on_civilians"
    cumulative: bool = False

    @property
    def family(self) -> str:
        return self.mentions[0].family

    @property
    def body(self) -> list[EventMention]:
        return [m for m in self.mentions if not m.title]

    @property
    def first(self) -> EventMention:
        return min(self.mentions, key=lambda m: m.core[0])

    @property
    def representative(self) -> EventMention:
        """The trigger that stands for the incident: a body mention that calls it like an earlier one
        ("هجوماً مماثلاً استهدف"), else one naming the means, the earliest first; one of a sentence
        that tells the incident before one of a caption ("من آثار تفجير الكرادة")."""
        pool = [m for m in self.body if not m.caption] or self.body or self.mentions
        return max(pool, key=lambda m: (m.similar, m.strength, not m.needs_attack, not m.weak, -m.core[0]))

    def _donors(self) -> list[EventMention]:
        """Mentions whose sentence tells where and when: the representative, then the others
        that do not merely point back at the incident ("هذه الحملة" says nothing new)."""
        rep = self.representative
        rest = [m for m in sorted(self.body, key=lambda m: m.core[0]) if m is not rep and not _points_back(m)]
        titles = [m for m in self.mentions if m.title and m is not rep]
        return [rep, *rest, *titles]

    def place(self) -> PlaceMention | None:
        donors = self._donors()
        for table in (self.own_places, self.places):
            for m in donors:
                p = table.get(id(m))
                if p is not None:
                    return p
        return None

    def date(self) -> DateMention | None:
        """The date of the first donor that has one; failing that, the date of a mention that points
        back at the incident ("قال تاجر إن المسلحين شنوا الهجوم مساء الأحد"): it adds nothing of
        where, but its clause may be the only one of the article that says when (a day ahead of
        publication excepted: that is a plan, not the incident's day)."""
        donors = self._donors()
        for m in donors:
            d = self.dates.get(id(m))
            if d is not None:
                return d
        for m in sorted(self.body, key=lambda m: m.core[0]):
            d = self.dates.get(id(m))
            if d is not None and m not in donors and not _ahead(d):
                return d
        return None

    def absorb(self, other: Incident) -> None:
        self.mentions.extend(other.mentions)
        self.mentions.sort(key=lambda m: m.core[0])
        self.places.update(other.places)
        self.own_places.update(other.own_places)
        self.dates.update(other.dates)


def _same_segment(a: EventMention, b: EventMention) -> bool:
    return a.unit == b.unit and a.segment == b.segment


def _joins_in_segment(
    doc: Doc,
    inc: Incident,
    m: EventMention,
    place_between: Callable[[int, int], bool],
    *,
    bare: bool = False,
    one_clause: Callable[[int, int], bool] | None = None,
) -> bool:
    """m continues the incident told last in its segment; `bare`: m names no place or date of its
    own; `one_clause(a, b)`: the clause analysis puts offsets a and b in one clause."""
    last = max(inc.mentions, key=lambda x: x.core[0])
    if m.family != last.family or (m.similar and not last.weak) or m.response or m.background:
        return False  # "استهدفوا، رداً على الغارة", "سبق أن انفجرت": the answered or earlier strike is another
    if m.family == ATTACK and _points_back(m) and _same_segment(last, m):
        return True  # "بدء شن غارات ... ركزت غاراتها", "الغارات الجوية، وهي واحدة من أكبر الغارات"
    if not _same_segment(last, m):
        return False
    if m.family != ATTACK:
        return m.type != last.type or _points_back(
            m
        )  # "وافق ... على تفويض"; "حملة ... عاصفة تغريدات" stay two
    if m.weak or any(x.weak for x in inc.mentions):
        return True
    if _coordinated(doc, last, m) and not (m.similar or last.similar):
        return True  # "غارات جوية وقصف مدفعي استهدف ...": two means of one attack, one account
    near = doc.words_between(last.end, m.start) <= ADJACENT_WINDOW
    related = m.generic or last.generic or m.type == last.type
    if bare and m.verb and m.generic and not last.generic and not place_between(last.end, m.start):
        return True  # "تلتها غارة بعد ربع ساعة استهدفت المسعفين": what the raid just named did
    if (
        m.verb
        and m.generic
        and not last.generic
        and one_clause is not None
        and one_clause(last.core[0], m.core[0])
    ):
        return True  # "شنت طائرات غارات على ريف إدلب استهدفت سوقاً": the verb tells what the raids hit
    if (
        last.verb
        and last.generic
        and not m.verb
        and m.governed
        and doc.text[max(0, m.start - 1) : m.start] == "ب"  # the clitic glued to the noun
        and one_clause is not None
        and one_clause(last.core[0], m.core[0])
    ):
        return True  # "استُهدف منزل في البلدة بغارة إسرائيلية": the noun after "ب" is the verb's means
    return near and related and not place_between(last.end, m.start)


def _coordinated(doc: Doc, a: EventMention, b: EventMention) -> bool:
    """b follows a joined only by "و" (or a comma): the two triggers share one account."""
    gap = doc.gap(a.end, b.start).strip()
    if not gap:  # the conjunction glued to b ("وقصف")
        return doc.text[b.start : b.start + 1] == AND
    return all(coordinates(part) for part in gap.split())


def _ahead(d: DateMention) -> bool:
    """A date after publication ("يوم الخميس المقبل"): what a mention pointing back at an incident
    looks forward to (the campaign's tweet storm) is not the day the incident took place."""
    return d.offset is not None and d.offset.n > 0


def _points_back(m: EventMention) -> bool:
    return (m.anaphoric or m.definite) and not m.similar


def group_mentions(
    doc: Doc,
    mentions: list[EventMention],
    place_of: Callable[[EventMention], PlaceMention | None],
    date_of: Callable[[EventMention], DateMention | None],
    place_between: Callable[[int, int], bool],
    own_place: Callable[[EventMention], PlaceMention | None],
    one_clause: Callable[[int, int], bool] | None = None,
) -> list[Incident]:
    """Group the mentions of one article into incidents (see the module docstring)."""
    incidents: list[Incident] = []
    for m in sorted(mentions, key=lambda x: x.core[0]):
        target = incidents[-1] if incidents else None
        bare = own_place(m) is None and date_of(m) is None
        if target is not None and _joins_in_segment(
            doc, target, m, place_between, bare=bare, one_clause=one_clause
        ):
            target.mentions.append(m)
        else:
            incidents.append(Incident([m]))
        inc = target if target is not None and m in target.mentions else incidents[-1]
        inc.places[id(m)] = place_of(m)
        inc.own_places[id(m)] = own_place(m)
        inc.dates[id(m)] = date_of(m)
    copies = title_copies(doc)
    incidents = _merge_across(incidents, copies)
    incidents = _merge_title(incidents, copies)
    _settle_types(incidents)
    return incidents


TITLE_COPY_WORDS = 4  # the fewest words of a body line read as the headline printed again


def title_copies(doc: Doc) -> frozenset[int]:
    """The body units that repeat the title, or are repeated by it, word for word: a page that
    prints its headline again ("ضحايا مدنيون في قصف مدفعي على إعزاز" as title and first line,
    "خبر : عشرون شهيدا ..." and "عشرون شهيدا ..."). Their mentions are the title's."""
    if not doc.title_end:
        return frozenset()
    title = " ".join(w.norm for w in doc.words_in(0, doc.title_end))
    found = []
    for k, (s, e) in enumerate(doc.units):
        if s < doc.title_end:
            continue
        words = [w.norm for w in doc.words_in(s, e)]
        line = " ".join(words)
        if len(words) >= TITLE_COPY_WORDS and (f" {line} " in f" {title} " or f" {title} " in f" {line} "):
            found.append(k)
    return frozenset(found)


def _titular(inc: Incident, copies: frozenset[int]) -> bool:
    """Every mention of the incident is in the title or in a copy of it."""
    return all(m.title or m.unit in copies for m in inc.mentions)


def _merge_across(incidents: list[Incident], copies: frozenset[int] = frozenset()) -> list[Incident]:
    out: list[Incident] = []
    # The kept incidents by family, in the order kept: an incident only refers back to one of its
    # own family, so it is compared with those, not with every earlier incident. (A family does not
    # change by absorbing: the absorbed incident starts later, and the mentions sort stably.)
    by_family: dict[str, list[Incident]] = {}
    for inc in incidents:
        target = None if _titular(inc, copies) else _earlier(by_family.get(inc.family, []), inc)
        if target is None and not _titular(inc, copies):
            target = _kindred(by_family, inc)
        if target is not None:
            target.absorb(inc)
        else:
            out.append(inc)
            by_family.setdefault(inc.family, []).append(inc)
    return out


def _kindred(by_family: dict[str, list[Incident]], inc: Incident) -> Incident | None:
    """The fighting a back-reference of the other fighting family names when its own family has
    no incident yet: "هاجم مسلحون حاجزا للجيش … وتبنى التنظيم الهجوم" is one attack, told first
    by a verb of the battle family. Only a bare back-reference ("الهجوم", no place or date of its
    own) within `KIN_UNITS` sentences of the incident's last mention, at a place that fits, joins."""
    if inc.family not in FIGHTING or not _points_back(inc.first) or _is_period(inc):
        return None
    if any(o.body and not _is_period(o) for o in by_family.get(inc.family, [])):
        return None
    if inc.date() is not None or any(p is not None for p in inc.own_places.values()):
        return None
    (other,) = FIGHTING - {inc.family}
    kin = [o for o in by_family.get(other, []) if o.body and not _is_period(o)]
    if not kin:
        return None
    last = kin[-1]
    near = 0 <= inc.first.unit - max(m.unit for m in last.body) <= KIN_UNITS
    here = inc.place() is None or compatible_places(last.place(), inc.place(), contain=True)
    return last if near and here and compatible_dates(last.date(), inc.date()) else None


def _is_period(inc: Incident) -> bool:
    return any(m.period for m in inc.body)


def _retells(inc: Incident) -> bool:
    """The incident only retells one already named: it counts its raids ("غارتين", "غارة ثالثة"),
    or it is a contested account of it told by a verb of unsettled type or with no place and date
    of its own: a denial's, condemnation's or the side's own version ("نفى الجيش ... مؤكداً أنه
    استهدف مسلحين", "زعمت الوكالة أن الطيران استهدف مقرات", "نفت أن تكون قواتها قد قصفت الأحياء")."""
    first = inc.first
    bare = inc.date() is None and all(p is None for p in inc.own_places.values())
    return first.counted or (first.verb and first.contested and (first.generic or bare))


def _same_means(inc: Incident, m: EventMention) -> bool:
    """The incident names m's means itself: counted raids ("ست غارات") are not the raids of a
    ground attack ("هجوماً واسعاً") told before them."""
    return any(not x.weak and x.type == m.type for x in inc.mentions)


def _earlier(out: list[Incident], inc: Incident) -> Incident | None:
    """The earlier body incident `inc` refers back to, if any (`out`: the incidents kept so far)."""
    body = [o for o in out if o.body and o.family == inc.family and not _is_period(o)]
    if inc.family == ATTACK and _is_period(inc):
        return None  # a period of strikes is never one incident of it, nor holds one
    if not body:
        return None
    place, date = inc.place(), inc.date()
    if inc.first.response:  # "رداً على الغارة": the latest incident told in an earlier sentence
        told = [o for o in body if all(x.unit != inc.first.unit for x in o.body)]
        return told[-1] if told else None
    if inc.family == ATTACK:
        if any(m.similar for m in inc.mentions):
            return None
        own = [p for p in inc.own_places.values() if p is not None]
        if (
            any(m.weak for m in inc.mentions)
            and all(m.weak for m in body[-1].mentions)
            and compatible_dates(body[-1].date(), date)
        ):
            return body[-1]  # the massacre named again, now with its means ("ارتكبت مجزرة ... بغارات")
        if _retells(inc):
            for o in reversed(body):
                if (
                    nested_places(o.place(), place)
                    and compatible_dates(o.date(), date)
                    and (not inc.first.counted or _same_means(o, inc.first))
                ):
                    return o
            return None
        if not (_points_back(inc.first) or inc.first.construct):
            return None
        if place is None:
            return _same_kind(body, inc)
        precise = [p for p in (place, *own) if p is not None and p.precision in PRECISE]
        for o in reversed(body):
            names = {
                p.name
                for p in (o.place(), *o.own_places.values())
                if p is not None and p.precision in PRECISE
            }
            if any(p.name in names for p in precise) and compatible_dates(o.date(), date):
                return o
        return None
    same = [o for o in body if o.representative.type == inc.representative.type]
    if not same:
        return None
    if _points_back(inc.first):  # "هذه الحملة", "القائمون على الحملة"
        return same[-1]
    for o in reversed(same):  # a later mention that adds no date of its own ("وتأتي زيارة ...")
        if (
            date is None or (o.date() is not None and compatible_dates(o.date(), date))
        ) and compatible_places(o.place(), place, contain=False):
            return o
    return None


def _same_kind(body: list[Incident], inc: Incident) -> Incident:
    """The latest incident a place-less back-reference names: one told with the same means when
    the reference names its means ("وتأتي الغارة" after a strike and a rocket reply), else the latest."""
    kinds = {m.type for m in inc.mentions if not m.generic}
    for o in reversed(body):
        if any(not m.generic and m.type in kinds for m in o.mentions):
            return o
    return body[-1]


def _merge_title(incidents: list[Incident], copies: frozenset[int] = frozenset()) -> list[Incident]:
    titles = [i for i in incidents if _titular(i, copies)]
    out = [i for i in incidents if i not in titles]
    for t in titles:
        target = next(
            (o for o in out if o.family == t.family and not _is_period(o) and _title_fits(t, o)),
            None,
        )
        if target is None and t.family in FIGHTING and not any(o.family == t.family for o in out):
            # "مالي.. قتلى في مواجهات مع مسلحين" over a body that tells only "هجوم": one fighting
            target = next(
                (o for o in out if o.family in FIGHTING and not _is_period(o) and _title_fits(t, o)),
                None,
            )
        if target is not None:
            target.absorb(t)
        else:
            out.append(t)
    out.sort(key=lambda i: i.first.core[0])
    return out


def _title_fits(title: Incident, body: Incident) -> bool:
    """Some place the title names (or none) fits the body incident's: "مجزرة في سوق البلدة ... غارات
    على ريف المحافظة" fits a strike on the town."""
    named = [p for p in (*title.own_places.values(), *title.places.values()) if p is not None]
    where = body.place()
    return not named or any(
        compatible_places(p, where, contain=True) or named_within(p, where) for p in named
    )


def _shooting(inc: Incident) -> EventType | None:
    """The type of a gunfire mention of the incident, when its surest mentions are guesses: the
    shots say how it was done, where a bare "استهداف" only guesses shelling."""
    return next((m.type for m in inc.mentions if m.gunfire and m.strength < 2), None)


def _settle_types(incidents: list[Incident]) -> None:
    """Each incident's type: a campaign start, else its surest mention, else the article's usual means."""
    for inc in incidents:
        best = max(inc.mentions, key=lambda m: (m.strength, not m.weak, -m.core[0]))
        inc.type = best.type
        shot = _shooting(inc)
        if best.strength < 2 and shot is not None:  # "استهداف المتظاهرين بالرصاص الحي": shot at
            inc.type = shot
    counts = Counter(
        i.type for i in incidents if i.type in MEANS and max(m.strength for m in i.mentions) >= 2
    )
    dominant = counts.most_common(1)[0][0] if counts else None
    for inc in incidents:
        best = max(inc.mentions, key=lambda m: (m.strength, not m.weak, -m.core[0]))
        if (
            best.strength < 2
            and not best.weak
            and dominant is not None
            and inc.family == ATTACK
            and not _shooting(inc)
        ):
            inc.type = dominant
        if any(m.campaign_start for m in inc.mentions):
            inc.type = "military_intervention"
