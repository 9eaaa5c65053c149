"""A bare weekday after a plural noun that starts like a سـ-verb stays in the past.

"ستعقد القمة يوم الأربعاء" sends the weekday forward: the سـ of an imperfect verb marks the
future. A plural noun of the same first letters ("سترات", "سيارات", "سندات") is no verb: no
imperfect verb ends in ات, so the weekday after it keeps its ordinary reading, the most recent
such day on or before publication. Sentences written for the test.
"""

from __future__ import annotations

import pytest
from tests.recognise.test_dates_support import dates, offset_of, run_dates, summary

FRIDAY = "2016-10-21"


@pytest.mark.parametrize(
    ("text", "expected", "offset"),
    [
        ("هاجم مسلحون يرتدون سترات ناسفة الجمعة مقر الشرطة", ("الجمعة", "2016-10-21"), ("week", 0, 4)),
        ("انفجرت سيارات مفخخة الخميس قرب السوق", ("الخميس", "2016-10-20"), ("week", 0, 3)),
        ("صادرت الشرطة سندات مزورة الأربعاء في المرفأ", ("الأربعاء", "2016-10-19"), ("week", 0, 2)),
        ("ستعقد القمة يوم الأربعاء في العاصمة", ("يوم الأربعاء", "2016-10-26"), ("week", 1, 2)),
        ("ستستأنف المحادثات السبت في جنيف", ("السبت", "2016-10-22"), ("week", 1, 5)),
    ],
)
def test_weekday_after_a_plural_noun_is_not_future(
    text: str, expected: tuple[str, str], offset: tuple[object, ...]
) -> None:
    (m,) = dates(run_dates(text, FRIDAY))
    assert (summary(m), offset_of(m)) == ((*expected, "day", True), offset)
