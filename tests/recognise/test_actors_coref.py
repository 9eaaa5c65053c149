"""Back-references: head nouns, surnames and groups named again."""

from __future__ import annotations

import pytest
from tests.recognise.test_actors_support import actors, mention


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "أصدر الائتلاف الوطني السوري بياناً. وقال الائتلاف إن القصف مستمر.",
            ("الائتلاف", "ORG", "Syrian National Coalition"),
        ),
        ("هاجم تنظيم الدولة مواقع الجيش. وأعلن التنظيم مسؤوليته.", ("التنظيم", "ORG", "Islamic State")),
        ("قالت حركة حماس إن المفاوضات متعثرة، وأكدت الحركة تمسكها بشروطها.", ("الحركة", "ORG", "Hamas")),
        (
            "وثق المرصد السوري لحقوق الإنسان الهجوم. وأوضح المرصد أن بين الضحايا أطفالاً.",
            ("المرصد", "ORG", "Syrian Observatory for Human Rights"),
        ),
        (
            "أفادت وكالة الأناضول بمقتل مدنيين، وأضافت الوكالة أن القصف استمر.",
            ("الوكالة", "ORG", "Anadolu Agency"),
        ),
        (
            "أعلن المركز الوطني للأرصاد عن أمطار. وأوضح المركز أنها ستستمر.",
            ("المركز", "ORG", "National Center for Meteorology"),
        ),
        (
            "أطلق ناشطون سوريون حملة إعلامية، ودعا الناشطون إلى المشاركة.",
            ("الناشطون", "NORP", "Syrian activists"),
        ),
        (
            "نشرت الشبكة السورية لحقوق الإنسان تقريراً. وقال مديرها فضل عبد الغني إن السيد عبد الغني يتابع.",
            ("عبد الغني", "PER", "Fadel Abdul Ghany"),
        ),
    ],
)
def test_actors_coref_named(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in actors(text)


def test_actors_coref_surname_keeps_the_full_name() -> None:
    text = "قال محمد يحيى إن الفرق تعمل. وأضاف يحيى أن البحث مستمر."
    later = mention(text, "يحيى")
    assert (later.type, later.name, later.name_ar) == ("PER", "Mohammed Yahya", "محمد يحيى")


def test_actors_coref_needs_an_antecedent() -> None:
    assert ("التنظيم", "ORG", "Islamic State") not in actors("وأعلن التنظيم مسؤوليته عن الهجوم.")
