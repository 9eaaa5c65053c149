"""Names of the bodies that sources belong to: whole quoted names, sub-units and their parent,
offices of the article's country, the article's governorate, and the topic's antecedent."""

from __future__ import annotations

import pytest
from tests.recognise.test_actors_support import mention


@pytest.mark.parametrize(
    ("text", "words", "name", "parent"),
    [
        (  # the closing quotation mark belongs to the name it closes
            'ونقلت الصحيفة أرقاماً من فريق "منسقو استجابة سوريا" عن النازحين في إدلب.',
            'فريق "منسقو استجابة سوريا"',
            "Syria Response Coordinators",
            None,
        ),
        (  # a centre named after a known body belongs to it
            "قال مركز الدفاع المدني إن فرقه انتشلت جثتين من تحت الأنقاض في إدلب السورية.",
            "مركز الدفاع المدني",
            "Syrian Civil Defence Center",
            "Syrian Civil Defence",
        ),
        (  # the person named after that centre belongs to the same body
            "قال مدير مركز الدفاع المدني إن فرقه انتشلت جثتين من تحت الأنقاض في إدلب السورية.",
            "مدير مركز الدفاع المدني",
            "Syrian Civil Defence Center",
            "Syrian Civil Defence",
        ),
        (  # a title that runs into a known command ends before it
            "واتهم قائد عمليات نينوى خلايا مسلحة بتفجير سيارة في الموصل العراقية.",
            "قائد عمليات نينوى",
            "Nineveh Operations Command",
            "Iraqi security forces",
        ),
    ],
)
def test_sub_units_and_quoted_names(text: str, words: str, name: str, parent: str | None) -> None:
    found = mention(text, words)
    assert (found.name, found.parent) == (name, parent)


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (  # an office with a portfolio and no state is the article's country's
            "قصف الحوثيون مدينة تعز اليمنية، وقال وزير الإعلام إن القصف استهدف المدنيين.",
            "وزير الإعلام",
            "Yemeni Minister of Information",
        ),
        (  # an anonymous source is named as written: no state the text does not give
            "قصفت الطائرات السورية ريف حماة، وقال مصدر عسكري إن الغارات أصابت أهدافها.",
            "مصدر عسكري",
            "military source",
        ),
        (
            "انفجرت عبوة في الموصل العراقية، وقال مصدر أمني إن شرطياً أصيب.",
            "مصدر أمني",
            "security source",
        ),
        (  # the state the text gives stays
            "قصفت الطائرات ريف حماة، وقال مصدر عسكري سوري إن الغارات أصابت أهدافها.",
            "مصدر عسكري سوري",
            "Syrian military source",
        ),
        (  # a medical source belongs to no state
            "قصفت الطائرات السورية ريف حماة، وقال مصدر طبي إن طفلين أصيبا.",
            "مصدر طبي",
            "medical source",
        ),
        (  # "المحافظة" in a name is the governorate the article is about
            "انفجرت سيارة في كركوك صباحاً، وأكد مجلس المحافظة أن الوضع في كركوك هادئ.",
            "مجلس المحافظة",
            "Kirkuk Provincial Council",
        ),
        (  # an office located by "في" takes the place's name
            "قصف الحوثيون أحياء تعز، وقال مكتب حقوق الإنسان في تعز إن القصف مستمر.",
            "مكتب حقوق الإنسان",
            "Taiz Human Rights Office",
        ),
        (
            "قصف الحوثيون أحياء تعز، وقال مكتب حقوق الإنسان في المحافظة إن القصف مستمر في تعز.",
            "مكتب حقوق الإنسان",
            "Taiz Human Rights Office",
        ),
        (  # a known alias inside a longer one keeps its own actor
            "ونفذ طيران التحالف الدولي غارات، وقال متحدث إن التحالف الدولي سيواصل عملياته.",
            "التحالف الدولي",
            "US-led coalition",
        ),
    ],
)
def test_names_from_the_article(text: str, words: str, name: str) -> None:
    assert mention(text, words).name == name


def test_head_anaphor_takes_the_topic_not_a_passing_mention() -> None:
    text = (
        "هاجم تنظيم الدولة مدينة هيت العراقية. وقال شهود إن التنظيم استخدم سيارات مفخخة. "
        "ويذكر السكان أيام تنظيم القاعدة. وكان التنظيم قد هاجم البلدة قبل عام."
    )
    from rasid.lang.ar.text import TextView
    from rasid.recognise.actors import find_actors

    names = [f.name for f in find_actors(TextView(text)) if f.text == "التنظيم"]
    assert names == ["Islamic State", "Islamic State"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("قالت قيادة عمليات الجزيرة والبادية إن القوات صدت الهجوم.", "Jazeera and Badia Operations Command"),
        ("أعلنت الوحدة التنفيذية لإدارة مخيمات النازحين نزوح مئة أسرة.", "Executive Unit for IDP Camps"),
        ('وأفادت وكالة "آرانيوز" بسقوط قذائف.', "ARA News"),
    ],
)
def test_registry_bodies(text: str, name: str) -> None:
    from rasid.lang.ar.text import TextView
    from rasid.recognise.actors import find_actors

    assert name in [f.name for f in find_actors(TextView(text))]
