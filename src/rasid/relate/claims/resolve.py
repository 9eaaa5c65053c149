"""Where each claim's source comes from: locating source phrases, then resolving them in text order.

`locate_sources` decides, per cue, how its source is written: a phrase after the verb
(VSO), before it (SVO, "وكان الائتلاف قد استنكر"), the noun before a relative pronoun
("التي قالت"), the object of a preposition, or nothing (a participle or a pronoun
subject, resolved later). `resolve_all` then walks the cues in text order and builds
each chain, so that back-references find the sources resolved before them.
"""

from __future__ import annotations

from rasid.lang.ar.markers import marker_words
from rasid.lang.ar.match import ARTICLE
from rasid.relate.claims.cues import Cue
from rasid.relate.claims.lexicon import CueEntry, source_heads
from rasid.relate.claims.phrases import (
    addressee,
    bare,
    head_at,
    phrase_after,
    phrase_before,
    phrase_before_relative,
    with_conjuncts,
    with_titled_person,
)
from rasid.relate.claims.source import SourceResolver, dedupe
from rasid.relate.claims.text import ClaimText

RELAY_REACH = 6  # tokens between a relaying source and its عن ("قناتا «العربية» و«الحدث»، عن")
# ... when "قوله" closes what follows عن, past the medium and the day too ("نقلت قناة دجلة عبر
# حسابها على تويتر اليوم، عن المصدر قوله")
RELAY_SPEECH_REACH = 12
OBJECT_STANCES = frozenset({"demand", "accuse", "warn", "condemn"})
Found = tuple[list[str], str | None]


