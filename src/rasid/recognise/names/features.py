"""What the name tagger sees of each word: rasid's own word layer, not raw characters.

Every feature comes from the `ActorText` the actor finders use, so training (on CoNLL corpora
rebuilt as text) and tagging (on an article) describe a word the same way:
  - the word, its proclitic reading (clitic and stripped form, with and without the
    article), prefixes and suffixes of the stripped form, its length and shape;
  - the punctuation around it (a sentence start, a comma, a quotation mark);
  - rasid's lexicons: the gazetteer, the actor registry (with the actor's type), titles,
    cue phrases, speech and act verbs, given and foreign first names, state adjectives
    (nisba), organisation head nouns, group words and stopwords;
  - what rasid's rule finders proposed (a person, organisation, state or group over the
    word), and whether the same word is part of such a proposal elsewhere in the article
    (a surname met after its first name earlier on);
  - how often the article uses the word (bare), whether it ever writes it with the article,
    and whether this is its first occurrence (`doc_use_marks`), and the same use of the words
    right before and after it: a common noun takes "ال" somewhere, a foreign name never;
  - the same for the words around it (two on each side for the word itself, one for the
    lexicon marks);
  - what the training corpus labelled the word and the names around it as
    (`lexicon.NameLexicon`: `tg:` and `tgp:` marks);
  - in the second pass, what the first pass labelled around the word and elsewhere in the
    article (`second_pass_features`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import TypeVar

from rasid.lang.ar.clause_marks import clause_marks
from rasid.lang.ar.match import ARTICLE, proclitic_readings
from rasid.lang.ar.quotes import quote_marks
from rasid.lang.memo import BoundedMemo
from rasid.recognise.actors.doc import ActorText, LexiconHit
from rasid.recognise.actors.lexicon import Tables
from rasid.recognise.actors.registry import Alias
from rasid.recognise.names.lexicon import NameLexicon

T = TypeVar("T")

#: A feature as handed to crfsuite: text, or its UTF-8 bytes (what crfsuite reads; see Vocabulary).
Feature = str | bytes
Features = list[Feature]
#: A word shorter than this (bare, in letters) is not looked up elsewhere in the article.
MIN_DOC_LETTERS = 3
RuleSpan = tuple[int, int, str]  # (first, last, actor type) proposed by a rule finder
#: Word forms and gaps whose own features are kept once computed (bounded: a long batch meets new
#: forms all the time; an article repeats most of its words and all of its gaps).
FORM_CACHE = 1 << 13


def _mark(
    marks: list[list[str]],
    hits: Iterable[LexiconHit[T]],
    name: str,
    kind_of: Callable[[LexiconHit[T]], str | None] | None = None,
) -> None:
    """Add B-name / I-name marks (with a kind when `kind_of` gives one) over each hit's words."""
    for hit in hits:
        kind = kind_of(hit) if kind_of is not None else None
        label = f"{name}:{kind}" if kind else name
        marks[hit.first].append(f"B-{label}")
        for j in range(hit.first + 1, hit.last + 1):
            marks[j].append(f"I-{label}")


def _registry_type(hit: LexiconHit[Alias | None]) -> str | None:
    for alias in hit.match.payloads:
        if alias is not None:
            return alias.actor.type
    return None


@lru_cache(maxsize=FORM_CACHE)
def _stripped(word: str) -> tuple[str, str]:
    """The longest proclitic reading (clitic, rest) whose rest keeps at least three letters."""
    best = ("", word)
    for clitic, rest in proclitic_readings(word):
        if len(clitic) > len(best[0]) and len(rest) >= 3:
            best = (clitic, rest)
    return best


def stripped_form(word: str) -> str:
    """The word without its longest proclitic (see `_stripped`)."""
    return _stripped(word)[1]


def _shape(word: str) -> str:
    if word.isdigit():
        return "digits"
    if any("a" <= c.lower() <= "z" for c in word):
        return "latin"
    if any(c.isdigit() for c in word):
        return "mixed"
    return "arabic"


