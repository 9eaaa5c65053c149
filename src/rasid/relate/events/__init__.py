"""The events stage: incidents and actions the article reports, with their arguments and casualties.

Steps: find the event mentions (triggers), group the mentions of one incident
(merge), find the casualty figures (rasid.relate.casualties) and attach them (attach), then
build one `Event` per incident with its ACLED and PLOVER codes (data/event_taxonomy.tsv), place,
date, perpetrators, targets, weapons, modality and claim (args). An incident whose
sentence names no date takes the date of the lead's incident of its family (the lead says when,
the body says where), else of the lead's incident of any family, unless it is a running tally; the
lead's own incident, if still undated, takes the first day the body's head names up to the sentence
after the lead (when.lead_day); one whose sentence names no place takes
the first place of the lead (the article's place). An incident that names no perpetrator takes
the previous incident's when it is "similar" or when its own words name no attacker at all.
A protest is held by the protesters named in its sentence, else by its sentence's own agent,
else by the article's protesters (agents).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from rasid.lang.ar.clause import Clauses, clauses_of
from rasid.lang.ar.doc import Doc, doc_of
from rasid.record import (
    ActorMention,
    Casualty,
    DateMention,
    Event,
    EventActors,
    PlaceMention,
    Record,
    Status,
    Trigger,
)
from rasid.relate.casualties import Victims, casualty_words, cumulative_units, find_victims
from rasid.relate.events.agents import protest_stand_in
from rasid.relate.events.args import (
    BATTLE,
    ArgContext,
    claim_of,
    date_of,
    extend_over_agent,
    mention_ids,
    modality_of,
    nested_places,
    perpetrators_of,
    place_after,
    place_of,
    rioters_of,
    targets_of,
    unidentified,
    weapons_of,
)
from rasid.relate.events.arms import add_arm_actors, add_state_actor
from rasid.relate.events.attach import attach
from rasid.relate.events.blame import blame_hits, blamed_for_told
from rasid.relate.events.claimant import claimant
from rasid.relate.events.discourse import (
    PLANTED,
    accused_ids,
    adverbial_agent,
    agent_of_setting,
    agent_told_next,
    agents_in_clause,
    attributes_it,
    carried_subject,
    clause_side,
    harming_subject,
    hedged,
    hedged_agent,
    may_inherit,
    previous_subject,
    share_sides,
)
from rasid.relate.events.intercept import launcher, stopped_it
from rasid.relate.events.lexicon import EventLexicon, event_lexicon, taxonomy_codes
from rasid.relate.events.members import member_names, organisation_of
from rasid.relate.events.merge import Incident, group_mentions
from rasid.relate.events.objects import type_by_object
from rasid.relate.events.period import mark_counts_and_periods, spread_tolls
from rasid.relate.events.possessed import add_possessed_forces
from rasid.relate.events.provoked import attacker_of_fight
from rasid.relate.events.triggers import EventMention, Segments, find_mentions
from rasid.relate.events.unknown import said_unknown
from rasid.relate.events.when import lead_date, since_start, weekday_day
from rasid.relate.events.where import finest, landmark, one_inside
from rasid.relate.nisba import adjective_actor
from rasid.relate.text import SpanSet, in_set
from rasid.stage import Stage

PROTEST = "protest"  # the event type whose agent is its protesters (data/event_agents.tsv)
INHERIT_MONTHS = 12  # an incident dated further than this from the last one does not take its agent


class EventStage(Stage):
    """Adds the events of the article, each with its casualties."""

    name = "events"
    reads = frozenset(
        {
            "text",
            "metadata",
            "sentences",
            "mentions:date",
            "mentions:quantity",
            "mentions:place",
            "mentions:actor",
            "mentions:weapon",
            "claims",
        }
    )
    writes = frozenset({"events", "mentions:actor"})

    def process(self, record: Record) -> Record:
        record.events = extract_events(record)
        self.stat("events", len(record.events))
        self.stat("casualties", sum(len(e.casualties) for e in record.events))
        return record


def extract_events(record: Record) -> list[Event]:
    """The events of a record whose mentions (dates, quantities, places, actors, weapons) are found."""
    lex = event_lexicon()
    doc = doc_of(record)
    segments = Segments(doc, lex)
    mentions = _outside_names(record, find_mentions(record, doc, segments))
    type_by_object(doc, mentions)  # "هجوم استهدف نقاط تفتيش": an assault on a post is a fight
    _adjective_actors(record, doc, mentions)
    add_arm_actors(record, doc)
    add_possessed_forces(record, doc)
    ctx = ArgContext(record, doc, segments, mentions)
    for m in mentions:
        extend_over_agent(ctx, m)
    mark_counts_and_periods(ctx, mentions)
    spread_tolls(ctx, mentions)
    disputing = {c.source for c in record.claims if c.stance in CONTESTING and c.source}
    for m in mentions:
        m.contested = _contested(ctx, lex, m, disputing)

    clauses = clauses_of(doc)

    def place_between(a: int, b: int) -> bool:
        return any(p.span[1] <= b for p in ctx.starting_in(ctx.places, a, b))

    incidents = group_mentions(
        doc,
        mentions,
        lambda m: place_of(ctx, m),
        lambda m: date_of(ctx, m),
        place_between,
        lambda m: place_after(ctx, m),
        lambda a, b: clauses.index_at(a) == clauses.index_at(b),
    )
    words = casualty_words(record, doc)
    units = cumulative_units(record, doc, words)
    for inc in incidents:
        inc.cumulative = any(m.unit in units or m.period for m in inc.body or inc.mentions)
    figures = find_victims(record, doc, words)
    ctx.victims = SpanSet((f.start, f.end) for f in figures)

    def settle(inc: Incident) -> None:
        for m in inc.mentions:
            inc.places[id(m)] = place_of(ctx, m)
            inc.own_places[id(m)] = place_after(ctx, m)
            inc.dates[id(m)] = date_of(ctx, m)

    attachment = attach(doc, segments, incidents, figures, units, settle, clauses_of(doc).tally_at)
    incidents = attachment.incidents
    order = sorted(range(len(incidents)), key=lambda k: incidents[k].representative.core[0])
    perps = _perpetrators(ctx, [incidents[k] for k in order])
    accused = accused_ids(ctx)  # once per article: who accusations and blame words name
    events: list[Event] = []
    for n, k in enumerate(order, start=1):
        inc = incidents[k]
        figs = attachment.members.get(k, [])
        tally = _is_tally(inc, [figures[f] for f in figs], created=k in attachment.created)
        event = _event(ctx, lex, f"e{n}", inc, incidents, perps[id(inc)], figures, figs, doc, accused)
        event.cumulative = tally
        if k in attachment.created and not tally:
            _fighters_killed(event, perps[id(inc)])
        events.append(event)
    _refine_coarse_places(ctx, events, [incidents[k] for k in order])
    return events


def _refine_coarse_places(ctx: ArgContext, events: list[Event], incidents: list[Incident]) -> None:
    """An incident placed at a country or governorate takes the one finer place the article names
    in it (where.one_inside): the sentence told the country, the article the town. A campaign or a
    period of strikes ("بدأ بتوجيه ضربات جوية في سوريا") is told at the country's scale: it keeps it."""
    by_id = {p.id: p for p in ctx.places}
    for event, inc in zip(events, incidents, strict=True):
        rep = inc.representative
        if rep.campaign_start or rep.period:
            continue
        chosen = by_id.get(event.place or "")
        inner = one_inside(chosen, ctx.places, ctx.doc) if chosen is not None else None
        if inner is not None:
            event.place = inner.id


