"""ClaimStage: who says what. One Claim per attribution cue, with source, stance and content.

The stage finds cues (claim_cues), locates each cue's source phrase (claim_resolve,
claim_phrases), plans content spans and attaches preposition cues to the verb claims
they qualify (claim_content), then resolves sources to actor mentions in text order
(claim_resolve, claim_source), so that pronouns ("يتهمونها"), participles ("مؤكداً") and anaphors
("هذه المصادر") can refer back to earlier sources. The article's own voice has no
claim; every claim has a cue span.
"""

from __future__ import annotations

from rasid.record import Claim, Content, Record
from rasid.record import Cue as CueModel
from rasid.relate.claims.content import clause_start, plan
from rasid.relate.claims.cues import Cue, find_cues
from rasid.relate.claims.labels import label_cues
from rasid.relate.claims.resolve import locate_sources, resolve_all
from rasid.relate.claims.source import SourceResolver
from rasid.relate.claims.text import ClaimText
from rasid.stage import Stage


class ClaimStage(Stage):
    name = "claims"
    reads = frozenset(
        {"text", "sentences", "mentions:actor", "mentions:date", "mentions:place", "mentions:quantity"}
    )
    writes = frozenset({"claims", "mentions:actor"})

    def process(self, record: Record) -> Record:
        if not record.text:
            return record
        ct = ClaimText(record)
        cues = find_cues(ct)
        cues = locate_sources(ct, cues)
        plan(ct, cues)
        cues = label_cues(ct, cues)
        resolver = SourceResolver(ct)
        resolve_all(ct, cues, resolver)
        start = len(record.claims)
        for c in cues:
            if c.suppressed or c.attached_to is not None or c.content is None:
                continue
            if c.content[1] <= c.content[0]:
                self.stat("no_content")
                continue
            record.claims.append(make_claim(ct, c, f"c{len(record.claims) + 1}"))
        self.stat("claims", len(record.claims) - start)
        self.stat("sources_made", len(resolver.kinds))
        return record


def make_claim(ct: ClaimText, c: Cue, claim_id: str) -> Claim:
    assert c.content is not None
    cue_start, cue_end = ct.clean_span(ct.toks[c.i0].start, ct.toks[c.i1 - 1].end)
    a, b = c.content
    c_start, c_end = ct.clean_span(ct.toks[a].start, ct.toks[b - 1].end)
    quoted = any(ct.opens_quote(k) for k in range(a, b))
    return Claim(
        id=claim_id,
        source=c.source,
        source_chain=list(c.chain),
        cue=CueModel(span=(cue_start, cue_end), text=ct.record.text[cue_start:cue_end]),
        stance=c.stance,
        content=Content(span=(c_start, c_end)),
        quoted=quoted,
        date=claim_date(ct, c),
    )


def claim_date(ct: ClaimText, c: Cue) -> str | None:
    """The date of the saying: in the cue's clause before the content, nearest the cue.

    The clause runs from its subject (or the cue) to the content; a date alone in the
    comma segment just before it counts too ("والجمعة، أعلن التحالف").
    """
    assert c.content is not None
    first = clause_start(c)
    if c.position == "preposition" and c.src is not None:
        last = c.src[1]
    elif c.content[0] > c.i0:
        last = c.content[0]
    else:
        return None
    lo, hi = ct.toks[first].start, ct.toks[last - 1].end
    k = first - 1
    if k >= 0 and ct.is_comma(k):
        k -= 1
    lead = ct.date_at(k) if k >= 0 else None
    if lead is not None and ct.sent_range(k) == ct.sent_range(c.i0):
        before = ct.tok_at(lead.start) - 1
        if before < ct.sent_range(k)[0] or not ct.is_word(before) or ct.has(before, "clause_start"):
            lo = min(lo, lead.start)
    cue_s, cue_e = ct.toks[c.i0].start, ct.toks[c.i1 - 1].end
    dates = [d for d in ct.dates_in(lo, hi) if d.end <= cue_s or d.start >= cue_e]
    if not dates:
        return None
    return min(dates, key=lambda d: cue_s - d.end if d.end <= cue_s else d.start - cue_e).id
