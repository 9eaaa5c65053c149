"""What each cue attributes: the content span, and where preposition cues attach.

Content of a verb, participle or noun cue starts at its first complementizer (أن، إن،
بأن) or opening quotation mark before the next cue or a new coordinated clause
("، ووصفتها"); without one, it starts after the source and any circumstance (a date,
"في بيان له", "تعقيباً على ...،", an apposition), or right after a preposition the cue
governs ("كاشفاً عن"). It ends at the next cue of the sentence, at a contrast ("غير أن",
"إلا أن") or at the sentence end; a quotation runs to its closing mark.

A preposition cue whose object is a document (البيان، تقرير للائتلاف), placed between a
verb and its content or right after a claim's content ("، وفق البيان"), is the medium
of that claim and adds its source to the claim's chain; so does any preposition cue
right before a verb ("وبحسب المصدر أوضح"). An agency or speaker as object ("حسب وكالة
الأناضول", "بحسب ما نقلت قناة") relays: a claim of its own, whose content is the clause
before the cue (cue at the end), after it (cue at the start), or the whole clause.
"""

from __future__ import annotations

from collections.abc import Sequence

from rasid.lang.ar.markers import marker_words
from rasid.relate.claims.cues import Cue
from rasid.relate.claims.lexicon import source_heads
from rasid.relate.claims.phrases import Range, addressee, bare, head_at
from rasid.relate.claims.text import ClaimText, clause_punct

OBJECT_SPAN = 3  # words an object may take before "بأنها" and still open the content ("روسيا بأنها")
ACTION_WINDOW = 8  # tokens after a demand cue searched for "إلى + call to action"
LEADING_TAIL = 2  # words after the source in "وهو ما نفته الحكومة لاحقا"
FINAL_TAIL = 3  # words after the source of a sentence-final verb ("، قال مسؤول محلي لرويترز أمس")
ASIDE = 8  # tokens of a comma segment between a source and إن that says where or how it was said


def clause_start(c: Cue) -> int:
    """First token of the cue's clause: its subject when the subject comes first."""
    if c.src_mode == "pre" and c.src is not None:
        return c.src[0]
    if c.src_mode == "relative":
        return c.i0 - 1 if c.position == "verb" else c.i0
    return c.i0


def _is_prep(c: Cue) -> bool:
    return c.position == "preposition"


def _starts_quote(ct: ClaimText, k: int) -> int | None:
    if ct.opens_quote(k):
        return ct.quote_close(k)
    return None


def _skippable(ct: ClaimText, k: int, prep_starts: set[int]) -> bool:
    return (
        not ct.is_word(k)
        or k in prep_starts
        or ct.date_at(k) is not None
        or any(ct.has(k, kind) for kind in ("preposition", "skip_start", "apposition"))
    )


def _segment_end(ct: ClaimText, k: int, end: int) -> int | None:
    """Index of the clause punctuation that ends the segment at k, if one does before `end`."""
    for j in range(k, end):
        if ct.text(j) in clause_punct():
            return j
    return None


def content_start(
    ct: ClaimText,
    start: int,
    end: int,
    skip: Sequence[Range],
    after_source: bool = False,
    participle: bool = False,
) -> int:
    """Token where the content of a cue begins, searching [start, end) (after its source or cue)."""
    first = start
    while first < end and ct.is_comma(first):
        first += 1
    # "كاشفاً عن توثيق", "أشارت المصادر، إلى مقتل"; not "القائمون على" (a source phrase cut short)
    aside = first > start and _aside(ct, first, end)  # "وقال الوزير، في تصريح صحفي، إن"
    if (first > start or not after_source) and not aside and _direct_object(ct, first, end, participle):
        return first + 1
    k = start
    while k < end:
        if k > start and ct.is_comma(k - 1) and _new_clause(ct, k):
            break  # "، ووصفتها بأنها", "، فيما يُنتظر أن": a new clause, not this cue's content
        jump = next((b for a, b in skip if a == k), None)
        if jump is not None:
            k = jump
            continue
        if _starts_quote(ct, k) is not None and _opens_content(ct, k, start):
            return k
        if ct.is_complementizer(k):
            return _object_before(ct, start, k)
        k += 1
    return _skip_circumstance(ct, start, end, skip)