#: Stances of a party that disputes or condemns what the article reports.
CONTESTING = frozenset({"deny", "doubt", "condemn"})


def _on_fighters(inc: Incident, casualties: list[Casualty]) -> str:
    """An attack named only by "هجوم"/"هجمات" (the weak default, attack_on_civilians) whose every
    casualty is a fighter ("مقتل 15 جنديا في هجوم") is an armed clash: the armed side was hit."""
    if inc.type != "attack_on_civilians" or not all(m.weak for m in inc.mentions):
        return inc.type
    if casualties and all(c.group == "fighters" for c in casualties):
        return "armed_clash"
    return inc.type


def _fighters_killed(event: Event, perps: list[ActorMention]) -> None:
    """An incident made for a toll that no trigger tells, whose every casualty is a fighter ("قضت
    وحدات الجيش على خمسة إرهابيين", "مقتل تسعة من عناصر داعش في عملية أمنية"), is a fight with
    the armed side, not an attack on civilians (the type a killed toll's own incident takes)."""
    if event.type != "attack_on_civilians" or not event.casualties:
        return
    if all(c.group == "fighters" for c in event.casualties):
        event.type = "armed_clash"
        event.acled, event.plover = taxonomy_codes("armed_clash", state=_is_state(perps))


def _outside_names(record: Record, mentions: list[EventMention]) -> list[EventMention]:
    """The mentions whose trigger word is not part of a person's name ("محمد صادق أحمد" holds
    the verb "صادق", ratified): a name the actor recogniser found is no event. A span the name
    tagger took for a person but could not name ("هجوم الكرادة", "قصفت طائرات") is no name."""
    names = sorted(a.span for a in record.mentions_of("actor") if a.type == "PER" and a.name)
    if not names:
        return mentions
    starts = [s for s, _ in names]

    def inside(m: EventMention) -> bool:
        k = bisect.bisect_right(starts, m.core[0]) - 1
        return k >= 0 and names[k][0] <= m.core[0] and m.core[1] <= names[k][1]

    return [m for m in mentions if not inside(m)]


