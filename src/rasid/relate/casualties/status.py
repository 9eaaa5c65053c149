"""What a count's words say of its victims: the status (the noun, a "case" noun, a word right
after, a status word or verb around it, a toll), the group, and whether it joins a breakdown
(a marker before it, "و" after a member)."""

from __future__ import annotations

import bisect

from rasid.lang.ar.affixes import affixes
from rasid.lang.ar.clause_marks import clause_marks
from rasid.lang.ar.doc import Word
from rasid.lang.ar.numbers import particles
from rasid.record import Group, QuantityMention, Status
from rasid.relate.casualties.lexicon import CasualtyLexicon, GroupWord, WordStatus
from rasid.relate.casualties.words import (
    CasualtyText,
    Victims,
    conjunctions,
    joiner,
    letters,
    next_words,
    partitives,
)
from rasid.relate.nisba import adjective_actor
from rasid.relate.text import in_set, readings

AFTER_WORDS = 2  # words right after a count that may say what happened ("مدنيا مصرعهم")
BEFORE_WORDS = 10  # words before a count in which its status verb may stand ("مقتل تسعة ... وأربعة")
FORWARD_WORDS = 12  # words after a count in which a verb may stand ("13 شخصا بينهم نساء وأطفال قتلوا")
FATE_WORDS = 12  # words between "لقي" + count and the status noun that closes the clause ("مصرعهم")
GROUP_AFTER_WORDS = 4  # "العشرات من الجرحى جميعهم من المدنيين"
TOLL_REACH = 16  # words from "إلى N" back to the toll of its clause ("ارتفع عدد قتلى ... إلى 23")
TOLL_WORDS = 3  # words from a toll's status noun to its bare count ("عدد الجرحى نحو 1530")
MEMBER_TAIL_WORDS = 5  # words of a breakdown member's noun phrase after its count, before "و" + the next
PEOPLE_ONLY = frozenset({"killed", "detained", "missing"})  # what happens to people, not to things


def killed_or_injured(t: CasualtyText, after: Word | None) -> bool:
    """A killed noun followed by "و" + an injured noun: "القتلى والجرحى" (not "..., وأصيب 35")."""
    if after is None:
        return False
    nxt = t.word(after.i + 1)
    if nxt is None or not nxt.norm.startswith(conjunctions()) or not t.is_injured(nxt.i):
        return False
    if t.doc.text[after.end : nxt.start].strip():
        return False
    counted = t.word(nxt.i + 1)
    return counted is None or (not counted.norm[:1].isdigit() and counted.i not in t.counts)


def paired_before(t: CasualtyText, word: Word | None) -> bool:
    """A status word before a count joined by "و" to the other of killed and injured right
    before it ("مقتل وإصابة 11 شخصا", "قتل وجرح 5"): one count of both."""
    if word is None or not word.norm.startswith(conjunctions()):
        return False
    prev = t.word(word.i - 1)
    if prev is None or prev.i in t.units or t.doc.text[prev.end : word.start].strip():
        return False
    if prev.i - 1 in t.units:
        return False  # "سبعة أشخاص قتلوا وأصيب 55": the killed word has its own count
    return {t.status.get(prev.i), t.status.get(word.i)} == {"killed", "injured"}


def group_after(t: CasualtyText, pos: int, unit: int) -> Group | None:
    """An adjective or "من" + group noun right after a status noun ("قتيلا مدنيا", "من المدنيين")."""
    words = next_words(t, pos, GROUP_AFTER_WORDS, unit=unit)
    for k, w in enumerate(words):
        if w.i in t.counts or in_set(w.norm, t.lex.breakdown_words):
            return None  # "110 قتلى، بينهم ثمانية من عناصر": the breakdown names its own group
        found = t.group_at(w.start)
        if found is None:
            continue
        linked = k == 0 or any(in_set(x.norm, partitives()) is not None for x in words[:k])
        if linked and found[1].kind in ("person", "single"):
            return found[1].group
    return None


