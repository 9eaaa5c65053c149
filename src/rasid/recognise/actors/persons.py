"""Persons: registry names, and names the registry does not know found by their cues.

A name the registry does not know is found in three ways:
  1. after a title chain (data/actor_titles.tsv): TITLE+ COMPLEMENT? TITLE* NAME, where
     the complement is what an office governs: a portfolio, a state's adjective, an actor
     or organisation, or a place ("وزير الخارجية المصري", "المتحدث باسم وزارة ...",
     "مديرها التنفيذي", "الأمير"); the titles go into role_words;
  2. after a verb (data/actor_verbs.tsv): "قال محمد يحيى", "وأكد يحيى";
  3. by its first name alone (data/actor_given_names.tsv), when at least one more name word
     follows ("محمد يحيى"); a first name that is also an ordinary word needs 1 or 2;
  4. by a foreign first name (data/actor_foreign_names.tsv) and one more name word ("جورج
     بوش"): the surname may begin with a letter that is usually a proclitic and may look
     like a present-tense verb, since foreign names are written letter by letter; foreign
     particles ("دي", "فون", role foreign_link) join the next name word ("... دي ستيفانو").
A regnal ordinal ends a name that begins with a first name ("لويس التاسع"); inside a name,
"عبد/أبي X" takes any word that is no function word or verb ("بن عبد الملك").
A name is a first component (a first name, "عبد X", "أبو X", or after a cue any word no list
knows) and up to four more: first names, "بن/ابن/بنت/ولد/آل X", "عبد X", "أبو X", "الدين",
unknown words, and a last ال-word as the family name when it ends in ي or the name ends
after it ("سهر الدماطي،"). A word shaped like a verb (4+ letters starting with ي/ت, or
ending in ت) is not taken for an unknown name word. Titles in apposition after a name
("بدر عبد العاطي، وزير الخارجية") are added to its role_words.

A person the registry does not know has name None and name_ar as written. An office named
without its holder ("محافظ تعز", "مراسل «قاسيون»") is a person too when the title governs
something: it is named after the organisation it speaks for (analysts attribute to it), or
"<Role> of <place>", or "<Adjective> <Role> of <portfolio>"; "نظيره القطري" stands for the
state its adjective names.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache

from rasid.lang.ar.affixes import affixes
from rasid.lang.ar.clause_marks import commas
from rasid.lang.ar.match import ARTICLE, proclitic_readings
from rasid.lang.ar.quotes import quote_marks
from rasid.lang.ar.romanise import family_names
from rasid.recognise.actors.candidate import ActorCandidate
from rasid.recognise.actors.doc import ActorText, Hits, LexiconHit
from rasid.recognise.actors.forces import nisba_at
from rasid.recognise.actors.lexicon import Title, spelling
from rasid.recognise.actors.registry import Actor

MAX_COMPONENTS = 5
OFFICES = frozenset({"office", "counterpart"})


@dataclass
class Complement:
    """What an office title governs: its parts and their English."""

    first: int
    last: int = -1
    portfolios: list[str] = field(default_factory=list)
    adjective: str | None = None
    country: str | None = None
    actor: ActorCandidate | None = None
    place: str | None = None
    place_country: str | None = None

    @property
    def empty(self) -> bool:
        return self.last < self.first


@dataclass
class Name:
    first: int
    last: int
    components: int
    given_first: bool
    foreign: bool = False  # begins with a foreign first name: foreign surname rules apply
    regnal: bool = False  # ends with a regnal ordinal, which makes no name sure without a cue
    titled: bool = False  # follows a title chain ("العقيد"): an unknown first word may take a family name


#: The most words an office governs before the comma that sets off its holder's name.
MAX_GOVERNED = 8


class PersonFinder:
    """Finds persons in one document; `others` are the other finders' candidates."""

    def __init__(self, doc: ActorText, others: list[ActorCandidate]) -> None:
        self.doc = doc
        self.tables = doc.tables
        particles = doc.tables.particles
        self.links = frozenset(particles.of("name_link"))
        self.compounds = frozenset(particles.of("name_compound"))
        self.suffixes = frozenset(particles.of("name_suffix"))
        self.foreign_links = frozenset(particles.of("foreign_link"))
        self.regnal = frozenset(particles.of("regnal_ordinal"))
        self.family_endings = particles.of("family_ending")
        self.by_first: dict[int, ActorCandidate] = {}
        for c in sorted(others, key=lambda c: -c.size):
            self.by_first.setdefault(c.first, c)
        self.others = others
        self.covered = {i for c in others if c.type != "PER" for i in range(c.first, c.last + 1)}
        self.found: dict[tuple[int, int], ActorCandidate] = {}
        self.roles: set[int] = set()  # first words of unnamed offices

    # Words.

    def given(self, k: int) -> bool | None:
        """None when word k is no first name, else whether the name is also an ordinary word.

        Normalisation merges some names with function words ("علي" and "على"): the word as
        written decides."""
        word = self.doc.word(k)
        found = self.tables.given_names.get(word)
        if found is None:  # "عبدالسلام", "عبدالمجيد": a servant name written as one word
            return False if _glued_compound(word, self.compounds) else None
        if found is not None and word in self.tables.stopwords:
            return None if spelling(self.doc.surface(k, k)) in self.tables.stop_spellings else found
        return found

    def glued_compound(self, word: str) -> bool:
        """Whether a word is a name compound written onto its ال-word ("عبدالسلام" for "عبد
        السلام"): the compound, the article and at least two more letters."""
        return _glued_compound(word, self.compounds)

    def name_like(self, k: int) -> bool:
        doc, t = self.doc, self.tables
        word = doc.word(k)
        if not word.isalpha() or len(word) < 2 or t.stop(word) or doc.verb(k) is not None:
            return False
        marks = t.particles.written.get("indefinite_mark", ())
        if any(m in doc.written(k) for m in marks):
            return False  # "دعماً": an indefinite noun
        if doc.titles.at(k) or doc.groups.at(k) or doc.forces.at(k) or doc.portfolios.at(k):
            return False
        if t.head(word) or t.word_in(word, t.nisba) or t.word_in(word, t.adjectives):
            return False
        alias = doc.alias(doc.registry.at(k))
        return alias is None or alias.actor.type == "PER"

    def unknown_name(self, word: str) -> bool:
        """Whether a word no list knows may begin a name (not ال, not verb-shaped, no clitic)."""
        particles = self.tables.particles
        initial = particles.of("clitic_initial")
        possessive = tuple(s for s in particles.of("object_suffix") if len(s) > 1)  # "مديرها"; ه is also ة
        if word.endswith(possessive):
            return False
        return not word.startswith((ARTICLE, *initial)) and not self.tables.verb_shaped(word)

    def ends_after(self, m: int) -> bool:
        doc = self.doc
        nxt = m + 1
        if nxt >= len(doc) or not doc.joined(nxt):
            return True
        word = doc.word(nxt)
        return (
            self.tables.stop(word)
            or doc.verb(nxt) is not None
            or doc.titles.at(nxt) is not None
            or self.next_item(nxt)
        )

    def next_item(self, k: int) -> bool:
        """Whether word k opens the next item of a list with و ("خالد الجارالله ومساعد
        الوزير", "محمد الحسن وعلي"): a word of more than three letters after the و that is
        no first name and no place itself ("وليد", "واسط")."""
        doc = self.doc
        word = doc.word(k)
        conjunction = self.tables.particles.of("conjunction")
        return (
            word.startswith(conjunction)
            and len(word) > 3
            and self.given(k) is None
            and doc.places.at(k) is None
            and not self.tables.stop(word)
        )

    def named_after(self, k: int) -> bool:
        """Whether the word after an ambiguous first name is surely a name word: a first name,
        "بن/عبد/أبو X", or an ال-family name in ي ("علي بن أبي طالب", "علي محمد", "علي
        الأحمدي"); "علي" written for "على" is then no name ("علي النيل")."""
        doc = self.doc
        nxt = k + 1
        if nxt >= len(doc) or not doc.joined(nxt):
            return False
        word = doc.word(nxt)
        if self.given(nxt) is not None:
            return True
        if word in self.links or word in self.compounds:
            return self._pair(nxt)
        return word.startswith(ARTICLE) and word.endswith(self.family_endings) and self.name_like(nxt)

    def family(self, k: int) -> bool:
        """Whether word k is a family name the romanise table spells, with or without its
        article ("الصباح", "الجارالله", "حجازي")."""
        word = self.doc.word(k)
        stem = word[len(ARTICLE) :] if word.startswith(ARTICLE) else word
        return stem in family_names()

    def name_ahead(self, k: int) -> bool:
        """Whether the ال-word k sits inside a name: the word after it is surely a name word, a
        known family name or "أبو/عبد/بن X" ("المحمد الصباح", "الصغير أبو غفة")."""
        doc = self.doc
        nxt = k + 1
        if not doc.word(k).startswith(ARTICLE) or nxt >= len(doc) or not doc.joined(nxt):
            return False
        word = doc.word(nxt)
        if word in self.links or word in self.compounds:
            return self._pair(nxt)
        return self.family(nxt) and self.name_like(nxt)

    def possessed(self, k: int) -> bool:
        """Whether word k, as written, ends with an object or possessive pronoun ("خلفه",
        "عنها"): such a word follows a name but is not part of it."""
        written = spelling(self.doc.written(k))
        return len(written) > 3 and written.endswith(self.tables.particles.of("object_suffix"))

    def _pair(self, m: int) -> bool:
        """Whether words m (a link or compound word) and m+1 make one name component."""
        nxt = m + 1
        return (
            nxt < len(self.doc)
            and self.doc.joined(nxt)
            and (self.given(nxt) is not None or self.name_like(nxt))
        )

    def _inner_pair(self, m: int) -> bool:
        """Whether the compound word m ("عبد", "أبي") and the next word make one component
        inside a name: any word that is no function word may follow, a title, a verb's form or
        an ال-word included ("بن عبد الملك", "بن أبي طالب")."""
        doc = self.doc
        nxt = m + 1
        if nxt >= len(doc) or not doc.joined(nxt):
            return False
        word = doc.word(nxt)
        return word.isalpha() and len(word) >= 2 and not self.tables.stop(word)

    # Names.

    def parse_name(
        self, k: int, cued: bool, unknown_ok: bool | None = None, titled: bool = False
    ) -> Name | None:
        """The name starting at word k (module docstring), or None. `cued`: a cue stands before
        it, so a first name that is also an ordinary word counts; `unknown_ok` (default: cued):
        a word no list knows may begin it; `titled`: a title chain stands before it."""
        unknown_ok = cued if unknown_ok is None else unknown_ok
        doc = self.doc
        if k >= len(doc):
            return None
        word = doc.word(k)
        given = self.given(k)
        if word in self.compounds and self._pair(k):
            last = k + 1
        elif (given is not None and (cued or not given or self.named_after(k))) or (
            unknown_ok and self.unknown_name(word) and self.name_like(k)
        ):
            last = k
        else:
            return None
        name = Name(
            k, last, 1, given is not None or word in self.compounds, word in self.tables.foreign_names
        )
        name.titled = titled
        while name.components < MAX_COMPONENTS:
            nxt = self._continue(name)
            if nxt is None:
                break
            name.last, final = nxt
            name.components += 1
            if final:
                break
        return name

    def _continue(self, name: Name) -> tuple[int, bool] | None:
        doc = self.doc
        m = name.last + 1
        if m >= len(doc) or not doc.joined(m):
            return None
        word = doc.word(m)
        if word in self.links and m + 1 < len(doc) and doc.word(m + 1) in self.compounds:
            return (m + 2, False) if self._inner_pair(m + 1) else None  # "بن عبد الملك", "بن أبي طالب"
        if word in self.compounds and self._inner_pair(m):
            return m + 1, False
        if word in self.links and self._pair(m):
            return m + 1, False
        if word in self.regnal and name.given_first:
            name.regnal = True
            return m, True  # "لويس التاسع", "فؤاد الأول"
        if word in self.suffixes and name.given_first and name.components == 1:
            return m, False
        if name.foreign:
            step = self._foreign_step(name, m)
            if step is not None:
                return step
        if self.given(m) is not None:
            return m, False
        if not self.name_like(m):
            return (m, True) if self.noun_surname(name, m) else None
        if name.given_first and not name.foreign and (self.family(m) or self.name_ahead(m)):
            return m, False  # "خالد الجارالله", "أحمد ناصر المحمد الصباح", "راشد الصغير أبو غفة"
        if word.startswith(ARTICLE):
            if not name.given_first and name.titled and name.components == 1 and not name.foreign:
                # after a rank or office, a first name no list knows and a family name in ي as
                # written ("العقيد خضير الجبوري"); "حياة المرضى" after a verb is no name
                written = spelling(doc.written(m))
                return (m, True) if written.endswith(self.family_endings) else None
            if not name.given_first or name.foreign:  # "حياة المرضى" after a verb; "ألبرت أينشتاين الفيزياء"
                return None
            return (m, True) if word.endswith(self.family_endings) or self.ends_after(m) else None
        if self.foreign_surname(name, m):
            return m, True
        if not self.unknown_name(word) and self.clitic_surname(name, m):
            return m, True  # "عبدالسلام بركة إن", "علي بصول إن": a family name in ب, ل, ف or ك
        if not self.unknown_name(word) or (self.possessed(m) and not self.suffixed_family_name(name, m)):
            return None
        if name.components > 1:
            # an unknown word only right after the first name ("أكرم عفيف"), or as the family
            # name that ends a chain of "بن X": in ي ("أسامة بن أحمد نقلي")
            # or any unknown word a punctuation mark ends ("عادل بن سراج مرداد،")
            # or the family name closing a name of first names, punctuation or a function word
            # after it ("لمى حسن دياب،", "حسن عبد الرحيم مطاوع أن")
            family = spelling(doc.written(m)).endswith(self.family_endings)  # not "... بن سعود حضر"
            closed = m + 1 >= len(doc) or not doc.joined(m + 1)
            if doc.word(m - 2) in self.links and (family or closed):
                return m, True
            return (m, True) if self.closing_family_name(name, m) else None
        return m, False

    def tail(self, first: int, last: int) -> int:
        """The last word of a person's name that another finder (the name tagger) found over
        words first..last, run on by this grammar: "بن/آل X" after it ("تميم بن حمد آل ثاني"),
        then one family name no list knows that closes the name (`closing_family_name`,
        `foreign_surname`: "ساروج كومار جاه وعرض"). The finder's words count as a name that
        begins with a first name."""
        doc = self.doc
        foreign = doc.word(first) in self.tables.foreign_names
        name = Name(first, last, last - first + 1, True, foreign)
        while name.components < MAX_COMPONENTS:
            m = name.last + 1
            if m < len(doc) and doc.joined(m) and doc.word(m) in self.links and self._pair(m):
                name.last, name.components = m + 1, name.components + 1
                continue
            break
        m = name.last + 1
        if name.components >= MAX_COMPONENTS or m >= len(doc) or not doc.joined(m):
            return name.last
        if self.foreign_surname(name, m):
            return m
        word = doc.word(m)
        if not self.unknown_name(word) or not self.name_like(m) or self.possessed(m):
            return name.last
        return m if self.closing_family_name(name, m) else name.last

    def noun_surname(self, name: Name, m: int) -> bool:
        """Whether word m, an office or portfolio word without the article right after a first
        name, is the family name that ends the name ("قيس مصالحة،", "خالد مفتي إن"): a title
        after a name has the article or governs the next word ("محمد وزير الخارجية")."""
        doc = self.doc
        word = doc.word(m)
        if not name.given_first or name.foreign or name.components > 3 or not word.isalpha():
            return False
        if word.startswith(ARTICLE) and name.components >= 2:
            # after a first name and a father's name, an office word with the article is the
            # family name it often is ("مهند سعيد القاضي في", "al-Qadi")
            word = word[len(ARTICLE) :]
        elif word.startswith(ARTICLE):
            return False
        if len(word) < 3 or not self.unknown_name(word) or self.possessed(m):
            return False
        if doc.verb(m) is not None or self.tables.stop(word) or doc.places.at(m) is not None:
            return False
        marks = self.tables.particles.written.get("indefinite_mark", ())
        if any(mark in doc.written(m) for mark in marks):
            return False
        office = doc.titles.at(m) is not None or doc.portfolios.at(m) is not None
        return office and (m + 1 >= len(doc) or not doc.joined(m + 1) or self.ends_after(m))

    def closing_family_name(self, name: Name, m: int) -> bool:
        """Whether the unknown word m closes a name of two or three first names or compounds:
        no common word (`Tables.common`: "فيصل محمد علي استمرار"), no link before it, and the
        name closed after it (`closed_after`: "عبد الله عباس كيليما سفيرًا", "حسن عبد الرحيم
        مطاوع أن"). A word ending like an adverb's accusative or a dual ("صباحا", "ساعتين",
        common words mostly) needs punctuation, a title or an indefinite noun after it."""
        doc = self.doc
        if not name.given_first or name.foreign or name.components > 3:
            return False  # a foreign name's last word: `foreign_surname`
        if any(doc.word(i) in self.links for i in range(name.first, m)):
            return False  # a lineage ends as the rules above say ("عمر بن عبد العزيز سنتين")
        if self.tables.common(doc.word(m)):
            return False
        adverb = spelling(doc.written(m)).endswith((*affixes("adverb_ending"), *affixes("feminine_dual")))
        return self.closed_after(m, strong=adverb)

    def closed_after(self, m: int, strong: bool = False) -> bool:
        """Whether a name ending at word m is closed after it: by punctuation or the end, a
        title, or a word written with an indefinite mark ("سفيرًا": a noun, never a name word);
        unless `strong`, also by a function word, a verb or a common word after a proclitic
        ("بحضور", "وعرض"; a bare noun may govern the next: "مأمور مركز")."""
        doc = self.doc
        nxt = m + 1
        if nxt >= len(doc) or not doc.joined(nxt) or doc.titles.at(nxt) is not None:
            return True
        marks = self.tables.particles.written.get("indefinite_mark", ())
        if any(mark in doc.written(nxt) for mark in marks):
            return True
        if strong:
            return False
        word = doc.word(nxt)
        if self.tables.stop(word) or doc.verb(nxt) is not None:
            return True
        common = self.tables.common_words
        return any(clitic and rest in common for clitic, rest in proclitic_readings(word))

    def foreign_surname(self, name: Name, m: int) -> bool:
        """Whether word m is one more word of a foreign name after its surname ("ألفونسو زيغبي
        كامارينا،"): a name-like word without ال that is no place, no function word, no
        common word (its ending may look like a verb's or a pronoun's: "نا"),
        and the name closed after it by punctuation, a title or an indefinite noun."""
        doc = self.doc
        if not name.foreign or name.components < 2 or name.components > 3:
            return False
        word = doc.word(m)
        if word.startswith(ARTICLE) or not self.name_like(m) or self.tables.common(word):
            return False
        if doc.places.at(m) is not None or self.tables.word_in(word, self.tables.stopwords):
            return False
        if doc.written(m).endswith(self.tables.particles.written.get("feminine_ending", ())):
            return False  # "ألقى توماس لوريمر محاضرة،": an Arabic noun, no foreign surname
        return self.closed_after(m, strong=True)

    def suffixed_family_name(self, name: Name, m: int) -> bool:
        """Whether word m, which ends like a noun with a pronoun ("خلفه"), is the family name
        right after a first name ("معين قداده بحضور"): neither the word nor the word without
        its ending a common word, and the name closed after it as `closing_family_name` says."""
        doc = self.doc
        if not name.given_first or name.foreign or name.components != 1:
            return False
        word = doc.word(m)
        suffixes = sorted(self.tables.particles.of("object_suffix"), key=len, reverse=True)
        stem = next((word[: -len(s)] for s in suffixes if word.endswith(s)), word)
        if self.tables.common(word) or self.tables.common(stem) or doc.verb(m) is not None:
            return False
        return self.closed_after(m)

    def clitic_surname(self, name: Name, m: int) -> bool:
        """Whether word m, which begins with a letter that is usually a proclitic (ب، ل، ف، ك),
        is the family name closing a name that begins with a first name: no article after the
        letter, no verb's shape, no function word, and the name closed after it."""
        doc = self.doc
        word = doc.word(m)
        initial = self.tables.particles.of("clitic_initial")
        conjunction = self.tables.particles.of("conjunction")
        if not name.given_first or name.foreign or name.components > 3 or len(word) < 4:
            return False
        if not word.startswith(tuple(initial)) or word.startswith(tuple(conjunction)):
            return False
        rest = word[1:]
        if rest.startswith(ARTICLE) or self.tables.verb_shaped(word) or self.tables.stop(word):
            return False
        if self.tables.common(word):
            return False  # "معين قداده بحضور": a common word with its preposition
        if self.possessed(m) or doc.verb(m) is not None:
            return False
        return m + 1 >= len(doc) or not doc.joined(m + 1) or self.ends_after(m)

    def _foreign_step(self, name: Name, m: int) -> tuple[int, bool] | None:
        """The next part of a foreign name at word m: a foreign particle and its name word
        ("دي ستيفانو", "فون دير X"), or a surname right after a foreign first name."""
        doc = self.doc
        k = m
        while k < len(doc) and doc.joined(k) and doc.word(k) in self.foreign_links:
            k += 1
        if k > m:  # "لا يمكن" is no particle and name: a verb-shaped word does not follow one
            sure = self._foreign_word(k, possessed_ok=True) and not self.tables.verb_shaped(doc.word(k))
            return (k, False) if sure else None
        if doc.word(name.last) in self.tables.foreign_names and self._foreign_word(m):
            return m, False
        return None

    def _foreign_word(self, k: int, possessed_ok: bool = False) -> bool:
        """Whether word k may be a foreign surname: a name-like word without ال that is no
        known verb, no place and no pronoun-suffixed noun; a proclitic-like first letter or a
        present-tense shape is allowed, a feminine past ending ("أعلنت") is not."""
        doc = self.doc
        if k >= len(doc) or not doc.joined(k):
            return False
        word = doc.word(k)
        if word.startswith(ARTICLE) or not self.name_like(k) or (self.possessed(k) and not possessed_ok):
            return False
        if doc.places.at(k) is not None or self.tables.word_in(word, self.tables.stopwords):
            return False
        return not word.endswith(self.tables.particles.of("verb_final"))

    # Titles.

    def title_at(self, k: int, first: bool) -> LexiconHit[Title] | None:
        hit = self.doc.titles.at(k)
        if hit is None or (hit.clitic and not first):
            return None
        return self.short_of_actor(hit)

    def short_of_actor(self, hit: LexiconHit[Title]) -> LexiconHit[Title] | None:
        """A title that runs into a named body ends before it: "قائد عمليات نينوى" is the
        commander of the Nineveh Operations Command, not the operations commander of Nineveh."""
        for j in range(hit.first + 1, hit.last + 1):
            cand = self.by_first.get(j)
            if cand is not None and cand.type != "PER" and cand.name and cand.last > hit.last:
                shorter = [h for h in self.all_titles.all_at(hit.first) if h.last < j]
                return max(shorter, key=lambda h: h.last) if shorter else None
        return hit

    @cached_property
    def all_titles(self) -> Hits[Title]:
        """Every title match, shorter ones inside longer ones included."""
        return Hits(self.doc, self.tables.titles, overlapping=True)

    def complement(self, k: int) -> Complement:
        """What an office title governs, from word k."""
        doc = self.doc
        comp = Complement(k)
        quoted = k < len(doc) and doc.quoted(k)
        while k < len(doc) and (doc.joined(k) or (quoted and k == comp.first)):
            cand = self.by_first.get(k)
            port = doc.portfolios.at(k) if cand is not None and cand.actor is None else None
            if cand is not None and port is not None and port.last >= cand.last:
                # "مسؤول في الشرطة": a composed force after an office is its portfolio; one that
                # goes on past it ("الناطق باسم الشرطة المحلية") stays the body spoken for
                cand = None
            if cand is not None and cand.type != "PER":
                if comp.empty:  # "وزير الزراعة المجتمع الدولي": the object, not the office
                    comp.actor, comp.last = cand, cand.last
                break
            port = doc.portfolios.at(k)
            conjunction = self.tables.particles.of("conjunction")
            if port is not None and (not port.clitic or (port.clitic in conjunction and comp.portfolios)):
                comp.portfolios.append(port.payload)
                comp.last = k = port.last
                k += 1
                continue
            found = nisba_at(doc, k)
            if found is not None and comp.adjective is None:
                comp.adjective, comp.country = found[1].adjective, found[1].country
                comp.last = k
                k += 1
                continue
            unit = self.tables.word_in(doc.word(k), self.tables.place_units)
            if (
                unit is not None
                and not unit[0]
                and comp.portfolios
                and k + 1 < len(doc)
                and doc.joined(k + 1)
            ):
                k += 1  # "مدير صحة محافظة حماة": the unit word before the place it names
            place = doc.local_place(k)
            if place is not None and self.first_of_name(k):
                break  # "السفير ناصر المزين": a first name and a name word, not the place "ناصر"
            if place is not None:
                comp.place, comp.place_country = place.payload.name, place.payload.country
                comp.last = place.last
            elif comp.empty and self.governs(k):
                comp.last = k  # "مدير المستشفى الدكتور ...": a noun the lists do not know
            break
        return comp

    def first_of_name(self, k: int) -> bool:
        """Whether word k, a first name that is no ordinary word, begins a name here: one
        word of the place a title would govern ("ناصر") followed by a name word."""
        doc = self.doc
        place = doc.places.at(k)
        single = place is None or place.last == k
        nxt = k + 1
        return (
            self.given(k) is False
            and single
            and nxt < len(doc)
            and doc.joined(nxt)
            and (self.given(nxt) is not None or self.name_like(nxt))
            and doc.places.at(nxt) is None
        )

    def governs(self, k: int) -> bool:
        """Whether an unknown ال-word or a bare organisation head after an office is what it
        governs ("مدير المستشفى الدكتور ..."), a title or a first name coming next."""
        doc = self.doc
        word = doc.word(k)
        nxt = k + 1
        noun = self.name_like(k) or self.tables.head(word) is not None
        if not word.startswith(ARTICLE) or not noun or nxt >= len(doc) or not doc.joined(nxt):
            return False
        return doc.titles.at(nxt) is not None or self.given(nxt) is not None

    def after_place_noun(self, i: int) -> bool:
        """Whether word i continues a place's name ("حي الشيخ سعيد")."""
        doc = self.doc
        return doc.joined(i) and any(
            h.last == i - 1 and h.payload.kind == "place_noun" for h in doc.cue_hits_ending(i - 1)
        )

    def adjective_use(self, i: int, title: Title) -> bool:
        """Whether an occupation word follows a noun it describes ("الخدمات الإعلامية")."""
        if title.kind not in ("occupation", "person") or not self.doc.joined(i):
            return False
        before = self.doc.word(i - 1)
        known = (
            self.tables.stop(before)
            or self.doc.verb(i - 1) is not None
            or self.doc.titles.at(i - 1) is not None
        )
        return before.startswith(ARTICLE) and not known

    def title_chain(self, i: int) -> tuple[list[LexiconHit[Title]], Complement | None, int] | None:
        """(titles, complement, next word) of the title chain starting at word i."""
        doc = self.doc
        first = doc.titles.at(i)
        if first is None or self.after_place_noun(i) or self.adjective_use(i, first.payload):
            return None
        titles: list[LexiconHit[Title]] = []
        comp: Complement | None = None
        k = i
        while k < len(doc) and (k == i or doc.joined(k) or (titles and comp is None and doc.quoted(k))):
            hit = self.title_at(k, not titles)
            if hit is not None and comp is not None and hit.payload.kind == "counterpart":
                break  # "وزير الخارجية المصري نظيره الأردني": the counterpart is another person
            if hit is not None:
                titles.append(hit)
                k = hit.last + 1
                continue
            if titles and comp is None and titles[-1].payload.kind in OFFICES:
                comp = self.complement(k)
                if not comp.empty:
                    k = comp.last + 1
                    continue
            break
        return (titles, comp, k) if titles else None

    def role_words(self, titles: list[LexiconHit[Title]]) -> list[str]:
        doc = self.doc
        return [doc.surface_chars(t.match.start, t.match.end) for t in titles if t.payload.kind != "naming"]

    # Finding.

    def add(self, cand: ActorCandidate) -> ActorCandidate:
        key = (cand.first, cand.last)
        if key in self.found:
            kept = self.found[key]
            kept.role_words += [w for w in cand.role_words if w not in kept.role_words]
            return kept
        self.found[key] = cand
        return cand

    def absorb_roles(self, name: Name) -> list[str]:
        """Drop group mentions of one unnamed person right before a name ("الناشط الإعلامي
        أحمد ..."): they are the name's role; their words are returned."""
        words: list[str] = []
        for c in self.others:
            if (
                c.source == "group"
                and c.type == "PER"
                and c.last == name.first - 1
                and self.doc.joined(name.first)
            ):
                c.dropped = True
                words.append(self.doc.surface(c.first, c.last))
        return words

    def person(self, name: Name, role_words: list[str]) -> ActorCandidate:
        role_words = list(dict.fromkeys(self.absorb_roles(name) + [w for w in role_words if w]))
        reg = self.by_first.get(name.first)
        if reg is not None and reg.type == "PER":
            reg.role_words += [w for w in role_words if w not in reg.role_words]
            return reg
        known = self.without_lineage(name)
        if known is not None:
            return self.add(
                ActorCandidate.of(known, name.first, name.last, "person", role_words=list(role_words))
            )
        return self.add(
            ActorCandidate(name.first, name.last, "PER", None, None, None, "person", list(role_words))
        )

    def without_lineage(self, name: Name) -> Actor | None:
        """The registry person a name with its lineage names: "عادل بن أحمد الجبير" is the
        registry's "عادل الجبير" (the first name and the family name, the "بن X" chain left
        out), as the press writes the same person both ways."""
        doc = self.doc
        if name.last - name.first < 3 or doc.word(name.first + 1) not in self.links:
            return None
        key = f"{doc.word(name.first)} {doc.word(name.last)}"
        for alias in self.tables.registry.matcher.lookup(key):
            if alias is not None and alias.actor.type == "PER" and alias.allowed_in(doc.doc_country):
                return alias.actor
        return None

    def from_titles(self) -> None:
        doc = self.doc
        i = 0
        while i < len(doc):
            chain = self.title_chain(i) if i not in self.covered else None
            if chain is None:
                i += 1
                continue
            titles, comp, k = chain
            words = self.role_words(titles)
            known = self.by_first.get(k) if k < len(doc) and doc.joined(k) else None
            if known is not None and known.type == "PER":
                known.role_words += [w for w in words if w not in known.role_words]
                i = known.last + 1
                continue
            name = self.parse_name(k, cued=True, titled=True) if k < len(doc) and doc.joined(k) else None
            if name is not None and not self.sure(name, titles):
                name = None
            if name is None:
                name = self.apposition_name(k, titles)
            if name is not None:
                if comp is not None and comp.place and comp.portfolios:
                    self.local_office(titles, comp, words)  # "مدير صحة محافظة حماة ماهر يونس"
                self.person(name, words)
                i = name.last + 1
                continue
            if comp is not None and not comp.empty:
                role = self.role_only(titles, comp)
                if role is not None:
                    role.role_words = words
                    role.role_only = True
                    role.skip = len(titles[0].clitic)
                    self.roles.add(role.first)
                    self.add(role)
            i = k

    def apposition_name(self, k: int, titles: list[LexiconHit[Title]]) -> Name | None:
        """The holder of an office named between commas right after the office and what it
        governs: "سفير جمهورية الصين لدى المملكة، لي تشينغ، والوفد", "مدير منطقة الشرق الأوسط
        لـ«صندوق النقد الدولي»، جهاد أزعور، ووفد". The name starts after the comma (a first
        name that is also an ordinary word will do, as after any title) and a comma or the
        sentence's end closes it; a name no list knows needs two to four bare words."""
        doc = self.doc
        marks = commas()
        while k < len(doc) and _within_phrase(doc.gap(k), marks) and k - titles[-1].last <= MAX_GOVERNED:
            if doc.verb(k) is not None or doc.titles.at(k) is not None:
                return None  # a clause or another office, not what this office governs
            k += 1
        if k >= len(doc) or k == titles[-1].last + 1 or not any(c in doc.gap(k) for c in marks):
            return None
        name = self.parse_name(k, cued=True, titled=True)
        if name is None or not self.sure(name, titles):
            return None
        after = doc.gap(name.last + 1)
        if name.last + 1 < len(doc) and not any(c in after for c in (*marks, ".", "\n")):
            return None
        return name

    def sure(self, name: Name, titles: list[LexiconHit[Title]]) -> bool:
        """A name that begins with a word no list knows needs two words after an office
        ("قائد عمليات نينوى" is no person named نينوى) and is not taken after an occupation
        ("الناشط"); after an honorific ("السيد") one word will do."""
        kind = titles[-1].payload.kind
        if (
            name.given_first
            or self.given(name.first) is not None
            or self.doc.word(name.first) in self.compounds
        ):
            return True
        if kind in ("occupation", "person"):
            return self.plain_full_name(name)
        return name.components >= 2 or kind not in OFFICES

    def plain_full_name(self, name: Name) -> bool:
        """Whether a name no list knows after a person or occupation word ("المصاب سرحان
        مهيوب،", "القتيل فواز عثمان و...") is sure: two to four bare words, none with the
        article, a clitic or a verb's shape, and the name closed after its last word."""
        doc = self.doc
        if not 2 <= name.components <= 4 or name.last - name.first + 1 != name.components:
            return False
        words = range(name.first, name.last + 1)
        if any(not self.unknown_name(doc.word(i)) or doc.places.at(i) is not None for i in words):
            return False
        return self.ends_after(name.last)

    def local_office(self, titles: list[LexiconHit[Title]], comp: Complement, words: list[str]) -> None:
        """A local office before its holder's name is a mention of its own ("Hama Health
        director"), as a source may be cited by either: the office of a place's department."""
        role = self.role_only(titles, comp)
        if role is not None and role.name is not None:
            role.role_words = words
            role.role_only = True
            role.skip = len(titles[0].clitic)
            self.roles.add(role.first)
            self.add(role)

    def role_only(self, titles: list[LexiconHit[Title]], comp: Complement) -> ActorCandidate | None:
        title = next((t.payload for t in reversed(titles) if t.payload.kind in OFFICES), None)
        if title is None:
            return None
        first = titles[0].first
        registry = self.tables.registry
        if title.kind == "counterpart":
            state = registry.role(comp.country, "state") if comp.country else None
            if state is None:
                return None
            return ActorCandidate.of(state, first, comp.last, "person")
        if comp.actor is not None:
            actor = comp.actor
            return ActorCandidate(
                first, comp.last, "PER", actor.name, None, actor.country, "person", parent=_body_parent(actor)
            )
        home = self.doc.home_country
        if comp.portfolios and not (comp.adjective or comp.place or comp.country) and home:
            # "وزير الإعلام": a minister with no state named is the article's own country's
            comp.adjective = self.tables.adjective_of.get(home)
            comp.country = home if comp.adjective else None
        name = _office_name(title, comp)
        country = comp.country or comp.place_country
        # "وزير الخارجية المصري" unnamed acts for Egypt: the state is the office's parent
        state = registry.role(comp.country, "state") if comp.country else None
        parent = state.name if state is not None and state.name != name else None
        return ActorCandidate(first, comp.last, "PER", name, None, country, "person", parent=parent)

    def from_verbs(self) -> None:
        doc = self.doc
        for v in range(len(doc) - 1):
            k = v + 1
            kind = doc.verb(v)  # first: most words are no verb, and a word's reading is remembered
            if kind is None or not doc.joined(k) or k in self.covered or doc.titles.at(k) is not None:
                continue
            name = self.parse_name(k, cued=True, unknown_ok=kind == "speech")
            if name is None:
                continue
            if name.given_first or name.components >= 2 or self.apposition(name.last, comma=True):
                self.person(name, [])

    def from_foreign_surnames(self) -> None:
        """A word with an ending only foreign surnames have (actor_particles.tsv, role
        foreign_surname_ending: "ميتروفيتش") is a person on its own; sports reports name
        players by the surname alone."""
        doc = self.doc
        endings = tuple(self.tables.particles.of("foreign_surname_ending"))
        if not endings:
            return
        conjunction = self.tables.particles.of("conjunction")
        spans = [*self.found, *((c.first, c.last) for c in self.by_first.values())]
        taken = {i for f, e in spans for i in range(f, e + 1)}
        for k in range(len(doc)):
            word = doc.word(k)
            if k in taken or k in self.covered or not word.endswith(endings) or not word.isalpha():
                continue
            skip = 1 if word[:1] in conjunction and len(word) > 6 else 0
            if len(word) - skip < 5 or self.tables.stop(word) or doc.verb(k) is not None:
                continue
            self.add(ActorCandidate(k, k, "PER", None, None, None, "person", skip=skip))

    def from_given_names(self) -> None:
        doc = self.doc
        k = 0
        found_words: set[int] = set()  # the words of the persons found so far (found only grows here)
        counted = -1
        while k < len(doc):
            if counted != len(self.found):
                found_words = {i for f, e in self.found for i in range(f, e + 1)}
                counted = len(self.found)
            taken = k in self.covered or k in found_words
            starts = self.given(k) is not None or doc.word(k) in self.compounds  # "أبو بكر الرازي"
            if taken or not starts or self.after_place_noun(k):
                k += 1
                continue
            name = self.parse_name(k, cued=False)
            place = doc.places.at(k)
            if place is not None and name is not None and place.last >= name.last:
                name = None  # "غازي عنتاب" is a city
            if name is not None and name.components - name.regnal >= 2:
                self.person(name, [])
                k = name.last + 1
            else:
                k += 1

    def conjoined_starts(self) -> None:
        """A name found from its second word whose first word carries the conjunction starts
        there, the و outside the mention: "ومحمد حسن الخالدي" (found from "حسن") is Mohammed
        Hassan al-Khalidi, "وعبد الله حسين اللافي" Abdullah Hussein al-Lafi. The word after the
        و must be a first name that is no ordinary word, or a name compound ("عبد", "أبو")
        before one more word."""
        doc = self.doc
        conjunction = self.tables.particles.of("conjunction")
        taken = {i for c in self.others for i in range(c.first, c.last + 1)}
        taken |= {i for f, e in self.found for i in range(f, e + 1)}
        for key, cand in list(self.found.items()):
            if cand.source != "person" or cand.name is not None or cand.skip or not doc.joined(cand.first):
                continue
            start = self._conjoined_start(cand.first, conjunction)
            if start is None or any(i in taken for i in range(start, cand.first)):
                continue
            del self.found[key]
            cand.first, cand.skip = start, 1
            self.found.setdefault((cand.first, cand.last), cand)
            taken.update(range(start, cand.first))

    def _conjoined_start(self, first: int, conjunction: Iterable[str]) -> int | None:
        """`conjoined_starts`' new first word for a name that begins at word `first`, or None:
        the word before it ("ومحمد", "وأبو" before "بكر") or the two before it ("وعبد الله")."""
        doc = self.doc
        for start in (first - 1, first - 2):
            if start < 0 or not all(doc.joined(i) for i in range(start + 1, first + 1)):
                return None
            word = doc.word(start)
            if not word.startswith(tuple(conjunction)) or len(word) < 3:
                continue
            rest = word[1:]
            if start == first - 1 and self.tables.given_names.get(rest) is False:
                return start if not self.tables.stop(rest) else None
            if start == first - 1 and rest in self.compounds:  # "وأبو بكر الرازي"
                return start
            if start == first - 2 and rest in self.compounds and self.name_like(first - 1):
                return start
        return None

    def drop_appositions(self) -> None:
        """An unnamed office right after a name is the name's role, not another person."""
        names = [c for c in self.found.values() if c.source == "person" and c.first not in self.roles]
        names += [c for c in self.by_first.values() if c.type == "PER"]
        ends = {c.last: c for c in names}
        for key, role in list(self.found.items()):
            if role.first not in self.roles:
                continue
            before = ends.get(role.first - 1)
            gap = self.doc.gap(role.first).strip()
            if before is not None and (not gap or gap in commas()):
                del self.found[key]
                before.role_words += [w for w in role.role_words if w not in before.role_words]

    def extend(self, cand: ActorCandidate) -> None:
        """Carry a registry name over "بن X" words after it ("فيصل بن فرحان بن عبد الله")."""
        doc = self.doc
        m = cand.last + 1
        while m < len(doc) and doc.joined(m) and doc.word(m) in self.links and self._pair(m):
            cand.last = m + 1
            if doc.word(m + 1) in self.compounds and self._pair(m + 1):
                cand.last = m + 2
            m = cand.last + 1

    def apposition(self, last: int, comma: bool = False) -> list[LexiconHit[Title]]:
        """Titles right after a name, after a comma or nothing ("X، وزير الخارجية")."""
        doc = self.doc
        k = last + 1
        gap = doc.gap(k).strip() if k < len(doc) else ""
        if k >= len(doc) or not (gap in commas() or (not gap and not comma)):
            return []
        chain = self.title_chain(k)
        return chain[0] if chain is not None and chain[0][0].payload.kind in OFFICES else []

    def run(self) -> list[ActorCandidate]:
        self.from_titles()
        self.from_verbs()
        self.from_given_names()
        self.from_foreign_surnames()
        self.conjoined_starts()
        self.drop_appositions()
        registered = [c for c in self.by_first.values() if c.type == "PER"]
        for cand in registered:
            self.extend(cand)
        people = list(self.found.values()) + registered
        for cand in people:
            if cand.name is None or cand.source == "registry" or cand.source == "state":
                extra = self.role_words(self.apposition(cand.last))
                cand.role_words += [w for w in extra if w not in cand.role_words]
        return list(self.found.values())


