"""Store.search: rasid's Arabic normalisation and clitic readings on both sides, both backends."""

from __future__ import annotations

import pytest

from rasid.record import Record
from rasid.store import Store
from rasid.store.search import index_text, query_terms, readings

ARIHA = [
    "0412",
    "ariha-market-cp1256.html",
    "ariha-market-strike.html",
    "ariha-market-strike.txt",
    "ariha-toll-rises.html",
]


def _found(store: Store, query: str) -> list[str]:
    return sorted((hit.uri or "").rsplit("/", 1)[-1] for hit in store.search(query))


@pytest.fixture
def filled(store: Store, example_records: list[Record]) -> Store:
    store.ingest(example_records)
    return store


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("إدلب", ARIHA),
        ("ادلب", ARIHA),  # alef forms
        ("بإدلب", ARIHA),  # a proclitic on the query word
        ("أريحا", ARIHA),
        (
            "حلب",
            ["ariha-market-cp1256.html", "ariha-toll-rises.html"],
        ),  # "بين حلب" and "بحلب"-style forms alike
        (
            "غارة",
            [
                "ariha-market-cp1256.html",
                "ariha-market-strike.txt",
                "gaza-rafah-strike.html",
                "hodeidah-airstrike.html",
                "nabatieh-drone-strike.html",
            ],
        ),
        (
            "غاره",
            [
                "ariha-market-cp1256.html",
                "ariha-market-strike.txt",
                "gaza-rafah-strike.html",
                "hodeidah-airstrike.html",
                "nabatieh-drone-strike.html",
            ],
        ),  # ta marbuta
        (
            "غارَة",
            [
                "ariha-market-cp1256.html",
                "ariha-market-strike.txt",
                "gaza-rafah-strike.html",
                "hodeidah-airstrike.html",
                "nabatieh-drone-strike.html",
            ],
        ),  # diacritics
        ("غوطة", ["ghouta-cluster-munitions.txt"]),  # the article dropped
        ("بالغوطة", ["ghouta-cluster-munitions.txt"]),
        ("قصف تعز", ["taiz-shelling.txt"]),  # every word must match
        ("الطيران الروسي", ["ariha-market-cp1256.html", "ariha-market-strike.txt"]),  # tags are searched too
        ("الفلوجة", ["fallujah-displacement.txt"]),
        ("الفلوجة تعز", []),
    ],
)
def test_search_finds_the_documents_with_every_word(filled: Store, query: str, expected: list[str]) -> None:
    assert _found(filled, query) == expected


def test_a_hit_quotes_the_article_as_written(filled: Store) -> None:
    (hit,) = filled.search("بالغوطه")
    assert hit.title is not None and "الغوطة" in hit.title
    record = filled.record(hit.id)
    assert hit.span is not None
    assert record.text[hit.span[0] : hit.span[1]] == "الغوطة"  # as written, with its ta marbuta
    assert "الغوطة" in hit.snippet


def test_documents_can_be_searched_and_filtered_at_once(filled: Store) -> None:
    page = filled.documents(query="غارة", date_from="2021-01-01")
    assert sorted((d.uri or "").rsplit("/", 1)[-1] for d in page.items) == [
        "gaza-rafah-strike.html",
        "nabatieh-drone-strike.html",
    ]


def test_an_empty_query_is_an_error(filled: Store) -> None:
    with pytest.raises(ValueError, match="nothing to search for"):
        filled.search("  ،  ")


def test_readings_come_from_the_clitic_data() -> None:
    assert readings("بحلب") == ("بحلب", "حلب")
    assert readings("للرقه") == ("للرقه", "الرقه", "رقه", "لرقه")
    assert readings("والايتلاف") == ("والايتلاف", "ايتلاف", "الايتلاف")
    assert query_terms("بإدلبَ وحلب") == [("بادلب", "ادلب"), ("وحلب", "حلب")]
    assert index_text("قصفٌ على بحلب") == "قصف علي بحلب حلب"