def group_of_toll(t: CasualtyText, q: QuantityMention, unit: int) -> Group | None:
    """The group named after the toll's own status noun before the count ("عدد القتلى المدنيين ... 87 قتيلا")."""
    i = t.doc.word_at(q.span[0]) - 1
    for _ in range(BEFORE_WORDS):
        w = t.word(i)
        if w is None or t.doc.unit_of(w.start) != unit:
            return None
        if w.i in t.status and not in_set(w.norm, t.lex.verbs):
            nxt = t.word(w.i + 1)
            found = t.group_at(nxt.start) if nxt is not None else None
            return found[1].group if found is not None and found[1].kind == "person" else None
        i -= 1
    return None


def status_for(t: CasualtyText, q: QuantityMention, noun: Word | None, entry: GroupWord | None) -> tuple[WordStatus | Status, int | None, Word | None] | None:  # fmt: skip
    """(status, offset of a status word before the count, the status word) or None."""
    unit = t.doc.unit_of(q.span[0])
    if noun is not None and noun.i in t.status:
        status: WordStatus | Status = t.status[noun.i]
        prev = t.word(t.doc.word_at(q.span[0]) - 1)
        died = (
            status == "injured"
            and prev is not None
            and t.status.get(prev.i) == "killed"
            and not t.doc.text[prev.end : q.span[0]].strip()
            and prev.i not in t.units
        )
        if died and prev is not None:
            return "killed", prev.start, prev  # "وفاة ثلاثة جرحى": the wounded who died
        return status, None, noun
    if entry is not None and entry.kind == "case":
        nxt = t.word(noun.i + 1) if noun is not None else None
        if nxt is not None and nxt.i in t.status:
            return t.status[nxt.i], None, nxt
        return None
    end = q.span[1]
    for w in next_words(t, end, AFTER_WORDS, unit=unit):
        if (
            t.doc.text[end : w.start].strip()
            or w.norm.startswith(conjunctions())
            or in_set(w.norm, t.lex.clause_words)
        ):
            break  # "قتل ثلاثة مدنيين فيما أصيب 20": the next clause's word
        if w.i in t.status:
            return t.status[w.i], None, w
        end = w.end
    fate = _fate_status(t, q, unit)
    if fate is not None:
        return fate
    # Before the count: from the word before its noun (a long quantity may hold "عدد المصابين"),
    # back to the start of the clause.
    i = (noun.i if noun is not None else t.doc.word_at(q.span[0])) - 1
    for _ in range(BEFORE_WORDS):
        prev = t.word(i)
        if prev is None or t.doc.unit_of(prev.start) != unit:
            break
        if prev.i in t.status:
            return t.status[prev.i], prev.start, prev
        if prev.start < q.span[0] and in_set(prev.norm, t.lex.clause_words):
            break
        i -= 1
    for w in next_words(t, q.span[1], FORWARD_WORDS, unit=unit):
        if w.i in t.status and not w.norm.startswith(conjunctions()) and in_set(w.norm, t.lex.verbs):
            return t.status[w.i], None, w
    return None


def _fate_status(
    t: CasualtyText, q: QuantityMention, unit: int
) -> tuple[WordStatus | Status, None, Word] | None:
    """A fate verb right before the count ("لقي", casualty_markers.tsv's fate_verb rows) takes the
    status noun that closes its clause however long the subject between them ("لقي 20 مدنيا معظمهم
    أطفال مصرعهم", "لقي 12 جنديا من قوات الجيش وحرس الحدود مصرعهم"); a clause word stops it."""
    prev = t.word(t.doc.word_at(q.span[0]) - 1)
    if prev is None or prev.end > q.span[0] or not any(r in t.lex.fate_verbs for r in readings(prev.norm)):
        return None
    for w in next_words(t, q.span[1], FATE_WORDS, unit=unit):
        if in_set(w.norm, t.lex.clause_words):
            return None
        if w.i in t.status and not in_set(w.norm, t.lex.verbs):
            return t.status[w.i], None, w
    return None