def _contested(ctx: ArgContext, lex: EventLexicon, m: EventMention, disputing: set[str]) -> bool:
    """m is told inside a claim that disputes or condemns, or by a source that does so elsewhere
    ("زعمت الوكالة أن ...، نافية وقوع إصابات"), or it is the verb that opens what a side says of
    itself ("قال الجيش إنه استهدف مواقع"): that side's own version of an incident."""
    doc = ctx.doc
    holding = ctx.claim_index.holding((m.start, m.end))
    if any(c.stance in CONTESTING or c.source in disputing for c in holding):
        return True
    i = doc.word_at(m.core[0])
    return bool(holding and m.verb and i > 0 and in_set(doc.words[i - 1].norm, lex.selves))


def _is_tally(inc: Incident, figs: list[Victims], *, created: bool) -> bool:
    """An event that holds running tallies, not one incident: made for a tally figure, or a
    mention in a sentence about a period holding only tally figures and no day of its own
    ("ونزح نحو 120 ألف شخص منذ نيسان"). An incident whose toll rises keeps its own day."""
    if created:
        return inc.cumulative
    if inc.body and all(m.period for m in inc.body):  # "تصعيداً في القصف منذ مطلع الشهر": a campaign
        return True
    if not inc.cumulative or not figs or not all(f.cumulative for f in figs):
        return False
    date = inc.date()
    return date is None or date.precision != "day"


def _adjective_actors(record: Record, doc: Doc, mentions: list[EventMention]) -> None:
    """An actor for a state's adjective on an event noun ("قصف روسي" → Russia), unless one is there."""
    actors = record.mentions_of("actor")
    covered = bytearray(len(record.text) + 1)  # characters inside an actor mention
    for a in actors:
        covered[a.span[0] : a.span[1]] = b"\x01" * (a.span[1] - a.span[0])
    for m in mentions:
        i = doc.word_at(m.core[1])
        if i >= len(doc.words):
            continue
        w = doc.words[i]
        if doc.unit_of(w.start) != m.unit or record.text[m.core[1] : w.start].strip():
            continue
        found = adjective_actor(w.norm)
        if found is None or any(covered[w.start : w.end]):
            continue
        actors.append(add_state_actor(record, (w.start, w.end), found))
        covered[w.start : w.end] = b"\x01" * (w.end - w.start)