def locate_sources(ct: ClaimText, cues: list[Cue]) -> list[Cue]:
    """Find each cue's source phrase (a token range) or how it gets one; drop sourceless prepositions."""
    starts = {c.i0 for c in cues}
    inside = {k for c in cues for k in range(c.i0, c.i1)}
    seen: list[tuple[str, ...]] = []
    kept: list[Cue] = []
    previous: Cue | None = None
    for c in cues:
        if _impersonal(ct, c):
            continue
        # a cue whose object comes with ب (طالب بـ، نوّه بـ، وصف بـ) ends its source phrase at such a word
        demand = c.stance in OBJECT_STANCES or "ب" in (c.verb or c.entry).needs_prefixes
        if c.position in ("preposition", "noun"):
            first = c.i1 + (c.verb is not None and ct.has(c.i1, "resumptive"))  # "بحسب ما أفادت به مصادر"
            if ct.text(first) in marker_words("object_clitic"):  # "وفقاً لـ"الدفاع المدني"": ل written apart
                first += 1
            if _premodifier(ct, first):  # "وفق آخر حصيلة لوزارة الصحة", "وفقا لآخر حصيلة"
                first += 1
            if c.verb is None:
                first = _past_release(ct, first)  # "في حصيلة أعلنتها الوزارة": the one who issued it
            if c.verb is not None:
                first = _past_circumstance(ct, first)  # "حسب ما أفاد السبت طبيب": the day, then who
            c.src = phrase_after(ct, first, len(ct), starts, seen, demand)
            c.src = with_titled_person(ct, c.src) if c.src is not None else None
            c.src_mode = "object"
            via = (
                _relay_preposition(ct, c.src[1])
                if c.src is not None and c.verb is not None and c.verb.relay
                else None
            )
            if via is not None:  # "بحسب ما نقلت وكالة “فرانس برس” عن مصدر طبي": the one quoted claims
                c.relay_src = phrase_after(ct, via + 1, len(ct), starts, seen)
            elif c.src is not None and c.verb is not None and _cites(c.verb, c.stance):
                c.relay_src = _cited_source(ct, c.src[1], starts, seen)  # "حسبما ذكرت رويترز عن مصادر طبية"
            if c.src is None or (
                c.position == "preposition"
                and c.verb is None
                and not _names_source(ct, c.src)
                and not _quoted_name_last(ct, c.src)
            ):
                continue  # "حسب طبيعة الوسط": a criterion, not a source
        elif c.position == "participle":
            c.src_mode = "relative" if c.subject == "relative" else "inherit"
            if c.subject == "relative":
                c.src = phrase_before_relative(ct, c.i0, inside)
        elif ct.has(c.i0 - 1, "relative") and (own := _own_subject(ct, c, starts, seen)) is not None:
            c.src, c.src_mode = own, "post"  # "الحركة التي قال أحد المصدرين إن المقاتلين ينتمون إليها"
        elif ct.has(c.i0 - 1, "relative") and _describes_reported_noun(ct, c, previous):
            continue  # "نفت الوزارة جميع الإشاعات التي تحدثت عن ...": the rumours are what is denied
        elif ct.has(c.i0 - 1, "relative"):  # "المعارضة نفسها، التي قالت"
            c.src, c.src_mode = phrase_before_relative(ct, c.i0 - 1, inside), "relative"
            # a verb whose object is a person (اتهم، حمّل، طالب) names whom, not who, after it
            named_after = c.position == "verb" and not demand
            after = phrase_after(ct, c.i1, len(ct), starts, seen, demand) if named_after else None
            if _names_source(ct, after) and not _names_source(ct, c.src):
                c.src, c.src_mode = after, "post"  # "مقديشو، والذي أعلنت حركة الشباب مسؤوليتها عنه"
        elif _coordinated(ct, c, previous) and (
            c.stance in OBJECT_STANCES - {"condemn"}
            or not _names_source(ct, phrase_after(ct, c.i1, len(ct), starts, seen, demand))
        ):  # "وأدانت النقابة ...، وطالبت جماعة الحوثي بـ", "...، وأعلن الحداد"
            c.src_mode = "inherit"
        else:
            # "غير أن قائد العمليات اتهم ...", "وكان الجيش قد أعلن ..."
            svo = not c.clitic and (_after_word(ct, c.i0) or ct.has(c.i0 - 1, "aux"))
            plural = c.subject == "pronoun"  # "المرصد والدفاع المدني قالا": both conjuncts speak
            before = phrase_before(ct, c.i0, inside, plural) if svo else None
            after = None
            if before is None and c.subject == "open" and not _quoted_speech(ct, c.i1):
                first = _past_addressee(ct, _past_resumptive(ct, c))
                after = phrase_after(ct, first, len(ct), starts, seen, demand)
                later = _past_circumstance(ct, first)
                if after is None and later != first:  # "وأعلن، الأحد، الجيش": the day, then who
                    named = phrase_after(ct, later, len(ct), starts, seen, demand)
                    after = named if _names_source(ct, named) else None
            if before is None and after is None and not c.clitic:
                before = phrase_before(ct, c.i0, inside, plural)
            if after is not None and c.entry.document_subject:
                after = _document_head_only(ct, after)
            if after is not None:
                after = _with_apposed_name(ct, with_titled_person(ct, with_conjuncts(ct, after)))
            if after is not None and _object_of_dropped_subject(ct, c, after, previous):
                after = None  # "وأكد الجهود التي تبذلها الوزارة": the speaker before goes on

            c.src = after or before
            c.src_mode = "post" if after else "pre" if before else "pronoun"
            if c.entry.relay and after is not None:
                after = _before_relayed(ct, after)
            via = _relay_preposition(ct, after[1]) if c.entry.relay and after is not None else None
            if via is not None:  # "ونقلت قناتا «العربية» و«الحدث»، عن مصدر أمني تأكيده"
                c.relay_src = _titled(ct, phrase_after(ct, via + 1, len(ct), starts, seen))
            elif c.entry.relay and c.src is None and ct.has(c.i1, "relay_preposition"):
                c.relay_src = _titled(
                    ct, phrase_after(ct, c.i1 + 1, len(ct), starts, seen)
                )  # "ونقلت عن مسؤول قوله"
            elif after is not None and _cites(c.entry, c.stance):
                c.relay_src = _cited_source(ct, after[1], starts, seen)  # "وذكرت الوكالة عن مصدر أمني أن"
        if (c.verb or c.entry).needs_subject and not _names_source(ct, c.src) and c.src_mode != "inherit":
            if not _goes_on_describing(ct, c, previous):
                continue  # a coordinated verb keeps the named subject of the cue before it ("، ووصف ما")
            c.src, c.src_mode = None, "pronoun"  # "ووصفت الهجوم بأنه ...": the speaker before goes on
        if _reported(ct, c, previous):
            continue
        if c.src is not None:
            seen.insert(0, tuple(bare(ct.text(k)) for k in range(*c.src) if ct.is_word(k)))
        kept.append(c)
        previous = c
    return kept


def _titled(ct: ClaimText, r: tuple[int, int] | None) -> tuple[int, int] | None:
    """A relayed source phrase with the person its title names ("عن المتحدث باسم الجيش العميد X قوله")."""
    return with_titled_person(ct, r) if r is not None else None


def _premodifier(ct: ClaimText, k: int) -> bool:
    """A word for "latest" before the statement a preposition cue cites, bare or with ل (لآخر)."""
    if k >= len(ct):
        return False
    word = ct.text(k)
    words = marker_words("source_premodifier")
    return word in words or (word.startswith("ل") and word[1:] in words)


def _past_release(ct: ClaimText, k: int) -> int:
    """The token after "statement noun + adjectives + relative verb of issuing" at k, else k.

    The grammar of an attribution without a reporting verb of its own: a preposition cue, an
    optional statement noun (حصيلة، تحقيقات), adjectives, a release verb carrying
    the noun's pronoun, then the source ("وفقا لآخر حصيلة أصدرتها وزارة الصحة"). A cue that
    ends in its noun ("في حصيلة") starts at the adjectives or the verb.
    """
    j = k
    if j < len(ct) and ct.is_word(j) and not ct.has(j, "release_verb"):
        j += 1  # the statement noun: any word, since the verb after it must carry its pronoun
    while j < len(ct) and ct.has(j, "statement_modifier"):
        j += 1
    if j < len(ct) and ct.has(j, "release_verb") and j + 1 < len(ct) and ct.is_word(j + 1):
        return j + 1
    return k


