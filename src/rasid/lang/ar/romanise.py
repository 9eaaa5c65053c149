"""Arabic names in Latin letters, by a table (data/romanise.tsv), for names no list knows.

A person the registry does not know still needs a readable `name`: "سالم الدوسري" is
written "Salem al-Dusari". Whole name words with a usual spelling come from the table's
`word` rows; other words are spelt letter by letter, the longest form first, with the
forms a letter takes at the start and end of a word, و and ي between consonants read as
long vowels, ع between consonants as "a", the article as "al-", and an "a" after a word's
first consonant when another follows it (Arabic leaves short vowels unwritten), an "e"
between the last two consonants after a long a (the pattern فاعل: "Hamed", "Taher", as the
region's press writes it) and an "i" in its nisba (فاعلي: "al-Khalidi"), و and ي between
consonants as the diminutive's "uwai" ("al-Ruwaishan"), and a doubled middle consonant in a family name of the pattern فعّال
("الدباغ": "al-Dabbagh", the trade names). Each part is capitalised. A name word can have the spelling usual in
the press of the article's country ("محمد": "Mohamed" in Egypt and Libya, "Mohammed" in Iraq and
the Gulf): data/romanise_regional.tsv.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from rasid.lang.ar.affixes import affixes
from rasid.lang.ar.letters import EXTENDED_LETTERS, LETTERS
from rasid.lang.ar.lexicon import DataFileError, load_rows
from rasid.lang.ar.match import ARTICLE
from rasid.lang.ar.normalise import normalise_char, normalise_string

ROMANISE_FILE = "romanise.tsv"
REGIONAL_FILE = "romanise_regional.tsv"
FOREIGN_FILE = "romanise_foreign.tsv"
FOREIGN_NAMES_FILE = "actor_foreign_names.tsv"
_WHERE = (
    "word",
    "family",
    "before_article",
    "joined",
    "start",
    "end",
    "second",
    "before_long",
    "vowel",
    "middle",
    "any",
    "pattern",
    "article",
)
_LONG = "اوي"  # the letters that write a long vowel
# a word's last letter as some texts write it for the table's ("يحيا" for "يحيى", "حمزه" for
# "حمزة", "مصطفي" for "مصطفى")
_ENDINGS = {"ا": "ى", "ي": "ى", "ه": "ة"}
_ALEF_MAQSURA, _YA = "ى", "ي"
_OU = "و"  # a name's final و after a listed name: "ou"
_SERVANT = "عبد"  # the first part of a servant compound, a word of its own in the table
_VOWELS = set("aeiou")
_WORD = re.compile(rf"[{LETTERS}\u0651{EXTENDED_LETTERS}]+")  # and the shadda, which doubles a letter
# Letters Persian and Urdu keyboards put in Arabic text ("ھیثم" for "هيثم"), read as the
# Arabic letter; the letters that tell sounds apart (ة, ى, the hamza forms) are kept.
_VARIANTS = str.maketrans({"ی": "ي", "ې": "ي", "ک": "ك", "ڪ": "ك", "ۀ": "ه", "ہ": "ه", "ھ": "ه", "ٱ": "ا"})


_SHADDA = "\u0651"
_FATHER = ("أبو", "ابو")  # a kunya's first word, sometimes written onto the name after it


def _letters_of(text: str) -> str:
    """The text without diacritics but the shadda, its presentation forms and letter variants
    folded."""
    text = unicodedata.normalize("NFKC", text).translate(_VARIANTS)
    return "".join(c for c in text if c == _SHADDA or normalise_char(c) != "" or c.isspace())


@cache
def _before_shadda() -> frozenset[str]:
    """What may stand before a letter whose shadda is not doubled: nothing (a shadda on the first
    letter), the article, and the article with a clitic (data/affixes.tsv, clitic_article)."""
    return frozenset(("", ARTICLE, *affixes("clitic_article")))


def _doubled(word: str) -> str:
    """A word's letters with a consonant written with a shadda doubled ("غفّة": Ghaffa), except
    the sun letter after the article, whose shadda is the article's assimilation ("الصّغير":
    al-Saghir), and و and ي, whose shadda the table's vowel rules already read ("سعيّد")."""
    out: list[str] = []
    for c in word:
        if c != _SHADDA:
            out.append(c)
        elif out and out[-1] not in "اويى" and "".join(out[:-1]) not in _before_shadda():
            out.append(out[-1])
    return "".join(out)


@dataclass(frozen=True)
class _Table:
    words: dict[str, str]
    before_article: dict[str, str]
    joined: dict[str, str]  # a word written onto the one before it ("الدين": "Nour" + "eddine")
    forms: dict[str, dict[str, str]]  # where -> arabic -> latin
    longest: int