def breakdown_before(t: CasualtyText, start: int) -> bool:
    """A breakdown marker right before the count ("بينهم 452")."""
    # The breakdown marker ending nearest before `start` has the shortest gap: if any gap is
    # blank, that one is.
    k = bisect.bisect_right(t.breakdown_ends, start)
    return k > 0 and bare_gap(t, t.breakdown_ends[k - 1], start)


def bare_gap(t: CasualtyText, end: int, start: int) -> bool:
    """Nothing but white space, or an existential word, between a breakdown marker and its
    count ("من بين الشهداء هناك 4800 طفل")."""
    if not t.doc.text[end:start].strip():
        return True
    words = t.doc.words_in(end, start)
    if len(words) != 1 or (t.doc.text[end : words[0].start] + t.doc.text[words[0].end : start]).strip():
        return False
    return in_set(words[0].norm, t.lex.existentials) is not None


def breakdown_inside(t: CasualtyText, span: tuple[int, int]) -> bool:
    """A breakdown marker inside the count's own words ("اثنان منهم")."""
    k = bisect.bisect_right(t.breakdown_starts, span[0])
    return k < len(t.breakdown_starts) and t.breakdown_starts[k] < span[1]


def joined_to_member(t: CasualtyText, q: QuantityMention, found: list[Victims]) -> bool:
    """Joined by "و" (or a comma) alone to the figure before it ("452 طفلا و200 امرأة")."""
    last = next((v for v in reversed(found) if v.end <= q.span[0]), None)  # found is in text order
    if last is None or not t.same_unit(last.start, q.span[0]):
        return False
    gap = t.doc.text[last.end : q.span[0]]
    if all(joiner(ch) for ch in gap):
        return True
    return last.member_hint and member_tail(t, last.end, q.span[0])


def member_tail(t: CasualtyText, end: int, start: int) -> bool:
    """Only the rest of a breakdown member's noun phrase, then "و", before the count: the list goes
    on ("بينهم 49 من أفراد الشرطة العسكرية، وأربعة مدنيين", "بينهم 166 مقاتلاً من الحزب و27 مدنياً")."""
    gap = t.doc.text[end:start].rstrip()
    if not gap.endswith(conjunctions()):
        return False
    words = t.doc.words_in(end, start)
    if not words or len(words) > MEMBER_TAIL_WORDS:
        return False
    tail = words[:-1] if words[-1].norm in conjunctions() else words  # the "و" may be a word of its own
    if (
        tail
        and in_set(tail[0].norm, partitives()) is None
        and not all(w.norm.startswith(affixes("definite_prefix")) for w in tail)
    ):
        return False  # "بينهم ثلاثة أطفال في قرية X وأربعة مدنيين": a place ends the member
    return all(
        w.i not in t.status and w.i not in t.counts and not in_set(w.norm, t.lex.clause_words) for w in tail
    )


def victims_of_verb(t: CasualtyText, q: QuantityMention, noun: Word) -> bool:
    """A sound plural counted right after a word of killing, arrest or abduction ("مقتل 7 صيادين",
    "اختطاف 3 مهندسين"): people, since things are not killed or arrested."""
    before = t.word(t.doc.word_at(q.span[0]) - 1)
    if (
        before is None
        or t.status.get(before.i) not in PEOPLE_ONLY
        or t.doc.text[before.end : q.span[0]].strip()
    ):
        return False
    return any(r.endswith(t.lex.plural_endings) for r in readings(letters(noun.norm)))


def people_of(word: str, lex: CasualtyLexicon) -> bool:
    """A plural, dual or accusative of a people's adjective ("فلسطينيين", "سوريون", "23 يمنيا",
    "مصريان"): people counted by nationality."""
    if not any(r.endswith(affixes("people_plural")) for r in readings(word)):
        return False
    return adjective_actor(word) is not None or any(adjective_actor(s) is not None for s in lex.stems(word))


