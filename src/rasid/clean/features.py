"""Layout-independent features of one line of a text page, for the line classifier.

jusText's observation holds for Arabic news pages too: prose is long, full of function
words and closed by sentence punctuation; furniture (menus, clocks, captions, tickers,
teaser links) is short, made of names, digits or Latin, and cut by separators. None of
the features names an outlet or a phrase: they describe the shape of the line and of
its neighbours, so they carry over to layouts never seen. The stoplist is jusText's
Arabic one, read from the `justext` package (a dependency), never copied.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from rasid.clean.marks import (
    CLAUSE_BREAKS,
    CLOSING_QUOTES,
    COMMAS,
    DOUBLE_QUOTES,
    SENTENCE_ENDS,
    STOPS,
)
from rasid.lang.ar.clause_marks import char_class
from rasid.lang.ar.letters import LETTERS
from rasid.lang.ar.lexicon import load_rows
from rasid.lang.ar.match import ARTICLE
from rasid.lang.ar.normalise import normalise_string

FURNITURE_WORDS_FILE = "furniture_words.tsv"

#: Feature names, in the order of the vectors `line_features` returns.
NAMES: tuple[str, ...] = (
    "bias",
    "log_words",
    "short",
    "long",
    "sentence_end",
    "comma_rate",
    "stopword_density",
    "function_word_density",
    "digit_share",
    "latin_share",
    "date_or_clock",
    "separator_rate",
    "link_or_handle",
    "open_end",
    "credit_end",
    "conjunction_start",
    "headline_shape",
    "position",
    "first_line",
    "last_line",
    "repeated",
    "topic_overlap",
    "quote",
    "function_word_start",
    "furniture_words",
    "prev_words",
    "next_words",
    "prev_sentence_end",
    "next_sentence_end",
    "ellipsis_end",
    "headline_run",
    "relative_length",
    "before_prose",
    "after_prose",
    "digit_start",
    "prose_overlap",
    "glued_tokens",
    "prose_distance",
)


_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_DIGIT = re.compile(r"\d")
_LATIN = re.compile(r"[A-Za-z]")
_LETTER = re.compile(r"[^\W\d_]")
_SENTENCE_END = re.compile(rf"[{char_class(STOPS)}…][{char_class(CLOSING_QUOTES)})\]]*$")
_COMMA = re.compile(rf"[{char_class(CLAUSE_BREAKS)}]")
_SEPARATOR = re.compile(r"\s[|•·/–—\-]\s|[|•·»›«‹]|\s{3,}")  # bars, bullets, breadcrumb arrows
# A clock time "12:30", a date "2024/01/02" or "2.1.2024": the first digit outside the alternatives,
# so that a search leaps from digit to digit instead of trying three alternatives at every character.
_DATE_OR_CLOCK = re.compile(r"\d(?:\d?:\d{2}|\d{3}[/.\-]\d{1,2}[/.\-]\d{1,2}|\d?[/.\-]\d{1,2}[/.\-]\d{2,4})")
_LINK = re.compile(r"https?://|www\.|\.(?:com|net|org|sa|ae|eg|iq)\b|@\w|#\w|pic\.twitter", re.IGNORECASE)
_OPEN_END = re.compile(r"[:/|\-–—+]\s*$")
# "…/رويترز", "… - جيتي": a dash or slash after the line's first character (searched from it, `CREDIT_FROM`),
# then one word to the end.
_CREDIT_END = re.compile(r"[/\-–—]\s*[^\W\d_]{2,12}$")
CREDIT_FROM = 1
_CONJUNCTION_START = re.compile(r"^[وف][^\W\d_]{2,}")  # "وقال", "فيما": a sentence going on from the last
_QUOTE = re.compile(rf"[{char_class(DOUBLE_QUOTES)}]")
_LABEL_END = " \t|»›<>"  # separators after a read-more label ("... المزيد |")
READ_MORE_MAX_WORDS = 2  # a read-more label after a snippet's ellipsis is this short
_ELLIPSIS_END = re.compile(r"(?:\.\.\.?|…)\s*$")  # "... نائب مدي...": a teaser's cut snippet
_PROSE_PUNCT = re.compile(rf"[{char_class(SENTENCE_ENDS | COMMAS)}]")
# Menu items, tags or widget labels printed without a space between them: a word-final letter (ة, ى)
# inside a token ("الرئيسيةالبوابة"), Latin run into Arabic ("tweetكشفت"), or a token too long for a word.
_GLUED_TOKEN = re.compile(f"[ةى][{LETTERS}]|[A-Za-z][{LETTERS}]|[{LETTERS}][A-Za-z]")
GLUED_TOKEN_LETTERS = 13  # an Arabic word with its clitics seldom reaches this many letters
HEADLINE_MAX_WORDS = 20  # a longer line without a full stop is no headline
PROSE_MIN_WORDS = 10  # a line this long with sentence punctuation is prose
#: The line model's clitics before a stopword, as trained: affixes.tsv's clitic_article without
#: كال, then its conjunction and preposition clitics; kept as one ordered list of the model's own.
_CLITICS = ("وال", "فال", "بال", "لل", "و", "ف", "ب", "ل")
#: jusText's Arabic list holds frequent nouns too ("مصر", "سياسة"); its short words are the function words.
FUNCTION_WORD_LETTERS = 4


@cache
def stopwords() -> frozenset[str]:
    """jusText's Arabic stoplist, normalised the way rasid normalises text."""
    import justext  # a dependency of rasid (and of trafilatura); imported late, it is slow to load

    return frozenset(normalise_string(w) for w in justext.get_stoplist("Arabic"))


