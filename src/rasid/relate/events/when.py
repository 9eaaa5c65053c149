"""The day the lead names: the date of an incident no sentence of its own dates.

A report says when once, in its lead ("لقي 3 مواطنين حتفهم ... اليوم الأحد 11/8/2019",
"استهدفت جماعة الحوثي، اليوم الاثنين، الأحياء السكنية"), and tells the rest of the incident
(the ambush, the quoted statement) without a date. When no incident of the lead carries that day
(the lead's trigger is a word the events stage does not know, or its day is told in the sentence
after it: "اندلعت اشتباكات ..." then "وشهدت مناطق العاصمة، ليل الاثنين ..."), the lead's own incident
takes the first day its head names, up to the sentence after the lead. A day ahead of publication (a plan), a claim's day
(the statement's, not the incident's) and the period of a record are no such day.

An undated incident takes the day of the lead's incident of its family, else of any family
(`lead_date`); the lead's incident of its family dates it by its own day or, failing that, by the
day of the lead's head: a day's report ("منذ فجر اليوم الثلاثاء 55 قتيلا" then one strike after another) dates its
strikes by the day its lead names, even when only a tally names it. The lead is the first body
sentence that tells an incident; a heading line above it (a breadcrumb or a repeated headline:
short, no closing punctuation) is no lead, it names the incident the lead tells.

Without a publication date a bare weekday stays unresolved ("مساء الأربعاء"); where the article
writes the full date of that weekday ("فجر الأربعاء 5 يونيو 2019"), an incident dated by the bare
weekday happened on that day (`weekday_day`).

An incident told only as the event a span of days is counted from ("جاء ذلك بعد يوم من استهدافها
سوقاً", "بعد أسابيع من هجومين") happened before the news; it takes no day from the lead
(`told_after`; the words are the date grammar's: بعد/عقب and the count units of date_units.tsv).

A date that opens a span measured since ("ما يرفع حصيلة الشهداء إلى 425 منذ 8 تشرين الأول 2023",
"مظاهرات ... منذ اندلاع الحرب في أبريل 2023") is where a tally or a background period starts, not
the day of an incident told in its sentence (`since_start`): the incident is dated as if its
sentence named no day. A span that starts within two days of publication ("منذ فجر اليوم") and a
count of units ago ("منذ ثلاثة أيام": a day) still date it, and so does a span a campaign is told
over.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import date
from functools import cache

from rasid.lang.ar.doc import Doc
from rasid.lang.ar.lexicon import load_rows
from rasid.lang.ar.normalise import normalise_string
from rasid.record import DateMention
from rasid.relate.events.args import ArgContext, record_period
from rasid.relate.events.merge import Incident
from rasid.relate.events.triggers import EventMention
from rasid.relate.text import in_set

#: Words from بعد to the trigger of the event a span of days is measured from ("بعد يوم من استهدافها").
AFTER_WINDOW = 5

#: Words before a date in which منذ makes it the start of a span ("منذ اندلاع الحرب في أبريل 2023").
SINCE_WINDOW = 4

#: A span measured since a day at most this many days before publication still dates its incidents.
SINCE_RECENT_DAYS = 2

#: A line of at most this many words that ends with no punctuation is a heading, not a sentence.
HEADING_WORDS = 20


def lead_date(
    ctx: ArgContext, inc: Incident, incidents: list[Incident], doc: Doc, dateline: Callable[[int], bool]
) -> DateMention | None:
    """The date an undated incident takes from the lead: the lead incident's of its family (its own
    date, else the day of the lead's head), else the own date of the lead's incident of any
    family, else, for the lead's own incident, the day of the lead's head."""
    if all(told_after(ctx, m) or told_before(ctx, m) for m in inc.mentions):
        return None  # an earlier event the news is measured from, not the lead's day
    lead = lead_unit(ctx, incidents, doc)
    head: list[DateMention | None] = []  # the lead's day, looked up once

    def head_day() -> DateMention | None:
        if not head:
            head.append(lead_day(ctx, doc, lead, dateline))
        return head[0]

    for same in (True, False):
        for other in incidents:
            if other is inc or (other.family == inc.family) != same or other.cumulative:
                continue
            if any(m.unit in (0, lead) for m in other.mentions):
                d = other.date()
                if d is None and same and any(m.unit == lead for m in other.mentions):
                    d = head_day()  # the lead's own incident of this family, dated by the head
                if d is not None:
                    return d
    if any(m.unit == lead for m in inc.mentions):  # the lead's own incident, told without its day
        return head_day()
    return None


def lead_unit(ctx: ArgContext, incidents: list[Incident], doc: Doc) -> int:
    """The lead: the first body unit that tells an incident. Lines above it ("لوسيل", "رام الله -
    قنا", a byline) tell none, so the lead is not simply the line after the title; a heading line
    (a breadcrumb, the headline printed again) tells one but is no sentence, so the lead is the
    first sentence after it (the first heading when the body has no other unit)."""
    first = 1 if doc.title_end else 0
    told = sorted(
        {m.unit for inc in incidents if not inc.cumulative for m in inc.mentions if m.unit >= first}
    )
    sentences = [u for u in told if not heading(ctx, doc, u)]
    return sentences[0] if sentences else (told[0] if told else first)


def heading(ctx: ArgContext, doc: Doc, unit: int) -> bool:
    """A short line of its own that ends in a letter or digit, not in punctuation: a heading."""
    start, end = doc.units[unit]
    text = ctx.record.text
    line = text[start:end].strip()
    if not line or len(line.split()) > HEADING_WORDS:
        return False
    if (start > 0 and text[start - 1] != "\n") or (end < len(text) and text[end] != "\n"):
        return False  # a sentence of a paragraph, not a line
    return unicodedata.category(line[-1])[0] in "LN"


def lead_day(ctx: ArgContext, doc: Doc, lead: int, dateline: Callable[[int], bool]) -> DateMention | None:
    """The first day-precision date of the body's head (its units up to the one after the lead,
    datelines and bylines left out) that may be an incident's day, else None."""
    first = 1 if doc.title_end else 0
    for d in ctx.dates:
        unit = doc.unit_of(d.span[0])
        if not first <= unit <= lead + 1 or d.precision != "day" or not d.value or dateline(unit):
            continue
        if (d.offset is not None and d.offset.n > 0) or d.id in ctx.claim_dates or record_period(ctx, d):
            continue
        return d
    return None