def _aside(ct: ClaimText, k: int, end: int) -> bool:
    """A short comma segment at k closed right before a complementizer: where or how it was said
    ("، في حديث لقناة العربية، إن"), not what."""
    seg = _segment_end(ct, k, end)
    if seg is None or seg - k > ASIDE or not ct.is_comma(seg):
        return False
    nxt = seg + 1 + ct.has(seg + 1, "content_preposition")  # "، إلى أن"
    return ct.is_complementizer(nxt)


def _skip_circumstance(ct: ClaimText, start: int, end: int, skip: Sequence[Range]) -> int:
    """Content after circumstance: dates, "في بيان له", "تعقيباً على ...،", appositions."""
    cs = start
    while cs < end:
        jump = next((b for a, b in skip if a == cs), None)
        date = ct.date_at(cs)
        if jump is not None:
            cs = jump
        elif date is not None:
            cs = max(cs + 1, ct.tok_at(date.end))
        elif not ct.is_word(cs) and _starts_quote(ct, cs) is None:
            cs += 1
        elif addressee(ct, cs):  # "أفاد مصدر، صباح الأحد، لقناة “العربية”، باستشهاد"
            close = _starts_quote(ct, cs + 1)  # 'أكد شاهد لقناة "الجزيرة" إطلاق نار': a quoted name ends it
            seg = _segment_end(ct, cs, end) if close is None else close
            cs = seg + 1 if seg is not None else _past_name(ct, cs + 1, end)
        elif ct.has(cs, "skip_start") or ct.has(cs, "apposition"):
            seg = _segment_end(ct, cs, end)
            if seg is None:
                break
            cs = seg + 1
        elif ct.has(cs, "preposition") and ct.date_at(cs + 1) is not None:
            cs += 1
        elif ct.has(cs, "preposition") and _document_head(ct, cs + 1):
            cs = _past_occasion(ct, cs, end)
        else:
            break
    while cs < end and ct.has(cs, "content_preposition"):
        cs += 1
    return cs


def _past_occasion(ct: ClaimText, k: int, end: int) -> int:
    """The token after the occasion phrase at k (a preposition and a document or speech noun: "في بيان",
    "في تصريحات صحفية"). When the phrase goes on with where, to whom or when it was said (a preposition,
    an addressee or a relative after the noun, or a date right after the comma that closes it) and a comma
    closes it within a short segment with no complementizer or quotation, all of it is circumstance
    ("وأكد المحامي في تصريحات صحفية أعقبت الجلسة، اليوم، عدم وجود أدلة": the content is the noun object);
    else the noun's object follows it ("في بيان مليشيا الدعم السريع بارتكاب")."""
    nxt = k + 2
    while nxt < end and ct.has(nxt, "document_modifier"):
        nxt += 1
    seg = _segment_end(ct, k, end)
    if seg is None or not ct.is_comma(seg) or seg - k > ASIDE:
        return nxt
    if any(ct.is_complementizer(j) or ct.is_quote(j) for j in range(k, seg)):
        return nxt
    goes_on = nxt < seg and (ct.has(nxt, "preposition") or ct.has(nxt, "relative") or addressee(ct, nxt))
    return seg + 1 if goes_on or ct.date_at(seg + 1) is not None else nxt


def _past_name(ct: ClaimText, k: int, end: int) -> int:
    """The token after the name at k: a quotation, an actor mention, or one word."""
    close = _starts_quote(ct, k)
    if close is not None:
        return min(close + 1, end)
    actor = ct.actor_starting(k)
    return min(max(k + 1, ct.tok_at(actor.end)) if actor is not None else k + 1, end)


def _direct_object(ct: ClaimText, k: int, end: int, participle: bool = False) -> bool:
    """A preposition right after the cue or its source that opens the content itself.

    After a verb, "في بيان" is circumstance; after a participle ("مشككاً في الصور") it is content.
    """
    nxt = k + 1
    return (
        nxt < end
        and ct.has(k, "content_preposition")
        and ct.is_word(nxt)
        and not ct.is_complementizer(nxt)
        and (participle or not _document_head(ct, nxt))
        and ct.date_at(nxt) is None
    )


def _new_clause(ct: ClaimText, k: int) -> bool:
    """Whether token k opens a coordinated clause: a clause word (فيما) or a word with و/ف."""
    if ct.has(k, "clause_start"):
        return True
    word = ct.text(k)
    return any(len(f) == 1 and word.startswith(f) and len(word) > 4 for f in marker_words("clause_start"))


