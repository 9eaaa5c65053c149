"""The actors stage: every actor mention of an article, named canonically where possible.

The finders run in order over one `ActorText` (the normalised words and their lexicon hits):
  1. the article's country (states.infer_doc_country) for aliases limited to some
     countries and for groups that take the country's adjective, and the article's own
     country of bodies named without their state (link/country.py, with the places found);
  2. registry names, states acting (states.py); force nouns and whose they are (forces.py);
     groups and anonymous sources (groups.py); organisations by their head noun (orgs.py);
  3. persons, who need the others' mentions to know what a title governs (persons.py);
     then the trained name tagger's persons and organisations that no rule found
     (tagged.py; off with `tagger=False`);
  4. back-references to organisations and persons (coref.py);
  5. overlaps resolved (candidate.resolve): one mention per span, none crossing a better
     one, nested ones only when they name another actor.
Mentions whose actor is unknown to the registry get a composed English name, or (persons
by name) their name in Latin letters (lang/ar/romanise.py), and name_ar is the words as written. Mentions are listed by where they end,
so a nested mention comes before the one that holds it ("الائتلاف السوري المعارض" before
"القسم الإعلامي للائتلاف السوري المعارض").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rasid.lang.ar.normalise import normalise_char
from rasid.lang.ar.romanise import romanise
from rasid.lang.ar.text import TextView, text_view
from rasid.recognise.actors.candidate import ActorCandidate, resolve
from rasid.recognise.actors.coref import resolve_groups, resolve_heads, resolve_surnames
from rasid.recognise.actors.doc import ActorText
from rasid.recognise.actors.lexicon import load_tables
from rasid.recognise.actors.outlets import load_outlets, publisher_of
from rasid.recognise.actors.registry import STATE_ROLES, Registry
from rasid.recognise.actors.rules import rule_candidates
from rasid.recognise.actors.tagged import find_clubs, find_tagged
from rasid.record import ActorMention, Record
from rasid.stage import Stage

#: Finders whose unnamed persons are written by their words (offices are named by their role).
NAMED_BY_WORDS = frozenset({"person", "tagger", "coref"})


@dataclass(frozen=True)
class Found:
    """An actor mention located in the clean text."""

    span: tuple[int, int]
    text: str
    type: str
    name: str | None
    name_ar: str | None
    country: str | None
    role_words: tuple[str, ...]
    source: str
    parent: str | None = None


def find_actors(view: TextView, *, tagger: bool = True, places: Sequence[str | None] = ()) -> list[Found]:
    """The actor mentions of a text, in text order (module docstring)."""
    return read_actors(view, tagger=tagger, places=places)[0]


def read_actors(
    view: TextView, *, tagger: bool = True, places: Sequence[str | None] = ()
) -> tuple[list[Found], str | None]:
    """The actor mentions of a text, in text order, and the article's own country they were
    named by (link/country.py): from the country the words tell and `places`, the countries
    of the article's resolved places in text order (none: the words alone decide)."""
    tables = load_tables()

    def surface(start: int, end: int) -> str:
        s, e = view.span(start, end)
        return view.text[s:e]

    doc = ActorText(view.norm, tables, surface)
    doc.place_countries = tuple(places)
    cands, anaphors = rule_candidates(doc)
    cands += find_clubs(doc, cands)
    if tagger:
        cands += find_tagged(doc, cands)
    for cand in cands:
        if cand.name_ar is None:
            cand.name_ar = _words(doc, cand)
    resolve_groups(cands)
    cands += resolve_heads(anaphors, cands)
    cands += resolve_surnames(doc, cands)
    found = [_found(doc, view, c) for c in resolve(cands)]
    return sorted(found, key=lambda f: (f.span[1], -f.span[0])), doc.home_country


def _words(doc: ActorText, cand: ActorCandidate) -> str:
    start, end = doc.span(cand.first, cand.last)
    return doc.surface_chars(start + cand.skip, end)