def _lexicon_marks(
    doc: ActorText, vocabulary: Vocabulary | None = None, marks: list[list[str]] | None = None
) -> list[list[str]]:
    """Per word, the lexicon facts rasid knows about it (module docstring); what depends on the
    word form alone comes from `vocabulary`'s per-form memory (appended to `marks` when given)."""
    vocabulary = vocabulary or ALL
    tables = doc.tables
    if marks is None:
        marks = [[] for _ in range(len(doc))]
    _mark(marks, doc.places, "gaz")
    _mark(marks, doc.registry, "reg", _registry_type)
    _mark(marks, doc.titles, "title", lambda h: h.payload.kind)
    _mark(marks, doc.cues, "cue", lambda h: h.payload.kind)
    _mark(marks, doc.groups, "group")
    _mark(marks, doc.forces, "force")
    word_marks, verb_of = vocabulary.word_marks, doc.verb
    for i, word in enumerate(doc.texts):
        own, stop = word_marks(tables, word)
        mine = marks[i]
        if own:
            mine += own
        verb = verb_of(i)  # per word, not per form: a verb reading may depend on the writing
        if verb is not None:
            mine.append(f"verb:{verb}")
        if stop:
            mine.append("stop")
    return marks


def _word_marks(tables: Tables, word: str) -> tuple[tuple[str, ...], bool]:
    """The lexicon marks of a word form listed before its verb mark (a first name, a foreign
    one, a state adjective, an organisation head noun), and whether it is a stopword."""
    out = []
    given = tables.word_in(word, tables.given_names)
    if given is not None:
        out.append("given-amb" if tables.given_names[given[1]] else "given")
        if given[1] in tables.foreign_names:
            out.append("foreign")
    if tables.word_in(word, tables.nisba) is not None:
        out.append("nisba")
    head = tables.head(word)
    if head is not None:
        out.append("head-strong" if head[1].strong else "head")
    return tuple(out), tables.stop(word)