DESCRIBED_REACH = 5  # tokens from a verb to the بأن of what it calls its object ("ووصفت الهجوم بأنه")


def _goes_on_describing(ct: ClaimText, c: Cue, previous: Cue | None) -> bool:
    """A verb that needs a named subject opens its sentence with none, after a sentence with a
    claim, and calls its object something (بأن within reach): the speaker before goes on."""
    if previous is None or not c.clitic or ct.sent_range(c.i0)[0] != c.i0:
        return False
    if ct.sent_range(previous.i0)[1] < ct.sent_range(c.i0)[0] - 1:
        return False  # the claim before is not in the sentence before
    end = min(ct.sent_range(c.i0)[1], c.i1 + DESCRIBED_REACH)
    return any(ct.is_complementizer(k) for k in range(c.i1, end))


RESUMPTIVE_REACH = 7  # tokens of a prepositional phrase between "ما صرحت به" and the one who said it


def _past_resumptive(ct: ClaimText, c: Cue) -> int:
    """The token after the verb's pronoun that points back to a relative ما before it ("كما أفادت به
    المصادر الطبية", "عكس ما صرحت به الحكومة"): the pronoun is what was said, its subject follows it."""
    k = c.i1
    before = ct.text(c.i0 - 1) if c.i0 > 0 else ""
    pointed = before in marker_words("relative_ma") or before in marker_words("as_attribution")
    if k >= len(ct) or not pointed or not ct.has(k, "resumptive"):
        return k
    k += 1
    if not (ct.has(k, "preposition") or ct.has(k, "content_preposition")):
        return k
    # "ما صرحت به في العديد من المناسبات حكومة ...": where it was said, then who said it
    _, s_end = ct.sent_range(c.i0)
    for j in range(k + 1, min(s_end, k + RESUMPTIVE_REACH)):
        if not ct.is_word(j) or ct.is_complementizer(j):
            break
        if ct.actor_starting(j) is not None or head_at(ct, j, j + 1) is not None:
            return j
    return k


def _past_addressee(ct: ClaimText, k: int) -> int:
    """The token after the one a verb's speaker spoke to, when the verb's first word is that
    ("وأضاف لشبكة CNN أن": a dropped subject; "وقال لـ«الشرق الأوسط» مصدر طبي إن"), else k."""
    if k >= len(ct) or not addressee(ct, k) or _names_itself(ct, k):
        return k
    if ct.text(k) in marker_words("object_clitic") | marker_words("object_clitic_article"):
        k += 1  # 'لـ"رويترز"': the ل written apart
    close = ct.quote_close(k) if k < len(ct) and ct.opens_quote(k) and not ct.is_straight_quote(k) else None
    if close is not None:
        return close + 1
    actor = ct.actor_starting(k)
    k = max(k + 1, ct.tok_at(actor.end)) if actor is not None else k + 1
    while k < len(ct) and ct.is_word(k) and ct.text(k).isascii():
        k += 1  # the name after the ل-word, written in Latin letters ("لشبكة CNN")
    return k


APPOSED_NAME = 4  # words of a name set off by commas between a source phrase and إن


def _with_apposed_name(ct: ClaimText, r: tuple[int, int]) -> tuple[int, int]:
    """The source phrase with the name set off by commas right before the complementizer
    ("قال وزير الإعلام، علي العايد، إن"), or before the colon of a quotation when it is one named
    person ("وقال المتحدث باسم الشرطة، محمد حسين: "): the name is the source, not the start of what
    is said. A date, a place or a circumstance in that slot ("، الأربعاء، إن"، "، في بيان، إن") stays out.
    One named person of the actors stage between the commas is the source whatever follows the
    second comma ("وأكد رئيس قسم الإسعاف، محمد العموري، استقبال المركز 4 قتلى": a verbal noun opens
    what is said), and may come after where the office is ("رئيس قسم الطوارئ بمركز الزاوية الطبي،
    محمد العموري،")."""
    k = _past_office_place(ct, r[1])
    if k >= len(ct) or not ct.is_comma(k):
        return r
    occasion = _name_then_occasion(ct, k + 1)
    if occasion is not None:
        return r[0], occasion
    j = k + 1
    while j < len(ct) and ct.is_word(j) and j - k <= APPOSED_NAME:
        if ct.date_at(j) is not None or ct.place_at(j) is not None:
            return r
        j += 1
    first = k + 1
    if not (0 < j - first <= APPOSED_NAME) or j + 1 >= len(ct):
        return r
    person = _names_person(ct, first, j)
    if k != r[1] and not person:
        return r  # "بالمستشفى، أمس، إن": no person after the office's place
    colon = ct.is_introducer(j)  # "وقال المتحدث باسم الشرطة، محمد حسين: "...""
    if not colon and not (ct.is_comma(j) and (ct.is_complementizer(j + 1) or person)):
        return r
    if _circumstance(ct, first) or (colon and not person):
        return r
    if any(_preposition(ct, x) for x in range(first + 1, j)):
        return r  # "، نقلا عن مصادر أمنية، أن": whom the source had it from
    head = head_at(ct, first, j)
    if head is not None and head.kind != "title":
        return r  # "وأبلغ مصدر أمني، وكالة الأنباء الرسمية، أن": whom it told, not a name
    return r[0], j