def toll_before(t: CasualtyText, q: QuantityMention) -> bool:
    """A status noun a few words before a count without a noun: "بلغ عدد الجرحى نحو 1530"."""
    i = t.doc.word_at(q.span[0]) - 1
    for _ in range(TOLL_WORDS):
        w = t.word(i)
        if w is None or t.doc.unit_of(w.start) != t.doc.unit_of(q.span[0]):
            return False
        if w.i in t.status and not in_set(w.norm, t.lex.verbs):
            return True
        i -= 1
    return False


def toll_predicate(t: CasualtyText, q: QuantityMention) -> Word | None:
    """The status noun of a toll whose clause gives the count after "إلى" ("ارتفع عدد قتلى الغارات
    التي استهدفت السوق صباح اليوم إلى 23") or a few words after a toll verb after it ("حصيلة
    الشهداء في الغارات بلغت حتى الساعة 558"): the toll is the subject, the count its predicate."""
    i = t.doc.word_at(q.span[0]) - 1
    to = t.word(i)
    if to is None:
        return None
    if in_set(to.norm, particles().to) is None:
        verb = _toll_verb_before(t, q)
        if verb is None:
            return None
        i = verb.i
    for w in reversed(t.doc.words[max(0, i - TOLL_REACH) : i]):
        if not t.same_unit(w.start, q.span[0]) or not _one_phrase(t, w.end, q.span[0]):
            return None
        if w.i in t.status and not in_set(w.norm, t.lex.verbs) and _after_toll_word(t, w):
            return w
    return None


def _one_phrase(t: CasualtyText, a: int, b: int) -> bool:
    """No clause mark but commas between two offsets: a toll's subject reaches its predicate past
    a parenthesis ("ارتفع عدد قتلى الهجوم، مطلع الأسبوع الجاري، إلى 53")."""
    return t.doc.same_clause(a, b) or not any(ch in clause_marks().semicolons for ch in t.doc.text[a:b])


def _after_toll_word(t: CasualtyText, w: Word) -> bool:
    """A status noun right after a toll word, or after one and its adjective ("الحصيلة الإجمالية
    للشهداء")."""
    prev = t.word(w.i - 1)
    if prev is None or t.doc.text[prev.end : w.start].strip():
        return False
    if in_set(prev.norm, t.lex.toll_words) is not None:
        return True
    head = t.word(prev.i - 1)
    return (
        head is not None
        and prev.norm.startswith(affixes("definite_prefix"))
        and not t.doc.text[head.end : prev.start].strip()
        and in_set(head.norm, t.lex.toll_words) is not None
    )


def _toll_verb_before(t: CasualtyText, q: QuantityMention) -> Word | None:
    """A toll verb ("بلغت") within a few words before a count, in its clause, with no count between."""
    i = t.doc.word_at(q.span[0]) - 1
    for k in range(i, i - TOLL_WORDS, -1):
        w = t.word(k)
        if w is None or k in t.units or not t.doc.same_clause(w.end, q.span[0]):
            return None
        if in_set(w.norm, t.lex.toll_verbs) is not None:
            return w
    return None


def status_right_before(t: CasualtyText, q: QuantityMention) -> bool:
    """A status word right before a count without a noun: "مقتل تسعة", "وأصيب نحو 50"."""
    w = t.word(t.doc.word_at(q.span[0]) - 1)
    return w is not None and w.i in t.status and not t.doc.text[w.end : q.span[0]].strip()


def person_group(t: CasualtyText, w: Word) -> GroupWord | None:
    """The group of a plural or dual noun of people, as written or inflected."""
    at = t.group_at(w.start)
    entry = at[1] if at is not None else t.lex.inflected_group(w.norm)
    return entry if entry is not None and entry.kind == "person" else None