@cache
def _rows(name: str) -> tuple[dict[str, str], ...]:
    rows = load_rows(name)
    for row in rows:
        if row["where"] not in _WHERE:
            raise DataFileError(f"{name}: unknown 'where' {row['where']!r} for {row['arabic']!r}")
    return rows


@cache
def _table(country: str | None = None, foreign: bool = False) -> _Table:
    """The table as the press of `country` spells: romanise.tsv, then the rows of
    romanise_regional.tsv that list `country`, which override it; for a `foreign` name the
    rows of romanise_foreign.tsv instead."""
    forms: dict[str, dict[str, str]] = {w: {} for w in _WHERE}
    regional = [
        r for r in _rows(REGIONAL_FILE) if country is not None and country in r["countries"].split("|")
    ]
    if foreign:
        regional = list(_rows(FOREIGN_FILE))
    for row in [*_rows(ROMANISE_FILE), *regional]:
        forms[row["where"]][row["arabic"]] = row["latin"]
    forms["word"] = {**forms.pop("family"), **forms["word"]}  # a family name is spelt as a word
    longest = max(len(a) for table in forms.values() for a in table)
    return _Table(forms.pop("word"), forms.pop("before_article"), forms.pop("joined"), forms, longest)


@cache
def _foreign_first_names() -> frozenset[str]:
    """Foreign given names (normalised): the regional spellings are for Arabic names."""
    return frozenset(normalise_string(r["name"]) for r in load_rows(FOREIGN_NAMES_FILE))


@cache
def _foreign_endings() -> tuple[str, ...]:
    """Word endings only foreign names have (romanise_foreign.tsv `end` rows of three letters
    or more: "يتش", -ić): a name with one is spelt as a foreign name."""
    return tuple(r["arabic"] for r in _rows(FOREIGN_FILE) if r["where"] == "end" and len(r["arabic"]) >= 3)


def _letters(word: str, table: _Table) -> list[tuple[str, bool]]:
    """(latin, is a consonant) per Arabic letter group of a word, longest table form first."""
    out: list[tuple[str, bool]] = []
    i = 0
    while i < len(word):
        for size in range(min(table.longest, len(word) - i), 0, -1):
            piece = word[i : i + size]
            at_end = i + size == len(word)
            latin = None
            if i == 0 and piece in table.forms["start"]:
                latin = table.forms["start"][piece]
            elif at_end and i > 0 and piece in table.forms["end"]:
                latin = table.forms["end"][piece]
            elif (
                size > 1
                and piece in table.forms["middle"]
                and out
                and out[-1][1]
                and i + size < len(word)
                and word[i + size] not in "اوي"
            ):
                latin = table.forms["middle"][piece]  # between two consonants: "Ruwaishan"
            elif (
                size == 1
                and i == 1
                and out[-1][1]
                and not at_end
                and word[i + 1] in _LONG
                and piece in table.forms["before_long"]
            ):
                latin = table.forms["before_long"][piece]  # "رعوي": Raawi, "سعود": Saud
            elif size == 1 and out and not at_end and out[-1][1] and word[i + 1] not in _LONG:
                between = (
                    table.forms["second"]
                    if i == 1 and piece in table.forms["second"]
                    else table.forms["vowel"]
                )
                latin = between.get(piece, table.forms["any"].get(piece))
            elif piece in table.forms["any"]:
                latin = table.forms["any"][piece]
            if latin is not None:
                out.append((latin, _consonant(latin)))
                i += size
                break
        else:
            i += 1  # a letter the table does not know is left out
    return out


def _consonant(latin: str) -> bool:
    """Whether a letter group starts with a consonant ("wa" does, "u" and "'" do not)."""
    return bool(latin) and latin[0] not in _VOWELS and latin != "'"


