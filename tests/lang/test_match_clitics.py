"""The clitic-aware phrase matcher: clitic combinations, longest match, offsets, guards."""

from __future__ import annotations

import pytest

from rasid.lang.ar.match import PhraseMatcher, load_clitics, phrase_key, proclitic_readings, rest_index
from rasid.lang.ar.text import TextView

PLACES = [
    ("حلب", "Aleppo"),
    ("الرقة", "Raqqa"),
    ("إدلب", "Idlib"),
    ("ريف حلب", "Aleppo countryside"),
    ("ريف حلب الشمالي", "northern Aleppo countryside"),
    ("دير الزور", "Deir ez-Zor"),
    ("لد", "Lod"),
]


def found(matcher: PhraseMatcher[str], text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """(surface of the match in `text`, clitic, payloads) for every match."""
    view = TextView(text)
    out = []
    for m in matcher.find(view.norm):
        s, e = view.span(m.start, m.end)
        out.append((text[s:e], m.clitic, m.payloads))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وصلنا بحلب", [("حلب", "ب", ("Aleppo",))]),
        ("وحلب جميلة", [("حلب", "و", ("Aleppo",))]),
        ("فحلب بعيدة", [("حلب", "ف", ("Aleppo",))]),
        ("كحلب تماما", [("حلب", "ك", ("Aleppo",))]),
        ("ذهبت لحلب", [("حلب", "ل", ("Aleppo",))]),
        ("وبحلب قصف", [("حلب", "وب", ("Aleppo",))]),
        ("فبإدلب قصف", [("إدلب", "فب", ("Idlib",))]),
        ("ولحلب تاريخ", [("حلب", "ول", ("Aleppo",))]),
        ("قصف والرقة", [("الرقة", "و", ("Raqqa",))]),
        ("قصف بالرقة", [("الرقة", "ب", ("Raqqa",))]),
        ("عاد للرقة", [("رقة", "لل", ("Raqqa",))]),
        ("وللرقة أهلها", [("رقة", "ولل", ("Raqqa",))]),
        ("قصف فالرقة", [("الرقة", "ف", ("Raqqa",))]),
        ("بِحَلَبَ اليوم", [("حَلَب", "ب", ("Aleppo",))]),
        ("في ديرالزور", []),
        ("في دير الزور", [("دير الزور", "", ("Deir ez-Zor",))]),
    ],
)
def test_match_clitic_combinations(text: str, expected: list[tuple[str, str, tuple[str, ...]]]) -> None:
    assert found(PhraseMatcher(PLACES), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قصف ريف حلب الشمالي", [("ريف حلب الشمالي", "", ("northern Aleppo countryside",))]),
        ("وبريف حلب الشمالي", [("ريف حلب الشمالي", "وب", ("northern Aleppo countryside",))]),
        ("في ريف حلب الغربي", [("ريف حلب", "", ("Aleppo countryside",))]),
        ("ريف، حلب", [("حلب", "", ("Aleppo",))]),  # a comma breaks the phrase
        ("عن دير\nالزور", []),  # so does a line break (a title's last word, a dateline's first)
        ("قصف ريف\n\nحلب الشمالي", [("حلب", "", ("Aleppo",))]),
        (
            "حلب وإدلب والرقة",
            [("حلب", "", ("Aleppo",)), ("إدلب", "و", ("Idlib",)), ("الرقة", "و", ("Raqqa",))],
        ),
    ],
)
def test_match_longest_and_non_overlapping(
    text: str, expected: list[tuple[str, str, tuple[str, ...]]]
) -> None:
    assert found(PhraseMatcher(PLACES), text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "حلبي الأصل",  # no match inside a longer word
        "مدينة بحلبة",  # ب + حلبة: the rest is not a phrase
        "هذا بلد كبير",  # ب + لد: a two-letter rest is never split off
        "الحلب",  # the article is not a clitic of a name stored without it
    ],
)
def test_match_no_false_clitic_strip(text: str) -> None:
    assert found(PhraseMatcher(PLACES), text) == []


