"""Organisations the registry does not know: head nouns, their name words, composed names."""

from __future__ import annotations

import pytest
from tests.recognise.test_actors_support import actors, mention


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وقالت وزارة الخارجية المصرية إن الوزير سيزور الرياض.",
            ("وزارة الخارجية المصرية", "ORG", "Egyptian Ministry of Foreign Affairs"),
        ),
        (
            "وصرّح المتحدث باسم وزارة الخارجية والهجرة المصرية بأن الزيارة مهمة.",
            ("وزارة الخارجية والهجرة المصرية", "ORG", "Egyptian Ministry of Foreign Affairs and Emigration"),
        ),
        (
            "وقالت وزارة الصحة في غزة إن عدد الضحايا ارتفع.",  # the registry's name (actors.tsv)
            ("وزارة الصحة في غزة", "ORG", "Palestinian Ministry of Health"),
        ),
        (
            "حذر المركز الوطني للأرصاد من أمطار غزيرة.",
            ("المركز الوطني للأرصاد", "ORG", "National Center for Meteorology"),
        ),
        ("ونشر مركز حلب الإعلامي صوراً للدمار.", ("مركز حلب الإعلامي", "ORG", "Aleppo Media Center")),
        ("وقال المركز الصحفي السوري إن القصف استمر.", ("المركز الصحفي السوري", "ORG", "Syrian Press Center")),
        (
            "وأعلنت الداخلية السعودية القبض على المتهمين.",
            ("الداخلية السعودية", "ORG", "Saudi Ministry of Interior"),
        ),
        ("وأفاد مرصد تعقب حركة الطيران بإقلاع طائرتين.", ("مرصد تعقب حركة الطيران", "ORG", None)),
        ("ووثق تجمع أحرار زيتون مقتل شخصين.", ("تجمع أحرار زيتون", "ORG", None)),
        (
            "ذكر موقع صدى نيوز أن الاشتباكات تجددت.",
            ("صدى نيوز", "ORG", "Sada News"),
        ),  # an outlet on outlets.tsv
        ('وأفادت وكالة "آرا برس" الإخبارية بسقوط قتلى.', ('وكالة "آرا برس" الإخبارية', "ORG", None)),
        ("ونشر التقرير «سيفا»، وهو تحالف عالمي للمجتمع المدني.", ("سيفا", "ORG", None)),
        ("وكشفت منظمة سورية أن روسيا ارتكبت مجزرة.", ("منظمة سورية", "ORG", None)),
        # a hospital's own name is romanised (actor_org_heads.tsv `proper`), quoted or not
        ("وأعلن مستشفى العودة وصول جثامين.", ("مستشفى العودة", "ORG", "Al-Awda Hospital")),
        ('ونقل الجرحى إلى مستشفى "النور" في البلدة.', ('مستشفى "النور"', "ORG", "Al-Nour Hospital")),
        ("وقال المستشفى الميداني إن الجرحى وصلوا.", ("المستشفى الميداني", "ORG", "Field Hospital")),
        ("ونقل الجرحى إلى مستشفى الشفاء بعد الغارة.", ("مستشفى الشفاء", "ORG", "Al-Shifa Hospital")),
        # a definite nisba after an indefinite head that is also a family name is the genitive,
        # the hospital's own name; with the article on both it is the adjective
        ("ووصل المصابون إلى مستشفى الكندي صباحاً.", ("مستشفى الكندي", "ORG", "Al-Kindi Hospital")),
        ("ووصل المصابون إلى المستشفى الكندي صباحاً.", ("المستشفى الكندي", "ORG", "Canadian Hospital")),
        ("ووصل المصابون إلى مستشفى الأردني الميداني صباحاً.", ("مستشفى الأردني الميداني", "ORG", None)),
        # name words English translates (actor_name_words.tsv), a governing one after the next
        (
            "ونقل المصابون إلى مستشفى شهداء الأقصى في دير البلح.",
            ("مستشفى شهداء الأقصى", "ORG", "Al-Aqsa Martyrs Hospital"),
        ),
        ("ونقل المصابون إلى مستشفى الولادة في المدينة.", ("مستشفى الولادة", "ORG", "Maternity Hospital")),
        # a person after a definite head holds its office, no part of its name; an indefinite
        # head may be named after a person
        (
            "وقالت مؤسسة محمد بن راشد إن المساعدات وصلت.",
            ("مؤسسة محمد بن راشد", "ORG", "Mohammed bin Rashid Foundation"),
        ),
        # a name after ابن or أبو goes on even where it ends like a pronoun ("سينا")
        ("ونقل المصابون إلى مستشفى ابن سينا في رفح.", ("مستشفى ابن سينا", "ORG", "Ibn Sina Hospital")),
        # a common noun after a head that is not `proper` leaves the name without English
        ("وقالت هيئة الرقابة إن الاجتماع انتهى.", ("هيئة الرقابة", "ORG", None)),
        # an administrative unit before a place (actor_place_units.tsv)
        ("وقال مجلس محافظة كركوك إن الطريق أغلق.", ("مجلس محافظة كركوك", "ORG", "Kirkuk Provincial Council")),
        (
            "وأصدر المجلس المحلي لمدينة حلب بيانا.",
            ("المجلس المحلي لمدينة حلب", "ORG", "Aleppo City Local Council"),
        ),
        ("وقال مجلس مدينة الموصل إن الطريق أغلق.", ("مجلس مدينة الموصل", "ORG", "Mosul City Council")),
        # a governorate from the curated place list, by its short name
        (
            "وقال مجلس محافظة الأنبار إن الطريق أغلق.",
            ("مجلس محافظة الأنبار", "ORG", "Anbar Provincial Council"),
        ),
        # portfolios as fields, a place in the name
        (
            "وذكرت قيادة عمليات البصرة أن الهجوم فشل.",
            ("قيادة عمليات البصرة", "ORG", "Basra Operations Command"),
        ),
        (
            "وقالت لجنة مقاومة الفاشر إن القصف مستمر.",
            ("لجنة مقاومة الفاشر", "ORG", "El Fasher Resistance Committee"),
        ),
        (
            "وأكدت وزارة التنمية الاجتماعية الفلسطينية توزيع المساعدات.",
            ("وزارة التنمية الاجتماعية الفلسطينية", "ORG", "Palestinian Ministry of Social Development"),
        ),
        (
            "وأعلن مركز طب الطوارئ والدعم الليبي وصول المصابين.",
            ("مركز طب الطوارئ والدعم الليبي", "ORG", "Libyan Emergency Medicine and Support Center"),
        ),
        # a command before a registry force is that force speaking (`owner`)
        (
            "وقالت قيادة الجيش اللبناني إن الهجوم فشل.",
            ("قيادة الجيش اللبناني", "ORG", "Lebanese Armed Forces"),
        ),
        # a place after في or glued to ب locates an office named without one
        (
            "وقالت مديرية الصحة في إدلب إن المصابين نقلوا.",
            ("مديرية الصحة", "ORG", "Idlib Health Directorate"),
        ),
        ("وقالت مديرية الصحة بإدلب إن المصابين نقلوا.", ("مديرية الصحة", "ORG", "Idlib Health Directorate")),
        (
            "وقال مكتب حقوق الإنسان بتعز إن القصف استمر.",
            ("مكتب حقوق الإنسان", "ORG", "Taiz Human Rights Office"),
        ),
        # a body only a state has, named by the state (head order "state")
        ("وفاز منتخب الأردن على خصمه بهدفين.", ("منتخب الأردن", "ORG", "Jordan national football team")),
        ("وتعادل المنتخب التونسي مع ضيفه.", ("المنتخب التونسي", "ORG", "Tunisia national football team")),
        ("وخسر منتخب القدس أمام ضيفه.", ("منتخب القدس", "ORG", None)),  # a city's, not a state's
        ("وقال رئيس جامعة حماة إن الدوام مستمر.", ("جامعة حماة", "ORG", "Hama University")),
        # a party's own name: translated by actor_name_words.tsv, the governing word after
        # the adjective it governs, else romanised
        (
            "وقال بيان حزب ميثاق الوطني إن الانتخابات نزيهة.",
            ("حزب ميثاق الوطني", "ORG", "National Charter Party"),
        ),
        ("وأعلن ائتلاف الأمل فوزه بالمقاعد.", ("ائتلاف الأمل", "ORG", "Al-Amal Coalition")),
    ],
)
def test_actors_orgs_by_head(text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in actors(text)


def test_actors_orgs_nested_in_an_office() -> None:
    text = "وفق تقرير للقسم الإعلامي للائتلاف السوري المعارض اليوم."
    found = actors(text)
    assert ("ائتلاف السوري المعارض", "ORG", "Syrian National Coalition") in found
    assert (
        "قسم الإعلامي للائتلاف السوري المعارض",
        "ORG",
        "Syrian National Coalition Media Department",
    ) in found
    # the nested mention is listed first: mentions are in order of their end
    assert found.index(("ائتلاف السوري المعارض", "ORG", "Syrian National Coalition")) < found.index(
        ("قسم الإعلامي للائتلاف السوري المعارض", "ORG", "Syrian National Coalition Media Department")
    )


def test_actors_orgs_name_ar_as_written() -> None:
    found = mention("ووثق تجمع أحرار زيتون مقتل شخصين.", "تجمع أحرار زيتون")
    assert (found.name, found.name_ar) == (None, "تجمع أحرار زيتون")


@pytest.mark.parametrize(
    "text",
    [
        "تزايدت حركة النزوح من المدينة.",  # a weak head with no known name word
        "وصلت القافلة إلى مركز المدينة.",
        "وقدرت الوزارة الخسائر الأولية بملايين الدولارات.",  # a definite head takes no genitive
    ],
)
def test_actors_orgs_not_names(text: str) -> None:
    assert [m for m in actors(text) if m[1] == "ORG" and m[2] is None] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ودخل الضيوف غرفة كبيرة في القصر.", []),  # a weak indefinite head with a plain adjective
        ("وشكلت لجنة عسكرية للتحقيق.", []),
        ("وتغلب منتخب الأردن أمام منتخب قطر.", ["منتخب الأردن", "منتخب قطر"]),  # أمام ends a name
        ("وزار وفد نادي حمص محمود المدينة.", ["نادي حمص"]),  # a place ends the name
    ],
)
def test_actors_orgs_name_ends(text: str, expected: list[str]) -> None:
    assert [a[0] for a in actors(text) if a[1] == "ORG"] == expected