def _document_head(ct: ClaimText, k: int) -> bool:
    head = source_heads().get((bare(ct.text(k)),)) or source_heads().get((ct.text(k),))
    return head is not None and head.kind == "document"


def _opens_content(ct: ClaimText, k: int, start: int) -> bool:
    """A quotation opens the content after punctuation, أن or a preposition ("بـ")."""
    return (
        k == start
        or not ct.is_word(k - 1)
        or ct.is_complementizer(k - 1)
        or ct.has(k - 1, "content_preposition")
    )


def _object_before(ct: ClaimText, start: int, comp: int) -> int:
    """Content after a complementizer, or from a short object before it ("، روسيا بأنها")."""
    seg = comp
    while seg > start and ct.text(seg - 1) not in clause_punct():
        seg -= 1
    words = ct.words_between(seg, comp)
    if seg > start and 0 < words <= OBJECT_SPAN and not _skippable(ct, seg, set()):
        return seg
    return comp + 1


def trim(ct: ClaimText, a: int, b: int) -> Range:
    """Drop punctuation and connecting words at both ends (closing quotes stay)."""
    while a < b and (
        (not ct.is_word(a) and _starts_quote(ct, a) is None)
        or ct.phrase_at(a, "contrast")
        or ct.has(a, "clause_start")
    ):
        a += ct.phrase_at(a, "contrast") or 1
    while b > a and (
        (not ct.is_word(b - 1) and not ct.closes_quote(b - 1) and ct.text(b - 1) not in ')"')
        or any(ct.has(b - 1, kind) for kind in ("clause_start", "aux", "relative"))
    ):
        b -= 1
    return a, b


def call_to_action(ct: ClaimText, c: Cue) -> bool:
    """دعا ... إلى المشاركة: a call to act is an event, not a claim."""
    if c.stance != "demand" or c.position != "verb":
        return False
    end = min(len(ct), c.i1 + ACTION_WINDOW)
    return any(ct.has(k, "content_preposition") and ct.has(k + 1, "call_to_action") for k in range(c.i1, end))


def plan(ct: ClaimText, cues: list[Cue]) -> None:
    """Set content, attachments and suppression on every cue of the record."""
    for c in cues:
        c.suppressed = call_to_action(ct, c)
    by_sentence: dict[int, list[Cue]] = {}
    for c in cues:
        by_sentence.setdefault(ct.toks[c.i0].sent, []).append(c)
    for group in by_sentence.values():
        _plan_sentence(ct, group)


def _plan_sentence(ct: ClaimText, group: list[Cue]) -> None:
    s0, s_end = ct.sent_range(group[0].i0)
    preps = [p for p in group if _is_prep(p) and p.src is not None]
    for p in preps:  # "وبحسب المصدر أوضح": the preposition belongs to the verb after it
        assert p.src is not None
        nxt = next((c for c in group if c.i0 >= p.src[1] and not _is_prep(c)), None)
        if (
            nxt is not None
            and nxt.position == "verb"
            and nxt.src_mode in ("post", "pronoun")
            and all(ct.toks[k].kind == "word" or k == p.src[1] for k in range(p.src[1], nxt.i0))
            and nxt.i0 - p.src[1] <= 1
        ):
            p.attached_to = nxt
    for idx, c in enumerate(group):
        if _is_prep(c):
            continue
        later = [d for d in group[idx + 1 :] if not _is_prep(d)]
        end0 = min([clause_start(d) for d in later] + [s_end])
        start = c.src[1] if c.src_mode in ("post", "object") and c.src is not None else c.i1
        if c.relay_src is not None:
            start = c.relay_src[1]
        skip = [(p.i0, p.src[1]) for p in preps if p.src is not None and start <= p.i0 < end0]
        c0 = content_start(
            ct, start, end0, skip, after_source=start != c.i1, participle=c.position == "participle"
        )
        end = end0
        for k in range(c0, end0):
            if ct.phrase_at(k, "contrast"):
                end = k
                break
        for p in preps:
            assert p.src is not None
            if p.attached_to is not None or p.i0 < c.i1:
                continue
            medium = _document_object(ct, p)  # a statement or report carries this claim
            if p.i0 < c0 and medium:
                p.attached_to = c
            elif c0 <= p.i0 < end and ct.words_between(p.src[1], end) == 0:
                end = min(end, p.i0)
                if medium:
                    p.attached_to = c
        c.region_end = end
        c.content = _finish(ct, c0, end, s_end)
        fronted = _fronted_quote(ct, c)
        if fronted is not None:  # '"لن نتراجع"، قال رئيس النقابة في تصريح': the quotation before it
            c.content = fronted
            c.region_end = c.src[1] if c.src is not None else c.i1
            continue
        lead = _leading_attribution(ct, c, s0, end)
        if lead is not None:  # "وقصفت الطائرات المدينة. وهو ما نفته الحكومة": the sentence before
            c.content = lead
            c.region_end = end
            continue
        marker = _as_attribution(ct, c, s0, end)
        if marker is not None:  # "...، كما ذكرت مصادر عسكرية": what came before
            before = max([s0] + [d.region_end for d in group if d.i0 < c.i0 and d.content is not None])
            if ct.words_between(*trim(ct, before, marker)):
                c.content = trim(ct, before, marker)
                c.region_end = c.src[1] if c.src is not None else c.i1
                continue
        final = _final_verb(ct, c, s0, end, group)
        if final is not None:  # "قتل عشرة أشخاص في الغارة، قال مسؤول محلي.": what came before
            c.content = final
            c.region_end = end
            continue
        if c.content[1] <= c.content[0] and c.src_mode == "post" and c.src is not None:
            shorter = _shorter_source(ct, c.src)  # "وأدانت حركة حماس الغارة،": the object was taken
            if shorter is not None:
                c.src = shorter
                c.content = _finish(ct, content_start(ct, shorter[1], end, skip, True), end, s_end)
    for p in preps:
        if p.attached_to is None:
            p.content = _standalone(ct, p, group, s0, s_end)
            p.region_end = max(p.content[1], p.src[1]) if p.src else p.content[1]