@pytest.mark.parametrize(
    ("no_strip", "expected"),
    [((), [("حدة", "و", ("Hadda",))]), (("وحدة",), [])],
)
def test_match_no_strip_words(
    no_strip: tuple[str, ...], expected: list[tuple[str, str, tuple[str, ...]]]
) -> None:
    matcher = PhraseMatcher([("حدة", "Hadda")], no_strip=no_strip)
    assert found(matcher, "تشكيل وحدة جديدة") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("بيان للائتلاف", [("ائتلاف", "لل", ("coalition",))]),
        ("رد الائتلاف", [("الائتلاف", "", ("coalition",))]),
        ("والائتلاف يرفض", [("الائتلاف", "و", ("coalition",))]),
        ("بالائتلاف", [("الائتلاف", "ب", ("coalition",))]),
        ("ائتلاف المعارضة", [("ائتلاف", "", ("coalition",))]),
        ("والجيش الحر", [("الجيش الحر", "و", ("FSA",))]),
        ("جيش الحر", [("جيش الحر", "", ("FSA",))]),
    ],
)
def test_match_optional_article(text: str, expected: list[tuple[str, str, tuple[str, ...]]]) -> None:
    matcher = PhraseMatcher([("ائتلاف", "coalition"), ("الجيش الحر", "FSA")], strip_article=True)
    assert found(matcher, text) == expected


def test_match_article_not_optional_for_places() -> None:
    matcher = PhraseMatcher([("الباب", "al-Bab")])
    assert found(matcher, "فتح باب") == []
    assert found(matcher, "بلدة الباب") == [("الباب", "", ("al-Bab",))]


def test_match_payloads_of_shared_phrase() -> None:
    matcher = PhraseMatcher([("أريحا", "Ariha"), ("اريحا", "Jericho")])
    assert found(matcher, "في أريحا") == [("أريحا", "", ("Ariha", "Jericho"))]
    assert matcher.lookup("أريحا") == ("Ariha", "Jericho")
    assert "اريحا" in matcher and "حلب" not in matcher
    assert len(matcher) == 1


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("بمدينه", [("", "بمدينه"), ("ب", "مدينه")]),
        ("للمدينه", [("", "للمدينه"), ("لل", "المدينه"), ("ل", "لمدينه")]),
        ("في", [("", "في")]),
    ],
)
def test_match_proclitic_readings(word: str, expected: list[tuple[str, str]]) -> None:
    assert list(proclitic_readings(word)) == expected


def test_match_clitic_table_is_consistent() -> None:
    clitics = load_clitics()
    forms = [c.form for c in clitics]
    assert len(forms) == len(set(forms))
    assert [len(f) for f in forms] == sorted((len(f) for f in forms), reverse=True)
    for c in clitics:
        joined = "".join(c.parts)
        # ل + ال loses the alef of the article: لل
        assert (joined.replace("لال", "لل") if c.article == "contracted" else joined) == c.form


def test_match_phrase_key_normalises() -> None:
    assert phrase_key("  ريف   إدلب\u0651 ") == "ريف ادلب"


def test_match_finds_every_place_beside_a_large_lexicon() -> None:
    # Speed is bench/'s business (ratios in one run), never a timed assertion here.
    entries = [(f"مكان{i} قرية{i % 97}", i) for i in range(30000)] + PLACES
    matcher = PhraseMatcher(entries)
    text = " ".join(["قصف الطيران بحلب وريف حلب الشمالي ودير الزور وإدلب صباح اليوم"] * 300)
    view = TextView(text)
    matches = matcher.find(view.norm)
    assert len(matches) == 4 * 300


def test_one_clitic_table_serves_names_dates_and_cues() -> None:
    from rasid.lang.ar.match import clitics_before, contracts

    assert [c.form for c in clitics_before("cues")] == ["و", "ف"]
    dates = [c.form for c in clitics_before("dates")]
    assert dates == ["و", "ف", "ب", "ك", "ل", "وب", "فب", "ول", "فل", "وك"]
    assert [f for f in dates if contracts(f)] == ["ل", "ول", "فل"]  # "لليوم", "ولليوم", "فلليوم"
    names = {c.form for c in clitics_before("names")}
    assert set(dates) <= names and {"لل", "وال", "فك"} <= names


def test_a_phrase_key_is_normalised_once_per_phrase() -> None:
    from rasid.lang.ar.match import phrase_key

    assert phrase_key("  مدينةِ   حلب، ") == "مدينه حلب"
    hits = phrase_key.cache_info().hits
    assert phrase_key("  مدينةِ   حلب، ") == "مدينه حلب"
    assert phrase_key.cache_info().hits == hits + 1
    assert phrase_key.cache_info().maxsize == 1 << 14  # bounded, as a worker meets new names all the time


