"""WeaponStage: weapon words with clitics and inflections, their canonical name and treaty status."""

from __future__ import annotations

import pytest

from rasid import extract
from rasid.clean import CleanStage
from rasid.lang.ar.match import definite_variants
from rasid.pipeline import Pipeline
from rasid.recognise.weapons import WeaponStage
from rasid.segment import SegmentStage


def _weapons(text: str) -> list[tuple[str, str, bool]]:
    record = extract(text, pipeline=Pipeline([CleanStage(), SegmentStage(), WeaponStage()]))
    return [(m.text, m.name, m.banned) for m in record.mentions if m.kind == "weapon"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ألقت الطائرات القنابل العنقودية على الحي.", [("القنابل العنقودية", "cluster munitions", True)]),
        ("قصفت البلدة بالقنابل العنقودية أمس.", [("القنابل العنقودية", "cluster munitions", True)]),
        ("ألقت المروحيات براميل متفجرة على السوق.", [("براميل متفجرة", "barrel bomb", False)]),
        ("سقطت البراميل المتفجرة على المنازل.", [("البراميل المتفجرة", "barrel bomb", False)]),
        ("استخدمت القوات الفوسفور الأبيض في الهجوم.", [("الفوسفور الأبيض", "white phosphorus", True)]),
        ("أحرقت القنابل الفسفورية الحقول.", [("القنابل الفسفورية", "white phosphorus", True)]),
        ("قصف بالنابالم الحارق على القرية.", [("النابالم الحارق", "incendiary (napalm)", True)]),
        ("اختنق العشرات بغاز الكلور في الحي.", [("غاز الكلور", "chlorine", True)]),
        ("أطلقت الجماعة صواريخ باليستية على المدينة.", [("صواريخ باليستية", "ballistic missile", False)]),
        ("سقطت قذائف الهاون على المدرسة.", [("قذائف الهاون", "mortar", False)]),
        ("أطلقت الراجمات صواريخ غراد على البلدة.", [("صواريخ غراد", "Grad rocket", False)]),
        ("استهدفت طائرة مسيرة سيارة في الطريق.", [("طائرة مسيرة", "drone", False)]),
        ("قصفت الطائرات الحي بالصواريخ الفراغية.", [("الصواريخ الفراغية", "vacuum bomb", False)]),
        ("انفجر لغم أرضي بسيارة مدنية.", [("لغم أرضي", "landmine", False)]),
        (
            "زرعت الجماعة ألغام مضادة للأفراد قرب القرية.",
            [("ألغام مضادة للأفراد", "anti-personnel mine", True)],
        ),
        ("انفجرت سيارة مفخخة وسط السوق.", [("سيارة مفخخة", "car bomb", False)]),
        ("انفجرت عبوة ناسفة بدورية.", [("عبوة ناسفة", "improvised explosive device", False)]),
        ("قتل العشرات بغاز السارين.", [("غاز السارين", "sarin", True)]),
        (
            "استعملت القوات القنابل العنقودية والفسفورية والنابالم الحارق.",
            [
                ("القنابل العنقودية", "cluster munitions", True),
                ("الفسفورية", "white phosphorus", True),
                ("النابالم الحارق", "incendiary (napalm)", True),
            ],
        ),
    ],
)
def test_weapons_forms_found(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert _weapons(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "صوتت الدول ضد قرارات منظمة حظر الأسلحة الكيميائية.",  # a treaty body, not a weapon used
        "خرج الأهالي في مسيرة سلمية وسط المدينة.",
        "ارتفع سعر برميل النفط أمس.",
    ],
)
def test_weapons_forms_not_weapons(text: str) -> None:
    assert _weapons(text) == []


@pytest.mark.parametrize(
    ("phrase", "variants"),
    [
        ("قنابل عنقودية", ["قنابل عنقوديه", "قنابل العنقوديه"]),
        ("غاز الكلور", ["غاز الكلور"]),
        ("نابالم", ["نابالم"]),
    ],
)
def test_weapons_forms_definite_variants(phrase: str, variants: list[str]) -> None:
    assert definite_variants(phrase) == variants