def _perpetrators(
    ctx: ArgContext, incidents: list[Incident], how: dict[int, str] | None = None
) -> dict[int, list[ActorMention]]:
    """Each incident's agents (incident id → actors). `how`, when a caller passes one (the ranker's
    data, `scripts/perp_model.py`), is filled with the step that chose each incident's agents
    ("clause", "claimant", "inherited", "title", "none" …); the pipeline passes none and pays
    nothing for it."""
    agents = ctx.agent_words
    out: dict[int, list[ActorMention]] = {}
    last: dict[str, list[ActorMention]] = {}
    donors: dict[str, DateMention | None] = {}
    donor_places: dict[str, PlaceMention | None] = {}  # where the incident each family inherits from was
    last_type: dict[str, str] = {}
    titled: dict[str, list[ActorMention]] = {}  # the agents the title names, per family
    titled_type: dict[str, str] = {}
    clauses = clauses_of(ctx.doc)
    unknown: set[int] = set()  # incidents whose attacker the text calls unknown
    hedged_ids: set[int] = set()  # incidents whose agent is only supposed
    hits = blame_hits(ctx)  # the accusations and blame words, read once per article
    rules: dict[int, str] = {} if how is None else how
    for inc in incidents:
        found = _protesters(ctx, inc)
        rule = "protesters"
        ordered = sorted(inc.mentions, key=lambda x: x.core[0])
        told = [
            m
            for m in [inc.representative, *inc.body, *inc.mentions]
            if not m.contested or m is inc.representative
        ]
        # (the disputing side's version names its own forces, not the attacker)
        if not found:  # a side that claims the incident in any of its mentions ("هاجم مسلحون حاجزا …
            # وتبنى تنظيم الدولة الهجوم") outranks the words around the others
            found = next((c for m in told if (c := claimant(ctx, m))), [])
            rule = "claimant"
        if not found:  # "اعترضت الدفاعات صاروخا أطلقته جماعة الحوثي": who fired it, not who stopped it
            found = next((f for m in told if (f := launcher(ctx, m))), [])
            rule = "launcher"
        for m in told:
            if found:
                break
            rule = "clause"
            found = [
                a
                for a in agents_in_clause(clauses, ordered, m, perpetrators_of(ctx, m))
                if (inc.family == BATTLE or not stopped_it(ctx, a)) and not attributes_it(ctx, clauses, a)
            ]
        if not found:  # protesters who burn or storm riot: a protest, held by them
            found = next((r for m in told if (r := rioters_of(ctx, m))), [])
            if found:
                inc.type = "protest"  # PROTEST, as the literal the type checker needs
                rule = "rioters"
        if inc.family == BATTLE and len(found) == 1:  # "مواجهات مع X": the clause's subject fought X
            other = next((s for m in ordered if (s := clause_side(ctx, clauses, m, found))), [])
            found = other[:1] + found
        if not found and any(m.type == PROTEST for m in inc.mentions):
            stand_in = protest_stand_in(ctx.actors)
            found = [stand_in] if stand_in is not None else []
            rule = "protest_stand_in"
        for m in [inc.representative, *inc.mentions]:
            if found:
                break
            rule = "discourse"
            found = (
                carried_subject(ctx, clauses, m)
                or hedged_agent(ctx, clauses, m)
                or adverbial_agent(ctx, clauses, m)
                or harming_subject(ctx, clauses, m)
            )
        blamed = [] if found else blamed_for_told(ctx, inc, hits)  # "واتهمت الحكومة داعش بالوقوف وراء الهجوم"
        if found and _anonymous(ctx, found):  # "مواجهات مع مسلحين … واتهم الجيش جماعة تابعة لداعش"
            blamed = blamed_for_told(ctx, inc, hits)
            found = [] if blamed else found
        if blamed:
            rule = "blamed"
        found = found or blamed
        rep = inc.representative
        similar = any(m.similar for m in inc.mentions)
        if not found and any(said_unknown(ctx, clauses, m, agents) for m in inc.mentions):
            out[id(inc)] = []  # "طائرة مسيرة مجهولة": the text says nobody is known
            unknown.add(id(inc))
            rules[id(inc)] = "unknown"
            continue
        # a device set off elsewhere than the incident before is another device, whose agent is named
        # in its own words or not at all ("تبنت طالبان تفجيرا في كابول … وفي قندهار قتل ثمانية في انفجار")
        elsewhere = (
            inc.type in PLANTED
            and inc.family in donor_places
            and not nested_places(_where_set_off(ctx, inc), donor_places[inc.family])
        )
        if (
            not found
            and inc.family in last
            and may_inherit(inc.type, last_type[inc.family])
            and (similar or not _agent_near(ctx, rep, agents, clauses))
            and _same_period(inc.date(), donors[inc.family])
            and not elsewhere
        ):
            found = last[inc.family]
            rule = "inherited"
        if not found and not similar and not elsewhere:
            found = previous_subject(ctx, clauses, rep)
            rule = "previous_subject"
        title_kind = titled_type.get(inc.family)
        if (
            not found
            and not elsewhere
            and not any(m.title for m in inc.mentions)
            and may_inherit(inc.type, title_kind)
        ):
            found = titled.get(inc.family, [])
            rule = "title"
        supposed = bool(blamed) or hedged(
            clauses, found
        )  # a guess about this incident, not carried to others
        if supposed:
            hedged_ids.add(id(inc))
        if found and not supposed and any(m.title for m in inc.mentions):
            titled.setdefault(inc.family, found)
            titled_type.setdefault(inc.family, inc.type)
        own_word = all(a.id in ctx.sources for a in found)  # a side telling of its own acts
        if found and inc.body and not own_word and not supposed and not _answers(ctx, rep):
            last[inc.family] = found
            last_type[inc.family] = inc.type
            donors[inc.family] = inc.date()
            donor_places[inc.family] = _where_set_off(ctx, inc)
        # (the organisation first: "مجموعة مسلحة تابعة لحركة الشباب" only describes its members,
        # the movement after them is named)
        out[id(inc)] = _distinct(o for a in found if not unidentified(o := organisation_of(ctx, a)))
        rules[id(inc)] = rule if out[id(inc)] else "none"
    steps = (
        ("shared_sides", lambda: share_sides(ctx, incidents, out)),
        ("told_next", lambda: agent_told_next(ctx, incidents, out, unknown, hedged_ids)),
        ("setting", lambda: agent_of_setting(ctx, incidents, out, unknown | hedged_ids)),
        ("provoked", lambda: attacker_of_fight(ctx, incidents, out, unknown | hedged_ids)),
    )
    for name, step in steps:
        if how is None:
            step()
            continue
        before = {k: [a.id for a in v] for k, v in out.items()}  # which incidents this step changed
        step()
        for k, v in out.items():
            if [a.id for a in v] != before.get(k):
                how[k] = name
    return out


