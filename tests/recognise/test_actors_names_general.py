"""Persons found without a title or verb: Arabic and foreign first names, name particles,
regnal ordinals, and later mentions by the surname alone."""

from __future__ import annotations

import pytest
from tests.recognise.test_actors_support import actors, mention

from rasid.lang.ar.romanise import romanise


def _persons(text: str) -> list[str]:
    return [t for t, kind, _ in actors(text) if kind == "PER"]


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        # an Arabic first name and a family name, with or without ال
        ("حضر هاشم عطية المؤتمر في الصباح.", ["هاشم عطية"]),
        ("ونشرت آمنة الشمري صورا من الحي.", ["آمنة الشمري"]),
        # "عبد X" / "أبو X" begin a name; inside one they take a title's or verb's form
        ("اكتشف أبو بكر الرازي الدواء في بغداد.", ["أبو بكر الرازي"]),
        ("كتب علي بن أبي طالب رسالة طويلة.", ["علي بن أبي طالب"]),
        ("وتولى هشام بن عبد الملك حكم البلاد.", ["هشام بن عبد الملك"]),
        ("التقى محمد بن عبد الله الزهراني الوفد.", ["محمد بن عبد الله الزهراني"]),
        # a first name that is also an ordinary word needs a sure name word after it
        ("وصل رجل كريم الأخلاق إلى القرية.", []),
        ("ظهر فاضل بن حمدان في الحفل.", ["فاضل بن حمدان"]),
        # a foreign first name and a surname; the surname may begin with و/ب/ل/ف or ي/ت
        ("وصل جورج بوش إلى المدينة صباحا.", ["جورج بوش"]),
        ("ألقى توماس لوريمر محاضرة في الجامعة.", ["توماس لوريمر"]),
        ("نشر ألبرت أينشتاين الفيزياء الحديثة.", ["ألبرت أينشتاين"]),
        ("كتب يوهان فولفغانغ فون غوته مسرحية.", ["يوهان فولفغانغ فون غوته"]),
        ("لعب خوان دي ستيفانو في الملعب.", ["خوان دي ستيفانو"]),
        ("رأى جان لا فونتين الحكاية.", ["جان لا فونتين"]),
        # "لا" before a verb is the negation, not a particle; a place is no surname
        ("قال جون لا يمكن ذلك.", ["جون"]),
        ("زار بيتر دمشق العام الماضي.", ["بيتر"]),
        # a foreign first name that is an ordinary word once normalised ("أنا") needs more
        ("وقالت إن آنا ذهبت إلى السوق.", []),
        # a regnal ordinal ends a ruler's name after a cue, but does not make a name alone
        ("أمر الملك فؤاد الأول ببناء القصر.", ["فؤاد الأول"]),
        ("حل خالد الأول في السباق.", []),
    ],
)
def test_actors_names_general_found(text: str, persons: list[str]) -> None:
    assert _persons(text) == persons


@pytest.mark.parametrize(
    ("text", "later", "name_ar"),
    [
        # a person found by a foreign first name is named again by the surname
        ("وصل جورج بوش إلى المدينة، وقال بوش إن الزيارة ناجحة.", "بوش", "جورج بوش"),
        # behind a proclitic, which stays outside the mention
        ("وأكد مارك روبنسون أن الفريق جاهز، وشكر المدرب لروبنسون جهده.", "روبنسون", "مارك روبنسون"),
        # a two-word surname with a foreign particle
        ("لعب خوان دي ستيفانو في الملعب ثم اعتزل دي ستيفانو.", "دي ستيفانو", "خوان دي ستيفانو"),
        # an Arabic name found by its first name, later by the family name
        ("اكتشف أبو بكر الرازي الدواء، وكتب الرازي كتابا.", "الرازي", "أبو بكر الرازي"),
    ],
)
def test_actors_names_general_surname(text: str, later: str, name_ar: str) -> None:
    """The later mention is written in Latin letters by the full name (lang/ar/romanise.py)."""
    assert [f for f in actors(text) if f[0] == later] == [(later, "PER", romanise(name_ar))]
    assert mention(text, later).name_ar == name_ar


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place is no foreign surname, and stays a place later on ("جورج" is found by the verb)
        ("زار جورج واشنطن المعرض، ثم عاد إلى واشنطن.", ["جورج"]),
        # a foreign first name alone later on is not taken for the person named in full
        ("ألقى توماس لوريمر محاضرة، وحضر الطلاب مع توماس.", ["توماس لوريمر"]),
    ],
)
def test_actors_names_general_no_surname(text: str, expected: list[str]) -> None:
    assert _persons(text) == expected
