"""Registry names: aliases as written, with clitics, diacritics and quotation marks."""

from __future__ import annotations

import pytest
from tests.recognise.test_actors_support import actors, mention


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وقال المرصد السوري لحقوق الإنسان إن الغارات استهدفت ريف إدلب.",
            ("المرصد السوري لحقوق الإنسان", "ORG", "Syrian Observatory for Human Rights"),
        ),
        (
            "وبحسب تقرير للائتلاف الوطني السوري فإن القصف مستمر.",
            ("ائتلاف الوطني السوري", "ORG", "Syrian National Coalition"),
        ),
        (
            "وحمّلت منظمة هيومن رايتس ووتش الحوثيين المسؤولية.",
            ("منظمة هيومن رايتس ووتش", "ORG", "Human Rights Watch"),
        ),
        ("وحمّلت منظمة هيومن رايتس ووتش الحوثيين المسؤولية.", ("الحوثيين", "ORG", "Houthis")),
        ("ونفت حركة حماس الاتهامات.", ("حركة حماس", "ORG", "Hamas")),
        ("وقالت كتائب القسام إنها قصفت مواقع.", ("كتائب القسام", "ORG", "Al-Qassam Brigades")),
        ("وقالت سرايا القدس إنها أطلقت صواريخ.", ("سرايا القدس", "ORG", "Al-Quds Brigades")),
        ("وقالت وكالة رويترز إن الاشتباكات تجددت.", ("وكالة رويترز", "ORG", "Reuters")),
        ("وقالت قوات سوريا الديمقراطية (قسد) إنها تقدمت.", ("قسد", "ORG", "Syrian Democratic Forces")),
        ("وأعلنت جماعة أنصار الله مسؤوليتها عن الهجوم.", ("جماعة أنصار الله", "ORG", "Houthis")),
        (
            "واتهمت قوات الدعم السريع الجيش السوداني بقصف الأسواق.",
            ("الجيش السوداني", "ORG", "Sudanese Armed Forces"),
        ),
        (
            "واتهمت قوات الدعم السريع الجيش السوداني بقصف الأسواق.",
            ("قوات الدعم السريع", "ORG", "Rapid Support Forces"),
        ),
        ("وشارك الحشد الشعبي في الهجوم.", ("الحشد الشعبي", "ORG", "Popular Mobilization Forces")),
        ("وبحسب أطباء بلا حدود فإن المستشفى دمر.", ("أطباء بلا حدود", "ORG", "Médecins Sans Frontières")),
        ("ودعت الأمم المتحدة إلى وقف القتال.", ("الأمم المتحدة", "ORG", "United Nations")),
        ("وانتشلت فرق الخوذ البيضاء الجثث.", ("الخوذ البيضاء", "ORG", "Syrian Civil Defence")),
        (
            "وقال الهلال الأحمر العربي السوري إن القافلة دخلت.",
            ("الهلال الأحمر العربي السوري", "ORG", "Syrian Arab Red Crescent"),
        ),
        ("وأفادت وكالة الأناضول بأن الوفد وصل.", ("وكالة الأناضول", "ORG", "Anadolu Agency")),
        ("ونقلت فرانس برس عن مصادر قولها.", ("فرانس برس", "ORG", "Agence France-Presse")),
        ("وذكرت سانا أن الهجوم صُدّ.", ("سانا", "ORG", "SANA")),
        ("وهاجم مسلحو تنظيم داعش القرية.", ("مسلحو تنظيم داعش", "ORG", "Islamic State")),
        ('سيطر تنظيم "الدولة الإسلامية" على البلدة.', ('تنظيم "الدولة الإسلامية"', "ORG", "Islamic State")),
        ("وقالت هيئة تحرير الشام إنها صدت الهجوم.", ("هيئة تحرير الشام", "ORG", "Hay'at Tahrir al-Sham")),
        ("وتتهم جبهة النصرة بالوقوف وراء التفجير.", ("جبهة النصرة", "ORG", "al-Nusra Front")),
        (
            "وتحدث الشَّبكةُ السوريةُ لحقوقِ الإنسانِ عن انتهاكات.",
            ("الشَّبكةُ السوريةُ لحقوقِ الإنسانِ", "ORG", "Syrian Network for Human Rights"),
        ),
        (
            "وقالت منظمة الصحة العالمية إن الكوليرا تنتشر.",
            ("منظمة الصحة العالمية", "ORG", "World Health Organization"),
        ),
        ("وأعلنت اليونيسف مقتل أطفال.", ("اليونيسف", "ORG", "UNICEF")),
        ("وعقد مجلس الأمن الدولي جلسة طارئة.", ("مجلس الأمن الدولي", "ORG", "UN Security Council")),
    ],
)
def test_actors_registry_alias(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in actors(text)


@pytest.mark.parametrize(
    ("text", "words", "name_ar", "country"),
    [
        ("وقال المرصد السوري إن الغارات استمرت.", "المرصد السوري", "المرصد السوري لحقوق الإنسان", "SYR"),
        ("وقالت قسد إنها سيطرت على القرية.", "قسد", "قوات سوريا الديمقراطية", "SYR"),
        ("وقال بوتين إن العملية مستمرة.", "بوتين", "فلاديمير بوتين", "RUS"),
    ],
)
def test_actors_registry_canonical_arabic(text: str, words: str, name_ar: str, country: str) -> None:
    found = mention(text, words)
    assert (found.name_ar, found.country) == (name_ar, country)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("وصل الوفد إلى قمة جبل قاسيون.", "Qasioun News Agency"),
        ("دمرت الغارة القاعدة الجوية قرب المدينة.", "Al-Qaeda"),
        ("يدرس الطلاب النظام الدولي الجديد في حلب.", "Syrian government"),
    ],
)
def test_actors_registry_blocked(text: str, absent: str) -> None:
    assert absent not in [name for _, _, name in actors(text)]


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # التحالف alone names the coalition at war in the article's country.
        ("شن التحالف غارات على صنعاء والحديدة في اليمن.", ("التحالف", "ORG", "Saudi-led coalition"), None),
        ("شن التحالف غارات على الرقة في سوريا.", ("التحالف", "ORG", "US-led coalition"), None),
        ("قصفت قوات النظام ريف حلب الجنوبي.", ("قوات النظام", "ORG", "Syrian government"), None),
        ("تقدم الجيش في ريف حماة الشمالي في سوريا.", ("الجيش", "ORG", "Syrian government"), None),
        ("قال الجيش إن الجنود انتشروا في جنوب لبنان.", ("الجيش", "ORG", "Lebanese Armed Forces"), None),
        ("شن التحالف هجوماً، دون ذكر أي بلد.", None, "Saudi-led coalition"),
    ],
)
def test_actors_registry_context(
    text: str, expected: tuple[str, str, str] | None, absent: str | None
) -> None:
    found = actors(text)
    if expected is not None:
        assert expected in found
    if absent is not None:
        assert absent not in [name for _, _, name in found]


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("وأعلنت جماعة الشباب مسؤوليتها عن تفجير مقديشو.", "جماعة الشباب", ("ORG", "Al-Shabaab")),
        (
            "مقديشو - هاجم مسلحو الشباب قاعدة للجيش الصومالي في شبيلي السفلى، وقالت الحكومة الصومالية "
            "إن القوات قتلت عشرة من عناصر الشباب.",
            "عناصر الشباب",
            ("ORG", "Al-Shabaab"),
        ),
    ],
)
def test_al_shabaab_by_its_group_noun_and_in_somali_articles(
    text: str, words: str, expected: tuple[str, str]
) -> None:
    found = mention(text, words)
    assert (found.type, found.name) == expected


def test_al_shabab_the_club_outside_somali_articles() -> None:
    text = "الرياض - فاز الشباب على الاتحاد في الدوري السعودي، وقال مدرب الشباب إن الفريق لعب جيداً."
    assert ("الشباب", "ORG", "Al-Shabaab") not in actors(text)


def test_a_dash_joins_the_parts_of_a_registry_name() -> None:
    """ "– قطاع الشمال" after the movement's name is its northern sector, a name of its own;
    dashes around an aside leave the name before them as it is."""
    found = actors("وأعلنت الحركة الشعبية لتحرير السودان – قطاع الشمال سيطرتها على البلدة.")
    assert ("الحركة الشعبية لتحرير السودان – قطاع الشمال", "ORG", "SPLM-N") in found
    found = actors("وقال الجيش السوداني - في بيان - إن قواته تقدمت.")
    assert ("الجيش السوداني", "ORG", "Sudanese Armed Forces") in found