def test_actors_orgs_ministry_seat_is_not_its_name() -> None:
    """A ministry "in" a city keeps the name of the article's state, not the city's."""
    text = "قالت وزارة التنمية الاجتماعية في رام الله إن المساعدات وصلت إلى العائلات في نابلس وجنين والخليل."
    assert actors(text) == [("وزارة التنمية الاجتماعية", "ORG", "Palestinian Ministry of Social Development")]


def test_actors_orgs_hospital_director_keeps_title() -> None:
    """An office governing a bare head ("مدير المستشفى") is the person's role, not a name."""
    found = mention("وقال مدير المستشفى الدكتور سامر حداد إن الجرحى بحالة مستقرة.", "سامر حداد")
    assert found.role_words == ("مدير", "الدكتور")


def test_actors_orgs_governorate_of_the_curated_list() -> None:
    """A governorate the gazetteer lacks but the curated place list holds names the body."""
    text = "انفجرت عبوة في الموصل. وقالت شرطة نينوى إن التحقيق بدأ في الموصل."
    assert mention(text, "شرطة نينوى").name == "Nineveh Police"


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a weekday after an organisation ends its name, though villages are called so too
        ("أعلنت وزارة الصحة الخميس مقتل 6 أشخاص.", [("وزارة الصحة", "ORG", "Ministry of Health")]),
        (
            "قالت مديرية صحة إدلب الأحد إن 3 أطفال أصيبوا.",
            [("مديرية صحة إدلب", "ORG", "Idlib Health Directorate")],
        ),
    ],
)
def test_a_weekday_ends_an_organisations_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [  # the short name of a ministry in quotes, its state's adjective after them
        ("قالت «الصحة» اللبنانية إن 6 أشخاص أصيبوا.", "Lebanese Ministry of Health"),
        ('وأعلنت "الداخلية" المصرية مقتل 3 مسلحين.', "Egyptian Ministry of Interior"),
    ],
)
def test_a_quoted_portfolio_with_its_states_adjective_is_the_ministry(text: str, name: str) -> None:
    assert actors(text)[0][2] == name


def test_actors_orgs_a_person_after_an_adjective_is_the_office_holder() -> None:
    """The council ends before its head's name ("رئيس المجلس الرئاسي محمد المنفي")."""
    found = actors("واستقبل رئيس المجلس الرئاسي محمد المنفي السفير الإيطالي.")
    assert ("المجلس الرئاسي", "ORG", "Presidential Council") in found
    assert ("محمد المنفي", "PER", "Mohamed al-Menfi") in found


def test_actors_orgs_a_club_head_names_the_club_without_the_tagger() -> None:
    """The head noun makes the club alias sure ("نادي الزمالك")."""
    assert ("نادي الزمالك", "ORG", "Zamalek") in actors("وأعلن نادي الزمالك ضم لاعب جديد.")


def test_actors_orgs_person_after_a_definite_head_is_no_name_part() -> None:
    """ "مدير المرصد رامي عبد الرحمن": the observatory's director by name, not a "Rami
    Abdulrahman Observatory"."""
    found = actors("وقال مدير المرصد رامي عبد الرحمن إن القصف استمر ليلاً.")
    assert ("رامي عبد الرحمن", "PER", "Rami Abdulrahman") in found
    assert not [a for a in found if a[0].startswith("المرصد رامي")]