def _is_stopword(word: str, stop: frozenset[str]) -> bool:
    if word in stop:
        return True
    for clitic in _CLITICS:
        if word.startswith(clitic) and len(word) > len(clitic) + 1 and word[len(clitic) :] in stop:
            return True
    return False


@lru_cache(maxsize=1 << 14)  # bounded: a long batch meets new word forms all the time
def _word_class(word: str) -> tuple[bool, str]:
    """Whether a word is a stopword (with or without its clitic), and its stem: decided once
    per word form, as a page repeats its words and pages repeat each other's."""
    return _is_stopword(word, stopwords()), _stem(word)


def _particle(word: str) -> bool:
    """A word of the stoplist of three letters or fewer: a preposition, a pronoun, a particle ("في",
    "على", "ذلك"); the list's four-letter words include nouns a list of topics holds ("مقتل")."""
    return len(word) < FUNCTION_WORD_LETTERS and _word_class(word)[0]


def is_particle(word: str) -> bool:
    """`_particle` for other modules, on a word as written (normalised here)."""
    return _particle(normalise_string(word))


def is_furniture_word(word: str) -> bool:
    """`_furniture` for other modules, on a word as written (normalised here)."""
    return _furniture(normalise_string(word))


@cache
def furniture_words() -> frozenset[str]:
    """Words page furniture uses far more than prose (`furniture_words.tsv`), normalised, case-folded."""
    return frozenset(
        row["word"].casefold() for row in load_rows(FURNITURE_WORDS_FILE, normalise_columns=("word",))
    )


def _is_furniture_word(word: str, vocabulary: frozenset[str]) -> bool:
    word = word.casefold()
    for prefix in ("", "وال", ARTICLE, "و"):
        if word.startswith(prefix) and word[len(prefix) :] in vocabulary:
            return True
    return False


@lru_cache(maxsize=1 << 14)  # bounded, like `_word_class`: decided once per word form
def _furniture(word: str) -> bool:
    """`_is_furniture_word` of a normalised word against `furniture_words()`."""
    return _is_furniture_word(word, furniture_words())


def date_or_clock(line: str) -> bool:
    """The line holds a numeric date or a clock time (a timestamp, never a headline's)."""
    return bool(_DATE_OR_CLOCK.search(line))


def is_prose(line: str, words: int | None = None) -> bool:
    """A line of an article's prose: long enough, with sentence punctuation. A line ending with
    ".." or "..." counts (many outlets end their sentences so); a teaser's snippet cut by an
    ellipsis ("... نائب مدي...") is told by the `ellipsis_end` feature and where it stands."""
    n = len(line.split()) if words is None else words
    return n >= PROSE_MIN_WORDS and bool(_PROSE_PUNCT.search(line))


def ellipsis_end(line: str) -> bool:
    """The line ends with an ellipsis: a teaser's snippet, cut by the site; its read-more label may
    follow ("... المزيد |": up to two furniture words and a separator)."""
    if _ELLIPSIS_END.search(line):
        return True
    tokens = line.rstrip(_LABEL_END).split()
    for n in range(1, READ_MORE_MAX_WORDS + 1):
        label, rest = tokens[-n:], " ".join(tokens[:-n])
        if len(tokens) <= n or not all(_furniture(normalise_string(w)) for w in label):
            return False
        if _ELLIPSIS_END.search(rest):
            return True
    return False


def has_link(line: str) -> bool:
    """The line holds a link, a handle or a hashtag (an embedded post's, a share widget's)."""
    return bool(_LINK.search(line))


