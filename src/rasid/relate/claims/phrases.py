"""Where the source phrase of a cue is: after the verb, before it, or before a relative.

These functions only find token ranges; `claim_source` turns a range into actor
mentions. A source phrase runs over words until punctuation, a complementizer, a
preposition (unless an actor mention follows it: "مسؤولون في الدفاع المدني"), a date,
a relative pronoun or another cue, and stops after a person's name, after a fixed
anaphor ("المصدر ذاته"), and between two adjacent actors ("اتهم الائتلاف روسيا").
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from rasid.lang.ar.markers import marker_words
from rasid.lang.ar.match import ARTICLE
from rasid.relate.claims.lexicon import SourceHead, anaphors_by_first, rank_words, source_heads
from rasid.relate.claims.text import ClaimText, SpanRef

MAX_AFTER = 8  # words in a source phrase after its cue
MAX_BEFORE = 6  # words in a subject before its verb
MAX_NAME_QUOTE = 8  # tokens of a quoted name inside a source phrase ("مراسل «قاسيون»")
MASDAR_LETTERS = 5  # "إطلاق", "تنفيذ": verbal nouns of the derived verbs
MAX_NAME_AFTER = 2  # words before a quoted name in a source phrase ("مجموعة الإنقاذ “الخوذ البيضاء”")
TITLED_REACH = 6  # tokens between a title's phrase and the person it names (a body after ل, ranks)

Range = tuple[int, int]


def bare(word: str) -> str:
    """The word without its definite article (for comparing heads: المصادر ~ مصادر)."""
    return word[len(ARTICLE) :] if word.startswith(ARTICLE) and len(word) > len(ARTICLE) + 2 else word


def _stop(ct: ClaimText, j: int, cue_starts: Collection[int]) -> bool:
    return (
        not ct.is_word(j)
        or ct.is_complementizer(j)
        or ct.has(j, "complementizer")
        or ct.has(j, "complementizer_pronoun")
        or any(ct.has(j, k) for k in ("relative", "relative_ma", "preposition", "content_preposition"))
        or any(ct.has(j, k) for k in ("aux", "clause_start", "skip_start", "apposition"))
        or ct.phrase_at(j, "contrast") > 0
        or ct.date_at(j) is not None
        or j in cue_starts
    )


def _is_quote_open(ct: ClaimText, j: int) -> bool:
    return ct.opens_quote(j)


def anaphor_length(ct: ClaimText, i: int) -> int:
    """Tokens of the longest anaphor phrase of claim_sources.tsv at token i (0: none)."""
    best = 0
    for words in anaphors_by_first().get(ct.text(i), ()):
        if len(words) > best and all(ct.text(i + k) == w for k, w in enumerate(words)):
            best = len(words)
    return best


def phrase_after(
    ct: ClaimText,
    i: int,
    limit: int,
    cue_starts: Collection[int] = (),
    earlier: Sequence[tuple[str, ...]] = (),
    demand: bool = False,
) -> Range | None:
    """The source phrase that starts at token i (before token `limit`), or None.

    demand: the cue takes an object introduced by ب or ل (طالب بوقف، اتهم بارتكاب،
    ندد بالهجوم), so such a word that no actor covers ends the phrase.
    """
    _, s_end = ct.sent_range(i) if i < len(ct) else (i, i)
    end = min(limit, s_end)
    if i >= end or (_stop(ct, i, cue_starts) and not _is_quote_open(ct, i)):
        return None
    if demand and _demand_object(ct, i, first=True):
        return None
    if ct.phrase_at(i, "manner"):
        return None  # "وأدانت بأشد العبارات ...": the verb keeps the speaker before
    if ct.text(i) in marker_words("object_noun"):
        return None  # "وزارة الصحة في غزة تعلن مقتل 24": the toll is the object, the speaker before
    n = anaphor_length(ct, i)
    if n:
        return i, i + n
    j, words = i, 0
    while j < end and words < MAX_AFTER:
        if _is_quote_open(ct, j):
            close = ct.quote_close(j)
            if close is None or close >= end or close - j > MAX_NAME_QUOTE:
                break
            if j > i and (j - i > MAX_NAME_AFTER or _definite(ct.text(i))) and not _affiliated(ct, j):
                break  # "أدانت النقابة "عملية الاختطاف"": a quoted object, not a name
            words += ct.words_between(j, close)
            j = close + 1
            if ct.quote_close(i) == close:  # a quoted name opens the phrase: it is the phrase
                break
            continue
        if ct.text(j).isdigit() or (j > i and (_demonstrative(ct, j) or (demand and _demand_object(ct, j)))):
            break
        if j > i and _toll_object(ct, j):
            break
        if j > i and addressee(ct, j) and not _document_first(ct, i, j) and not ct.has(j - 1, "affiliation"):
            break
        if j > i and _stop(ct, j, cue_starts):
            prep = ct.has(j, "preposition") and j + 1 < end
            actor = ct.actor_starting(j + 1) if prep else None
            if prep and actor is None and _is_quote_open(ct, j + 1) and j + 2 < end:
                actor = ct.actor_starting(j + 2)  # 'بيان صادر عن "تنسيقية لجان المقاومة"'
            owner = ct.has(j, "owner_preposition") and ct.is_word(j + 1) and head_only(ct, i, j)
            count = head_at(ct, i, j + 1)  # "عدد من الدول"
            owner = owner or (
                count is not None and count.kind == "quantifier" and len(count.phrase) == j + 1 - i
            )
            if actor is None and not (owner and not _stop(ct, j + 1, cue_starts)):
                break
            j += 1
        actor = ct.actor_starting(j)
        if actor is not None:
            j, words = _after_actor(ct, actor, j, end, words)
            if j < 0:
                j = -j
                break
            continue
        if j == i + 1 and _bare_object(ct, i, j):
            break
        words += 1
        j += 1
    if j == i:
        return None
    return i, _cut_at_earlier(ct, i, j, earlier)


def with_conjuncts(ct: ClaimText, r: Range) -> Range:
    """A source phrase with the actors joined to it by و right after it, when the coordination
    closes the subject: a complementizer, punctuation, a date, a preposition, the one spoken to
    or a definite object follows ("وقال المرصد السوري والدفاع المدني إن", "وأدانت فرنسا
    وألمانيا الهجوم"): every conjunct speaks."""
    k = r[1]
    found = False
    while ct.is_word(k) and ct.text(k)[:1] in marker_words("clause_start") and len(ct.text(k)) > 3:
        actor = ct.actor_starting(k)
        if actor is None or actor.start <= ct.toks[k].start:
            break  # the actor must start after the conjunction, inside the word
        found = True
        k = max(k + 1, ct.tok_at(actor.end))
    if not found:
        return r
    closed = (
        not ct.is_word(k)
        or ct.is_complementizer(k)
        or ct.date_at(k) is not None
        or ct.has(k, "preposition")
        or addressee(ct, k)
        or (_definite(ct.text(k)) and ct.actor_starting(k) is None)
    )
    return (r[0], k) if closed else r


def _after_actor(ct: ClaimText, actor: SpanRef, j: int, end: int, words: int) -> tuple[int, int]:
    """Step over an actor mention; a negative index means the phrase ends after it.

    A named actor is followed in its phrase only by an adjective or emphatic word
    ("نفسها"), a place ("بحلب"), or a person it titles ("وزير الدفاع يوآف غالانت"); an unnamed
    title by the body and the person after it ("المتحدث باسم وزارة الصحة أشرف القدرة").
    """
    k = max(j + 1, ct.tok_at(actor.end))
    words += k - j
    if k >= end or not ct.is_word(k):
        return -k, words
    nxt = ct.actor_starting(k)
    if _role_in_body(ct, actor, j, k):
        return k, words  # "مسؤول كبير في وزارة الصحة": the body the role belongs to
    if _is_person(ct, actor.id) and (actor.named or nxt is None):
        return -k, words  # an unnamed title ("المتحدث باسم") goes on to whom it speaks for
    if nxt is not None:
        if _is_person(ct, nxt.id):
            return -max(k + 1, ct.tok_at(nxt.end)), words + 1
        return -k, words
    word = ct.text(k)
    if ct.has(k, "emphatic") or ct.place_at(k) is not None or (_definite(word) and not _stop(ct, k, ())):
        return k, words
    if ct.has(k - 1, "affiliation") and ct.has(k, "preposition") and ct.actor_starting(k + 1) is not None:
        return k, words  # "مصادر طبية مقربة من حركة حماس": the body it is close to belongs to the phrase
    if _anonymous(ct, actor, j, k) and not _stop(ct, k, ()):
        return k, words  # "مصادر عسكرية", "مصادر قريبة من المتمردين": an unnamed head and its adjective
    return -k, words


def with_titled_person(ct: ClaimText, r: Range) -> Range:
    """The source phrase with the person its title names, written after it: the body the title
    belongs to after ل and the person's ranks come between ("الناطق الرسمي لوزارة الصحة أشرف
    القدرة", "الناطق باسم الجيش العميد علي قانصو", "المدير العام لمستشفى الشفاء محمد أبو سلمية").
    Only for a phrase that opens with a title head (or a source head the actors stage read as a
    person: "الناطق الرسمي", "مسؤول") and names no person after it, and when the
    person closes the subject (إن، a colon or comma, the one spoken to, a date, a preposition, the
    قوله of a relay). A place the office is in may come between ("مدير الدفاع المدني في إدلب")."""
    a, b = r
    head, first = head_at(ct, a, a + 1), ct.actor_starting(a)
    role = first is not None and _is_person(ct, first.id)  # "للناطق الرسمي", "مسؤول": a person's role
    if head is None or not (head.kind == "title" or role):
        return r
    inside = ct.actors_in(ct.toks[a].start, ct.toks[b - 1].end)
    if any(_is_person(ct, x.id) and x.start >= ct.toks[a].end for x in inside):
        return r  # "المتحدث باسم وزارة الصحة أشرف القدرة": the phrase already holds its person
    k, limit = b, min(ct.sent_range(a)[1], b + TITLED_REACH)
    while k < limit and ct.is_word(k):
        actor = ct.actor_starting(k)
        if actor is not None and _is_person(ct, actor.id):
            end = max(k + 1, ct.tok_at(actor.end))
            return (a, end) if actor.named and _closes_subject(ct, end) else r
        if actor is not None and _owner_clitic(ct, k, actor):
            k = max(k + 1, ct.tok_at(actor.end))  # "لوزارة الصحة": whose title it is
        elif ct.text(k) in rank_words() or ARTICLE + ct.text(k) in rank_words():
            k += 1  # "العميد", "الدكتور"
        elif (place := _place_after(ct, k)) > k:
            k = place  # "مدير الدفاع المدني في إدلب": where the office is
        else:
            return r
    return r


def _place_after(ct: ClaimText, k: int) -> int:
    """The token after "في + place" or a place with its ب at token k ("في إدلب", "بإدلب"), else k."""
    at = k + 1 if ct.text(k) == "في" and k + 1 < len(ct) else k
    place = ct.place_at(at) if at < len(ct) else None
    if place is None or (at == k and not ct.text(k).startswith("ب")):
        return k
    return max(at + 1, ct.tok_at(place.end))


def _owner_clitic(ct: ClaimText, k: int, actor: SpanRef) -> bool:
    """A body the actors stage found inside token k after a ل stuck to it ("لوزارة الصحة")."""
    if actor.start <= ct.toks[k].start or ct.record.mention(actor.id).type not in ("ORG", "GPE"):
        return False
    return any(
        ct.text(k).startswith(f)
        for f in marker_words("object_clitic") | marker_words("object_clitic_article")
    )


def _closes_subject(ct: ClaimText, k: int) -> bool:
    """Whether what follows a source phrase at token k ends the subject, not a noun phrase going on."""
    if k >= len(ct) or not ct.is_word(k) or ct.is_complementizer(k) or ct.date_at(k) is not None:
        return True
    return ct.has(k, "preposition") or ct.has(k, "speech_noun") or addressee(ct, k)


def _role_in_body(ct: ClaimText, actor: SpanRef, j: int, k: int) -> bool:
    """A person mention that is a role noun of the source heads and its adjective ("مسؤول
    كبير", "مصدر أمني"), followed by a preposition of place or membership (في، ب، من; not عن or
    على, which open what is said) and a body that is not a person: the body belongs to the
    phrase, as after a bare head ("مسؤول في الجيش")."""
    if not _is_person(ct, actor.id) or head_at(ct, j, j + 1) is None or k + 1 >= len(ct):
        return False
    if not ct.has(k, "preposition") or ct.has(k, "saying_preposition"):
        return False
    body = ct.actor_starting(k + 1)
    return body is not None and not _is_person(ct, body.id)


def _anonymous(ct: ClaimText, actor: SpanRef, j: int, k: int) -> bool:
    """An actor mention that is only an anonymous head noun ("مصادر"), with no name."""
    head = head_at(ct, j, k)
    return not actor.named and head is not None and head.kind == "anonymous" and len(head.phrase) == k - j


def addressee(ct: ClaimText, j: int) -> bool:
    """Who the source spoke to, between it and إن ("قال مسؤول لقناة الجزيرة إن"): a word with
    ل whose rest is a source head or starts an actor mention."""
    word = ct.text(j)
    clitics = marker_words("object_clitic") | marker_words("object_clitic_article")
    if word in clitics:  # 'لـ"رويترز"': the ل written apart before a name
        return _is_quote_open(ct, j + 1) or ct.actor_starting(j + 1) is not None
    if not any(word.startswith(f) and len(word) > len(f) + 2 for f in clitics):
        return False
    if _is_quote_open(ct, j + 1):  # 'لقناتي “العربية”'
        return True
    actor = ct.actor_starting(j)
    return (actor is not None and actor.start > ct.toks[j].start) or head_at(ct, j, j + 1) is not None


def _document_first(ct: ClaimText, i: int, j: int) -> bool:
    """The phrase so far is a document, whose ل-word is its owner ("إحصائية للأمم المتحدة")."""
    head = head_at(ct, i, j)
    return head is not None and head.kind == "document"


def _demonstrative(ct: ClaimText, j: int) -> bool:
    """A demonstrative or quantifier starts a new noun phrase, unless it opens an anaphor ("هذه المصادر")."""
    if ct.has(j, "new_phrase") or ct.has(j, "speech_noun"):
        return True
    return ct.has(j, "demonstrative") and anaphor_length(ct, j) == 0


def _affiliated(ct: ClaimText, j: int) -> bool:
    """The quotation at token j names the body the source belongs to, after an affiliation word
    and ل written apart ("مواقع إلكترونية تابعة لـ"تنظيم الدولة الإسلامية""): it stays in the phrase."""
    return j >= 2 and ct.has(j - 1, "object_clitic") and ct.has(j - 2, "affiliation")


def _definite(word: str) -> bool:
    return word.startswith(ARTICLE)


def _toll_object(ct: ClaimText, j: int) -> bool:
    """A toll's verbal noun with a glued preposition opens the object ("باستشهاد 11 جنديا")."""
    word = ct.text(j)
    return word[:1] in marker_words("object_prefix") and word[1:] in marker_words("new_phrase")


def _demand_object(ct: ClaimText, j: int, first: bool = False) -> bool:
    """A word with ب or ل that no actor covers: what is demanded ("بوقف", "بالإفراج").

    As the first word after the cue it may still be the subject ("برنامج الأغذية", "بلدية
    حلب"): there it counts only before an article or a long verbal noun ("بإطلاق").
    """
    word = ct.text(j)
    covered = ct.actor_starting(j) is not None or ct.inside_actor(ct.toks[j].start)
    if covered or len(word) <= 3 or word[0] not in marker_words("demand_object_prefix"):
        return False
    if not first:
        return True
    rest = word[1:]
    if head_at(ct, j, j + 1) is not None:
        return False
    return rest.startswith(ARTICLE) or (
        len(rest) >= MASDAR_LETTERS and rest[0] in marker_words("masdar_start")
    )


def _bare_object(ct: ClaimText, i: int, j: int) -> bool:
    """An indefinite word after a definite body noun no actor covers starts the verb's object, for
    an adjective would carry the article too ("واستهجن الحزب قرار الحكومة")."""
    head = head_at(ct, i, i + 1)
    return (
        head is not None
        and head.kind == "body"
        and ct.text(i).startswith(ARTICLE)
        and ct.is_word(j)
        and not _definite(ct.text(j))
        and not any(ct.has(j, kind) for kind in ("preposition", "owner_preposition", "affiliation"))
        and ct.actor_starting(i) is None
    )


def head_only(ct: ClaimText, i: int, j: int) -> bool:
    """Whether tokens [i, j) are just an anonymous or document head ("مسؤولون", "فيديو")."""
    head = head_at(ct, i, j)
    kinds = ("anonymous", "document", "quantifier")
    return head is not None and head.kind in kinds and len(head.phrase) == j - i


def head_at(ct: ClaimText, i: int, j: int) -> SourceHead | None:
    """The longest source head of claim_sources.tsv opening the words [i, j).

    The first word is also tried without its article and without a ل stuck to it
    by a preposition cue ("وفقاً لمصادر طبية", "وفقاً للمرصد").
    """
    heads = source_heads()
    words = [ct.text(k) for k in range(i, j) if ct.is_word(k)]
    if not words:
        return None
    firsts = [words[0], bare(words[0])]
    for form in marker_words("object_clitic_article"):
        if words[0].startswith(form):
            firsts += [words[0][len(form) :], ARTICLE + words[0][len(form) :]]  # للدفاع: دفاع، الدفاع
    for form in marker_words("object_clitic"):
        if words[0].startswith(form):
            firsts += [words[0][len(form) :], ARTICLE + words[0][len(form) :]]  # لمفوض: مفوض، المفوض
    for n in range(len(words), 0, -1):
        for first in firsts:
            found = heads.get((first, *words[1:n]))
            if found is not None:
                return found
    return None


def _is_person(ct: ClaimText, mention_id: str) -> bool:
    return getattr(ct.record.mention(mention_id), "type", None) == "PER"


def _cut_at_earlier(ct: ClaimText, i: int, j: int, earlier: Sequence[tuple[str, ...]]) -> int:
    """End the phrase after a prefix that repeats an earlier source ("السيد عبد الغني الضغط")."""
    words = [bare(ct.text(k)) for k in range(i, j)]
    for prev in earlier:
        n = len(prev)
        if 0 < n < len(words) and tuple(words[:n]) == prev and not ct.inside_actor(ct.toks[i + n].start):
            return i + n  # not inside a name: "مصادر عسكرية" after "مصادر"
    return j


def phrase_before(
    ct: ClaimText, i0: int, cue_tokens: Collection[int] = (), plural: bool = False
) -> Range | None:
    """A subject written before its verb at token i0 ("المعارضة السورية، تؤكد"), or None.

    The subject must start the clause: at the sentence start, after a complementizer,
    a clause-opening word or an auxiliary ("وكان الائتلاف قد استنكر"). Words right after
    a preposition cue are its object ("وبحسب المصدر أوضح"), not the verb's subject.
    A head joined by و opens the subject ("... في صنعاء ونقابة الصحفيين تطالب"), unless the
    verb is dual or plural (`plural`): then the subject goes on back over the conjuncts
    ("المرصد والدفاع المدني قالا"), when they open the clause.
    """
    s0, _ = ct.sent_range(i0)
    k = i0 - 1
    if k >= s0 and ct.has(k, "relative"):
        return phrase_before_relative(ct, k)
    while k >= s0 and ct.has(k, "aux"):
        k -= 1
    if k >= s0 and ct.is_comma(k):
        k -= 1
    end, n = k + 1, 0
    last_conjunct: Range | None = None  # the last conjunct alone, if the whole coordination fails
    while k >= s0 and (ct.is_word(k) or ct.closes_quote(k) or ct.is_straight_quote(k)):
        if ct.has(k, "preposition") and _head_before_modifier(ct, k, s0):
            k -= 1  # "إلا إن ناشطين على موقع التواصل تحدثوا": a head noun and the phrase that describes it
        elif _boundary(ct, k) or ct.has(k, "preposition") or _conjoined_preposition(ct, k):
            break  # "وعن بلدة عيترون قالت الوكالة": a fronted phrase, not the subject
        n += ct.is_word(k)
        k -= 1
        if n > MAX_BEFORE * (1 + plural):
            return last_conjunct
        if _conjoined_head(ct, k + 1):  # "... في صنعاء ونقابة الصحفيين تطالب"
            if not plural:
                return k + 1, end
            last_conjunct = last_conjunct or (k + 1, end)
    if n == 0 or not (k < s0 or _boundary(ct, k)) or any(x in cue_tokens for x in range(k, end)):
        return last_conjunct
    if ct.date_at(end - 1) is not None:
        return None  # "وصباح اليوم الأحد أكدت مصادر": a fronted time, the subject follows the verb
    return k + 1, end


def _head_before_modifier(ct: ClaimText, k: int, s0: int) -> bool:
    """The preposition at k follows an unnamed source head that opens its clause ("ناشطين على"):
    what the preposition leads is part of the subject, not a fronted phrase."""
    h = k - 1
    if h < s0 or not ct.is_word(h):
        return False
    head = head_at(ct, h, k)
    opens = h == s0 or _boundary(ct, h - 1)
    return head is not None and head.kind in ("anonymous", "body") and len(head.phrase) == 1 and opens


def _conjoined_preposition(ct: ClaimText, k: int) -> bool:
    """A preposition carrying the conjunction و or ف ("وعن", "وفي")."""
    word = ct.text(k)
    return any(
        len(form) == 1 and word.startswith(form) and word[1:] in marker_words("preposition")
        for form in marker_words("clause_start")
    )


def _conjoined_head(ct: ClaimText, k: int) -> bool:
    """A word with the conjunction و whose rest is a source head or starts an actor."""
    word = ct.text(k)
    for form in marker_words("clause_start"):
        if len(form) == 1 and word.startswith(form) and len(word) > 3:
            rest = word[1:]
            actor = ct.actor_starting(k)
            if (actor is not None and actor.start > ct.toks[k].start) or (bare(rest),) in source_heads():
                return True
    return False


def _boundary(ct: ClaimText, k: int) -> bool:
    return (
        ct.has(k, "aux")
        or ct.has(k, "clause_start")
        or ct.has(k, "complementizer")
        or ct.has(k, "complementizer_pronoun")
    )


def phrase_before_relative(ct: ClaimText, k_rel: int, stops: Collection[int] = ()) -> Range | None:
    """The noun phrase a relative pronoun refers to ("المعارضة السورية نفسها، التي قالت").

    stops: tokens of cues, which the phrase never reaches back into ("وفق إحصاءات المرصد، الذي").
    """
    s0, _ = ct.sent_range(k_rel)
    k = k_rel - 1
    if k >= s0 and ct.is_comma(k):
        k -= 1
    end, n = k + 1, 0
    if k >= s0 and ct.closes_quote(k):
        opener = next((o for o, c in ct.quote_pairs if c == k), None)
        if opener is not None and opener >= s0:  # "بينها "مراسلون بلا حدود" التي حذّرت"
            return opener, k + 1
    while (
        k >= s0
        and ct.is_word(k)
        and k not in stops
        and not _boundary(ct, k)
        and not ct.has(k, "preposition")
        and n < MAX_BEFORE
    ):
        n += 1
        k -= 1
    return (k + 1, end) if n else None