def weekday_day(ctx: ArgContext, d: DateMention | None) -> DateMention | None:
    """The article's one written day of the weekday `d` names, when `d` is a bare weekday ("صباح
    الأربعاء") left unresolved for want of a publication date and the written day names that
    weekday too ("فجر الأربعاء 5 يونيو 2019"); else `d`. A date written without its weekday ("في 27
    نوفمبر") may be any day of the article's background, and "اليوم الأربعاء" is the unknown
    publication day, not a day the article writes."""
    if d is None or d.value is not None or d.offset is None or d.offset.weekday is None:
        return d
    if d.offset.unit != "week" or d.offset.n > 0:
        return d
    written = [
        o
        for o in ctx.dates
        if o.value
        and o.precision == "day"
        and not o.relative
        and o.range is None
        and date.fromisoformat(o.value[:10]).weekday() == d.offset.weekday
        and _names_weekday(o.text, d.offset.weekday)
    ]
    return written[0] if len({o.value for o in written}) == 1 else d


@cache
def _weekday_names() -> dict[str, int]:
    """Each one-word weekday name of data/weekdays.tsv, normalised, with its weekday number (read
    here from the data file: the relating stages do not import the date recogniser)."""
    return {
        r["form"]: int(r["weekday"])
        for r in load_rows("weekdays.tsv", normalise_columns=("form",))
        if len(r["form"].split()) == 1
    }


