"""The article's own country (link/country.py): one rule, decided by the actors stage and stored
on the record; the police of a bare "الشرطة" are named by it; on Arabic text written for these tests."""

from __future__ import annotations

import pytest

from rasid.api import extract
from rasid.link.country import article_country
from rasid.pipeline import Pipeline
from rasid.record import Record
from rasid.stages import DEFAULT_ORDER, stages_named

#: A Lebanese report that names Israel most (three adjectives) while both towns lie in Lebanon.
LEBANESE_REPORT = (
    "شنت الطائرات الإسرائيلية غارات على بلدتي عيترون وبنت جبيل، وقالت وزارة الزراعة إن الغارات "
    "الإسرائيلية أحرقت بساتين، وندد الجيش الإسرائيلي ببيان."
)


@pytest.mark.parametrize(
    ("places", "told", "country"),
    [
        ((), None, None),
        ((), "EGY", "EGY"),  # no places: the words alone decide
        (("SDN", None, "SDN"), None, "SDN"),
        (("TZA", "MOZ", "MOZ", "TZA"), None, "TZA"),  # a tie: the first named
        (("ISR", "LBN", "LBN"), "ISR", "ISR"),  # one place in the told country keeps it
        (("LBN", "LBN"), "ISR", "LBN"),  # none there, two in one other state: the places win
        (("LBN",), "ISR", "ISR"),  # one place is too few to overrule the words
        (("LBN", "LBN", "SYR", "SYR"), "ISR", "ISR"),  # no one other state leads
    ],
)
def test_the_rule(places: tuple[str | None, ...], told: str | None, country: str | None) -> None:
    assert article_country(places, told) == country


def test_a_report_naming_another_state_most_is_its_towns_country() -> None:
    record = extract(LEBANESE_REPORT)
    assert record.country == "LBN"
    names = {m.text: m.name for m in record.mentions_of("actor")}
    assert names["وزارة الزراعة"] == "Lebanese Ministry of Agriculture"


@pytest.mark.parametrize(
    ("written", "instead", "mention", "name"),
    [
        ("وقالت وزارة الزراعة", "وقال وزير الزراعة", "وزير الزراعة", "Lebanese Minister of Agriculture"),
        ("وندد الجيش الإسرائيلي ببيان", "وندد الثوار بالغارات", "الثوار", "Lebanese rebels"),
    ],
)
def test_a_minister_or_a_national_group_is_of_the_same_country_as_a_ministry(
    written: str, instead: str, mention: str, name: str
) -> None:
    record = extract(LEBANESE_REPORT.replace(written, instead))
    names = {m.text: (m.name, m.country) for m in record.mentions_of("actor")}
    assert names[mention] == (name, "LBN")


def test_with_no_place_the_words_tell_the_country() -> None:
    record = extract(
        "قالت وزارة الزراعة إن الجفاف أتلف المحاصيل، وقال وزير الخارجية المصري إن القاهرة ترفض التصعيد."
    )
    assert (record.country, record.mentions_of("place")) == ("EGY", [])
    names = {m.text: m.name for m in record.mentions_of("actor")}
    assert names["وزارة الزراعة"] == "Egyptian Ministry of Agriculture"


def test_the_actors_stage_names_the_police_of_the_country_its_places_lie_in() -> None:
    """No word tells the state; the places do (Sudan), and the actors stage, which decides the
    country, names the police by it, before any later stage reads the actors."""
    text = "أطلقت قوات الشرطة الغاز المسيل للدموع على المتظاهرين في مدينة الأبيض وفي كوستي."
    upto_actors = list(DEFAULT_ORDER[: DEFAULT_ORDER.index("actors") + 1])
    record = Pipeline(stages_named(upto_actors)).run_one(Record(id="t", raw_text=text))
    assert record.country == "SDN"
    police = [m for m in record.mentions_of("actor") if m.text == "قوات الشرطة"]
    assert [(m.name, m.country, m.parent) for m in police] == [("Sudanese Police", "SDN", "Sudan")]
    final = extract(text)
    [event] = final.events
    assert [a.name for a in final.mentions_of("actor") if a.id in event.actors.perpetrator] == [
        "Sudanese Police"
    ]