def glued_tokens(line: str) -> float:
    """The share of a line's tokens that are several words run together (see `_GLUED_TOKEN`)."""
    tokens = line.split()
    # A glued pair is two letters, no space, so it lies inside one token: when the line holds
    # none, no token is searched; a token shorter than the letter count is not counted either.
    pairs = _GLUED_TOKEN.search(line) is not None
    glued = sum(
        1
        for t in tokens
        if (pairs and _GLUED_TOKEN.search(t))
        or (len(t) >= GLUED_TOKEN_LETTERS and len(_LETTER.findall(t)) >= GLUED_TOKEN_LETTERS)
    )
    return glued / len(tokens) if tokens else 0.0


def _prose_distances(prose: Sequence[bool]) -> list[float]:
    """For each line, log(1 + how many lines away the nearest prose line is): furniture gathers
    above and below the article, away from its prose; a page of no prose is all far."""
    n = len(prose)
    far = [n] * n  # two passes, not a search per line: a long page stays linear
    last = None
    for i in range(n):
        last = i if prose[i] else last
        if last is not None:
            far[i] = i - last
    last = None
    for i in reversed(range(n)):
        last = i if prose[i] else last
        if last is not None:
            far[i] = min(far[i], last - i)
    return [math.log1p(d) for d in far]


def line_key(line: str) -> str:
    """The line as compared for repetition: normalised, case-folded, single spaces."""
    return " ".join(normalise_string(line).casefold().split())


def _own(line: str, words: list[str]) -> list[float]:
    """The features of the line alone (no position, no neighbours); `words` are its normalised words."""
    tokens = line.split()
    n = len(tokens)
    chars = max(1, len("".join(tokens)))  # the characters that are not white space
    letters = max(1, sum(map(len, _WORD.findall(line))))  # runs, not one string a letter
    sentence_end = bool(_SENTENCE_END.search(line))
    stopped = [w for w in words if _word_class(w)[0]]
    return [
        math.log1p(n),
        float(n <= 3),
        float(n >= 15),
        float(sentence_end),
        min(1.0, len(_COMMA.findall(line)) / max(1, n) * 5),
        len(stopped) / max(1, len(words)),
        sum(len(w) <= FUNCTION_WORD_LETTERS for w in stopped) / max(1, len(words)),
        len(_DIGIT.findall(line)) / chars,
        len(_LATIN.findall(line)) / letters,
        float(bool(_DATE_OR_CLOCK.search(line))),
        min(1.0, len(_SEPARATOR.findall(line)) / max(1, n) * 3),
        float(bool(_LINK.search(line))),
        float(bool(_OPEN_END.search(line))),
        float(bool(_CREDIT_END.search(line, CREDIT_FROM))),
        float(bool(_CONJUNCTION_START.match(line))),
        float(not sentence_end and 4 <= n <= 20),
    ]


def _headline_shaped(line: str, n: int, sentence_end: bool) -> bool:
    """A headline's shape: a few words, no full stop (teaser lists are runs of these)."""
    return not sentence_end and 3 <= n <= HEADLINE_MAX_WORDS


def _runs(flags: Sequence[bool]) -> list[int]:
    """For each position, the length of the run of True it sits in (0 when False)."""
    out = [0] * len(flags)
    i = 0
    while i < len(flags):
        if not flags[i]:
            i += 1
            continue
        j = i
        while j < len(flags) and flags[j]:
            j += 1
        out[i:j] = [j - i] * (j - i)
        i = j
    return out


def _stem(word: str) -> str:
    """A crude stem for comparing content words across lines: no conjunction, preposition or article."""
    # The line model's own crude stem, as trained: longest clitic first, no كال (affixes.tsv's
    # clitic_article has it), so it keeps its own list.
    for clitic in ("وال", "فال", "بال", "لل", ARTICLE, "و", "ف", "ب", "ل"):
        if word.startswith(clitic) and len(word) - len(clitic) >= 3:
            return word[len(clitic) :]
    return word


def _content_words(words: list[str]) -> set[str]:
    """Stems of the words that carry a topic (three letters or more, no function word)."""
    out: set[str] = set()
    for w in words:
        if len(w) >= 3:
            stopword, stem = _word_class(w)
            if not (stopword and len(w) <= FUNCTION_WORD_LETTERS):
                out.add(stem)
    return out


def tag_stems(text: str) -> set[str] | None:
    """The content-word stems of a piece of text made of content words alone (no function word,
    digit or punctuation): a list of topics ("الفاشر الدعم السريع"); None for anything else."""
    if _DIGIT.search(text) or _PROSE_PUNCT.search(text):
        return None
    words = _WORD.findall(normalise_string(text))
    if len(words) != len(text.split()) or any(len(w) < 3 or _particle(w) for w in words):
        return None
    return {_word_class(w)[1] for w in words}