OFFICE_PLACE = 4  # words of where an office is, after its title ("بمركز الزاوية الطبي")
OCCASION_WORDS = 6  # words of when or how a named person spoke, before the comma ("في تصريح اليوم السبت،")


def _name_then_occasion(ct: ClaimText, first: int) -> int | None:
    """The end of a named person at token `first` (after the source phrase's comma) when what
    follows the name is when or how the person spoke, up to a comma ("أعلن المتحدث باسم الوزارة،
    محمد علي في تصريح اليوم السبت، عن مقتل"): the person is the source; None otherwise."""
    actor = ct.actor_starting(first)
    if actor is None or not actor.named or ct.toks[first].start != actor.start:
        return None
    if getattr(ct.record.mention(actor.id), "type", None) != "PER":
        return None
    end = ct.tok_at(actor.end)
    if end >= len(ct) or not ct.is_word(end) or not _circumstance(ct, end):
        return None
    j = end
    while j < len(ct) and ct.is_word(j) and j - end < OCCASION_WORDS:
        j += 1
    return end if j < len(ct) and ct.is_comma(j) else None


def _past_office_place(ct: ClaimText, k: int) -> int:
    """The comma after a phrase glued to ب that says where a title's office is ("رئيس قسم الطوارئ
    بالمستشفى،", "بمركز الزاوية الطبي،"), else k. The caller keeps it only when a named person
    follows the comma."""
    if k >= len(ct) or not ct.is_word(k) or not ct.text(k).startswith("ب") or len(ct.text(k)) <= 3:
        return k
    j = k + 1
    while j < len(ct) and ct.is_word(j) and j - k < OFFICE_PLACE:
        if ct.is_complementizer(j):
            return k
        j += 1
    return j if j < len(ct) and ct.is_comma(j) else k


def _names_person(ct: ClaimText, i: int, j: int) -> bool:
    """Whether tokens [i, j) are one named person of the actors stage, and nothing else."""
    actor = ct.actor_starting(i)
    if actor is None or not actor.named or ct.toks[i].start != actor.start:
        return False
    return getattr(ct.record.mention(actor.id), "type", None) == "PER" and ct.tok_at(actor.end) in (j, j - 1)


def _circumstance(ct: ClaimText, k: int) -> bool:
    """A comma segment that says where, when or how something was said, not who said it."""
    return (
        _preposition(ct, k)
        or any(ct.has(k, kind) for kind in ("skip_start", "apposition", "clause_start", "aux"))
        or addressee(ct, k)
    )


def _preposition(ct: ClaimText, k: int) -> bool:
    """A preposition, not a name spelt like one once normalised (علي، على): the raw last letter tells."""
    a, b = ct.clean_span(ct.toks[k].start, ct.toks[k].end)
    name = ct.has(k, "name_spelling") and ct.record.text[a:b].endswith("ي")
    return ct.has(k, "preposition") and not name


def _names_itself(ct: ClaimText, k: int) -> bool:
    """A word whose ل is its own first letter: a source head ("لجنة إغاثة") or an actor starting
    with the word itself."""
    actor = ct.actor_starting(k)
    return (actor is not None and actor.start == ct.toks[k].start) or (bare(ct.text(k)),) in source_heads()


def _document_head_only(ct: ClaimText, r: tuple[int, int]) -> tuple[int, int]:
    """A source phrase cut after its document head when no actor follows the head."""
    head = head_at(ct, *r)
    if head is None or head.kind != "document":
        return r
    end = r[0] + len(head.phrase)
    if (
        end >= r[1]
        or ct.actor_starting(end) is not None
        or ct.text(end).startswith(ARTICLE)
        or ct.has(end, "owner_preposition")
    ):
        return r  # "تقرير المنظمة"، "صور الأقمار الصناعية": the owner or what the document is of
    return r[0], end


def _cites(entry: CueEntry, stance: str) -> bool:
    """A reporting verb that may cite a source with عن: not one whose عن says what it is about
    ("تحدث عن", "كشف عن": عن among the words it needs)."""
    return stance == "assert" and not marker_words("relay_preposition") & entry.needs


def _cited_source(
    ct: ClaimText, k: int, starts: set[int], seen: list[tuple[str, ...]]
) -> tuple[int, int] | None:
    """The source a reporting verb that is no relay verb cites with عن right after its speaker
    ("حسبما ذكرت وكالة رويترز عن مصادر طبية", "وذكرت الوكالة عن مصدر أمني أن"), when the words
    after عن name a source ("عن الهجوم" is what is told about): the speaker relays, the one
    cited claims, as after نقل."""
    if k >= len(ct) or not ct.has(k, "relay_preposition"):
        return None
    named = phrase_after(ct, k + 1, len(ct), starts, seen)
    return named if _names_source(ct, named) else None


