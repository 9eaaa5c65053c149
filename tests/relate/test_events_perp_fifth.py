"""Fifth round of issue 12's perpetrators (rasid.relate.events), run through the whole pipeline
as `rasid extract` runs it:

- a police noun the actor recogniser leaves untagged ("قوات الشرطة", a bare "الشرطة") is the
  police of the country the article's places lie in (data/event_police.tsv,
  rasid.relate.events.police), so the incident it acts in has an agent; not when no place
  says which country, and not over a police noun an actor already covers.
The sentences are written for these tests.
"""

from __future__ import annotations

from tests.relate.events_support import perpetrator_names

from rasid.api import extract
from rasid.record import Record

PUBLISHED = "2025-12-20"


def _rows(text: str) -> list[tuple[str, str, list[str | None]]]:
    r: Record = extract(text, published=PUBLISHED)
    return [
        (e.type, r.text[e.trigger.span[0] : e.trigger.span[1]], perpetrator_names(r, e)) for e in r.events
    ]


def _police(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    r: Record = extract(text, published=PUBLISHED)
    return [(a.text, a.name, a.country, a.parent) for a in r.mentions_of("actor") if "شرطة" in a.text]


def test_untagged_police_forces_fire_tear_gas_in_a_sudanese_town() -> None:
    text = "خرج مئات المحتجين في مدينة أم درمان يوم الجمعة، وأطلقت قوات الشرطة الغاز المسيل للدموع لتفريقهم."
    assert _police(text) == [("قوات الشرطة", "Sudanese police", "SDN", "Sudan")]
    assert ("attack_on_civilians", "وأطلقت قوات الشرطة الغاز المسيل للدموع", ["Sudanese police"]) in _rows(
        text
    )


def test_a_bare_police_noun_arrests_in_an_egyptian_village() -> None:
    text = (
        "قتل شرطي في هجوم على نقطة تفتيش في مدينة فاقوس بمحافظة الشرقية مساء السبت.\n\n"
        "ولم تعلن أي جهة مسؤوليتها، إلا أن الشرطة ألقت القبض على أربعة مشتبه بهم."
    )
    rows = _rows(text)
    assert ("arrest", "القبض", ["Egyptian police"]) in rows


def test_no_country_no_police_actor() -> None:
    text = "قال شهود إن الشرطة ألقت القبض على أربعة مشتبه بهم بعد الهجوم."
    assert _police(text) == []