def _fronted_quote(ct: ClaimText, c: Cue) -> Range | None:
    """A quotation that opens its sentence or line and ends right before "، قال ..." is what the
    verb says ('"لن نتراجع عن مطالبنا"، قال رئيس النقابة'): its token range, or None."""
    k = c.i0 - 1
    if c.position != "verb" or c.clitic or k < 1 or not ct.is_comma(k):
        return None
    opener = ct.quote_open(k - 1)
    if opener is None:
        return None
    s0, _ = ct.sent_range(opener)
    if opener > s0 and ct.is_word(opener - 1):
        return None  # 'وصف "الخطة" ...، قال': a quoted word inside a sentence
    return opener, k


def _leading_attribution(ct: ClaimText, c: Cue, s0: int, end: int) -> Range | None:
    """A verb cue after "وهو ما"/"وهذا ما" opening its sentence, with at most two words after its
    source (لاحقا، لـ"المدن"), attributes the sentence before it: that sentence's token range, or None. ("كما"
    opening a sentence is "also", not "as".)"""
    n = ct.phrase_ending(c.i0 - 1, "as_attribution")
    k = c.i0 - n
    if c.position != "verb" or c.clitic or n == 0 or k != s0 or s0 == 0 or ct.text(c.i0 - 1) != "ما":
        return None
    after = c.src[1] if c.src_mode == "post" and c.src is not None else c.i1
    if ct.words_between(after, end) > LEADING_TAIL:
        return None
    p0, p1 = ct.sent_range(s0 - 1)
    lead = trim(ct, p0, p1)
    return lead if ct.words_between(*lead) else None


def _final_verb(ct: ClaimText, c: Cue, s0: int, end: int, group: list[Cue]) -> Range | None:
    """A verb cue after a comma whose source ends the sentence, with at most a circumstance after
    it ("قتل عشرة أشخاص، قال مسؤول محلي لرويترز."), says the clause before the comma: its token
    range, or None. The verb carries no conjunction: "، وقال" opens a clause of its own."""
    if c.position != "verb" or c.clitic or c.src_mode != "post" or c.src is None:
        return None
    if c.content is not None and ct.words_between(*c.content):
        return None
    comma = c.i0 - 1
    if comma <= s0 or not ct.is_comma(comma):
        return None
    s_end = ct.sent_range(c.i0)[1]
    if ct.words_between(c.src[1], s_end) > FINAL_TAIL or ct.words_between(
        _skip_circumstance(ct, c.src[1], end, ()), end
    ):
        return None
    before = max([s0] + [d.region_end for d in group if d.i0 < c.i0 and d.content is not None])
    lead = trim(ct, before, comma)
    return lead if ct.words_between(*lead) else None