def _where_set_off(ctx: ArgContext, inc: Incident) -> PlaceMention | None:
    """The incident's place, or failing that the last place its first sentence names before its
    trigger ("وفي ولاية بدخشان، أعلنت السلطات مقتل ثمانية في انفجار"): where a device went off."""
    place = inc.place()
    if place is not None:
        return place
    rep = inc.representative
    here = ctx.doc.sentence_of(rep.core[0])
    before = [p for p in ctx.places if p.span[1] <= rep.start and ctx.doc.sentence_of(p.span[0]) == here]
    return before[-1] if before else None


def _anonymous(ctx: ArgContext, found: list[ActorMention]) -> bool:
    """Every agent found is a bare group noun of armed members ("مسلحين") with no organisation
    named with it: a side the text blames for the incident then says more about who they were."""
    members = member_names()
    return all((a.name or "").casefold() in members and organisation_of(ctx, a) is a for a in found)


def _distinct(actors: Iterable[ActorMention]) -> list[ActorMention]:
    """The actors in order, each mention once ("مسلحين من تنظيم داعش وعناصر من التنظيم")."""
    seen: dict[str, ActorMention] = {}
    for a in actors:
        seen.setdefault(a.id, a)
    return list(seen.values())


def _protesters(ctx: ArgContext, inc: Incident) -> list[ActorMention]:
    """The protesters named in a protest's own sentences ("خرج مئات المحتجين في مظاهرة"): they
    held it, whoever else the sentence names (the activists who report it), even when they are
    the source of its demands ("مظاهرة طالبت بالإفراج عن المعتقلين")."""
    units = {m.unit for m in inc.mentions if m.type == PROTEST}
    firsts = [a for u in units if (a := ctx.first_protester(u)) is not None]
    return [min(firsts, key=ctx.actors.index)] if firsts else []