def _names_weekday(text: str, weekday: int) -> bool:
    """The words of `text` include a name of `weekday` (data/weekdays.tsv)."""
    names = _weekday_names()
    return any(names.get(w) == weekday for w in normalise_string(text).split())


@cache
def _cues() -> dict[str, frozenset[str]]:
    """The date grammar's cue words by role (data/date_cues.tsv, read once): after (بعد), before
    (قبل), since (منذ), when (عندما, حين)."""
    by_role: dict[str, set[str]] = {}
    for r in load_rows("date_cues.tsv", normalise_columns=("form",)):
        for role in r["roles"].split(","):
            by_role.setdefault(role, set()).add(r["form"])
    return {role: frozenset(forms) for role, forms in by_role.items()}


def _cue_words(role: str) -> frozenset[str]:
    return _cues().get(role, frozenset())


@cache
def _count_units() -> frozenset[str]:
    """The units a span of days is counted in (data/date_units.tsv, use count)."""
    return frozenset(
        r["form"] for r in load_rows("date_units.tsv", normalise_columns=("form",)) if r["use"] == "count"
    )


def told_after(ctx: ArgContext, m: EventMention) -> bool:
    """m is the event a span of days is counted from, in its clause: بعد, a count unit within the
    next three words, then m ("جاء ذلك بعد يوم من استهدافها", "بعد ثلاثة أسابيع من الهجوم")."""
    afters, units = _cue_words("after"), _count_units()
    i = ctx.doc.word_at(m.core[0])
    words = ctx.doc.words[max(0, i - AFTER_WINDOW) : i]
    for k, w in enumerate(words):
        if in_set(w.norm, afters) is None or not ctx.same_clause(w.start, m.core[0]):
            continue
        if any(in_set(u.norm, units) is not None for u in words[k + 1 : k + 4]):
            return True
    return False


def told_before(ctx: ArgContext, m: EventMention) -> bool:
    """قبل follows m within its clause ("وكان مسلحون قد هاجموا القرية قبل ذلك", "قبل أيام"): an
    event earlier than the news, no day of the lead."""
    i = ctx.doc.word_at(m.core[1])
    words = ctx.doc.words[i : i + AFTER_WINDOW]
    before = _cue_words("before")
    return any(in_set(w.norm, before) is not None and ctx.same_clause(w.start, m.core[0]) for w in words)


def since_start(ctx: ArgContext, inc: Incident, d: DateMention | None) -> bool:
    """`d` starts a span measured since, more than two days before publication, that is not
    `inc`'s own: the start of a tally or of a background period. A span of `inc`'s own clause
    ("المعارك الدائرة جنوب طرابلس منذ 4 أفريل") dates it by its start, and so does one a clause
    of time goes on from ("منذ عام 2014، عندما سيطر الحوثيون"); منذ before another event noun
    ("منذ اندلاع الحرب في أبريل 2023") dates that noun, never `inc`."""
    if d is None or not d.value or (d.offset is not None and d.offset.unit == "day"):
        return False
    if any(m.period for m in inc.mentions):
        return False
    published = ctx.record.published.value
    if published and d.precision == "day":
        days = (date.fromisoformat(published[:10]) - date.fromisoformat(d.value[:10])).days
        if days <= SINCE_RECENT_DAYS:
            return False
    i = ctx.doc.word_at(d.span[0])
    words = ctx.doc.words[max(0, i - SINCE_WINDOW) : i + 1]
    since = _cue_words("since")
    found = [
        w
        for w in words
        if in_set(w.norm, since) is not None and w.start < d.span[1] and ctx.same_clause(w.start, d.span[0])
    ]
    if not found:
        return False
    if found[-1].start >= d.span[0]:  # منذ opens the date itself: a span of its own
        if any(ctx.same_clause(m.core[0], d.span[0]) for m in inc.mentions):
            return False
        after = ctx.doc.word_at(d.span[1])
        if after < len(ctx.doc.words) and in_set(ctx.doc.words[after].norm, _cue_words("when")) is not None:
            return False
    return True
