"""Places on unseen outlets (branch s14-places): names that carry their own place word, dual
district words, quoted facility names, bylines that end with a place, and the villages,
camps, governorates and localities curated for the third fresh sample."""

from __future__ import annotations

from tests.recognise.places_support import found, rounded


def names(text: str) -> list[tuple[str, str]]:
    return [(surface, f.place.name) for surface, f in found(text)]


def test_a_camp_named_with_its_place_word_needs_no_other_cue() -> None:
    # the gazetteer's "مخيم جباليا" opens with مخيم: its own place word
    assert names("قصفت المدفعية منزلاً في مخيم جباليا قبل منتصف الليل") == [("مخيم جباليا", "Jabalia camp")]


def test_dual_district_word_opens_a_list() -> None:
    text = "وحلقت طائرات الاستطلاع طوال الليل فوق قضاءي صور وبنت جبيل"
    assert [s for s, _n in names(text)] == ["صور", "بنت جبيل"]
    assert names(text)[0][1] == "Tyre"


def test_quoted_facility_name_is_a_facility() -> None:
    got = found('واستهدفت الطائرات مدرسة "أسماء بنت أبي بكر" التي تؤوي نازحين في مدينة غزة')
    surfaces = [s for s, _f in got]
    assert surfaces == ['مدرسة "أسماء بنت أبي بكر', "غزة"]
    school = got[0][1].place
    assert school.precision == "facility"
    assert (rounded(school.lat), rounded(school.lon)) == (31.5, 34.47)


def test_a_quoted_adjective_after_a_facility_noun_is_no_name() -> None:
    assert names('ونقل الجرحى إلى مستشفى "ميداني" أقيم على عجل') == []


def test_byline_that_ends_with_a_place() -> None:
    text = "سامي الحربي - نجران\n\nسقطت قذيفة أطلقتها الميليشيا على حي سكني أمس."
    assert names(text) == [("نجران", "Najran")]


def test_a_dateline_agency_after_a_place_stays_an_agency() -> None:
    # "درعا - حوران": the place opens the line, the words after the dash name the agency
    assert names("درعا - حوران\nقصفت قوات النظام بلدة في الريف الشرقي") == [("درعا", "Daraa")]


def test_curated_villages_governorates_and_localities() -> None:
    assert names("وتعرضت بلدة صربين لقصف مدفعي عنيف") == [("صربين", "Srebbine")]
    assert names("سقطت شظايا على حي سكني في محافظة صامطة") == [("صامطة", "Samtah Governorate")]
    assert names("وسقطت قذائف على محلية كرري شمالي المدينة") == [("محلية كرري", "Karari")]
    assert names("واستهدفت غارة منزلاً في عزبة عبد ربه شرق جباليا") == [
        ("عزبة عبد ربه", "Izbat Abd Rabbo"),
        ("جباليا", "Jabalia"),
    ]


def test_a_saudi_governorate_is_the_towns_own() -> None:
    # in Saudi Arabia محافظة is a second-level unit: the town's governorate, not its region's
    (_s, f) = found("وسقطت المقذوفات في محافظة صامطة")[0]
    assert (f.place.name, f.place.precision, f.place.admin1) == ("Samtah Governorate", "admin2", "Jazan")
    (_s, g) = found("وسقطت قذائف في محافظة درعا")[0]
    assert (g.place.name, g.place.precision) == ("Daraa Governorate", "admin1")


def test_a_village_that_is_an_ordinary_word_needs_its_place_word() -> None:
    # "القليلة" (few) and "معركة" (battle) are south Lebanon villages only after a place word
    assert names("وأصيب عدد من المواطنين في الساعات القليلة الماضية خلال معركة طويلة") == []
    assert names("واستهدفت مسيرة سيارة في بلدة القليلة") == [("القليلة", "Qlayleh")]


def test_a_facility_named_after_a_person() -> None:
    # a first name after a facility noun opens the facility's name: first name and one more
    # word, or a name head (بن) and the word after it
    assert [s for s, _f in found("ونقل الجرحى إلى مستشفى كمال عدوان في بيت لاهيا")] == [
        "مستشفى كمال عدوان",
        "بيت لاهيا",
    ]
    got = found("وسقطت قذيفة قرب مدرسة خالد بن الوليد في حي الوعر")
    assert got[0][0] == "مدرسة خالد بن الوليد"
    assert got[0][1].place.precision == "facility"
    # a common noun after the facility noun is no name
    assert found("ونقل المصابون إلى مستشفى ميداني قرب الحدود") == []


def test_a_headline_label_with_a_colon_before_the_news() -> None:
    # "مصر: هجوم ...": a colon, then an event word or a number, is where the news is from
    assert names("مصر: هجوم مسلح على نقطة تفتيش في الصحراء\nقال مصدر أمني") == [("مصر", "Egypt")]
    assert names("اليمن: 4 قتلى في انفجار لغم\nقال مصدر طبي") == [("اليمن", "Yemen")]
    # a speaker's words after the colon: no place
    assert names("روسيا: سنرد بحزم على أي استفزاز\nقال الكرملين") == []


def test_an_ordinal_ends_a_neighbourhood_name() -> None:
    assert [s for s, _f in found("وسقطت قذائف على حي الصحافة الثانية جنوبي الخرطوم")] == [
        "الصحافة الثانية",
        "الخرطوم",
    ]


def test_a_district_spelled_without_a_long_vowel_is_the_same_district() -> None:
    text = "وقتل مزارع في مديرية القريشية أمس. وأصيب آخر في قرية بني زيد بمديرية القرشية"
    got = found(text)
    district = [f.place for s, f in got if s == "القرشية"]
    assert [p.name for p in district] == ["Al Qurayshiyah"]


def test_a_list_goes_on_through_a_name_that_opens_with_a_head() -> None:
    # "ودير X": the head "دير" (also a town abroad) opens the next village of the list
    text = "وقصفت المدفعية قرى مرعيان وبلشون ودير سنبل وحزارين في ريف إدلب"
    assert [s for s, _f in found(text)] == ["مرعيان", "بلشون", "دير سنبل", "حزارين", "ريف إدلب"]
    assert {f.place.country for _s, f in found(text)} == {"SYR"}