def stems(text: str) -> set[str]:
    """The stems of every word of three letters or more in `text` (as `tag_stems` gives them)."""
    return {_word_class(w)[1] for w in _WORD.findall(normalise_string(text)) if len(w) >= 3}


def _overlaps(topics: Sequence[set[str]], keys: Sequence[str]) -> list[float]:
    """For each line, the share of its content words that other lines of the page use too.

    A subheading or a title shares the article's words; a teaser of another story, a menu or
    a widget does not. Copies of the line itself do not count."""
    first: dict[str, int] = {}  # each distinct line's first copy
    for k, key in enumerate(keys):
        first.setdefault(key, k)
    seen: Counter[str] = Counter()
    for k in first.values():
        seen.update(topics[k])
    return [sum(1 for w in own if seen[w] > 1) / len(own) if own else 0.0 for own in topics]


def _prose_overlaps(topics: Sequence[set[str]], keys: Sequence[str], prose: Sequence[bool]) -> list[float]:
    """For each line, the share of its content words that the page's prose lines (other than
    itself and its copies) use: a title or a subheading speaks of the article, a teaser list
    above it or below it does not, however much the teasers share with each other."""
    seen: Counter[str] = Counter()
    for k, own in enumerate(topics):
        if prose[k]:
            seen.update(own)
    prose_copies: dict[str, list[int]] = {}
    for k, key in enumerate(keys):
        if prose[k]:
            prose_copies.setdefault(key, []).append(k)
    out = []
    for k, own in enumerate(topics):
        copies = prose_copies.get(keys[k], [])
        hits = sum(1 for w in own if seen[w] - sum(w in topics[j] for j in copies) > 0)
        out.append(hits / len(own) if own else 0.0)
    return out


@dataclass(frozen=True)
class Page:
    """The lines of one page as the classifier sees them, computed once."""

    keys: list[str]  # line_key of each line
    topics: list[set[str]]  # content-word stems of each line
    overlaps: list[float]  # share of each line's content words other lines use
    prose_overlaps: list[float]  # share of each line's content words the prose lines use
    vectors: list[list[float]]  # features in NAMES order


def page_features(lines: Sequence[str]) -> Page:
    """Every line's features (in `NAMES` order), each seeing its page and neighbours."""
    normalised = [normalise_string(line) for line in lines]
    keys = [" ".join(norm.casefold().split()) for norm in normalised]
    words = [_WORD.findall(norm) for norm in normalised]
    topics = [_content_words(w) for w in words]
    overlaps = _overlaps(topics, keys)
    own = [_own(line, w) for line, w in zip(lines, words, strict=True)]
    stop = stopwords()
    opens = [
        float(bool(w) and len(w[0]) <= FUNCTION_WORD_LETTERS and _is_stopword(w[0], stop)) for w in words
    ]
    furniture = [sum(map(_furniture, w)) / len(w) if w else 0.0 for w in words]
    counts = Counter(keys)
    last = len(lines) - 1
    sizes = [len(line.split()) for line in lines]
    median = sorted(sizes)[len(sizes) // 2] if sizes else 0
    runs = _runs(
        [_headline_shaped(line, n, bool(o[3])) for line, n, o in zip(lines, sizes, own, strict=True)]
    )
    prose = [is_prose(line, n) for line, n in zip(lines, sizes, strict=True)]
    first_prose = prose.index(True) if any(prose) else len(lines)
    last_prose = len(lines) - 1 - prose[::-1].index(True) if any(prose) else -1
    prose_overlaps = _prose_overlaps(topics, keys, prose)
    distances = _prose_distances(prose)
    vectors = []
    for i, line in enumerate(lines):
        prev = own[i - 1] if i > 0 else None
        nxt = own[i + 1] if i < last else None
        vectors.append(
            [
                1.0,
                *own[i],
                i / last if last else 0.0,
                float(i == 0),
                float(i == last),
                float(counts[keys[i]] > 1),
                overlaps[i],
                float(bool(_QUOTE.search(line))),
                opens[i],
                furniture[i],
                prev[0] if prev else 0.0,
                nxt[0] if nxt else 0.0,
                prev[3] if prev else 0.0,
                nxt[3] if nxt else 0.0,
                float(ellipsis_end(line)),
                math.log1p(runs[i]),
                math.log((sizes[i] + 1) / (median + 1)),
                float(i < first_prose),
                float(i > last_prose),
                float(line[:1].isdigit()),
                prose_overlaps[i],
                glued_tokens(line),
                distances[i],
            ]
        )
    return Page(keys, topics, overlaps, prose_overlaps, vectors)


def line_features(lines: Sequence[str]) -> list[list[float]]:
    """One feature vector per line (in `NAMES` order), each seeing its page and neighbours."""
    return page_features(lines).vectors
