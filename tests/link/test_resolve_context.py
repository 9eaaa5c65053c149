"""Resolution: which place a name means, from the place word and the article's other places."""

from __future__ import annotations

import pytest

from rasid.lang.ar.text import TextView
from rasid.link.gazetteer import Place
from rasid.link.resolve import ArticleContext, choose, governorate_of
from rasid.recognise.places import find_places

ARIHA = Place("أريحا", "Ariha", "SYR", "Idlib", 35.81, 36.61, "city", 172994, 0)
JERICHO = Place("أريحا", "Jericho", "PSE", "West Bank", 31.87, 35.45, "city", 284899, 19783)
IDLIB = Place("إدلب", "Idlib", "SYR", "Idlib", 35.93, 36.63, "city", 169389, 128840)
IDLIB_GOV = Place("إدلب", "Idlib Governorate", "SYR", "Idlib", 35.93, 36.63, "admin1", source="alias")
WEST_BANK = Place("الضفة الغربية", "West Bank", "PSE", "West Bank", 31.95, 35.25, "admin1", source="alias")
DARAA = Place("درعا", "Daraa", "SYR", "Daraa", 32.62, 36.10, "city", 170905, 97969)


@pytest.mark.parametrize(
    ("others", "expected"),
    [
        ([], "Jericho"),  # nothing else: the larger town
        ([[IDLIB]], "Ariha"),  # same governorate
        ([[WEST_BANK]], "Jericho"),
        ([[DARAA]], "Ariha"),  # same country only
    ],
)
def test_resolve_context_chooses_by_article(others: list[list[Place]], expected: str) -> None:
    ctx = ArticleContext.of(others)
    assert choose([ARIHA, JERICHO], ctx).name == expected


def test_resolve_context_home_country() -> None:
    assert choose([ARIHA, JERICHO], ArticleContext(home_country="SYR")).name == "Ariha"


@pytest.mark.parametrize(
    ("hint", "expected"), [(None, "Idlib"), ("admin1", "Idlib Governorate"), ("city", "Idlib")]
)
def test_resolve_context_place_word_hint(hint: str | None, expected: str) -> None:
    assert choose([IDLIB, IDLIB_GOV], ArticleContext(), hint).name == expected


def test_resolve_context_governorate_of_a_town() -> None:
    gov = governorate_of(DARAA)
    assert (gov.name, gov.precision, gov.geonames_id, gov.lat) == ("Daraa Governorate", "admin1", None, 32.62)
    assert choose([DARAA], ArticleContext(), "admin1").name == "Daraa Governorate"


def places(text: str) -> list[tuple[str, str, str | None, str]]:
    view = TextView(text)
    out = []
    for f in find_places(view):
        s, e = view.span(f.start, f.end)
        out.append((text[s:e], f.place.name, f.place.admin1, f.place.country))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "قصفت الطائرات بلدة أريحا ومدينة إدلب صباح اليوم.",
            [("أريحا", "Ariha", "Idlib", "SYR"), ("إدلب", "Idlib", "Idlib", "SYR")],
        ),
        (
            "عاد الوفد الفلسطيني إلى أريحا في الضفة الغربية.",
            [("أريحا", "Jericho", "West Bank", "PSE"), ("الضفة الغربية", "West Bank", "West Bank", "PSE")],
        ),
        (
            "سقط جرحى في دوما بعد قصف على الغوطة الشرقية.",
            [
                ("دوما", "Douma", "Rif Dimashq", "SYR"),
                ("الغوطة الشرقية", "Eastern Ghouta", "Rif Dimashq", "SYR"),
            ],
        ),
        (
            "سقطت قذيفة على حي العامرية في بغداد.",
            [("العامرية", "al-Amiriyah", "Baghdad", "IRQ"), ("بغداد", "Baghdad", "Baghdad", "IRQ")],
        ),
        (
            "سقطت قذيفة على حي العامرية في حلب.",
            [("العامرية", "al-Amiriyah", "Aleppo", "SYR"), ("حلب", "Aleppo", "Aleppo", "SYR")],
        ),
        ("دخلت القوات محافظة إدلب.", [("محافظة إدلب", "Idlib Governorate", "Idlib", "SYR")]),
        ("وصلت التعزيزات إلى مدينة طرابلس الليبية.", [("طرابلس", "Tripoli", "Tripoli", "LBY")]),
        (
            "اشتباكات في باب التبانة بمدينة طرابلس.",
            [
                ("باب التبانة", "Bab al-Tabbaneh", "North Lebanon", "LBN"),
                ("طرابلس", "Tripoli", "North Lebanon", "LBN"),
            ],
        ),
    ],
)
def test_resolve_context_in_articles(text: str, expected: list[tuple[str, str, str | None, str]]) -> None:
    assert places(text) == expected


