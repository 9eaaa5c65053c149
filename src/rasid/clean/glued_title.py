"""Headlines printed as if they were prose: run into the lead on one line, or closed by a full stop.

Aggregators' copies (and some captures) print the headline and the lead as one line:
"<headline> أفادت مصادر محلية ..." or "<headline> الرياض – ...". The lead's own opening tells
where the headline ends: a reporting verb of `claim_cues.tsv` (a finite verb whose subject
follows, as a lead's first word is), or a dateline (a place the gazetteer knows, then a dash).
The headline before it must read as one (a few words, no sentence or clause mark, no date),
and the lead after it must speak of it: a headline's words come back in its lead.

Some outlets close their headline with a full stop ("اشتباكات بين جماعات مسلحة غرب العاصمة.").
A short sentence atop the page is still its headline when the line under it, the lead, restates
it (half its words or more) and it names no day: a lead tells when ("قتل 18 شخصا يوم السبت ..."),
a headline seldom does, and a lead's first sentence is seldom restated by its second.
"""

from __future__ import annotations

import re
from functools import cache

from rasid.clean.features import stems
from rasid.clean.headline_shape import headline_shaped
from rasid.clean.marks import COMMAS, FULL_STOPS, SENTENCE_ENDS
from rasid.lang.ar.affixes import affixes
from rasid.lang.ar.clause_marks import char_class
from rasid.lang.ar.lexicon import load_rows
from rasid.lang.ar.match import ARTICLE
from rasid.lang.ar.normalise import normalise_string
from rasid.link.gazetteer import default_gazetteer

CUES_FILE = "claim_cues.tsv"
HEAD_MIN_WORDS = 3  # a headline has at least this many words (text.TITLE_MIN_WORDS)
HEAD_MAX_WORDS = 20  # ... and at most this many (text.RUN_ON_WORDS)
LEAD_MIN_WORDS = 10  # the lead left after the headline is a line of prose this long at least
HEAD_MIN_SHARED = 0.2  # this share of the headline's words comes back in its lead (text.TITLE_MIN_OVERLAP)
IMPERFECT_PREFIXES = frozenset(affixes("imperfect_prefix"))
PLACE_MAX_WORDS = 2
STOPPED_MAX_WORDS = 13  # a headline closed by a full stop has at most this many words (text.SHORT_LINE_WORDS)
RESTATED_SHARE = 0.5  # the lead under it uses at least this share of its words
WEEKDAYS_FILE = "weekdays.tsv"  # a dateline's place has up to this many words ("رام الله –")

_DASH = re.compile(r"^[-–—]+$")
_DASH_END = re.compile(r"[-–—]+$")
_HEAD_MARKS = re.compile(rf"[{char_class(SENTENCE_ENDS | COMMAS)}]")
_STOP_END = re.compile(rf"(?<!\.)[{char_class(FULL_STOPS)}]$")


@cache
def lead_verbs() -> frozenset[str]:
    """The reporting verbs that open a lead ("أفادت", "قال", "أعلنت"), normalised: the one-word
    finite forms of claim_cues.tsv whose subject follows them and that need no other word to be a
    cue (an ambiguous verb, "كشف", "نقل", may open a headline's own clause). Past forms only: a
    headline reports in the present after its subject ("الخارجية السعودية تدين ..."), a lead in
    the past before it; an imperfect form adds a prefix its lemma does not open with."""
    rows = load_rows(CUES_FILE, normalise_columns=("form", "lemma"))
    return frozenset(
        row["form"]
        for row in rows
        if row["position"] == "verb"
        and row["subject"] == "open"
        and not row["needs"]
        and " " not in row["form"]
        and not _imperfect(row["form"], row["lemma"])
    )


def _imperfect(form: str, lemma: str) -> bool:
    """ "يقول", "تدين", "تتوعد": the form opens with an imperfect prefix its lemma ("قال", "أدان",
    "توعد") does not open with."""
    return form[:1] in IMPERFECT_PREFIXES and not form.startswith(lemma[:2])


def _dateline_at(words: list[str], k: int) -> bool:
    """A place the gazetteer knows opens words[k:], then a dash ("الرياض –", "رام الله-")."""
    for n in range(1, PLACE_MAX_WORDS + 1):
        if k + n > len(words):
            return False
        last = words[k + n - 1]
        glued_dash = bool(_DASH_END.search(last)) and not _DASH.match(last)
        place = " ".join([*words[k : k + n - 1], _DASH_END.sub("", last)])
        dash_after = glued_dash or (k + n < len(words) and bool(_DASH.match(words[k + n])))
        if dash_after and default_gazetteer().lookup(place):
            return True
    return False


def _lead_opens(words: list[str], k: int) -> bool:
    """words[k:] opens as a lead does: a reporting verb, or a dateline."""
    return normalise_string(words[k]) in lead_verbs() or _dateline_at(words, k)


def _spoken_of(head: str, lead: str) -> bool:
    own = stems(head)
    return bool(own) and len(own & stems(lead)) >= HEAD_MIN_SHARED * len(own)


def split_glued_title(line: str) -> tuple[str, str] | None:
    """The headline and the lead of a line that runs them together, or None. The headline ends
    right before the first place where a lead opens (`_lead_opens`) with a headline's words
    before it and a lead's after it."""
    words = line.split()
    last = min(HEAD_MAX_WORDS, len(words) - LEAD_MIN_WORDS)
    for k in range(HEAD_MIN_WORDS, last + 1):
        if not _lead_opens(words, k):
            continue
        head, lead = " ".join(words[:k]), " ".join(words[k:])
        if not headline_shaped(
            head, min_words=HEAD_MIN_WORDS, max_words=HEAD_MAX_WORDS, never=(_HEAD_MARKS,)
        ):
            return None  # a clause or a sentence ended before it: this line opens with prose
        return (head, lead) if _spoken_of(head, lead) else None
    return None


@cache
def weekdays() -> frozenset[str]:
    """The weekday names of weekdays.tsv, normalised, with and without the article."""
    forms = {row["form"] for row in load_rows(WEEKDAYS_FILE, normalise_columns=("form",))}
    return frozenset(forms | {f.removeprefix(ARTICLE) for f in forms})


def stopped_headline(line: str, below: str) -> bool:
    """`line`, a short sentence closed by a full stop atop the article, is its headline: no other
    mark inside it, no reporting verb opening it, no day named in it, and the lead under it
    (`below`) restates it."""
    if not headline_shaped(
        line, min_words=HEAD_MIN_WORDS, max_words=STOPPED_MAX_WORDS, never=(_HEAD_MARKS,), closing=_STOP_END
    ):
        return False
    words = line.split()
    norms = [normalise_string(w) for w in words]
    if norms[0] in lead_verbs() or any(w in weekdays() for w in norms):
        return False
    own = stems(line)
    return bool(own) and len(own & stems(below)) >= RESTATED_SHARE * len(own)