def _same_period(date: DateMention | None, donor: DateMention | None) -> bool:
    """An incident may take the agent of an earlier one unless its own date sets it apart: a
    closed span of days counted ("بين 15 و20 تشرين الأول") or a time more than a year away
    ("في آب 2013" in a report of 2018)."""
    if date is None:
        return True
    if date.range is not None and date.range.from_ and date.range.to:
        return False
    if donor is None or not date.value or not donor.value:
        return True
    return abs(_months(date.value) - _months(donor.value)) <= INHERIT_MONTHS


def _months(value: str) -> int:
    """Months since year 0 of an ISO date, month or year ("2013" counts as its January)."""
    year, _, rest = value.partition("-")
    month = rest[:2] if rest[:2].isdigit() else "01"
    return int(year) * 12 + int(month) - 1


def _answers(ctx: ArgContext, m: EventMention) -> bool:
    """m answers an incident named in its segment ("استهدفوا، رداً على الغارة"): the other side
    did it, so later incidents do not inherit its agent."""
    return any(o.response and o is not m for o in ctx.mentions_in_segment(m.core[0]))


def _agent_near(ctx: ArgContext, m: EventMention, agents: list[tuple[int, int]], clauses: Clauses) -> bool:
    """An attacker word ("الطيران الحربي", "قوات") between the neighbouring mentions of m's segment:
    the text names an agent it does not identify, so none is inherited."""
    others = [o for o in ctx.mentions_in_segment(m.core[0]) if o is not m]
    lo = max((o.core[1] for o in others if o.core[1] <= m.start), default=0)
    hi = min((o.core[0] for o in others if o.core[0] >= m.end), default=len(ctx.record.text))
    seg_lo, seg_hi = ctx.segments.bounds(m.core[0])
    near = agents[bisect.bisect_left(agents, (seg_lo, 0)) : bisect.bisect_left(agents, (seg_hi, 0))]
    return any(
        lo <= s and e <= hi and _agent_of_clause(clauses, m, s) and not _instrument(ctx.doc, s)
        for s, e in near
    )


def _instrument(doc: Doc, pos: int) -> bool:
    """The agent word at `pos` carries the preposition ب ("استهدفها بالطيران المسيّر", "قصفت
    بطائرة مسيرة"): it names what the act was done with, not an agent the text leaves unnamed."""
    return any(clitic.endswith("ب") for clitic, _ in doc.words[doc.word_at(pos)].readings if clitic)


def _agent_of_clause(clauses: Clauses, m: EventMention, pos: int) -> bool:
    """The agent word at `pos` can be m's: it lies in m's clause of the clause analysis or in the
    subject m's clause carries on. One in an earlier clause ("استهداف الحي من قبل الطيران،
    مشيرة إلى أن أحد البراميل سقط") belongs to what that clause tells."""
    own = clauses.at(m.core[0])
    if own is None or clauses.index_at(pos) == own.index:
        return True
    subject = clauses.subject_of(own)
    return subject is not None and subject.start <= pos < subject.end


def _status(v: Victims) -> Status:
    if v.status == "victims":  # find_victims settles it; never left in a record
        return "killed"
    return v.status


