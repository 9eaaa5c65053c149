"""An event's place is the finest place its text gives, and its type follows what the attack hit
(issue 12, round ev12): relate.events.where and relate.events.objects. The sentences are written
for these tests."""

from __future__ import annotations

from rasid.api import extract
from rasid.lang.ar.doc import Doc, doc_of
from rasid.record import PlaceMention, Record
from rasid.relate.events.where import finest, landmark, one_inside

PUBLISHED = "2025-12-20"


def _place(
    pid: str, text: str, precision: str, country: str, admin1: str | None, at: int = 0
) -> PlaceMention:
    return PlaceMention(
        id=pid,
        span=(at, at + len(text)),
        text=text,
        name=text,
        precision=precision,  # type: ignore[arg-type]
        country=country,
        admin1=admin1,
        lat=15.0,
        lon=45.0,
    )


YEMEN = _place("m1", "اليمن", "country", "YEM", None, 0)
ADEN = _place("m2", "عدن", "city", "YEM", "Aden", 10)
BAYDA = _place("m3", "محافظة البيضاء", "admin1", "YEM", "Al Bayda", 20)
RADAA = _place("m4", "رداع", "city", "YEM", "Al Bayda", 40)
HOSPITAL = _place("m5", "مستشفى الجمهورية", "facility", "YEM", "Aden", 60)
RIYADH = _place("m6", "الرياض", "city", "SAU", "Riyadh", 80)


def test_a_country_gives_way_to_the_first_place_inside_it() -> None:
    assert finest(YEMEN, [YEMEN, ADEN, BAYDA]) is ADEN


def test_the_finest_place_is_reached_one_level_at_a_time() -> None:
    assert finest(YEMEN, [YEMEN, BAYDA, RADAA]) is RADAA


def test_a_town_a_facility_or_a_place_in_another_country_refines_nothing() -> None:
    assert finest(ADEN, [ADEN, HOSPITAL]) is ADEN
    assert finest(YEMEN, [YEMEN, HOSPITAL, RIYADH]) is YEMEN


def _doc(text: str) -> Doc:
    return doc_of(Record(id="t", text=text))


def test_the_one_place_an_article_names_inside_a_country() -> None:
    assert one_inside(YEMEN, [YEMEN, BAYDA, BAYDA], _doc("اليمن والبيضاء")) is BAYDA
    assert one_inside(YEMEN, [YEMEN, ADEN, BAYDA], _doc("اليمن والبيضاء")) is None
    assert one_inside(ADEN, [ADEN, HOSPITAL], _doc("اليمن والبيضاء")) is None


def _at(text: str, words: str, precision: str, country: str) -> PlaceMention:
    i = text.index(words)
    return PlaceMention(
        id="p", span=(i, i + len(words)), text=words, name=words, precision=precision, country=country
    )  # type: ignore[arg-type]


def test_a_place_after_a_border_or_a_bare_compass_word_is_a_landmark() -> None:
    text = "هاجم مسلحون موقعا للجيش قرب الحدود مع مالي في بلدة تقع شمال نيامي وفي شمال النيجر."
    doc = _doc(text)
    assert landmark(doc, _at(text, "مالي", "country", "MLI"), compass=False)
    assert landmark(doc, _at(text, "نيامي", "city", "NER"))
    assert not landmark(doc, _at(text, "نيامي", "city", "NER"), compass=False)
    assert not landmark(doc, _at(text, "النيجر", "country", "NER"))


def _events(text: str) -> list[tuple[str, str | None]]:
    r: Record = extract(text, published=PUBLISHED)
    places = {m.id: m for m in r.mentions_of("place")}
    return [(e.type, places[e.place].name if e.place in places else None) for e in r.events]


def test_an_event_told_after_its_country_takes_the_town() -> None:
    text = "وفي جنوب اليمن، قتل خمسة مسلحين مساء أمس في عدن خلال معارك مع القوات الحكومية."
    assert ("armed_clash", "Aden") in _events(text)


def test_the_country_across_the_border_is_not_the_scene() -> None:
    text = "قتل عشرة جنود في شمال بوركينا فاسو أمس عندما هاجم مسلحون مجهولون موقعا للجيش قرب الحدود مع مالي."
    assert [p for _, p in _events(text)] == ["Burkina Faso"]


def test_an_assault_that_targeted_checkpoints_is_a_clash() -> None:
    text = "قتل ستة جنود في هجوم استهدف نقاط تفتيش للجيش في مدينة العريش صباح اليوم."
    assert [t for t, _ in _events(text)] == ["armed_clash"]


def test_a_strike_on_headquarters_is_no_clash() -> None:
    text = "وجهت المدفعية ضربات مركزة على مقرات المسلحين في بلدة كفرنبل مساء أمس."
    assert "armed_clash" not in [t for t, _ in _events(text)]


def test_a_peaceful_march_and_a_farmers_protest_are_protests() -> None:
    assert [t for t, _ in _events("نظم أهالي القرية مسيرة سلمية نحو مبنى البلدية صباح اليوم.")] == ["protest"]
    text = "أغلق مزارعون الطريق الدولي بعد ظهر اليوم في احتجاج على ارتفاع أسعار الأسمدة."
    assert "protest" in [t for t, _ in _events(text)]


def _types(text: str) -> list[str]:
    return [e.type for e in extract(text).events]


def test_a_toll_of_fighters_alone_with_no_trigger_is_a_clash() -> None:
    """ "قضت ... على خمسة إرهابيين" tells a fight with the armed side, not an attack on civilians."""
    assert _types("قضت وحدات الجيش العراقي على خمسة إرهابيين في صحراء الأنبار يوم الأحد.") == ["armed_clash"]
    assert _types("أعلنت وزارة الدفاع مقتل تسعة من عناصر داعش في عملية أمنية شمال بغداد.") == ["armed_clash"]


def test_a_toll_of_civilians_with_no_trigger_stays_an_attack_on_civilians() -> None:
    assert _types("قتل ثلاثة مدنيين في قرية قرب الموصل أمس.") == ["attack_on_civilians"]
