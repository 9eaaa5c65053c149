"""Turning a source phrase into actor mentions: the claim's source and its chain.

Rules (documented for the schema's `source` and `source_chain`):
- The chain lists the attribution from the outermost speaker (the subject of the cue,
  "القائمون على هذه الحملة") to what it cites or belongs to (the bodies named inside
  the phrase, "الدفاع المدني" in "مسؤولون في الدفاع المدني", then the objects of
  attached preposition cues, "تقرير للقسم الإعلامي" and "الائتلاف السوري المعارض").
- The source is the first link that is not a document: a report or estimate speaks
  for its author ("قاعدة بيانات الشبكة" → the network), a person or group for itself.
  A relay ("نقلت الوكالة عن مصدر أمني قوله") lists the agency first and gives the
  claim to the one it quotes (claim_resolve).
- Actor mentions of the actors stage are used where they cover the phrase. Words no
  actor covers become a new ActorMention (name None, name_ar the words; type from the
  head noun of claim_sources.tsv: anonymous groups NORP, documents and bodies ORG).
- A document named alone with the article ("التقرير", "البيان") is the one the latest
  source issued: its chain follows the document's mention, so the author claims.
- An anaphor ("المصدر ذاته", "هذه المصادر") or a shortened repeat of an earlier
  source ("الوكالة" after "وكالة آرانيوز", "يحيى" after "محمد يحيى") gets a mention
  that copies the earlier source's name and type, followed in the chain by the
  earlier chain: the chain shows what the words refer to.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rasid.lang.ar.markers import marker_words
from rasid.lang.ar.match import ARTICLE, load_clitics
from rasid.record import ActorMention
from rasid.relate.claims.lexicon import SourceHead, rank_words
from rasid.relate.claims.nameless import nameless_name
from rasid.relate.claims.phrases import Range, anaphor_length, bare, head_at
from rasid.relate.claims.text import ClaimText, SpanRef, clause_punct

_ACCUSATIVE = "ا"  # the alef of accusative tanwin, left after normalisation ("بياناً" → "بيانا")

ACTOR = "actor"  # kind of mentions made by the actors stage
_NOT_NAME_KINDS = ("preposition", "clause_start", "relative", "aux", "contrast", "blocker", "new_phrase")
_APPOSITION_WORDS = 12
_BODY_TYPES = ("ORG", "GPE")  # longest role apposition read after a source ("، المتحدث باسم ...،")
_DESCRIBED_SOURCES = 8  # earlier sources a definite description may point back to, latest first
_DESCRIBED_REACH = 1500  # characters back to the named actors a definite description may point to


@dataclass
class Earlier:
    """A source already attributed: its words (without article) and its chain."""

    words: tuple[str, ...]
    chain: list[str]
    source: str | None
    subject: bool = True  # the subject of a verb (pronouns refer to these), not a preposition's object


@dataclass
class SourceResolver:
    """Resolves source phrases of one record, remembering earlier sources for anaphora."""

    ct: ClaimText
    kinds: dict[str, str] = field(default_factory=dict)
    earlier: list[Earlier] = field(default_factory=list)
    _made: dict[tuple[int, int], str] = field(default_factory=dict)

    def last_chain(self) -> list[str]:
        """The latest source's chain, its claimant first: after a relay ("نقلت الوكالة عن مصدر
        طبي") "المصدر" is the one quoted, not the agency."""
        if not self.earlier:
            return []
        e = self.earlier[-1]
        return dedupe([e.source, *e.chain] if e.source in e.chain else list(e.chain))

    def last(self, subject: bool = False) -> tuple[list[str], str | None]:
        """Chain and claimant of the latest source (subject: of a verb, for pronouns)."""
        for e in reversed(self.earlier):
            if e.subject or not subject:
                return list(e.chain), e.source
        return [], None

    def remember(
        self, words: tuple[str, ...], chain: list[str], source: str | None = None, subject: bool = True
    ) -> None:
        if chain:
            self.earlier.append(Earlier(words, chain, source, subject))  # the same list: attachments show

    def words(self, r: Range) -> tuple[str, ...]:
        """The words of a phrase without their article, the first also without the ل of a
        preposition cue's object ("وفقاً للمصادر" repeats "مصادر محلية")."""
        out = [bare(self.ct.text(k)) for k in range(*r) if self.ct.is_word(k)]
        if out:
            out[0] = _without_object_clitic(out[0])
        return tuple(out)

    def pick(self, chain: list[str]) -> str | None:
        """The claimant: the first link that is not a document."""
        for mid in chain:
            if self.kinds.get(mid, ACTOR) != "document":
                return mid
        return chain[0] if chain else None

    # phrase -> chain

    def resolve(self, r: Range) -> list[str]:
        """The chain of a source phrase (token range), making mentions where needed; a quoted
        name in apposition after it is who speaks ("مجموعة الإنقاذ «الخوذ البيضاء»")."""
        chain = self._resolve(r)
        named = self._apposition(r[1])
        chain = [named, *chain] if named is not None else chain
        return dedupe(chain + self._described_body(r[1]))

    def _described_body(self, k: int) -> list[str]:
        """The named bodies of an apposition after the source that says what it is
        ("محمود بصل، المتحدث باسم الدفاع المدني، إن": the Civil Defence follows the speaker
        in the chain). The comma segment must open with a role word (marker kind
        `role_apposition`) and end at a comma, the complementizer or the sentence's end."""
        ct = self.ct
        k = self._name_rest(k)
        if k + 1 >= len(ct.toks) or not ct.is_comma(k) or not ct.has(k + 1, "role_apposition"):
            return []
        first, sent_end = k + 1, ct.sent_range(k)[1]
        last = min(sent_end, first + _APPOSITION_WORDS)
        end = first
        while end < last and (ct.is_word(end) or ct.is_quote(end)) and not ct.is_complementizer(end):
            end += 1
        closed = end < last and (ct.text(end) in clause_punct() or ct.is_complementizer(end))
        if not (closed or end >= sent_end - 1):
            return []  # nothing closes it: it may be what is reported
        actors = ct.actors_in(ct.toks[first].start, ct.toks[end - 1].end)
        return self._with_bodies([a for a in actors if a.named])

    def _apposition(self, k: int) -> str | None:
        """The named actor that alone fills the quotation opened at token k, if any."""
        ct = self.ct
        close = ct.quote_close(k) if ct.opens_quote(k) and not ct.is_straight_quote(k) else None
        if close is None or close <= k + 1:
            return None
        actor = ct.actor_starting(k + 1)
        if actor is None or not actor.named or ct.tok_at(actor.end) != close:
            return None
        return actor.id

    def _resolve(self, r: Range) -> list[str]:
        ct = self.ct
        a, b = r
        start, end = ct.toks[a].start, ct.toks[b - 1].end
        if anaphor_length(ct, a) == b - a:
            return self._refer(r, self.last_chain(), "anaphor")
        actors = ct.actors_in(start, end)
        quoted = self._quoted_name(r, actors)
        if quoted is not None:
            return [quoted]
        if actors and actors[0].start < ct.toks[a].end:  # the phrase opens with an actor
            self._misread_name(a, actors[0])
            first = ct.record.mention(actors[0].id)
            span = (a, max(a + 1, ct.tok_at(actors[0].end)))
            if first.name is None:  # "الوكالة", "يحيى": an unnamed actor may repeat an earlier source
                coref = self._coreferent(self.words(span))
                if coref is not None:
                    return (
                        [actors[0].id]
                        + [x for x in coref if self.kinds.get(x) != "anaphor"]
                        + [x.id for x in actors[1:]]
                    )
            else:  # "خاطر" after "إبراهيم خاطر", "شبكة الأطباء" after "شبكة أطباء السودان"
                shortened = self._shortened(self.words(span), first)
                if shortened is not None:
                    return [actors[0].id, *shortened, *(x.id for x in actors[1:])]
                described = self._described(span, first)
                if described is not None:
                    return [actors[0].id, *described, *(x.id for x in actors[1:])]
            return self._with_bodies(actors)
        head_end = b
        if actors:
            head_end = a
            while head_end < b and ct.toks[head_end].end <= actors[0].start:
                head_end += 1
        while head_end > a and not self._content_word(head_end - 1):
            head_end -= 1
        while actors and head_end > a + 1 and self._rank_before_person(head_end, actors[0]):
            head_end -= 1  # "وزير الطاقة السعودي الأمير عبد العزيز بن سلمان": the rank is the person's
            while head_end > a and not self._content_word(head_end - 1):
                head_end -= 1  # "والناطق باسم الحكومة، الدكتور محمد المومني"
        if actors and self._object_after(head_end, actors[0]):
            actors = []  # "واتهم الجيش جماعة تابعة لـ...": the army accuses, the group is its object
        if head_end == a or (actors and ct.counts_only(a, head_end)):
            return [x.id for x in actors]  # "عن أربعة مصادر أمنية": the count is not a source
        head_range = (a, head_end)
        coref = self._coreferent(self.words(head_range))
        if coref is not None:
            return self._refer(head_range, coref, "anaphor") + [x.id for x in actors]
        head = head_at(ct, *head_range)
        rest = self._owner(head_range, head)
        if head is not None and rest is not None:  # "مسؤولون في ...", "تقديرات هذه المصادر"
            head_only = (a, a + len(head.phrase))  # "مصادر للعربية": sources, then Al Arabiya
            doc = self._make(head_only, head.type, head.kind, name=self._head_name(head_only, head))
            return [doc, *self._resolve(rest)] + [x.id for x in actors]
        if self._document_anaphor(head_range, head):  # "وأوضح التقرير": the report cited before
            chain = self._issuer_chain(head_range)
            doc = self._make(head_range, "ORG", "document")
            return [doc, *(x for x in chain if self.kinds.get(x) not in ("anaphor", "document"))]
        kind = head.kind if head is not None else "named"
        if actors and (widened := self._adjective_actor(head_range, head, actors[0])) is not None:
            head_range, actors = widened, actors[1:]  # "مصدر مسؤول": an official source, not an official
        name = (
            self._body_source_name(head_range, head, actors[0])
            if actors
            else self._head_name(head_range, head)
        )
        mid = self._make(head_range, self._type(head_range, head), kind, name=name)
        return [mid, *self._with_bodies(actors)]  # "رئيسة الفريق الطبي لمنظمة ...": the team, then its body

    def _quoted_name(self, r: Range, actors: list[SpanRef]) -> str | None:
        """A source phrase that is one quotation ('بحسب “فرانس 24”') names its speaker with all
        its words: where the tagger read only part of it as an unnamed actor ("فرانس"), a mention
        over them all. A named actor in it names the speaker; with no actor in it, the phrase is
        read as any other (a source head gives its English: '"الصحة"')."""
        ct = self.ct
        a, b = r
        if not ct.opens_quote(a):
            return None
        if ct.quote_close(a) != b - 1 or not ct.words_between(a + 1, b - 1):
            return None
        inner = (a + 1, b - 1)
        lo, hi = ct.toks[inner[0]].start, ct.toks[inner[1] - 1].end
        if not actors or any(x.named for x in actors) or any(x.start <= lo and hi <= x.end for x in actors):
            return None
        return self._make(inner, "ORG", "named")

    def _head_name(self, r: Range, head: SourceHead | None) -> str | None:
        """The English of a source phrase that no actor names: its head's (claim_sources.tsv)
        when the head is the whole phrase ("مراسلنا" → correspondent), else, for an anonymous
        head, composed with the adjectives after it ("مصدر مطلع" → informed source); None
        when a word after it is not known (its English would lose what the word says)."""
        if head is None or head.english is None:
            return None
        words = [self.ct.text(k) for k in range(*r) if self.ct.is_word(k)]
        if len(words) == len(head.phrase):
            return head.english
        return nameless_name(head, words[len(head.phrase) :])

    def _body_source_name(self, r: Range, head: SourceHead | None, actor: SpanRef) -> str | None:
        """An anonymous head followed by في/من and a named body ("مصدر في الشرطة العراقية") is named
        by the body, as the actors stage names a registered one ("Sudanese Armed Forces source"):
        "Iraqi Police source"; the body follows it in the chain. None for anything else."""
        ct = self.ct
        if head is None or head.kind != "anonymous" or head.english is None:
            return None
        if r[1] - r[0] != len(head.phrase):
            return None  # "مصدر أمني في ...": the adjectives name it, or no name is sure
        body = ct.record.mention(actor.id)
        if body.type not in _BODY_TYPES or not getattr(body, "name", None):
            return None
        between = [ct.text(k) for k in range(r[1], ct.tok_at(actor.start))]
        if len(between) != 1 or not ct.has(r[1], "owner_preposition"):
            return None
        return f"{body.name} {head.english}"

    def _adjective_actor(self, r: Range, head: SourceHead | None, actor: SpanRef) -> Range | None:
        """The head's range widened over an actor right after it that is only an adjective of
        it ("مصدر مسؤول", whose مسؤول the actors stage read as "an official"), or None."""
        ct = self.ct
        if head is None or head.kind != "anonymous" or ct.tok_at(actor.start) != r[1]:
            return None
        mention = ct.record.mention(actor.id)
        if getattr(mention, "country", None) is not None:
            return None
        end = max(r[1] + 1, ct.tok_at(actor.end))
        words = [ct.text(k) for k in range(r[0], end) if ct.is_word(k)]
        if any(w in marker_words("preposition") for w in words):
            return None  # "مسؤول في وزارة الداخلية": the body it names stays in the chain
        name = nameless_name(head, words[len(head.phrase) :])
        return (r[0], end) if name is not None and name != head.english else None

    def _misread_name(self, a: int, actor: SpanRef) -> None:
        """A person's name the tagger gave to a nameless source ("مصدران أمنيان" read as a
        name): the phrase's composed English instead, when every word of it is known."""
        mention = self.ct.record.mention(actor.id)
        if mention.type != "PER" or getattr(mention, "country", None) is not None:
            return
        end = max(a + 1, self.ct.tok_at(actor.end))
        head = head_at(self.ct, a, end)
        if head is None or head.kind != "anonymous" or head.english is None:
            return
        words = [self.ct.text(k) for k in range(a, end) if self.ct.is_word(k)]
        if any(w in marker_words("preposition") for w in words):
            return  # "مصدر أمني في الشرطة": the actors stage named it by the body
        name = nameless_name(head, words[len(head.phrase) :])
        if name is not None:
            mention.name = name

    def _object_after(self, k: int, actor: SpanRef) -> bool:
        """An actor that opens at token k, right after a definite word, without the article,
        and is no person: a definite noun takes no indefinite noun after it in one phrase, so
        the actor is the verb's object ("واتهم الجيش جماعة تابعة لتنظيم الدولة")."""
        ct = self.ct
        return (
            0 < k < len(ct.toks)
            and ct.toks[k].start == actor.start
            and _definite(ct.text(k - 1))
            and not _definite(ct.text(k))
            and ct.record.mention(actor.id).type != "PER"
        )

    def _with_bodies(self, actors: list[SpanRef]) -> list[str]:
        """The actors of a phrase, each followed by the named bodies written inside it
        ("مدير مركز الدفاع المدني" → the director, then the Civil Defence)."""
        out: list[str] = []
        for x in actors:
            out.append(x.id)
            # bodies only: a group's word inside a name ("أطباء" in "منظمة أطباء بلا حدود") is none
            out += [y.id for y in self.ct.named_within(x) if self.ct.record.mention(y.id).type in _BODY_TYPES]
        return out

    def _name_rest(self, k: int) -> int:
        """Past up to two plain words a person's mention left out before a comma ("محمود|
        بصل، المتحدث"): not a marker, a cue, a date or another actor."""
        ct = self.ct
        j = k
        while (
            j < min(k + 2, len(ct.toks))
            and ct.is_word(j)
            and not any(ct.has(j, kind) for kind in _NOT_NAME_KINDS)
            and not ct.is_complementizer(j)
            and ct.date_at(j) is None
            and ct.actor_starting(j) is None
        ):
            j += 1
        return j if j < len(ct.toks) and ct.is_comma(j) else k

    def _document_anaphor(self, r: Range, head: SourceHead | None) -> bool:
        """A document head alone with the article ("التقرير", "البيان"), or with only words that
        say which of its kind it is ("الأرقام الإجمالية للجرحى", "الحصيلة الرسمية": the
        document_modifier markers), after an earlier source: the document that source issued,
        which speaks for it."""
        if head is None or head.kind != "document" or not _definite(self.ct.text(r[0])):
            return False
        rest = range(r[0] + len(head.phrase), r[1])
        if any(not self.ct.has(k, "document_modifier") for k in rest):
            return False
        return bool(self._issuer_chain(r))

    def _issuer_chain(self, r: Range) -> list[str]:
        """The chain a document named alone refers to: the latest source when it is itself a
        document ("وفقاً لبيان صادر عن اللجان ... وقال البيان"), else the latest speaker,
        else the actor that issued the same document named without article in this sentence
        or the one before ("أصدرت اللجنة بياناً ... وقال البيان")."""
        if self.earlier and self.kinds.get(self.earlier[-1].chain[0]) == "document":
            return list(self.earlier[-1].chain)
        return self.last(subject=True)[0] or self._issuer_before(r)

    def _issuer_before(self, r: Range) -> list[str]:
        ct = self.ct
        head = bare(ct.text(r[0]))
        first = ct.sent_range(r[0])[0]
        lo = ct.sent_range(first - 1)[0] if first > 0 else first
        for k in range(r[0] - 1, lo - 1, -1):
            if ct.text(k) not in (head, head + _ACCUSATIVE):
                continue
            sent = ct.sent_range(k)[0]
            actors = ct.actors_in(ct.toks[sent].start, ct.toks[k].start)
            return [actors[-1].id] if actors else []
        return []

    def _rank_before_person(self, head_end: int, actor: SpanRef) -> bool:
        """The word before head_end is a rank or honorific (العميد، الأمير، الدكتور) after an office and a
        person's name follows the head: the rank belongs to the name, not to the office before it (a rank
        alone keeps its place: "الوزير" before a word the tagger misread as a name)."""
        ct = self.ct
        word = ct.text(head_end - 1)
        if word not in rank_words() and ARTICLE + word not in rank_words():
            return False
        return ct.record.mention(actor.id).type == "PER" and actor.start >= ct.toks[head_end - 1].end

    def _content_word(self, k: int) -> bool:
        ct = self.ct
        return ct.is_word(k) and not ct.has(k, "preposition") and not ct.has(k, "clause_start")

    def _owner(self, r: Range, head: SourceHead | None) -> Range | None:
        """The words after an anonymous or document head that name whose it is, if any."""
        ct = self.ct
        if head is None or head.kind not in ("anonymous", "document"):
            return None
        k = r[0] + len(head.phrase)
        if k >= r[1]:
            return None
        if ct.has(k, "preposition"):
            k += 1
        elif _definite(ct.text(r[0])) or (not _definite(ct.text(k)) and anaphor_length(ct, k) == 0):
            return None  # only a head without article governs the next word ("مصادر المعارضة")
        return (k, r[1]) if k < r[1] and ct.is_word(k) else None

    def _type(self, r: Range, head: SourceHead | None) -> str:
        if head is not None:
            return head.type
        words = [self.ct.text(k) for k in range(*r) if self.ct.is_word(k)]
        if any(w.endswith(s) for w in words for s in marker_words("plural_suffix")):
            return "NORP"
        return "ORG" if words and _definite(words[0]) else "PER"

    def _coreferent(self, words: tuple[str, ...]) -> list[str] | None:
        """The chain of the latest earlier source these words repeat, or None."""
        if not words:
            return None
        for e in reversed(self.earlier):
            if words == e.words:
                return None  # the same full phrase: resolve it afresh
            if len(words) == 1 and e.words and words[0] == e.words[0]:
                return e.chain
            if set(words) <= set(e.words):
                return e.chain
        return None

    def _shortened(self, words: tuple[str, ...], mention: ActorMention) -> list[str] | None:
        """The chain of the latest earlier source whose words hold all of these and more, when this
        is a shorter repeat of it (a surname, a name without its state) that the actors stage named
        on its own: the mention takes the earlier source's name ("Khater" → "Ibrahim Khater")."""
        for e in reversed(self.earlier):
            if not words or len(words) >= len(e.words) or not set(words) <= set(e.words):
                continue
            model = self.ct.record.mention(e.source) if e.source else None
            if model is None or model.type != mention.type or not getattr(model, "name", None):
                return None
            mention.name = model.name
            return [x for x in e.chain if self.kinds.get(x) != "anaphor"]
        return None

    def _described(self, r: Range, mention: ActorMention) -> list[str] | None:
        """The chain of the latest earlier source that this definite phrase describes by its head
        noun and words of its own ("الشبكة الطبية المستقلة" after "شبكة أطباء السودان"): the same
        head as the earlier source's first word, no other word of the earlier name, and no other
        country (not "الجيش الإسرائيلي" after "الجيش السوداني"). The earlier source must have a
        name and the same type; the mention keeps its own words, the chain shows whom they mean.
        With no earlier source of that head, a named actor written before it that no claim cited
        (its cue unread: "الوطنأفادت شبكة أطباء السودان") is the antecedent."""
        words = self.words(r)
        if len(words) < 2 or not _definite(self.ct.text(r[0])):
            return None
        ct = self.ct
        at = ct.toks[r[0]].start
        candidates = [
            (e.words, e.source, [x for x in e.chain if self.kinds.get(x) != "anaphor"])
            for e in reversed(self.earlier[-_DESCRIBED_SOURCES:])
        ]
        candidates += [
            (self.words((ct.tok_at(a.start), ct.tok_at(a.end))), a.id, [a.id])
            for a in reversed(ct.actors_in(max(0, at - _DESCRIBED_REACH), at))
            if a.named and a.end <= at
        ]
        for their_words, source, chain in candidates:
            if not their_words or their_words[0] != words[0] or words == their_words:
                continue
            if set(words[1:]) & set(their_words[1:]):
                continue
            model = ct.record.mention(source) if source else None
            if model is None or model.type != mention.type or not getattr(model, "name", None):
                return None
            mine, theirs = getattr(mention, "country", None), getattr(model, "country", None)
            if mine and theirs and mine != theirs:
                return None
            return chain
        return None

    def _refer(self, r: Range, antecedent: list[str], kind: str) -> list[str]:
        """A mention for words that refer back, copying the antecedent's identity."""
        ct = self.ct
        start, end = ct.toks[r[0]].start, ct.toks[r[1] - 1].end
        covering = ct.actors_in(start, end)
        if covering and covering[0].start <= start and covering[0].end >= end:
            mid = covering[0].id
        else:
            src = self.pick(antecedent)
            model = ct.record.mention(src) if src else None
            mid = self._make(r, getattr(model, "type", None) or "NORP", kind, model)
        return dedupe([mid] + [x for x in antecedent if self.kinds.get(x) != "anaphor"])

    def _make(
        self, r: Range, type_: str, kind: str, model: object | None = None, name: str | None = None
    ) -> str:
        ct = self.ct
        r = _tidy(ct, r)
        start, end = ct.toks[r[0]].start, ct.toks[r[1] - 1].end
        if (start, end) in self._made:
            return self._made[(start, end)]
        s, e = ct.clean_span(start, end)
        text = ct.record.text[s:e]
        mention = ActorMention(
            id=ct.record.next_mention_id(),
            span=(s, e),
            text=text,
            type=type_,
            name=getattr(model, "name", None) or name,
            name_ar=getattr(model, "name_ar", None) or text,
            country=getattr(model, "country", None),
        )
        ct.record.mentions.append(mention)
        ct.add_actor(mention.id, start, end)
        self.kinds[mention.id] = kind
        self._made[(start, end)] = mention.id
        return mention.id


def _definite(word: str) -> bool:
    """Carries the article, bare or contracted after ل ("الدفاع", "للقسم")."""
    contracted = [c.form for c in load_clitics() if c.article == "contracted"]
    return word.startswith(ARTICLE) or any(word.startswith(f) for f in contracted)


def _without_object_clitic(word: str) -> str:
    for form in marker_words("object_clitic_article"):
        if word.startswith(form) and len(word) > len(form) + 2:
            return word[len(form) :]
    return word


def dedupe(chain: list[str]) -> list[str]:
    return list(dict.fromkeys(chain))


def _tidy(ct: ClaimText, r: Range) -> Range:
    """Quotation marks around a name stay out of its mention; one inside it is closed."""
    a, b = r
    while a < b - 1 and ct.is_quote(a):
        a += 1
    while b > a + 1 and ct.is_quote(b - 1) and ct.quote_close(b - 1) is None:
        opened = [k for k in range(a, b - 1) if ct.quote_close(k) == b - 1]
        if opened:
            break
        b -= 1
    for k in range(a, b):
        close = ct.quote_close(k)
        if close is not None and close >= b:
            b = close + 1
    return a, b
