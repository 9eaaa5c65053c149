"""Speakers named by punctuation alone: no verb, no preposition, only a colon or brackets.

A body sentence may open with its speaker and a colon, as agency copy does ("مصادر طبية: مقتل 8
أشخاص في القصف"): the colon's content opens with the toll (مقتل، سقوط) or a figure. Or a clause
with a figure may end with its speaker in brackets ("قتل 15 فلسطينيا منذ الصباح (وزارة الصحة)."),
nothing after the brackets in the clause and no name right before them (whose alias they would
hold: 'تنظيم "الدولة الإسلامية" (داعش)') and no news outlet (the outlet a copy is credited to,
"(سكاي نيوز)", names no speaker). The words before the colon or inside the brackets must
be a whole source phrase (an organisation or a source head, not a place or a person); the clause
they label is the content. The headline is left to the casualty stage, which links its speaker
to the body's claims.
"""

from __future__ import annotations

from rasid.lang.ar.outlets import is_outlet
from rasid.relate.claims.cues import Cue
from rasid.relate.claims.lexicon import CueEntry
from rasid.relate.claims.phrases import head_at, phrase_after
from rasid.relate.claims.text import ClaimText, clause_punct

LABEL_WORDS = 4  # words of a speaker before a colon or inside brackets
COLON = ":"  # the label cue's written form; which token is a colon, `ClaimText.is_introducer` says
OPEN, CLOSE = "(", ")"
LABEL = CueEntry(
    form=COLON, lemma=COLON, stance="assert", position="preposition", subject="object", needs=frozenset()
)


def label_cues(ct: ClaimText, cues: list[Cue]) -> list[Cue]:
    """The cues, with a label cue for each sentence or clause that no cue's content holds."""
    held = [c.content for c in cues if c.content is not None]
    cued = {ct.toks[c.i0].sent for c in cues}
    title = ct.record.title or ""
    body = (
        ct.tok_at(ct.view.normalised.from_original(len(title)))
        if title and ct.record.text.startswith(title)
        else 0
    )
    out = list(cues)
    k = body
    while k < len(ct):
        s0, s_end = ct.sent_range(k)
        if ct.toks[s0].sent not in cued:
            label = _colon_label(ct, s0, s_end) or _bracket_label(ct, s0, s_end)
            if label is not None and not any(a <= label.i0 < b for a, b in held):
                out.append(label)
        k = max(s_end, k + 1)
    return sorted(out, key=lambda c: c.i0)


def _colon_label(ct: ClaimText, s0: int, s_end: int) -> Cue | None:
    """ "مصادر طبية: مقتل 8": the speaker opens the sentence, the colon, then what it says."""
    k = next((j for j in range(s0, min(s_end, s0 + LABEL_WORDS + 1)) if ct.is_introducer(j)), None)
    if k is None or k == s0 or k + 1 >= s_end or not _speaker(ct, s0, k):
        return None
    if not (ct.has(k + 1, "object_noun") or ct.has_count(k + 1, k + 2)):
        return None  # a dateline's outlet ("شبكة ... نيوز: في الوقت الذي"), not a speaker of a toll
    return Cue(k, k + 1, LABEL, src=(s0, k), src_mode="object", content=(k + 1, s_end), region_end=s_end)


def _bracket_label(ct: ClaimText, s0: int, s_end: int) -> Cue | None:
    """ "قتل 15 فلسطينيا (وزارة الصحة)": the speaker in brackets closes the clause before it."""
    for k in range(s0 + 1, s_end):
        if ct.text(k) != OPEN:
            continue
        close = next((j for j in range(k + 1, min(s_end, k + LABEL_WORDS + 2)) if ct.text(j) == CLOSE), None)
        if close is None or not _speaker(ct, k + 1, close) or (close + 1 < s_end and ct.is_word(close + 1)):
            continue  # the speaker closes its clause: 'تنظيم(داعش) الإرهابي' names, it does not attribute
        if _named(ct, k - 1) or ct.closes_quote(k - 1):
            continue  # 'تنظيم "الدولة الإسلامية" (داعش)': another name of the actor before it
        if _outlet(ct, k + 1):
            continue  # "... (سكاي نيوز).": the outlet the copy is credited to, not who gave the figure
        a = max((j + 1 for j in range(s0, k) if ct.text(j) in clause_punct()), default=s0)
        if a < k and ct.has_count(a, k):  # a figure in the clause it closes
            return Cue(
                k, close + 1, LABEL, src=(k + 1, close), src_mode="object", content=(a, k), region_end=s_end
            )
    return None


def _speaker(ct: ClaimText, i: int, j: int) -> bool:
    """Tokens i..j are one source phrase that names a body: an organisation, or a source head
    (مصادر طبية، مصدر أمني، وزارة الصحة) that no actor mention covers; not a place or a person."""
    if not all(ct.is_word(k) for k in range(i, j)) or ct.place_at(i) is not None:
        return False
    if phrase_after(ct, i, j) != (i, j):
        return False
    actor = ct.actor_starting(i)
    if actor is not None and ct.record.mention(actor.id).type == "ORG":
        return True
    head = head_at(ct, i, j)
    return head is not None and head.kind in ("anonymous", "body")


def _outlet(ct: ClaimText, k: int) -> bool:
    """Token k opens the mention of a news outlet of outlets.tsv (Sky News Arabia, Reuters)."""
    actor = ct.actor_starting(k)
    name = getattr(ct.record.mention(actor.id), "name", None) if actor is not None else None
    return name is not None and is_outlet(name)


def _named(ct: ClaimText, k: int) -> bool:
    """Token k opens or lies in an actor mention."""
    return ct.actor_starting(k) is not None or ct.inside_actor(ct.toks[k].start)