def _as_attribution(ct: ClaimText, c: Cue, s0: int, end: int) -> int | None:
    """A verb cue after "، كما" (as) or "، وهو ما" (which) with nothing after its source in its
    comma segment but a circumstance (whom it spoke to, a day, "في بيان") attributes the clause
    before it ("قتل اثنان، كما ذكرت مصادر عسكرية", "...، كما قال مصدر عسكري لوكالة الأنباء"):
    the marker's first token, or None."""
    n = ct.phrase_ending(c.i0 - 1, "as_attribution")
    k = c.i0 - n  # the marker's first token
    if c.position != "verb" or c.clitic or n == 0 or k - 1 <= s0:
        return None
    if not ct.is_comma(k - 1):
        return None
    after = c.src[1] if c.src_mode == "post" and c.src is not None else c.i1
    seg = _segment_end(ct, after, end)
    stop = seg if seg is not None else end
    return k if ct.words_between(_skip_circumstance(ct, after, stop, ()), stop) == 0 else None


def _shorter_source(ct: ClaimText, r: Range) -> Range | None:
    """A source phrase cut after its first actor, or after its first two words, if shorter."""
    a, b = r
    actors = ct.actors_in(ct.toks[a].start, ct.toks[b - 1].end)
    end = ct.tok_at(actors[0].end) if actors and actors[0].start < ct.toks[a].end else min(b - 1, a + 2)
    return (a, end) if a < end < b else None


def _document_object(ct: ClaimText, p: Cue) -> bool:
    """A preposition cue whose object is a document (البيان، تقرير للائتلاف), not a speaker."""
    if p.verb is not None or p.src is None:
        return False
    head = head_at(ct, *p.src)
    return head is not None and head.kind == "document"


def _finish(ct: ClaimText, c0: int, end: int, s_end: int) -> Range:
    close = _starts_quote(ct, c0)
    if close is not None and close >= end and ct.same_line(c0, close):
        return c0, close + 1
    a, b = trim(ct, c0, end)
    if a >= b and end == s_end and s_end < len(ct) and ct.same_line(end - 1, s_end):
        _, nxt_end = ct.sent_range(s_end)  # "الأرصاد تحذر .. أمطار": content in the next sentence
        return trim(ct, s_end, nxt_end)
    return a, b


def _standalone(ct: ClaimText, p: Cue, group: list[Cue], s0: int, s_end: int) -> Range:
    assert p.src is not None
    before = max([s0] + [c.region_end for c in group if c.i0 < p.i0 and c.content is not None])
    if before > s0 and ct.words_between(before, p.i0) == 0:
        before = s0  # "..., بحسب ما نقلت قناة X": the outlet relays the whole report before it
    after_end = min([clause_start(d) for d in group if d.i0 > p.i0] + [s_end])
    after = _past_object(ct, p.src[1], after_end)
    if ct.words_between(*trim(ct, _skip_circumstance(ct, after, after_end, ()), after_end)) == 0:
        return trim(ct, before, p.i0)  # "... بحسب ما أعلن الجيش في بيان.": what was said is before
    if ct.words_between(*trim(ct, before, p.i0)) == 0:
        return trim(ct, after, after_end)
    return trim(ct, before, after_end)


def _past_object(ct: ClaimText, k: int, end: int) -> int:
    """Where what a preposition cue attributes starts after its object (token k): past a relative
    clause that describes the object, to its complementizer or the comma that closes it
    ("وحسب وزارة الصحة التي تديرها «حماس»، فإن"), and past the complementizer (فإن، أن) with any
    circumstance before it ("وبحسب الوزارة في بيان، فإن")."""
    j = k + (ct.is_comma(k) and ct.has(k + 1, "relative"))
    if j < end and ct.has(j, "relative"):
        comp = next((x for x in range(j + 1, end) if ct.is_complementizer(x)), None)
        seg = _segment_end(ct, j + 1, end)
        if comp is not None and (seg is None or comp <= seg + 1):
            j = comp
        elif seg is not None and ct.is_comma(seg):
            j = seg + 1
        else:
            return k
    while j < end and ct.is_comma(j):
        j += 1
    past = _skip_circumstance(ct, j, end, ())  # "وبحسب الوزارة في بيان، فإن"
    if past < end and ct.has(past, "complementizer"):
        return past + 1
    return j + 1 if j < end and ct.has(j, "complementizer") else j