def _found(doc: ActorText, view: TextView, cand: ActorCandidate) -> Found:
    start, end = doc.span(cand.first, cand.last)
    s, e = view.span(start + cand.skip, end)
    while e < len(view.text) and not view.text[e].isspace() and normalise_char(view.text[e]) == "":
        e += 1  # the diacritics of the last letter belong to the mention
    e = _close_quote(view.text, s, e)
    name = cand.name
    if cand.actor is not None and cand.type == "ORG" and view.text[e : e + 1] == "+":
        e += 1  # "أوبك+": the group and its partners, OPEC+, a name of its own
        name = f"{name}+" if name and not name.endswith("+") else name
    if name is None and cand.type == "PER" and not cand.role_only and cand.source in NAMED_BY_WORDS:
        # a later surname takes the full name; spelt as the article's country's press does
        name = romanise(cand.name_ar or view.text[s:e], doc.doc_country)
    outlets = load_outlets()
    composed = cand.actor is None and outlets.after_noun(view.text[s:e])
    if cand.type == "ORG" and (name is None or composed):
        # a paper, agency or channel the registry lacks: the outlet list knows its English name
        # ("صحيفة الأنباء الكويتية" is Al-Anba, not a composed "Kuwaiti News newspaper")
        listed = outlets.english(
            cand.name_ar or view.text[s:e], doc.doc_country, doc.tables.adjective_country
        )
        name = listed or name
    return Found(
        (s, e),
        view.text[s:e],
        cand.type,
        name,
        cand.name_ar,
        cand.country,
        tuple(cand.role_words),
        cand.source,
        parent_of(cand, doc.tables.registry),
    )


def _close_quote(text: str, start: int, end: int) -> int:
    """End of a mention that opens a quoted name inside it: the closing mark is included.

    'فريق "منسقو استجابة سوريا"' with its closing quote is a whole name; without it, the
    mention holds half a quotation, which later stages rightly refuse to build on.
    """
    inside = text[start:end]
    # Deliberately its own list, not quote_marks.tsv's: which closing mark answers which opening
    # one (the file pairs a close with the latest open of any kind), and no "'" (an apostrophe in
    # Latin names far more often than a quotation around an Arabic name).
    pairs = {'"': '"', "«": "»", "“": "”"}
    for opening, closing in pairs.items():
        count = inside.count(opening)
        unclosed = count % 2 == 1 if opening == closing else count > inside.count(closing)
        if unclosed and end < len(text) and text[end] == closing:
            return end + 1
    return end


def parent_of(cand: ActorCandidate, registry: Registry) -> str | None:
    """The body an actor belongs to: its registry parent, else the state of a state's force.

    Perpetrators are usually named after the state ("قصف روسي" → Russia) while the mention
    names the branch (Russian Air Force); keeping both lets either be asked for.
    """
    if cand.parent:
        return cand.parent
    actor = cand.actor
    if actor is None:
        return None
    if actor.parent:
        return actor.parent
    if actor.country and actor.roles and not actor.roles & STATE_ROLES:
        state = registry.role(actor.country, "state")
        if state is not None and state.name != actor.name:
            return state.name
    return None


class ActorStage(Stage):
    """Adds actor mentions (layer "actors"), the article's own country (layer "country", from
    the country the words tell and the places found before: link/country.py) and, when the
    clean stage found none, the publisher (layer "metadata"): the outlet of the article's
    address or of its own credit line."""

    name = "actors"
    reads = frozenset({"text", "mentions:place"})
    writes = frozenset({"mentions:actor", "metadata", "country"})

    def __init__(self, *, tagger: bool = True) -> None:
        super().__init__()
        self.tagger = tagger  # whether the trained name tagger adds names (recognise/names)

    def process(self, record: Record) -> Record:
        places = [p.country for p in record.mentions_of("place")]
        found_actors, record.country = read_actors(text_view(record), tagger=self.tagger, places=places)
        for found in found_actors:
            record.mentions.append(
                ActorMention(
                    id=record.next_mention_id(),
                    span=found.span,
                    text=found.text,
                    type=found.type,
                    name=found.name,
                    name_ar=found.name_ar,
                    country=found.country,
                    role_words=list(found.role_words),
                    parent=found.parent,
                )
            )
            self.stat(f"type:{found.type}")
            self.stat("named" if found.name else "unnamed")
        if not record.source.publisher:
            own_lines = record.text if record.content_type == "html" else record.raw_text or record.text
            record.source.publisher = publisher_of(record.source.uri, own_lines)
            self.stat("publisher:outlets" if record.source.publisher else "publisher:none")
        return record
