"""English names composed for organisation phrases no registry row names: head + field +
place or state (orgs.py, data/actor_org_heads.tsv, actor_services.tsv, actor_place_units.tsv)."""

from __future__ import annotations

import pytest
from tests.recognise.test_actors_support import actors, mention


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a unit word before the place names the place; only a council keeps its English
        ("وقالت شرطة محافظة البصرة إن رجلين اعتقلا.", ("شرطة محافظة البصرة", "ORG", "Basra Police")),
        (
            "وأعلنت مديرية صحة محافظة ديالى وصول جثتين.",
            ("مديرية صحة محافظة ديالى", "ORG", "Diyala Health Directorate"),
        ),
        (
            "وقالت قيادة شرطة محافظة ذي قار إن الطريق أغلق.",
            ("قيادة شرطة محافظة ذي قار", "ORG", "Dhi Qar Police Command"),
        ),
        ("وقال مجلس محافظة حماة إن المياه انقطعت.", ("مجلس محافظة حماة", "ORG", "Hama Provincial Council")),
        # a unit and its place after في or glued ب locate an office named without one
        (
            "وقالت مديرية الصحة في محافظة درعا إن طفلين أصيبا.",
            ("مديرية الصحة", "ORG", "Daraa Health Directorate"),
        ),
        ("وأفاد مكتب الصحة بمحافظة تعز بوصول جريحين.", ("مكتب الصحة", "ORG", "Taiz Health Office")),
        # a location that is a whole state is named by its adjective
        (
            "وقالت المديرية العامة للدفاع المدني في الأردن إن الحريق أخمد.",
            ("المديرية العامة للدفاع المدني", "ORG", "Jordanian General Directorate for Civil Defence"),
        ),
        # a medical complex is named by its own name and its adjectives
        ("ونقل الجرحى إلى مجمع ناصر الطبي مساء.", ("مجمع ناصر الطبي", "ORG", "Nasser Medical Complex")),
        # a second portfolio joined by و
        (
            "وقالت وزارة الصحة والسكان المصرية إن المصابين خرجوا.",
            ("وزارة الصحة والسكان المصرية", "ORG", "Egyptian Ministry of Health and Population"),
        ),
    ],
)
def test_composed_names_of_offices(text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in actors(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a state's service named by its field alone: the state's adjective after it
        (
            "وأعلن الدفاع المدني المصري إخماد الحريق.",
            ("الدفاع المدني المصري", "ORG", "Egyptian Civil Defence"),
        ),
        (
            "وقالت الحماية المدنية الجزائرية إن ثلاثة أشخاص أصيبوا.",
            ("الحماية المدنية الجزائرية", "ORG", "Algerian Civil Protection"),
        ),
        # or the article's own country
        (
            "وفي اليمن قال الدفاع المدني إن فرقه أخمدت النيران.",
            ("الدفاع المدني", "ORG", "Yemeni Civil Defence"),
        ),
        (
            "وقال الهلال الأحمر العماني إن قافلته وصلت.",
            ("الهلال الأحمر العماني", "ORG", "Omani Red Crescent"),
        ),
        # a state's row in the registry names it where it has one
        ("وفي سوريا قال الهلال الأحمر إن قافلته وصلت.", ("الهلال الأحمر", "ORG", "Syrian Arab Red Crescent")),
        ("وقال الدفاع المدني العراقي إن فرقه وصلت.", ("الدفاع المدني العراقي", "ORG", "Iraqi Civil Defence")),
    ],
)
def test_a_service_named_by_its_field_is_its_states(text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in actors(text)


def test_a_service_field_after_another_head_is_no_service_of_its_own() -> None:
    """ "المديرية العامة للدفاع المدني": the field of the directorate, not a second mention."""
    found = actors("وقالت المديرية العامة للدفاع المدني في الأردن إن الحريق أخمد.")
    assert not [a for a in found if a[0] == "الدفاع المدني"]


def test_an_unnamed_complex_is_no_organisation() -> None:
    assert actors("واستهدف القصف مجمعا سكنيا قرب المدينة.") == []


def test_a_source_in_a_police_named_by_unit_and_place() -> None:
    """ "مصدر في شرطة محافظة ديالى": the police is named whole, not cut to "police source"."""
    found = actors("وقال مصدر في شرطة محافظة ديالى إن عبوة انفجرت.")
    assert ("شرطة محافظة ديالى", "ORG", "Diyala Police") in found
    assert not [a for a in found if a[2] == "police source"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # the government named alone is the article's country's: its own row, else composed
        ("وفي مصر قالت الحكومة إن الطريق أغلق.", ("الحكومة", "GPE", "Egyptian government")),
        ("وفي العراق قالت الحكومة إن الطريق أغلق.", ("الحكومة", "GPE", "Iraqi government")),
    ],
)
def test_the_government_alone_is_the_articles_countrys(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in actors(text)


def test_a_government_of_no_known_state_is_no_mention() -> None:
    assert not [a for a in actors("وقالت الحكومة إن الطريق أغلق.") if a[0] == "الحكومة"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # the presidency and the national guard are services too: the state's adjective after them
        (
            "وأعلنت الرئاسة الموريتانية في بيان تعيين سفير جديد.",
            ("الرئاسة الموريتانية", "ORG", "Mauritanian Presidency"),
        ),
        (
            "وقال الحرس الوطني التونسي إنه ضبط شحنة مهربة.",
            ("الحرس الوطني التونسي", "ORG", "Tunisian National Guard"),
        ),
        # a state's adjective the nisba table gained
        (
            "وقال رئيس الوزراء الجيبوتي إن الميناء سيفتتح.",
            ("رئيس الوزراء الجيبوتي", "PER", "Djiboutian Prime Minister"),
        ),
    ],
)
def test_presidency_guard_and_new_adjectives(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in actors(text)


def test_a_modifier_between_the_government_and_its_state_keeps_it_the_states() -> None:
    """ "الحكومة الفيدرالية الصومالية": federal, then the adjective; the state's own row names it."""
    found = actors("وقالت الحكومة الفيدرالية الصومالية إن الانتخابات ستجرى في موعدها.")
    assert ("الحكومة الفيدرالية الصومالية", "GPE", "Somali government") in found


def test_a_modifier_without_a_state_leaves_the_government_unnamed() -> None:
    """ "الحكومة المؤقتة" alone may be an opposition's government: no state's government."""
    found = actors("وفي سوريا قالت الحكومة المؤقتة إن المعبر أغلق.")
    assert not [a for a in found if a[2] == "Syrian government"]


def test_the_kurdish_press_spelling_of_kurdistan_names_the_regional_government() -> None:
    found = actors("وقالت حكومة إقليم كوردستان إن الدفعة وصلت إلى أربيل.")
    assert ("حكومة إقليم كوردستان", "ORG", "Kurdistan Regional Government") in found


def test_a_somali_site_is_named_whole_after_its_noun() -> None:
    found = actors("ونقل موقع صومالي غارديان عن شهود أن الانفجار وقع قرب الميناء.")
    assert ("موقع صومالي غارديان", "ORG", "Somali Guardian") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second field joined by و, itself a head noun and its genitive
        (
            "وأكدت وزارة الطوارئ وإدارة الكوارث السورية وصول الفرق إلى الموقع.",
            (
                "وزارة الطوارئ وإدارة الكوارث السورية",
                "ORG",
                "Syrian Ministry of Emergency and Disaster Management",
            ),
        ),
        # a field of two words after ل
        (
            "وقالت الهيئة الوطنية للتنسيق الاستخباري إن التحقيق مستمر.",
            (
                "الهيئة الوطنية للتنسيق الاستخباري",
                "ORG",
                "National Commission for Intelligence Coordination",
            ),
        ),
        # a company: its own name romanised, its fields before "Company" even after ل
        (
            "وأعلنت شركة النور للتأمين والاستثمار أرباحها السنوية.",
            ("شركة النور للتأمين والاستثمار", "ORG", "Al-Nour Insurance and Investment Company"),
        ),
    ],
)
def test_whole_names_of_ministries_commissions_and_companies(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in actors(text)


def test_a_ministry_named_after_a_field_is_not_the_club_of_that_name() -> None:
    """ "الكهرباء" is an Iraqi club's bare name; after وزارة, outside sport, it is the field."""
    found = actors("وذكرت وزارة الكهرباء العراقية أن الأحمال ارتفعت.")
    assert ("وزارة الكهرباء العراقية", "ORG", "Iraqi Ministry of Electricity") in found


def test_a_registry_organisation_with_a_plus_is_its_wider_group() -> None:
    assert ("أوبك+", "ORG", "OPEC+") in actors("واتفقت دول أوبك+ على تمديد الخفض.")


def test_a_party_named_by_its_doctrine() -> None:
    found = actors("وحضر ممثلون عن الحزب الشيوعي السوداني والحزب الناصري.")
    assert ("الحزب الشيوعي السوداني", "ORG", "Sudanese Communist Party") in found
    assert ("الحزب الناصري", "ORG", "Nasserist Party") in found


def test_a_companys_field_word_no_list_knows_is_not_romanised_into_its_name() -> None:
    assert ("شركة الخليج للمخازن", "ORG", None) in actors("وقالت شركة الخليج للمخازن إن أرباحها ارتفعت.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وصوت مجلس الشيوخ الأميركي على القرار.", ("مجلس الشيوخ الأميركي", "ORG", "US Senate")),
        ("وصوت مجلس الشيوخ الأمريكي على القرار.", ("مجلس الشيوخ الأمريكي", "ORG", "US Senate")),
        # a senate the registry does not list: the body, then the state's adjective before it
        ("وصوت مجلس الشيوخ الفرنسي على القانون.", ("مجلس الشيوخ الفرنسي", "ORG", "French Senate")),
    ],
)
def test_a_senate_is_named_by_its_state(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in actors(text)


def test_an_outlet_named_by_a_place_and_a_number() -> None:
    assert ("موقع عدن 24", "ORG", "Aden 24") in actors("وقال موقع عدن 24 إن الاشتباكات توقفت.")
    # an office of a place, then a number: no outlet
    found = actors("وقالت مديرية صحة حلب 3 مرات إن القصف استمر.")
    assert ("مديرية صحة حلب", "ORG", "Aleppo Health Directorate") in found


def test_a_regulator_is_named_by_what_it_regulates() -> None:
    found = actors("وقالت هيئة تنظيم الاتصالات إن الشبكة تعمل.")
    assert ("هيئة تنظيم الاتصالات", "ORG", "Telecommunications Regulatory Commission") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقال الحزب الوطني الديمقراطي إن الانتخابات مزورة.", "National Democratic Party"),
        ("وقال المجلس الوطني الانتقالي إن قواته تقدمت.", "National Transitional Council"),
        ("وقالت الجبهة الإسلامية القومية إن الانتخابات مزورة.", "National Islamic Front"),
        # the other adjectives keep their English order, the last Arabic one first
        ("وقال المجلس العسكري الانتقالي إن الانتخابات ستجرى.", "Transitional Military Council"),
    ],
)
def test_national_leads_the_adjectives_of_a_name(text: str, expected: str) -> None:
    assert [name for _, _, name in actors(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        # "ملتقى" (forum) is a weak head: the portfolio "الحوار السياسي" and the state's adjective name it
        (
            "وانتخب ملتقى الحوار السياسي الليبي سلطة جديدة.",
            "ملتقى الحوار السياسي الليبي",
            "Libyan Political Dialogue Forum",
        ),
        ("وصوت أعضاء ملتقى الحوار السياسي على القوائم.", "ملتقى الحوار السياسي", "Political Dialogue Forum"),
        ("وعقدت لجنة الحوار اجتماعها الأول.", "لجنة الحوار", "Dialogue Committee"),
        # a central bank's committee, by its field
        (
            "وقررت لجنة السياسات النقدية تثبيت سعر الفائدة.",
            "لجنة السياسات النقدية",
            "Monetary Policy Committee",
        ),
    ],
)
def test_a_forum_or_committee_named_by_its_field(text: str, words: str, name: str) -> None:
    found = mention(text, words)
    assert (found.type, found.name) == ("ORG", name)


def test_a_meeting_point_is_no_forum() -> None:
    # a weak head with nothing the lists know after it names nothing
    assert all(a[0] != "ملتقى الطرق" for a in actors("وتجمع المحتجون عند ملتقى الطرق وسط المدينة."))