def romanise_word(word: str, country: str | None = None, foreign: bool = False) -> str:
    """One Arabic word in Latin letters (capitalised; the article as "al-"), as the press of
    `country` (ISO alpha-3, the article's) usually writes it; a word of a `foreign` name by
    romanise_foreign.tsv and without the vowels of Arabic patterns."""
    marked = _letters_of(word).replace(" ", "")
    word = marked.replace(_SHADDA, "")
    table = _table(country, foreign)
    words = table.words
    word = _as_listed(_with_hamza(word, words), words)
    if word in words:
        return words[word]
    base = word[: -len(_OU)]
    if not foreign and len(word) > 3 and word.endswith(_OU) and base in words and base != _SERVANT:
        # a listed name and a final و, the ending West Africa's and Mauritania's names take
        # and their press writes "ou" ("محمدو" Mohamedou, "أحمدو" Ahmedou; not "عبدو")
        return words[base] + "ou"
    prefix = ""
    spelt = _doubled(marked)
    servant = "عبد" + ARTICLE
    if not foreign and word.startswith(servant) and len(word) > len(servant) + 2:
        # "عبدالوهاب": the start's Abdul/Abdel and the divine name spelt as an ال-word (Wahhab)
        divine = romanise_word(word[len("عبد") :], country).removeprefix(_article(table))
        return table.forms["start"].get(servant, "Abdul") + divine.lower()
    father = next((f for f in _FATHER if word.startswith(f) and len(word) >= len(f) + 3), None)
    if not foreign and father is not None:
        # "أبوزيد" is "أبو زيد" written as one word: Abu Zaid ("أبوالفتوح": Abu al-...)
        return table.forms["start"].get(father, "Abu") + " " + romanise_word(word[len(father) :], country)
    if word.startswith(ARTICLE) and len(word) > len(ARTICLE) + 1:
        rest = _as_listed(word[len(ARTICLE) :], words)
        if rest in words:
            return _article(table) + words[rest]
        prefix, word, spelt = _article(table), rest, spelt[len(ARTICLE) :]
    parts = _letters(spelt, table)
    if foreign:
        latin = "".join(p for p, _ in parts).strip("'")
        return prefix + latin[:1].upper() + latin[1:] if latin else ""
    if prefix and "فعيلي" in table.forms["pattern"] and _diminutive_nisba(word, parts):
        # فُعَيلي where the press reads it so (romanise_regional.tsv `pattern`): the tribal
        # names of the Gulf, Iraq and Yemen, "الخريجي" al-Khuraiji, "الرميثي" al-Rumaithi
        parts = [parts[0], ("u", False), parts[1], ("ai", False), parts[3], parts[4]]
        latin = "".join(p for p, _ in parts)
        return prefix + latin[:1].upper() + latin[1:]
    if _four_consonant_nisba(word, parts):
        # فَعْلَلي: an a before the stem's last consonant ("المسكري" al-Maskari, "الحضرمي")
        parts.insert(len(parts) - 2, ("a", False))
    # the pattern فاعل: a long a before the last two letters
    long_a = len(word) >= 4 and word[-3] == "ا"
    if (
        len(word) == 5
        and word[1] == "ا"
        and word[-1] == "ي"
        and len(parts) >= 4
        and parts[-3][1]
        and parts[-2][1]
    ):
        # its nisba فاعلي: an i between the last two consonants ("العاطفي": al-Atifi, "الخالدي")
        parts.insert(len(parts) - 2, ("i", False))
    if len(parts) == 2 and parts[0][1] and parts[1][1] and len(parts[0][0]) <= 2:
        parts.insert(1, ("a", False))  # a word of two consonants: "Haq"
    if (
        len(parts) > 2
        and parts[0][1]
        and parts[1][1]
        and len(parts[0][0]) <= 2
        and parts[0][0][-1] not in _VOWELS
    ):
        parts.insert(1, ("a", False))  # the unwritten vowel of the first syllable: "Nashnush"
    if len(parts) > 2 and parts[-1][1] and parts[-2][1] and parts[-2][0][-1] not in _VOWELS:
        # and of the last: "Akram", "Sahar"; after a long a (the pattern فاعل) an e: "Hamed", "Taher"
        parts.insert(len(parts) - 1, ("e" if long_a else "a", False))
    if prefix and len(word) == 4 and word[2] == "ا" and word[1] != "و" and len(parts) == 5:
        # a family name of the pattern فعّال, the trade names ("الحداد", "الدباغ", "البطاط"):
        # its middle consonant is doubled, as the press writes it ("al-Haddad", "al-Dabbagh")
        middle = parts[2][0]
        if len(middle) == 1 and middle not in _VOWELS:
            parts[2] = (middle * 2, True)
    latin = "".join(p for p, _ in parts).strip("'")
    return prefix + latin[:1].upper() + latin[1:] if latin else ""


def _as_listed(word: str, words: dict[str, str]) -> str:
    """A word whose last letter is written as some texts write it ("يحيا", "حمزه", "مصطفي";
    a final ي written ى, as Egyptian spelling does: "فتحى", "شادى") as the table lists it
    ("يحيى", "فتحي"), when the table lists it only so."""
    if word in words or len(word) < 3:
        return word
    if word[-1] in _ENDINGS:
        listed = word[:-1] + _ENDINGS[word[-1]]
        if listed in words:
            return listed
    if word[-1] == _ALEF_MAQSURA and word[:-1] + _YA in words:
        return word[:-1] + _YA
    return word


def _diminutive_nisba(word: str, parts: list[tuple[str, bool]]) -> bool:
    """Whether a family name (without its article) has the diminutive's nisba فُعَيلي: three
    consonants, a ي after the second and the nisba ي ("خريجي", "صهيبي")."""
    return (
        len(word) == 5
        and word[2] == "ي"
        and word[4] == "ي"
        and not any(c in "اويىةءأإآؤئ" for c in word[:2] + word[3])
        and len(parts) == 5
        and parts[0][1]
        and parts[1][1]
        and parts[3][1]
    )