def _index(position: dict[int, int], figure: int | None) -> int | None:
    return position.get(figure) if figure is not None else None


#: A body line this short that carries a date is a dateline, not the lead.
DATELINE_WORDS = 14


def _lead_place(ctx: ArgContext, doc: Doc) -> PlaceMention | None:
    """The place the article is about: the first known place of the title or the lead sentence.
    An event whose sentence names no place happened there as far as the article says."""
    lead = 1 if doc.title_end else 0
    first: PlaceMention | None = None
    named: list[PlaceMention] = []
    for unit in range(len(doc.units)):
        if unit > lead:
            break
        if unit and _is_dateline(ctx, doc, unit):
            lead += 1  # "بيروت – وكالة X | 11 آذار 2024": where the reporter files from, not the event
            continue
        found = [p for p in ctx.places if doc.unit_of(p.span[0]) == unit and p.lat is not None]
        first = first or (found[0] if found else None)
        named += found
    # "مصر: هجوم ..." then "في محافظة الشرقية": the title's country gives way to the lead's governorate
    return finest(first, named, lambda p: not landmark(doc, p))


def _is_dateline(ctx: ArgContext, doc: Doc, unit: int) -> bool:
    """A short line of the body's head that carries a date: a dateline or byline."""
    start, end = doc.units[unit]
    short = len(ctx.record.text[start:end].split()) <= DATELINE_WORDS
    return short and any(start <= d.span[0] < end for d in ctx.dates)


def _is_state(perps: list[ActorMention]) -> bool:
    return any(a.type == "GPE" or (a.name or "").casefold().endswith("government") for a in perps)


def _event(
    ctx: ArgContext,
    lex: EventLexicon,
    event_id: str,
    inc: Incident,
    incidents: list[Incident],
    perps: list[ActorMention],
    figures: list[Victims],
    figs: list[int],
    doc: Doc,
    accused: frozenset[str],
) -> Event:
    rep = inc.representative
    record = ctx.record
    date = inc.date()
    if since_start(ctx, inc, date):  # "منذ 8 تشرين الأول": a tally's or a period's start, not its day
        date = None
    if date is None and not inc.cumulative:
        date = lead_date(ctx, inc, incidents, doc, lambda unit: _is_dateline(ctx, doc, unit))
    date = weekday_day(ctx, date)
    date_id = str(date.id) if date is not None else None
    place = inc.place()
    if place is None or (place.name is None and place.lat is None):  # "قرى المقاطعة": a place the
        place = _lead_place(ctx, doc) or place  # gazetteer cannot resolve says less than the article's
    weapons = [w for m in (inc.body or inc.mentions) for w in weapons_of(ctx, m)]
    negated, hypothetical = modality_of(ctx, rep)
    position = {f: n for n, f in enumerate(figs)}
    casualties = [
        Casualty(
            status=_status(figures[f]),
            group=figures[f].group,
            value=figures[f].value,
            qualifier=figures[f].qualifier,
            low=figures[f].low,
            high=figures[f].high,
            vague=figures[f].vague,
            span=figures[f].span,
            part_of=_index(position, figures[f].part_of),
            cumulative=figures[f].cumulative,
            claim=figures[f].claim,
        )
        for f in figs
    ]
    etype = _on_fighters(inc, casualties)
    acled, plover = taxonomy_codes(etype, state=_is_state(perps))
    return Event(
        id=event_id,
        type=etype,
        trigger=Trigger(span=rep.span, text=record.text[rep.start : rep.end]),
        acled=acled,
        plover=plover,
        date=date_id,
        place=place.id if place is not None else None,
        actors=EventActors(
            perpetrator=mention_ids(perps),
            target=mention_ids(targets_of(ctx, rep)),
            perpetrator_hedged=hedged(clauses_of(doc), perps, accused),
        ),
        weapons=mention_ids(weapons),
        casualties=casualties,
        claim=claim_of(ctx.claim_index, rep.span),
        negated=negated,
        hypothetical=hypothetical or rep.future,
    )