TRIPOLI_LB = Place("طرابلس", "Tripoli", "LBN", "North Lebanon", 34.43, 35.84, "city", 266826, 229398)
TRIPOLI_LY = Place("طرابلس", "Tripoli", "LBY", "Tripoli", 32.89, 13.19, "city", 2210247, 1302947)
LEBANON = Place("لبنان", "Lebanon", "LBN", None, 33.85, 35.86, "country")
LIBYA = Place("ليبيا", "Libya", "LBY", None, 26.34, 17.23, "country")


@pytest.mark.parametrize(
    ("others", "own", "expected"),
    [
        ([[LEBANON], [LEBANON], [LIBYA]], "LBN", "Lebanon"),  # the country named most
        ([[LIBYA], [LIBYA], [LEBANON]], "LBY", "Libya"),
        ([[LEBANON], [LIBYA]], None, "Libya"),  # a tie: no own country, population decides
    ],
)
def test_resolve_context_own_country_breaks_homonym_ties(
    others: list[list[Place]], own: str | None, expected: str
) -> None:
    ctx = ArticleContext.of(others)
    assert ctx.own_country() == own
    chosen = choose([TRIPOLI_LB, TRIPOLI_LY], ctx)
    assert {"Lebanon": "LBN", "Libya": "LBY"}[expected] == chosen.country


def test_resolve_context_caller_country_comes_first() -> None:
    ctx = ArticleContext.of([[LIBYA], [LIBYA]], home_country="LBN")
    assert ctx.own_country() == "LBN"


JAWF_YEM = Place("الجوف", "Al Jawf Governorate", "YEM", "Al Jawf", 16.17, 44.78, "admin1", source="alias")
JAWF_SAU = Place("الجوف", "Al-Jawf Region", "SAU", "Al Jawf", 29.97, 40.21, "admin1", source="alias")
NAJRAN = Place("نجران", "Najran", "SAU", "Najran", 17.49, 44.13, "city", 103630, 258573)
TABUK = Place("تبوك", "Tabuk", "SAU", "Tabuk", 28.38, 36.57, "city", 101628, 455450)
YEMEN = Place("اليمن", "Yemen", "YEM", None, 15.55, 48.52, "country", source="alias")


@pytest.mark.parametrize(
    ("others", "expected"),
    [
        # both countries named: the Yemeni governorate lies 150 km from Najran, the Saudi region 1,400 km
        ([[NAJRAN], [YEMEN]], "Al Jawf Governorate"),
        ([[TABUK], [YEMEN]], "Al-Jawf Region"),  # near Tabuk the Saudi region wins
        ([[NAJRAN, TABUK], [YEMEN]], "Al-Jawf Region"),  # an ambiguous name is no point to be near
        ([[NAJRAN]], "Al-Jawf Region"),  # Saudi Arabia alone named: its own region
    ],
)
def test_resolve_context_prefers_the_reading_near_the_article(
    others: list[list[Place]], expected: str
) -> None:
    ctx = ArticleContext.of(others)
    assert choose([JAWF_SAU, JAWF_YEM], ctx).name == expected


def test_article_context_counts_what_one_reading_names_and_what_several_agree_on() -> None:
    ctx = ArticleContext()
    ctx.add([IDLIB])  # one reading: its country, governorate, town and point
    ctx.add([IDLIB_GOV])  # a governorate is a town name too ("Idlib"), and a point
    ctx.add([ARIHA], -1)  # a name taken out again (resolution leaves it out of its own context)
    ctx.add([ARIHA, JERICHO])  # two readings agree on nothing
    assert dict(ctx.countries) == {"SYR": 1}
    assert dict(ctx.admin1) == {("SYR", "Idlib"): 1}
    assert dict(ctx.towns) == {"Idlib": 2, "Ariha": -1}
    assert dict(ctx.points) == {(35.93, 36.63): 2, (35.81, 36.61): -1}