def _relay_preposition(ct: ClaimText, k: int) -> int | None:
    """The preposition (عن) that introduces the one a relay quotes: right after the relaying
    source, or after a second name and a comma joined to it, or further on when "قوله" closes
    the phrase after it (past a medium and a day); never past a complementizer."""
    _, s_end = ct.sent_range(k) if k < len(ct) else (k, k)
    for j in range(k, min(s_end, k + RELAY_SPEECH_REACH)):
        if ct.has(j, "relay_preposition"):  # 'وكالة الأنباء "بترا" عن': past a quoted name too
            joined = (j == k or ct.is_comma(j - 1) or _closes_quote(ct, j - 1)) and j < k + RELAY_REACH
            if joined or _speech_noun_after(ct, j + 1, s_end):
                return j
            continue  # "عبر حسابها على تويتر": a medium's preposition, not the relay's
        if ct.is_complementizer(j):
            return None
    return None


def _before_relayed(ct: ClaimText, r: tuple[int, int]) -> tuple[int, int]:
    """A relaying source phrase cut at the عن of the one it quotes, when "قوله" follows that one
    ("نقلت قناة سكاي نيوز الإخبارية عن المرصد قوله"): the phrase ran on through the preposition."""
    for j in range(r[0] + 1, r[1]):
        if ct.has(j, "relay_preposition") and _speech_noun_after(ct, j + 1, len(ct)):
            return r[0], j
    return r


def _speech_noun_after(ct: ClaimText, k: int, end: int) -> bool:
    """Whether "قوله" closes the phrase after عن ("نقلت قناة ... مساء أمس عن مصدر عسكري قوله"):
    the words between the relaying source and عن are then a circumstance, not a content."""
    for j in range(k, min(end, k + RELAY_REACH)):
        if ct.has(j, "speech_noun"):
            return True
        if ct.is_complementizer(j) or not ct.is_word(j):
            return False
    return False


QUOTED_NAME_WORDS = 4  # 'وقالت "حماس"، في بيان، إن': a short quotation inside its sentence names the speaker


def _quoted_speech(ct: ClaimText, k: int) -> bool:
    """A quotation opens right after the verb and is what is said ('وتابع "قادرون ..."'), not a
    quoted name of its subject ('وقالت "حماس" إن')."""
    if k >= len(ct) or not ct.opens_quote(k):
        return False
    close = ct.quote_close(k)
    if close is None:
        return True
    words = sum(ct.is_word(j) for j in range(k + 1, close))
    _, s_end = ct.sent_range(k)
    ends = close + 1 >= s_end or ct.text(close + 1) in ".!؟?"
    return words > QUOTED_NAME_WORDS or ends


def _object_of_dropped_subject(ct: ClaimText, c: Cue, after: tuple[int, int], previous: Cue | None) -> bool:
    """A verb opening its sentence with و, followed by a noun that names no source and by nothing
    that introduces reported words (no أن, colon or quotation in the sentence): the noun is its
    object, and its subject is the speaker of the sentence before ("وأكد الجهود التي ...")."""
    if previous is None or not c.clitic or c.position != "verb" or _names_source(ct, after):
        return False
    s0, s_end = ct.sent_range(c.i0)
    if c.i0 != s0:
        return False
    return not any(
        ct.is_complementizer(k) or ct.opens_quote(k) or ct.is_introducer(k) for k in range(c.i1, s_end)
    )


def _past_date(ct: ClaimText, k: int) -> int:
    """The token after a date that starts at token k (k itself when none does)."""
    d = ct.date_at(k)
    while d is not None and ct.date_at(k) is d:
        k += 1
    return k


DAY_BRACKET = 3  # tokens inside the brackets that give a date's weekday ("اليوم (الأربعاء)")


def _past_circumstance(ct: ClaimText, k: int) -> int:
    """The token after a time adverbial between a verb and its subject: a date, set off by
    commas or followed by its day in brackets ("قال، اليوم الاثنين، مصدر", "حسبما أكدت اليوم
    (الأربعاء) منظمة العفو"); k itself when no date stands at k."""
    j = k
    while j < len(ct) and ct.is_comma(j):
        j += 1
    if ct.date_at(j) is None:
        return k
    j = _past_date(ct, j)
    if j < len(ct) and ct.text(j) == "(":
        close = next((m for m in range(j + 1, min(len(ct), j + DAY_BRACKET + 2)) if ct.text(m) == ")"), None)
        if close is not None and all(ct.date_at(m) is not None for m in range(j + 1, close) if ct.is_word(m)):
            j = close + 1
    while j < len(ct) and ct.is_comma(j):
        j += 1
    return j


def _closes_quote(ct: ClaimText, k: int) -> bool:
    return ct.closes_quote(k)


def _own_subject(
    ct: ClaimText, c: Cue, starts: set[int], seen: list[tuple[str, ...]]
) -> tuple[int, int] | None:
    """The source after a verb that follows a relative pronoun, when it names one and the
    content follows it: the relative noun is then what is said about, not who says it."""
    if c.position != "verb":
        return None
    first = c.i1 + ct.has(c.i1, "occasion_resumptive")  # "الذي أكدت فيه منظمات": past the pronoun
    after = phrase_after(ct, first, len(ct), starts, seen)
    if after is None or not _names_source(ct, after):
        return None
    k = after[1]
    while k < len(ct) and ct.is_word(k) and k - after[1] < 2 and not ct.is_complementizer(k):
        k += 1  # the one spoken to ("لرويترز"), or the day ("اليوم السبت")
    if k + 1 < len(ct) and ct.is_comma(k) and ct.is_complementizer(k + 1):
        k += 1  # "أكدت فيه منظمات حقوقية اليوم السبت، أن"
    return after if ct.is_complementizer(k) else None