def _four_consonant_nisba(word: str, parts: list[tuple[str, bool]]) -> bool:
    """Whether a word is a nisba of a stem of four consonants and no long vowel ("مسكري",
    "حضرمي"), read with the first-syllable a the caller adds: its last syllable needs one too."""
    stem = word[:-1]
    return (
        word.endswith("ي")
        and len(stem) == 4
        and not any(c in "اويىةءأإآؤئ" for c in stem)
        and len(parts) == 5
        and all(p[1] for p in parts[1:4])
    )


def _with_hamza(word: str, words: dict[str, str]) -> str:
    """A word written without the hamza of its first alif ("ايمن", "اسماعيل", "اندرو") as the
    table lists it ("أيمن"), when the table lists it only so."""
    if word in words or not word.startswith("ا"):
        return word
    for alif in "أإآ":
        if alif + word[1:] in words:
            return alif + word[1:]
    return word


def _article(table: _Table) -> str:
    """The article as the press spells it: "al-" (romanise.tsv), nothing in the Maghreb's
    (romanise_regional.tsv: "الزواري" Zouari, "المدوري" Madouri)."""
    return table.forms["article"].get(ARTICLE, "al-")


def romanise(name: str, country: str | None = None) -> str | None:
    """A name in Latin letters, word by word, as the press of `country` (the article's, ISO
    alpha-3) usually writes it; None when it holds no Arabic word."""
    marked = _WORD.findall(_letters_of(name))
    found = [w.replace(_SHADDA, "") for w in marked]
    foreign = bool(found) and (
        normalise_string(found[0]) in _foreign_first_names()
        or any(w.endswith(_foreign_endings()) for w in found)
    )
    home = country
    if foreign:
        country = None  # "جورج بوش": a foreign name keeps the plain letters, not "Boush"
    table = _table(country, foreign)
    found, marked = _fused(found, marked, table.words)
    before = table.before_article
    words: list[str] = []
    compound = False  # the word before was a compound's first part spelt for an ال-word ("عبد")
    for i, w in enumerate(found):
        if i and w in table.joined and words:
            words[-1] += table.joined[w]  # "نور الدين": Noureddine in the Levant and the Maghreb
            continue
        after_article = i + 1 < len(found) and found[i + 1].startswith(ARTICLE)
        if foreign and i and _arabic_shaped(w):
            words.append(romanise_word(marked[i], home))  # "جورج نخلة": an Arabic family name
            continue
        if compound:
            # "عبد الأمير": Abdul Amir, the divine name after its compound without its article,
            # as the press writes a compound written apart (not "Abd al-Amir")
            latin = romanise_word(marked[i], country, foreign).removeprefix(_article(table))
            words.append(latin[:1].upper() + latin[1:])
            compound = False
            continue
        compound = w in before and after_article and not foreign
        words.append(before[w] if compound else romanise_word(marked[i], country, foreign))
    words = [w for w in words if w]
    return " ".join(words) if words else None


def _arabic_shaped(word: str) -> bool:
    """Whether a word after a foreign first name has a shape only Arabic words have: the
    article or a final ة ("جورج نخلة", "ميشال الخوري"); Lebanese and Coptic Christians and
    Maghrebis often bear a European first name and an Arabic family name."""
    return word.endswith("ة") or (word.startswith(ARTICLE) and len(word) > len(ARTICLE) + 2)


@cache
def family_names() -> frozenset[str]:
    """Family names the table spells (romanise.tsv `family` rows), normalised and without the
    article: a person's name takes one wherever it stands ("أحمد ناصر المحمد الصباح")."""
    rows = (normalise_string(r["arabic"]) for r in _rows(ROMANISE_FILE) if r["where"] == "family")
    return frozenset(w[len(ARTICLE) :] if w.startswith(ARTICLE) else w for w in rows)


def _fused(words: list[str], marked: list[str], known: dict[str, str]) -> tuple[list[str], list[str]]:
    """Words written apart that the table knows as one name ("عبد العزيز" is "عبدالعزيز",
    Abdulaziz, not "Abd al-Aziz"): joined where the joined word has a usual spelling; the
    words with their shaddas (`marked`) joined alike."""
    out: list[str] = []
    out_marked: list[str] = []
    for word, mark in zip(words, marked, strict=True):
        if out and out[-1] + word in known and word.startswith(ARTICLE):
            out[-1] += word
            out_marked[-1] += mark
        else:
            out.append(word)
            out_marked.append(mark)
    return out, out_marked