@pytest.fixture
def index_calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The number of distinct words of each pass the shared lexicon index makes, as it makes them."""
    from rasid.lang.ar import match

    calls: list[int] = []
    index = match.LEXICONS.index

    def counted(words: list[str]) -> dict[int, list[tuple[str, match.Forms]]]:
        calls.append(len(words))
        return index(words)

    monkeypatch.setattr(match.LEXICONS, "index", counted)
    return calls


def test_all_lexicons_are_matched_in_one_pass_over_a_text(index_calls: list[int]) -> None:
    from rasid.lang.ar import match

    places = PhraseMatcher(PLACES)
    weapons = PhraseMatcher([("قذيفة هاون", "mortar"), ("صاروخ", "missile")], strip_article=True)
    calls = index_calls
    view = TextView("سقطت قذيفة هاون وصاروخ على ريف حلب الشمالي، وقصف بالرقة")
    assert [(m.phrase, m.clitic) for m in places.find(view.norm)] == [
        ("ريف حلب الشمالي", ""),
        ("الرقه", "ب"),
    ]
    assert [(m.phrase, m.clitic) for m in weapons.find(view.norm)] == [("قذيفه هاون", ""), ("صاروخ", "و")]
    # the second lexicon reads the first one's pass: the text's 10 distinct words looked up once
    assert calls == [10]
    # a word's readings are remembered for both lexicons at once
    # (other tests' lexicons may be alive in this process too: count only these two)
    ours = {id(places), id(weapons)}
    assert [
        sum(key in ours for key, _ in match.LEXICONS.entries[w]) for w in ("وصاروخ", "بالرقه", "ريف", "سقطت")
    ] == [1, 1, 1, 0]
    # a lexicon that grows starts a new generation: the same text is looked up again
    places.add("صاروخ", "a village named like the missile")
    assert [m.payload for m in places.find(view.norm)] == [
        "a village named like the missile",
        "northern Aleppo countryside",
        "Raqqa",
    ]
    assert calls == [10, 10]


def test_a_text_with_quotation_marks_as_spaces_reads_the_first_texts_pass(index_calls: list[int]) -> None:
    groups = PhraseMatcher([("الدولة الإسلامية", "IS"), ("الحرس الثوري", "IRGC")], strip_article=True)
    calls = index_calls
    norm = TextView("تبنى تنظيم الدولة «الإسلامية» الهجوم، ونفى الحرس الثوري").norm
    unquoted = norm.replace("«", " ").replace("»", " ")
    assert [m.phrase for m in groups.find(norm)] == ["الحرس الثوري"]  # a quote between the words
    assert [m.phrase for m in groups.find(unquoted)] == ["الدوله الاسلاميه", "الحرس الثوري"]
    assert calls == [8]  # the same 8 distinct words: the second text reads the first one's pass
    other = TextView("ونفى الحرس الثوري الهجوم").norm
    assert [m.phrase for m in groups.find(other)] == ["الحرس الثوري"]
    assert calls == [8, 4]  # other words: a pass of its own


def test_a_copied_or_unpickled_matcher_joins_the_shared_pass() -> None:
    import copy
    import pickle

    matcher = PhraseMatcher([("ريف حلب", "Aleppo countryside"), ("حماة", "Hama")])
    for twin in (pickle.loads(pickle.dumps(matcher)), copy.deepcopy(matcher)):
        view = TextView("قصفت الطائرات ريف حلب وبلدات في حماة")
        assert [(m.phrase, m.payload) for m in twin.find(view.norm)] == [
            ("ريف حلب", "Aleppo countryside"),
            ("حماه", "Hama"),
        ]


def test_rest_index_lists_the_words_of_each_reading_in_order() -> None:
    words = ["وحلب", "حلب", "للمدينه", "قصف"]
    index = rest_index(words)
    assert index["حلب"] == [0, 1]
    assert index["وحلب"] == [0]
    assert index["المدينه"] == [2]  # "لل" gives the rest its article back
    assert index["قصف"] == [3]
    assert sorted(index) == sorted({rest for w in words for _, rest in proclitic_readings(w)})