def _reported(ct: ClaimText, c: Cue, previous: Cue | None) -> bool:
    """A verb whose subject opens the أن-clause of an earlier cue of its sentence ("ونقلت الوكالة
    عن المتحدث أن الدفاعات رصدت صاروخاً"): part of what is reported, not a claim of its own."""
    if previous is None or previous.position == "preposition" or c.position != "verb":
        return False
    if ct.toks[previous.i0].sent != ct.toks[c.i0].sent:
        return False
    if c.src_mode == "pre" and c.src is not None:
        comp = c.src[0] - 1
        return previous.i1 <= comp and ct.is_complementizer(comp)
    # "مضيفاً أن أفراداً من عائلته، إضافة إلى قيادات، أكدوا مقتله": a verb carrying its
    # subject, with no conjunction, after the earlier cue's complementizer
    if c.clitic:
        return False
    if c.src_mode == "pronoun":
        return any(ct.is_complementizer(k) for k in range(previous.i1, c.i0))
    # "مشيرة إلى وجود تقديرات تفيد بنجاح العملية": a verb in the middle of a noun phrase
    # (an indefinite noun's relative clause) inside what the earlier cue reports
    if c.src_mode != "post" or not _after_word(ct, c.i0) or ct.text(c.i0 - 1).startswith(ARTICLE):
        return False
    opener = previous.i1  # the word that opens the earlier cue's content, right after it or its source
    if previous.src_mode == "post" and previous.src is not None:
        opener = previous.src[1]
    while opener < c.i0 and ct.is_comma(opener):
        opener += 1
    return _opens_content(ct, opener) and all(ct.is_word(k) for k in range(opener, c.i0))


def _describes_reported_noun(ct: ClaimText, c: Cue, previous: Cue | None) -> bool:
    """A verb after a relative pronoun whose noun lies inside what an earlier cue of the sentence
    reports, after that cue and its source ("الإشاعات التي تحدثت عن", "التقارير التي ذكرت ذلك",
    "الأخبار ... والتي تفيد بوجود"): it describes that noun, and is no claim of its own."""
    if previous is None or ct.toks[previous.i0].sent != ct.toks[c.i0].sent:
        return False
    said_from = max(previous.i1, previous.src[1] if previous.src is not None else 0)
    noun = c.i0 - 2
    if not ct.is_word(noun) and not ct.text(c.i0 - 1).startswith("و"):
        return False  # "بحسب المرصد، الذي اتهم": a named speaker in apposition says something new
    while noun > said_from and not ct.is_word(noun):
        noun -= 1  # "الأخبار التي يتم تداولها، والتي تفيد": past the comma
    return noun >= said_from and not any(_head_word(ct, k, c.i0 - 1) for k in range(said_from, c.i0 - 1))


def _head_word(ct: ClaimText, k: int, end: int) -> bool:
    """A source head or actor opens word k ("بتقرير آلية التحقيق الذي حمّل": a document speaks)."""
    word = bare(ct.text(k))
    return (
        ct.actor_starting(k) is not None
        or head_at(ct, k, end) is not None
        or (word.startswith("ب") and (word[1:],) in source_heads())
    )


def _opens_content(ct: ClaimText, k: int) -> bool:
    return ct.is_complementizer(k) or ct.has(k, "content_preposition")


def _impersonal(ct: ClaimText, c: Cue) -> bool:
    """A hedge in the article's own voice, which no one claims: the passive "ويُرجَّح أن"
    (a complementizer right after the verb, no subject before it), "وهو ما يرجح", or any verb
    cue whose subject is a relative ما and whose content opens right after it ("، ما يشير إلى
    احتمال", "مما يؤكد أن"): the inference of the article from what it just said."""
    relayed = c.entry.relay and ct.has(c.i1, "relay_preposition")
    if c.position == "verb" and _passive_perfect(ct, c) and not relayed:
        return True  # "وأُعلن أن", "وذُكر أن": no speaker; "نُقل عن مسؤول" still names one
    if c.position == "verb" and ct.has(c.i0 - 1, "relative_ma") and _subject_ma(ct, c):
        return True  # "، ما يشير إلى أن", "مما يؤكد أن": ما, what the sentence said, is the subject
    if c.position != "verb" or c.entry.form not in marker_words("impersonal"):
        return False
    if ct.has(c.i0 - 1, "relative_ma"):
        return True
    return ct.is_complementizer(c.i1) and (c.clitic or not _after_word(ct, c.i0))


