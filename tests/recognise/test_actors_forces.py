"""Armed forces named by a force noun and a state's adjective, an actor, or the article's state."""

from __future__ import annotations

import pytest
from tests.recognise.test_actors_support import actors

from rasid.recognise.actors import ActorStage
from rasid.record import Record


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قصف الطيران الروسي بلدة كفرنبل.", ("الطيران الروسي", "ORG", "Russian Air Force")),
        ("وقصفت الطائرات الروسية المستشفى.", ("الطائرات الروسية", "ORG", "Russian Air Force")),
        (
            "شنت طائرات حربية إسرائيلية غارات على خان يونس.",
            ("طائرات حربية إسرائيلية", "ORG", "Israeli Air Force"),
        ),
        ("وأغارت مقاتلاتٌ حربيةٌ روسيةٌ على البلدة.", ("مقاتلاتٌ حربيةٌ روسيةٌ", "ORG", "Russian Air Force")),
        ("وقصفت المدفعية التركية قرى في ريف الحسكة.", ("المدفعية التركية", "ORG", "Turkish Armed Forces")),
        ("وتوغلت القوات الروسية في البلدة.", ("القوات الروسية", "ORG", "Russian armed forces")),
        ("ورصدت طائرة مسيرة تركية فوق القرية.", ("طائرة مسيرة تركية", "ORG", "Turkish Armed Forces")),
        ("وقال الجيش الإسرائيلي إنه اعترض صاروخاً.", ("الجيش الإسرائيلي", "ORG", "Israel Defense Forces")),
        (
            "وأسقطت طائرة عسكرية حكومية براميل متفجرة على حلب.",
            ("طائرة عسكرية حكومية", "ORG", "Syrian government"),
        ),
        ("وألقى طيران جيش النظام المروحي براميل.", ("طيران جيش النظام المروحي", "ORG", "Syrian government")),
        (
            "قصفت طائرات تابعة لسلاح الجو الروسي البلدة.",
            ("طائرات تابعة لسلاح الجو الروسي", "ORG", "Russian Air Force"),
        ),
        ("وتشنها قوات الرئيس بشار الأسد منذ أسابيع.", ("قوات الرئيس بشار الأسد", "ORG", "Syrian government")),
        (
            "وقصفت طائرات التحالف بقيادة السعودية صنعاء.",
            ("طائرات التحالف بقيادة السعودية", "ORG", "Saudi-led coalition"),
        ),
        (
            "وتقدم الجيش الموالي للحكومة في تعز اليمنية.",
            ("الجيش الموالي للحكومة", "ORG", "Yemeni government forces"),
        ),
    ],
)
def test_actors_forces_owner(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in actors(text)


def test_actors_forces_two_states() -> None:
    found = actors("استهدفت مقاتلات روسية وسورية مدينة سراقب.")
    assert ("مقاتلات روسية وسورية", "ORG", "Russian and Syrian air forces") in found
    assert ("مقاتلات روسية", "ORG", "Russian Air Force") in found
    assert ("سورية", "ORG", "Syrian government") in found


@pytest.mark.parametrize(
    "text",
    [
        "وألقى الطيران الحربي براميل متفجرة على الحي.",  # whose, the article does not say
        "شارك الآلاف في مسيرة الشبكة السورية لحقوق الإنسان.",  # a march, not a drone
    ],
)
def test_actors_forces_without_owner(text: str) -> None:
    assert [m for m in actors(text) if m[0].startswith(("الطيران", "مسيرة"))] == []


@pytest.mark.parametrize(
    ("text", "surface", "name", "parent"),
    [
        ("قصفت الطائرات الروسية بلدة كفرنبل.", "الطائرات الروسية", "Russian Air Force", "Russia"),
        (
            "وقالت وزارة الدفاع الروسية إن الغارة لم تقع.",
            "وزارة الدفاع الروسية",
            "Russian Ministry of Defence",
            None,
        ),
        ("تقدمت قوات النظام نحو البلدة.", "قوات النظام", "Syrian government", None),
    ],
)
def test_forces_name_the_state_they_belong_to_as_parent(
    text: str, surface: str, name: str, parent: str | None
) -> None:
    record = ActorStage().process(Record(id="t", text=text))
    [mention] = [m for m in record.mentions if m.text == surface]
    assert (mention.name, mention.parent) == (name, parent)


@pytest.mark.parametrize(
    ("text", "surface", "name", "parent"),
    [
        (  # a state with no army of its own in the registry: composed, the state its parent
            "قال الجيش الكيني إن مسلحين هاجموا قاعدة قرب الحدود.",
            "الجيش الكيني",
            "Kenyan army",
            "Kenya",
        ),
        (  # the bare noun in an article about that state
            "اشتباكات في نيجيريا. وأعلن الجيش أنه صد الهجوم على القاعدة.",
            "الجيش",
            "Nigerian army",
            "Nigeria",
        ),
        (  # a state whose registry row is its government: that government stays the parent
            "وقال الجيش الصومالي إن القتال انتهى.",
            "الجيش الصومالي",
            "Somali army",
            "Somali government",
        ),
        ("وقال الجيش اللبناني إن الطريق مفتوح.", "الجيش اللبناني", "Lebanese Armed Forces", "Lebanon"),
    ],
)
def test_an_army_without_a_registry_row_is_the_states_adjective_and_army(
    text: str, surface: str, name: str, parent: str | None
) -> None:
    record = ActorStage().process(Record(id="t", text=text))
    [mention] = [m for m in record.mentions if m.text == surface]
    assert (mention.name, mention.parent) == (name, parent)
