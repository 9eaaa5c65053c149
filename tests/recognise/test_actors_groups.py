"""Groups of people and anonymous sources, named by their noun and qualifiers."""

from __future__ import annotations

import pytest
from tests.recognise.test_actors_support import actors


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قال ناشطون محليون إن القصف طال السوق.", ("ناشطون محليون", "NORP", "local activists")),
        ("أفاد نشطاء سوريون بمقتل ثلاثة أطفال.", ("نشطاء سوريون", "NORP", "Syrian activists")),
        ("وذكرت مصادر طبية أن المستشفى خرج عن الخدمة.", ("مصادر طبية", "NORP", "medical sources")),
        ("وقال مصدر عسكري إن الهجوم صُدّ.", ("مصدر عسكري", "PER", "military source")),
        ("وأكد شهود عيان أن الانفجار وقع قرب السوق.", ("شهود عيان", "NORP", "eyewitnesses")),
        ("وقال الشهود إن الشرطة فرقت المتظاهرين.", ("الشهود", "NORP", "eyewitnesses")),
        ("أفادت مصادر قبلية بمقتل خمسة أشخاص.", ("مصادر قبلية", "NORP", "tribal sources")),
        (  # an anonymous source takes no state the text does not give
            "قصفت طائرات يمنية المعسكر، وقالت مصادر عسكرية إن عشرة مسلحين قتلوا.",
            ("مصادر عسكرية", "NORP", "military sources"),
        ),
        ("وبحسب مصادر محلية فإن الطريق مقطوع.", ("مصادر محلية", "NORP", "local sources")),
        ("وقالت مصادر ميدانية إن الاشتباكات مستمرة.", ("مصادر ميدانية", "NORP", "field sources")),
        ("وشكك قادة غربيون في جدوى الغارات.", ("قادة غربيون", "NORP", "Western leaders")),
        ("وقال الأهالي إن المياه مقطوعة منذ أيام.", ("الأهالي", "NORP", "residents")),
        ("وقتل عدد من مقاتلي حزب الله في الغارة.", ("عدد من مقاتلي حزب الله", "ORG", "Hezbollah")),
        ("وأدان عدد من الدول الهجوم على القافلة.", ("عدد من الدول", "GPE", "several states")),
        ("وتنتشر ميليشيات إيرانية في محيط المطار.", ("ميليشيات إيرانية", "NORP", "Iranian militias")),
        ("قالت وسائل إعلام حوثية إن الغارات استهدفت المدينة.", ("وسائل إعلام حوثية", "NORP", "Houthi media")),
        ("وقال سكان محليون إن الغارة دمرت منزلاً.", ("سكان محليون", "NORP", "local residents")),
        (
            "وأفادت مجموعات الناشطين الإعلاميين بسقوط قتلى.",
            ("مجموعات الناشطين الإعلاميين", "NORP", "media activists"),
        ),
        ("وهاجم مسلحون مجهولون الحاجز.", ("مسلحون مجهولون", "NORP", "unidentified gunmen")),
        ("واختطف مسلحون حوثيون الصحفيين.", ("مسلحون حوثيون", "ORG", "Houthis")),
        (
            "وطالبت منظمات حقوقية دولية بالتحقيق.",
            ("منظمات حقوقية دولية", "ORG", "international rights groups"),
        ),
        (
            "وقال نشطاء معارضون في حلب إن القصف مستمر.",
            ("نشطاء معارضون", "NORP", "Syrian opposition activists"),
        ),
        ("سيطر الثوار على حي في مدينة حلب السورية.", ("الثوار", "NORP", "Syrian rebels")),
        (
            "وقال مقاتلون معارضون إن قوات النظام تقدمت في ريف حماة.",
            ("مقاتلون معارضون", "NORP", "Syrian opposition fighters"),
        ),
        ("وخرج الشعب السوري مطالباً بالحرية.", ("الشعب السوري", "NORP", "Syrian people")),
        (
            "وذكرت مصادر المعارضة السورية أن القصف استمر.",
            ("مصادر المعارضة السورية", "NORP", "Syrian opposition sources"),
        ),
        ("وأعرب عن تضامنه مع السوريين في محنتهم.", ("السوريين", "NORP", "Syrians")),
        ("ودعت الدول الكبرى إلى التهدئة.", ("الدول الكبرى", "GPE", "major powers")),
        (  # the commission's official name, with "المستقلة"
            "وأكدت المفوضية العليا المستقلة لحقوق الإنسان سقوط قتيلين في البصرة.",
            ("المفوضية العليا المستقلة لحقوق الإنسان", "ORG", "Iraqi High Commission for Human Rights"),
        ),
    ],
)
def test_actors_groups_named(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in actors(text)


@pytest.mark.parametrize(
    "text",
    [
        "وقالت مصادر إن الاجتماع تأجل.",  # a source needs a qualifier to be named
        "وأشار القادة إلى أهمية الحوار.",
    ],
)
def test_actors_groups_need_a_qualifier(text: str) -> None:
    assert [m for m in actors(text) if m[1] in ("NORP", "PER")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وتظاهر آلاف الليبيين في الساحة.", ["الليبيين"]),  # a count of the people: still the people
        ("وقال إن الأردنيين والمصريين سواء.", ["الأردنيين", "المصريين"]),  # two peoples joined by و
        ("وأصيب عدد من الطلاب الأردنيين والمصريين.", []),  # adjectives of the noun before them
    ],
)
def test_actors_groups_peoples(text: str, expected: list[str]) -> None:
    assert [t for t, type_, _ in actors(text) if type_ == "NORP" and t.startswith("ال")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # the body an anonymous source is in, after في or a joined ب, one or two joined by و
        ("قالت مصادر في الجيش إن القصف توقف.", [("مصادر في الجيش", "NORP", "army sources")]),
        ("قالت مصادر بالشرطة إن القصف توقف.", [("مصادر بالشرطة", "NORP", "police sources")]),
        (
            "قالت مصادر بالجيش والشرطة إن القصف توقف.",
            [("مصادر بالجيش والشرطة", "NORP", "army and police sources")],
        ),
        ("قال مصدر بالأجهزة الأمنية إن القصف توقف.", [("مصدر بالأجهزة الأمنية", "PER", "security source")]),
    ],
)
def test_the_body_a_source_is_in(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert actors(text) == expected