def _subject_ma(ct: ClaimText, c: Cue) -> bool:
    """The ما before a verb cue is its subject: what the verb says opens right after it (أن,
    إلى، على). Not when ب follows ("ما وصفها بـ") or the complementizer carries a pronoun ("ما
    يزعم أنها آثار غارة"): ما is then what the speaker (dropped) calls so, the pronoun its trace."""
    return (
        _opens_content(ct, c.i1)
        and ct.text(c.i1) != "ب"
        and "ب" not in c.entry.needs_prefixes
        and not ct.has(c.i1, "complementizer_pronoun")
    )


DAMMA = "\u064f"


def _passive_perfect(ct: ClaimText, c: Cue) -> bool:
    """A perfect verb written with the passive damma on its first letter ("أُعلن", "ذُكر").
    An imperfect (يُؤكد، تُعلن) takes a damma in the active too, so it never counts."""
    a, b = ct.clean_span(ct.toks[c.i0].start, ct.toks[c.i1 - 1].end)
    word = ct.record.text[a:b].split()[0] if b > a else ""
    if c.clitic:
        word = word[1:]
    return len(word) > 2 and word[0] not in "يت" and word[1] == DAMMA


def _after_word(ct: ClaimText, i0: int) -> bool:
    """Whether the cue follows a content word of its sentence (not punctuation or a clause word)."""
    s0, _ = ct.sent_range(i0)
    k = i0 - 1
    opener = ct.quote_open(k)
    if opener is not None and opener >= s0:  # '"النفط العراقية" تعلن': a quoted name before the verb
        return True
    return (
        k >= s0
        and ct.is_word(k)
        and not any(
            ct.has(k, kind) for kind in ("clause_start", "aux", "relative", "relative_ma", "complementizer")
        )
        and not _conjoined_complementizer(ct, k)
    )


def _conjoined_complementizer(ct: ClaimText, k: int) -> bool:
    """A complementizer carrying و or ف ("سبق وأن أعلن الجيش"): the verb after it opens its clause."""
    word = ct.text(k)
    return any(
        len(form) == 1 and word.startswith(form) and word[1:] in marker_words("complementizer")
        for form in marker_words("clause_start")
    )


def _coordinated(ct: ClaimText, c: Cue, previous: Cue | None) -> bool:
    """A second verb joined by "، و" to a cue of the same sentence, which may share its subject.

    It does for verbs that take a person as object (دعا، طالب، اتهم، حذر: the noun after
    them is who is called on or accused), and for others when the noun after them names
    no source ("، وأعلن الحداد").
    """
    return (
        c.clitic
        and c.position == "verb"
        and previous is not None
        and ct.toks[previous.i0].sent == ct.toks[c.i0].sent
        and ct.is_comma(c.i0 - 1)
    )


QUOTED_SOURCE = 3  # words of a quoted name that a preposition cue cites at the end of its sentence


def _quoted_name_last(ct: ClaimText, r: tuple[int, int]) -> bool:
    """A short quoted name, at most with an adjective, that ends the sentence after a preposition
    cue ('، وفق "الصحة" اللبنانية.'): the body the sentence is attributed to."""
    if not ct.opens_quote(r[0]):
        return False
    close = ct.quote_close(r[0])
    _, s_end = ct.sent_range(r[0])
    if close is None or not 0 < ct.words_between(r[0], close) <= QUOTED_SOURCE:
        return False
    return ct.words_between(close + 1, s_end) <= 1


def _names_source(ct: ClaimText, r: tuple[int, int] | None) -> bool:
    """Whether a phrase names a source: an actor mention or a source head noun opens it."""
    if r is None:
        return False
    return ct.actor_starting(r[0]) is not None or head_at(ct, *r) is not None


def resolve_all(ct: ClaimText, cues: list[Cue], resolver: SourceResolver) -> None:
    """Give every cue its chain and claimant in text order, joining attached prepositions."""
    done: list[Cue] = []
    pending: list[Cue] = []  # attached prepositions not applied yet, in text order
    for c in cues:
        if c.src is not None and c.src_mode in ("post", "pre", "object", "relative"):
            c.chain = resolver.resolve(c.src)
            c.source = resolver.pick(c.chain)
            if c.relay_src is not None:  # the agency relays; the one it quotes claims
                inner = resolver.resolve(c.relay_src)
                c.chain = dedupe(c.chain + inner)
                c.source = resolver.pick(inner) or c.source
        else:
            found = (
                _inherited(ct, c, done, resolver)
                if c.src_mode == "inherit"
                else _pronoun(ct, c, done, resolver)
            )
            c.chain, c.source = list(found[0]), found[1]
            if c.relay_src is not None:  # the dropped subject relays; the one it quotes claims
                inner = resolver.resolve(c.relay_src)
                c.chain = dedupe(c.chain + inner)
                c.source = resolver.pick(inner) or c.source
        done.append(c)
        if c.attached_to is not None:
            pending.append(c)
        for p in pending:  # only these can change: the others have no target or are applied
            _apply_attachments(ct, p, done)
        pending = [p for p in pending if not p.applied]
        if c.chain and c.attached_to is None:
            words = resolver.words(c.src) if c.src is not None else ()
            # "بحسب ما أعلنه الطبيب": the merged verb's subject speaks, and a dropped subject after it is his;
            # not when it only relays the speaker of a verb before it in its sentence ("وقال المتحدث -
            # حسبما ذكرت قناة ... -: ...". وأوضح أن ...": the spokesman goes on explaining)
            subject = c.position != "preposition" or (c.verb is not None and not _relays_speaker(ct, c, done))
            # nor the verb of a relative clause ("إن التقارير الإعلامية التي ذكرت ذلك لا أساس لها. وقال
            # ...": the spokesman goes on, not the reports he dismisses)
            subject = subject and not (c.position == "verb" and _in_relative_clause(ct, c, done))
            resolver.remember(words, c.chain, c.source, subject=subject)
    for c in cues:
        c.source = c.source or resolver.pick(c.chain)