def _within_phrase(gap: str, marks: Iterable[str]) -> bool:
    """Whether a gap between words keeps them in one phrase: white space, quotation marks or a
    dash ("لـ«صندوق النقد الدولي»"), no comma and no other punctuation."""
    inside = _phrase_marks()
    return not any(c in gap for c in marks) and all(c.isspace() or c in inside for c in gap)


@cache
def _phrase_marks() -> frozenset[str]:
    """The quotation glyphs of data/quote_marks.tsv and the dashes."""
    return frozenset(quote_marks().glyphs) | frozenset("-\u2013\u2014")


@lru_cache(maxsize=1 << 14)  # per word form: `given` asks it of every word that is no first name
def _glued_compound(word: str, compounds: frozenset[str]) -> bool:
    """`PersonFinder.glued_compound`."""
    return any(
        word.startswith(c + ARTICLE) and len(word) >= len(c) + len(ARTICLE) + 2 and word.isalpha()
        for c in compounds
    )


def _body_parent(body: ActorCandidate) -> str | None:
    """The body above the one an office belongs to: a person named after "مركز الدفاع المدني"
    (Syrian Civil Defence Center) belongs to the Syrian Civil Defence."""
    if body.parent:
        return body.parent
    return body.actor.parent if body.actor is not None else None


def _office_name(title: Title, comp: Complement) -> str | None:
    """'<Place> <portfolio> <role>', '<Role> of <place>' or '<Adjective> <Role> of <portfolio>',
    or None."""
    if not title.english:
        return None
    if comp.place and comp.portfolios and " of " not in title.english:
        return f"{comp.place} {' and '.join(comp.portfolios)} {title.english}"  # Hama Health director
    if comp.place:
        return f"{title.english} of {comp.place}"
    if not comp.portfolios and not comp.adjective:
        return None
    role = title.english
    if comp.portfolios and " of " not in role:
        role = f"{role} of {' and '.join(comp.portfolios)}"
    return f"{comp.adjective} {role}" if comp.adjective else role


def find_persons(doc: ActorText, others: list[ActorCandidate]) -> list[ActorCandidate]:
    """Persons by title, verb and first name; role words are added to `others`' persons too."""
    return PersonFinder(doc, others).run()
