"""Tags parsed from tag lines and markup; the publisher found in furniture, best source first."""

from __future__ import annotations

import pytest

from rasid.clean.metadata import looks_like_publisher, parse_tags, publisher_in_copyright, split_tags
from rasid.clean.text import trim

TAG_LINES = [
    ("سورية روسيا علاقات حملة", ["سورية", "روسيا", "علاقات", "حملة"]),
    (": سوريا، روسيا، الأمم المتحدة", ["سوريا", "روسيا", "الأمم المتحدة"]),
    ("حلب | إدلب | حماة", ["حلب", "إدلب", "حماة"]),
    ("#حلب #إدلب", ["حلب", "إدلب"]),
    ("سوريا، سوريا، روسيا", ["سوريا", "روسيا"]),
    ("  ", []),
]


@pytest.mark.parametrize(("rest", "tags"), TAG_LINES)
def test_parse_tags(rest: str, tags: list[str]) -> None:
    assert parse_tags(rest) == tags


def test_split_tags_keeps_multiword_tags() -> None:
    assert split_tags(["سورية, قصف", "الأمم المتحدة", "قصف"]) == ["سورية", "قصف", "الأمم المتحدة"]


def test_tag_line_tags_reach_the_result() -> None:
    text = (
        "عنوان الخبر هنا\nفقرة أولى من الخبر تتحدث عن الأحداث الأخيرة في المدينة.\nأوسمة الخبر حلب قصف مدارس"
    )
    assert trim(text).tags == ["حلب", "قصف", "مدارس"]


PUBLISHER_NAMES = [
    ("هلا نيوز", True, True),
    ("قدس برس", True, True),
    ("صحيفة الصباح", True, True),
    ("إسطنبول", True, False),
    ("إسطنبول", False, True),
    ("خاص", False, False),
    ("متابعات", True, False),
]


@pytest.mark.parametrize(("name", "strict", "expected"), PUBLISHER_NAMES)
def test_looks_like_publisher(name: str, strict: bool, expected: bool) -> None:
    assert looks_like_publisher(name, strict=strict) is expected


LEAD = "قالت مصادر محلية إن القصف استهدف الحي الشرقي من المدينة صباح اليوم وأوقع إصابات."
PROFILE = 'وكالة "النهار الجديد" للأنباء مؤسسة إعلامية مستقلة تأسست عام 2001 ومقرها في بيروت.'

PUBLISHER_TEXTS = [
    (f"عنوان الخبر\n{LEAD}\n{PROFILE}", "النهار الجديد"),
    (f"عنوان الخبر\nبيروت (الوكالة الوطنية) - {LEAD}", "الوكالة الوطنية"),
    (f"عنوان الخبر\nبيروت (الوكالة الوطنية) - {LEAD}\n{PROFILE}", "النهار الجديد"),
    (f"عنوان الخبر\nشبكة الأخبار / بيروت / خاص\n{LEAD}", "شبكة الأخبار"),
    (f"عنوان الخبر\nإسطنبول - متابعات\n{LEAD}", None),
    (f"عنوان الخبر\n{LEAD}\nصحيفة الصباح", "صحيفة الصباح"),
    (f"عنوان الخبر\n{LEAD}\n(الأناضول)", None),  # an outlet in brackets under the article: the copy's source
    (f"عنوان الخبر\n{LEAD}", None),
]


@pytest.mark.parametrize(("text", "publisher"), PUBLISHER_TEXTS)
def test_publisher_from_furniture(text: str, publisher: str | None) -> None:
    assert trim(text).publisher == publisher


def test_credit_lines_stay_in_text() -> None:
    trimmed = trim(f"عنوان الخبر\nإسطنبول - متابعات\n{LEAD}")
    assert trimmed.paragraphs[-2:] == ["إسطنبول - متابعات", LEAD]


COPYRIGHT_LINES = [
    ("© 2019 الوادي الأخضر - جميع الحقوق محفوظة | سياسة الخصوصية", "الوادي الأخضر"),
    ("جميع الحقوق محفوظة لموقع صوت الساحل © 2021", "صوت الساحل"),
    ("© جميع الحقوق محفوظة لشبكة أخبار البادية 2016", "شبكة أخبار البادية"),
    ('حقوق النشر محفوظة لـ"نبض الفرات" 2019', "نبض الفرات"),
    ("© ٢٠٢٤ منبر الجنوب. جميع الحقوق محفوظة.", "منبر الجنوب"),
    ("جميع الحقوق محفوظة © 2020", None),
    ("جميع الحقوق محفوظة لنبض الفرات 2024", "نبض الفرات"),  # the owner glued to its "ل"
    ("كل الحقوق محفوظة لـ وكالة صدى الساحل 2019", "صدى الساحل"),  # the noun goes, as after "لموقع"
    ("جميع الحقوق محفوظة لدى منبر الجنوب ©2024", "منبر الجنوب"),
    ("الحقوق محفوظة إلى شبكة الوادي الأخضر 2022", "شبكة الوادي الأخضر"),  # owner-preposition rows
    ("حقوق النشر © 2023 صحيفة الوادي", "صحيفة الوادي"),
    ("Copyright © 2021 Valley Press. All rights reserved", "Valley Press"),
    ("© 2020 جميع الحقوق محفوظة | سياسة الخصوصية", None),
]


@pytest.mark.parametrize(("line", "expected"), COPYRIGHT_LINES)
def test_publisher_in_copyright_line(line: str, expected: str | None) -> None:
    assert publisher_in_copyright(line) == expected


def test_parse_tags_splits_on_spaced_dashes_but_keeps_hyphenated_words() -> None:
    assert parse_tags("ليبيا - طرابلس - منظمة الصحة العالمية") == ["ليبيا", "طرابلس", "منظمة الصحة العالمية"]
    assert parse_tags("سورية، شمال-شرق") == ["سورية", "شمال-شرق"]


def test_the_joined_owner_preposition_is_read_from_the_publisher_rows() -> None:
    from rasid.clean.metadata import _bound_prepositions

    assert _bound_prepositions() == (
        "ل",
    )  # the one-letter row that is both outlet-prefix and owner-preposition