def _relays_speaker(ct: ClaimText, c: Cue, done: list[Cue]) -> bool:
    """A preposition cue after a verb cue of its sentence that has a source phrase of its own."""
    return any(
        d is not c
        and d.position == "verb"
        and d.i0 < c.i0
        and d.src_mode in ("post", "pre")
        and _same_sentence(ct, c, d)
        for d in done
    )


def _same_sentence(ct: ClaimText, a: Cue, b: Cue) -> bool:
    return ct.toks[a.i0].sent == ct.toks[b.i0].sent


def _previous_in_sentence(ct: ClaimText, c: Cue, done: list[Cue]) -> Cue | None:
    """The last cue before c in its sentence that a dropped subject can go on with: a verb, not
    a preposition, nor the verb of a relative clause on what is said ("ونفى عبدي صحة ما أوردته
    الحركة بشأن عدد القتلى، وقال": the one who denies goes on, not the movement)."""
    for d in reversed(done):
        if d is not c and _same_sentence(ct, c, d) and d.chain and d.position != "preposition":
            if _in_relative_clause(ct, d, done):
                continue
            return d
    return None


def _in_relative_clause(ct: ClaimText, d: Cue, done: list[Cue]) -> bool:
    """Whether the verb cue d opens a relative clause ("ما أوردته الحركة", "الذي أعلنه الجيش") that
    is not itself an attribution marker's ("بحسب ما أعلنه": that verb speaks for the sentence)."""
    k = d.i0 - 1
    if k < 0 or not (ct.has(k, "relative") or ct.has(k, "relative_ma")):
        return False
    return not any(e is not d and e.i0 <= k - 1 < max(e.i0 + 1, e.i1) for e in done)


def _first_actor_before(ct: ClaimText, c: Cue) -> Found:
    s0, _ = ct.sent_range(c.i0)
    found = ct.actors_in(ct.toks[s0].start, ct.toks[c.i0].start)
    return ([found[0].id], found[0].id) if found else ([], None)


def _inherited(ct: ClaimText, c: Cue, done: list[Cue], resolver: SourceResolver) -> Found:
    """A participle's source: the cue before it in the sentence, the sentence's first actor, the last source."""
    prev = _previous_in_sentence(ct, c, done)
    if prev is not None:
        return prev.chain, prev.source
    first = _first_actor_before(ct, c)
    return first if first[0] else resolver.last(subject=True)


def _pronoun(ct: ClaimText, c: Cue, done: list[Cue], resolver: SourceResolver) -> Found:
    """A pronoun subject: mid-sentence, the main clause's actor; sentence-initial, the last source."""
    prev = _previous_in_sentence(ct, c, done)
    if prev is not None:
        return prev.chain, prev.source
    s0, _ = ct.sent_range(c.i0)
    opening = all(not ct.is_word(k) or ct.has(k, "clause_start") for k in range(s0, c.i0))
    first = _first_actor_before(ct, c)
    last = resolver.last(subject=True)
    if opening:
        return last if last[0] else first
    if first[0]:
        return first
    chain = _opening_subject(ct, c, resolver)
    return (chain, resolver.pick(chain)) if chain else last


def _opening_subject(ct: ClaimText, c: Cue, resolver: SourceResolver) -> list[str]:
    """No actor known: the subject after the verb that opens the sentence ("أصدرت الشبكة ...، قالت فيه")."""
    s0, _ = ct.sent_range(c.i0)
    k = s0
    while k < c.i0 and ct.has(k, "clause_start"):
        k += 1
    if not ct.is_word(k) or k + 1 >= c.i0:
        return []
    r = phrase_after(ct, k + 1, c.i0)
    return resolver.resolve(r) if r is not None else []


def _apply_attachments(ct: ClaimText, p: Cue, done: list[Cue]) -> None:
    """Append an attached preposition's chain to its claim (and same-source claims of the sentence)."""
    t = p.attached_to
    if t is None or not p.chain or t not in done or p.applied:
        return
    head = t.chain[0] if t.chain else None
    targets = [t] + [
        d
        for d in done
        if d is not t
        and d.attached_to is None
        and _same_sentence(ct, d, t)
        and head
        and d.chain[:1] == [head]
    ]
    for d in targets:
        d.chain.extend(x for x in p.chain if x not in d.chain)
    p.applied = True