@lru_cache(maxsize=FORM_CACHE)
def _gap_features(gap: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The features of a gap before a word (`gap:`) and after it (`gapnext:`): they depend on the
    gap's characters only, and an article has few distinct gaps."""
    marks = _gap_marks(gap)
    return tuple(f"gap:{m}" for m in marks), tuple(f"gapnext:{m}" for m in marks)


@lru_cache(maxsize=1)
def _gap_classes() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The marks behind the gap features, from the data files: a full stop or other stop
    ("break"; the Arabic semicolon is a clause mark here, as the model was trained), a clause
    break or the colon that introduces a quotation ("comma"), a paired quotation mark ("quote")."""
    marks, quotes = clause_marks(), quote_marks()
    return marks.full_stops | marks.stops, marks.clause_breaks | quotes.introducers, quotes.paired


def _gap_marks(gap: str) -> list[str]:
    out = []
    stops, clause, quotes = _gap_classes()
    if "\n" in gap or any(c in gap for c in stops):
        out.append("break")
    if any(c in gap for c in clause):
        out.append("comma")
    if any(c in gap for c in quotes):
        out.append("quote")
    if any(c in gap for c in "()[]"):
        out.append("paren")
    if any(c in gap for c in "-–—/"):
        out.append("dash")
    return out


def _rule_marks(
    doc: ActorText,
    rules: Sequence[RuleSpan],
    stripped: list[tuple[str, str]],
    marks: list[list[str]] | None = None,
) -> list[list[str]]:
    """Per word, the rule proposals over it, and the types such proposals gave the same word
    (without its proclitic) anywhere in the article (appended to `marks` when given)."""
    if marks is None:
        marks = [[] for _ in range(len(doc))]
    elsewhere: dict[str, set[str]] = {}
    for first, last, kind in rules:
        marks[first].append(f"B-rule:{kind}")
        for j in range(first, last + 1):
            if j > first:
                marks[j].append(f"I-rule:{kind}")
            elsewhere.setdefault(stripped[j][1], set()).add(kind)
    if elsewhere:  # each form's `doc-rule:` marks written once, not once per word
        doc_rule = {rest: [f"doc-rule:{kind}" for kind in sorted(kinds)] for rest, kinds in elsewhere.items()}
        for i, (_, rest) in enumerate(stripped):
            found = doc_rule.get(rest)
            if found is not None:
                marks[i] += found
    return marks


def doc_use_marks(words: Sequence[str], bares: Sequence[str] | None = None) -> list[tuple[str, bool] | None]:
    """Per word, how the article uses its bare form: how often (1, 2, 3 or more) and whether
    any of those occurrences carries the article ("2|1" for "مدينة" ... "المدينة"), and
    whether this is its first occurrence; None for a bare form shorter than `MIN_DOC_LETTERS`.
    A foreign or rare name is never written with "ال", a common noun usually is somewhere; a
    name recurs, and is introduced in full the first time: evidence an unseen word carries in
    the article itself, where the CRF's word weights know nothing of it."""
    if bares is None:
        bares = [bare_form(w) for w in words]
    seen: dict[str, tuple[int, bool]] = {}
    for word, bare in zip(words, bares, strict=True):
        count, with_article = seen.get(bare, (0, False))
        rest = _stripped(word)[1]
        seen[bare] = (count + 1, with_article or (rest.startswith(ARTICLE) and rest != bare))
    # each bare form's use written once: "count|article"
    use = {bare: f"{min(count, 3)}|{int(with_article)}" for bare, (count, with_article) in seen.items()}
    out: list[tuple[str, bool] | None] = []
    met: set[str] = set()
    for bare in bares:
        if len(bare) < MIN_DOC_LETTERS:
            out.append(None)
        elif bare in met:
            out.append((use[bare], False))
        else:
            out.append((use[bare], True))
            met.add(bare)
    return out


@lru_cache(maxsize=FORM_CACHE)
def _word_features(word: str) -> tuple[str, ...]:
    """The features of a word that depend on its form alone (its readings, affixes, length and
    shape), computed once per form: an article repeats its words, a batch its vocabulary."""
    clitic, rest = _stripped(word)
    bare = bare_form(word)
    return (
        "bias",
        f"w={word}",
        f"rest={rest}",
        f"bare={bare}",
        f"clitic={clitic}",
        f"al={rest.startswith(ARTICLE)}",
        f"p2={bare[:2]}",
        f"p3={bare[:3]}",
        f"s1={bare[-1:]}",
        f"s2={bare[-2:]}",
        f"s3={bare[-3:]}",
        f"p4={bare[:4]}",
        f"s4={bare[-4:]}",
        f"len={min(len(bare), 8)}",
        f"shape={_shape(word)}",
    )


@lru_cache(maxsize=FORM_CACHE)
def bare_form(word: str) -> str:
    """The word without its longest proclitic and without the article ("وللبنك" -> "بنك")."""
    rest = _stripped(word)[1]
    return rest[len(ARTICLE) :] if rest.startswith(ARTICLE) and len(rest) > len(ARTICLE) + 2 else rest


def second_pass_features(
    words: Sequence[str],
    features: Sequence[Features],
    first: Sequence[str],
    vocabulary: Vocabulary | None = None,
) -> list[Features]:
    """The features of the second pass: the word's own (`features`) and what the first pass
    labelled (`first`, one BIO label per word) — the word and its neighbours, and the type the
    first pass gave the same word (bare, see `bare_form`) most often anywhere in the article,
    with how often (1, 2, 3 or more). An article names its actors many times, in contexts of
    unequal clarity; the first pass reads one sentence at a time, the second the article.
    The label features are written as `vocabulary` writes its features (text or bytes)."""
    bares = [bare_form(w) for w in words]
    seen: dict[str, dict[str, int]] = {}
    for i, label in enumerate(first):
        if label != "O" and len(bares[i]) >= MIN_DOC_LETTERS:
            kinds = seen.setdefault(bares[i], {})
            kind = label[2:]
            kinds[kind] = kinds.get(kind, 0) + 1
    as_feature = (vocabulary or ALL).feature
    # A label's three features and a bare form's article vote are written once per document
    # (a handful of labels; a vote per form), not once per word.
    own: dict[str, tuple[Feature, Feature, Feature]] = {
        label: (as_feature(f"p1={label}"), as_feature(f"p1[-1]={label}"), as_feature(f"p1[1]={label}"))
        for label in set(first)
    }
    doc_votes: dict[str, tuple[Feature, ...]] = {}
    for bare, votes in seen.items():
        top = max(sorted(votes), key=lambda k: votes[k])
        doc_votes[bare] = (as_feature(f"p1doc={top}"), as_feature(f"p1doc-n={min(votes[top], 3)}"))
    out: list[Features] = []
    n = len(words)
    for i, f in enumerate(features):
        g = [*f, own[first[i]][0]]
        if i > 0:
            g.append(own[first[i - 1]][1])
        if i + 1 < n:
            g.append(own[first[i + 1]][2])
        vote = doc_votes.get(bares[i])
        if vote is not None:
            g += vote
        out.append(g)
    return out


class Vocabulary:
    """The feature strings a model knows, and per word form the features kept for it.

    A feature the model never met in training adds nothing to any score (crfsuite looks it up
    and drops it), so leaving it out before tagging changes no label or probability; what it
    saves is handing crfsuite about 40 % of the strings it would only throw away. With no
    `known` set every feature is kept (training, tests). The kept tuples are remembered per
    word form, gap and mark (bounded, like the form caches above).

    With `encode`, the kept features are remembered as their UTF-8 bytes: crfsuite takes bytes
    as they are and encodes every text feature itself, on each call, so a word's features are
    encoded once per form instead of twice per word (both passes); the model reads the same
    attributes either way. `features(...)` turns a text feature built per word into the same."""

    def __init__(self, known: frozenset[str] | None = None, *, encode: bool = False) -> None:
        self.known = known
        self.encode = encode
        self._forms: BoundedMemo[str, tuple[tuple[Feature, ...], tuple[tuple[Feature, ...], ...]]] = (
            BoundedMemo(FORM_CACHE)
        )
        self._gaps: BoundedMemo[str, tuple[tuple[Feature, ...], tuple[Feature, ...]]] = BoundedMemo(
            FORM_CACHE
        )
        self._marks: BoundedMemo[tuple[str, tuple[str, ...]], tuple[Feature, ...]] = BoundedMemo(FORM_CACHE)
        self._all_marks: BoundedMemo[
            tuple[str, ...], tuple[tuple[Feature, ...], tuple[Feature, ...], tuple[Feature, ...]]
        ] = BoundedMemo(FORM_CACHE)
        self._word_marks: BoundedMemo[str, tuple[tuple[str, ...], bool]] = BoundedMemo(FORM_CACHE)
        self._uses: dict[
            tuple[str, bool] | None, tuple[tuple[Feature, ...], tuple[Feature, ...], tuple[Feature, ...]]
        ] = {}
        self._tables: Tables | None = None  # the tables `_word_marks` were read from
        self._tagged: BoundedMemo[str, tuple[Feature, ...]] = BoundedMemo(FORM_CACHE)
        self._lexicon: NameLexicon | None = None  # the lexicon `_tagged` was read from
        self.edge = tuple(self.kept(e) for e in _EDGE)

    def kept(self, features: Iterable[str]) -> tuple[Feature, ...]:
        known = self.known
        out = tuple(features) if known is None else tuple(f for f in features if f in known)
        return tuple(f.encode() for f in out) if self.encode else out

    def feature(self, feature: str) -> Feature:
        """A feature built per word (a word pair, a first-pass label), as `kept` gives them."""
        return feature.encode() if self.encode else feature

    def form(self, word: str) -> tuple[tuple[Feature, ...], tuple[tuple[Feature, ...], ...]]:
        """The word's own features, and what it tells the word 2 and 1 after it and 1 and 2
        before it (`w[-2]=`, `w[-1]=` with its rest and ending, `w[1]=` ..., `w[2]=`)."""
        found = self._forms.get(word)
        if found is None:
            rest = _stripped(word)[1]
            context = tuple(
                self.kept(
                    (f"w[{d}]={word}", f"rest[{d}]={rest}", f"s2[{d}]={rest[-2:]}")
                    if abs(d) == 1
                    else (f"w[{d}]={word}",)
                )
                for d in _OFFSETS
            )
            found = self._forms.put(word, (self.kept(_word_features(word)), context))
        return found

    def gap(self, gap: str) -> tuple[tuple[Feature, ...], tuple[Feature, ...]]:
        """`_gap_features(gap)`, kept."""
        found = self._gaps.get(gap)
        if found is None:
            before, after = _gap_features(gap)
            found = self._gaps.put(gap, (self.kept(before), self.kept(after)))
        return found

    def word_marks(self, tables: Tables, word: str) -> tuple[tuple[str, ...], bool]:
        """`_word_marks(tables, word)`, remembered per form while the tables stay the same."""
        if tables is not self._tables:
            self._tables = tables
            self._word_marks.clear()
        found = self._word_marks.get(word)
        if found is None:
            found = self._word_marks.put(word, _word_marks(tables, word))
        return found

    def marks_all(
        self, marks: tuple[str, ...]
    ) -> tuple[tuple[Feature, ...], tuple[Feature, ...], tuple[Feature, ...]]:
        """A word's marks as its own features, as the next word's and as the previous word's
        (`lex:`, `lex[1]:`, `lex[-1]:`), remembered per set of marks: most words have none."""
        found = self._all_marks.get(marks)
        if found is None:
            found = self._all_marks.put(
                marks, (self.marks("lex", marks), self.marks("lex[1]", marks), self.marks("lex[-1]", marks))
            )
        return found

    def uses(
        self, use: tuple[str, bool] | None
    ) -> tuple[tuple[Feature, ...], tuple[Feature, ...], tuple[Feature, ...]]:
        """A word's use in its article (`doc_use_marks`) as its own features, as the next word's
        (`docn[-1]=`) and as the previous word's (`docn[1]=`), kept: an article has a handful
        of distinct uses, so each is written once, not once per word (`_use_features`)."""
        found = self._uses.get(use)
        if found is None:
            if use is None:
                found = ((), (), ())
            else:
                found = (
                    self.kept((f"docn={use[0]}", f"docfirst={use[1]}")),
                    self.kept((f"docn[-1]={use[0]}",)),
                    self.kept((f"docn[1]={use[0]}",)),
                )
            self._uses[use] = found
        return found

    def tagged(self, lexicon: NameLexicon, bare: str) -> tuple[Feature, ...]:
        """`marks("tg", lexicon.word_marks(bare))`, remembered per bare form while the lexicon
        stays the same (`_lexicon_tails` asks once per word)."""
        if lexicon is not self._lexicon:
            self._lexicon = lexicon
            self._tagged.clear()
        found = self._tagged.get(bare)
        if found is None:
            found = self._tagged.put(bare, self.marks("tg", lexicon.word_marks(bare)))
        return found

    def marks(self, prefix: str, marks: tuple[str, ...]) -> tuple[Feature, ...]:
        """The lexicon and rule marks of a word as features (`lex:` for its own, `lex[-1]:` ...)."""
        key = (prefix, marks)
        found = self._marks.get(key)
        if found is None:
            found = self._marks.put(key, self.kept(f"{prefix}:{m}" for m in marks))
        return found


#: Offsets of the neighbours whose words are features, in the order the features are listed.
_OFFSETS = (-2, -1, 1, 2)
_EDGE = tuple((f"w[{d}]=<edge>",) for d in _OFFSETS)
#: Every feature kept: the features as listed, for training and tests.
ALL = Vocabulary()


#: The marks that come from rasid's tables of names (gazetteer, actor registry, forces, groups):
#: rows are added and removed between retrainings, so training hides some of them
#: (`without_table_marks`) for the weights not to lean on them alone.
TABLE_MARKS = ("gaz", "reg", "force", "group")
#: How a word's own marks and its neighbours' marks are written (`Vocabulary.marks_all`).
_MARK_PREFIXES = ("lex", "lex[-1]", "lex[1]")


def table_hits(features: Sequence[Features]) -> list[tuple[int, int, str]]:
    """(first, last, mark) of every table hit marked in a document's text features (`lex:B-gaz`
    on its first word, `lex:I-gaz` on the next ones): one row of a table met in the text."""
    out = []
    n = len(features)
    for i, own in enumerate(features):
        for feature in own:
            if not isinstance(feature, str) or not feature.startswith("lex:B-"):
                continue
            mark = feature[len("lex:B-") :]
            if mark.split(":")[0] not in TABLE_MARKS:
                continue
            last = i
            while last + 1 < n and f"lex:I-{mark}" in features[last + 1]:
                last += 1
            out.append((i, last, mark))
    return out


def without_table_marks(
    words: Sequence[str], features: Sequence[Features], hidden: Callable[[str], bool]
) -> list[Features]:
    """`features` (text features, as training builds them) without the marks of the table hits
    whose words (bare, joined by "|") `hidden` picks: on the hit's words (`lex:`) and as the
    neighbours' marks (`lex[-1]:` on the word after each, `lex[1]:` on the word before), as if
    the row were not in the table. Training hides a share of the rows per document (dropout
    of the table features): a model that never saw a table without gaps learns that a name is
    a name because it is listed, and loses more when a retraining's tables differ."""
    out = [list(f) for f in features]
    n = len(out)
    for first, last, mark in table_hits(features):
        if not hidden("|".join(bare_form(words[j]) for j in range(first, last + 1))):
            continue
        for j in range(first, last + 1):
            label = f"{'B' if j == first else 'I'}-{mark}"
            for prefix, at in zip(_MARK_PREFIXES, (j, j + 1, j - 1), strict=True):
                if 0 <= at < n and f"{prefix}:{label}" in out[at]:
                    out[at].remove(f"{prefix}:{label}")
    return out


def lexicon_features(
    words: Sequence[str], features: Sequence[Features], lexicon: NameLexicon, vocabulary: Vocabulary = ALL
) -> list[Features]:
    """`features` with what `lexicon` says of each word (`tg:`) and of the listed names over it
    (`tgp:`), keyed by bare form (training adds them per document, each from the other
    documents' labels; the tagger from the shipped lexicon)."""
    bares = [bare_form(w) for w in words]
    phrases = lexicon.phrase_marks(bares)
    return [
        [*f, *vocabulary.marks("tg", lexicon.word_marks(bare)), *vocabulary.marks("tgp", phrase)]
        for f, bare, phrase in zip(features, bares, phrases, strict=True)
    ]


def doc_features(
    doc: ActorText,
    rules: Sequence[RuleSpan] = (),
    vocabulary: Vocabulary = ALL,
    lexicon: NameLexicon | None = None,
) -> list[Features]:
    """One feature list per word of the document (`rules`: the rule finders' proposals), with
    only the features `vocabulary` keeps. Whatever depends on a word form, a gap or a word's
    marks alone comes from `vocabulary`'s per-form memory; only the word pairs are built here.

    Each word's part as a neighbour (what it tells the word two and one before and after it) is
    gathered once per word into one tuple, and the lists are padded with the edge's, so a word's
    list is one concatenation of nine tuples in the order the features are listed. With a
    `lexicon`, its marks follow (`lexicon_features`)."""
    n = len(doc)
    words = doc.texts
    # The document's readings, computed once and read by index below (and by the use marks).
    stripped = [_stripped(w) for w in words]
    rests = [rest for _, rest in stripped]
    bares = [bare_form(w) for w in words]
    marks = _rule_marks(doc, rules, stripped, _lexicon_marks(doc, vocabulary))
    forms = [vocabulary.form(w) for w in words]
    gaps = [*map(vocabulary.gap, doc.gaps), vocabulary.gap("\n")]
    marks_all, unmarked = vocabulary.marks_all, vocabulary.marks_all(())
    as_marks = [marks_all(tuple(m)) if m else unmarked for m in marks]  # (own, as next, as previous)
    edge = vocabulary.edge
    # word j as the word two before i, one before, one after, two after (padded with the edge)
    back2 = [edge[0], edge[0], *(f[1][0] for f in forms)]
    back1 = [edge[1], *(f[1][1] + m[2] for f, m in zip(forms, as_marks, strict=True))]
    next1 = [*(f[1][2] + m[1] for f, m in zip(forms, as_marks, strict=True)), edge[2]]
    next2 = [*(f[1][3] for f in forms), edge[3], edge[3]]
    known = vocabulary.known
    # each word's use as its own features, as the next word's (`docn[-1]=`) and the previous
    # word's (`docn[1]=`), padded with nothing at both ends
    unused = vocabulary.uses(None)
    uses = [unused, *map(vocabulary.uses, doc_use_marks(words, bares)), unused]
    tails = _lexicon_tails(bares, lexicon, vocabulary) if lexicon is not None else None
    feature = vocabulary.feature
    out: list[Features] = []
    for i in range(n):
        f = [
            *forms[i][0],
            *gaps[i][0],
            *gaps[i + 1][1],
            *as_marks[i][0],
            *back2[i],
            *back1[i],
            *next1[i + 1],
            *next2[i + 2],
            *uses[i + 1][0],
            *uses[i][1],
            *uses[i + 2][2],
        ]
        bare = bares[i]
        if i + 1 < n:
            bigram = f"bigram={bare}|{rests[i + 1]}"
            if known is None or bigram in known:
                f.append(feature(bigram))
        if i > 0:
            bigram = f"prev-bigram={rests[i - 1]}|{bare}"
            if known is None or bigram in known:
                f.append(feature(bigram))
        if tails is not None:
            f += tails[i]
        out.append(f)
    return out


def _lexicon_tails(
    bares: Sequence[str], lexicon: NameLexicon, vocabulary: Vocabulary
) -> list[tuple[Feature, ...]]:
    """Per word, what `lexicon_features` adds to its list (`tg:` then `tgp:` marks), for
    `doc_features` to append in its own pass instead of copying every list once more."""
    marks, tagged = vocabulary.marks, vocabulary.tagged
    return [
        tagged(lexicon, bare) + marks("tgp", phrase) if phrase else tagged(lexicon, bare)
        for bare, phrase in zip(bares, lexicon.phrase_marks(bares), strict=True)
    ]
