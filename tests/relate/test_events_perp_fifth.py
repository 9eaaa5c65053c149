"""Fifth round of issue 12's perpetrators (rasid.relate.events), run through the whole pipeline
as `rasid extract` runs it:

- a police noun ("قوات الشرطة", a bare "الشرطة") in an article whose words tell no state is the
  police of the country the article's places lie in (the actors stage: alone `home` in
  data/actor_forces.tsv), so the incident it acts in has an agent; not when no place says
  which country;
- a bare back-reference of the attack family ("وتبنى التنظيم الهجوم") joins the fighting told in
  the sentence before by a verb of the battle family ("هاجم مسلحون حاجزا"), when no attack was
  told yet (merge.FIGHTING), and the side claiming it is its perpetrator;
- anonymous armed members ("هجوم شنه مسلحون") give way to the side an accusation blames
  ("واتهم الجيش جماعة تابعة لتنظيم الدولة الإسلامية بالوقوف وراء الهجوم"), hedged, also when the
  accused stands between the accusing verb and the blame words;
- an actor whose words are an accusative weapon phrase ("حزاما ناسفا") is no agent
  (rasid.relate.events.things), read from the weapons stage's mentions.
The sentences are written for these tests.
"""

from __future__ import annotations

from tests.relate.events_support import event_rows, perpetrator_names

from rasid.api import extract
from rasid.record import ActorMention, Record
from rasid.relate.events.things import is_weapon, weapon_spans

PUBLISHED = "2025-12-20"


def _hedged(text: str) -> list[tuple[str, list[str | None], bool]]:
    r: Record = extract(text, published=PUBLISHED)
    return [(e.type, perpetrator_names(r, e), e.actors.perpetrator_hedged) for e in r.events]


def _rows(text: str) -> list[tuple[str, str, list[str | None]]]:
    return [(kind, trigger, names) for kind, trigger, names, _ in event_rows(text, PUBLISHED)]


def _police(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    r: Record = extract(text, published=PUBLISHED)
    return [(a.text, a.name, a.country, a.parent) for a in r.mentions_of("actor") if "شرطة" in a.text]


def test_untagged_police_forces_fire_tear_gas_in_a_sudanese_town() -> None:
    text = "خرج مئات المحتجين في مدينة أم درمان يوم الجمعة، وأطلقت قوات الشرطة الغاز المسيل للدموع لتفريقهم."
    assert _police(text) == [("قوات الشرطة", "Sudanese Police", "SDN", "Sudan")]
    assert ("attack_on_civilians", "وأطلقت قوات الشرطة الغاز المسيل للدموع", ["Sudanese Police"]) in _rows(
        text
    )


def test_a_bare_police_noun_arrests_in_an_egyptian_village() -> None:
    text = (
        "قتل شرطي في هجوم على نقطة تفتيش في مدينة فاقوس بمحافظة الشرقية مساء السبت.\n\n"
        "ولم تعلن أي جهة مسؤوليتها، إلا أن الشرطة ألقت القبض على أربعة مشتبه بهم."
    )
    rows = _rows(text)
    assert ("arrest", "القبض", ["Egyptian Police"]) in rows  # the actors stage names a state's police


def test_no_country_no_police_actor() -> None:
    text = "قال شهود إن الشرطة ألقت القبض على أربعة مشتبه بهم بعد الهجوم."
    assert _police(text) == []


def test_a_claim_in_the_next_sentence_joins_an_attack_told_by_a_battle_verb() -> None:
    text = (
        "هاجم مسلحون حاجزا للجيش قرب مدينة الرقة فجر الأحد، ما أدى إلى مقتل ثلاثة جنود. "
        "وتبنى تنظيم الدولة الإسلامية الهجوم في بيان على قناته."
    )
    assert _hedged(text) == [("armed_clash", ["Islamic State"], False)]


def test_the_blamed_group_outranks_anonymous_gunmen() -> None:
    text = (
        "قتل ستة جنود في هجوم شنه مسلحون على موقع للجيش قرب مدينة ميناكا. "
        "واتهم الجيش جماعة تابعة لتنظيم الدولة الإسلامية بالوقوف وراء الهجوم."
    )
    assert _hedged(text) == [("armed_clash", ["Islamic State"], True)]


def test_anonymous_gunmen_stay_when_nobody_is_blamed() -> None:
    text = "قتل ستة جنود في هجوم شنه مسلحون على موقع للجيش قرب مدينة ميناكا مساء السبت."
    assert _hedged(text) == [("armed_clash", ["gunmen"], False)]


def _weapon_actors(text: str) -> list[bool]:
    """For each actor mention of the text, whether it is a weapon the weapons stage found."""
    r: Record = extract(text, published=PUBLISHED)
    weapons = weapon_spans(r)
    return [is_weapon(a, weapons) for a in r.mentions_of("actor")]


def test_an_accusative_weapon_read_as_a_name_is_no_actor() -> None:
    r: Record = extract("فجر انتحاري حزاما ناسفا وسط سوق شعبي في بلدة الشدادي.", published=PUBLISHED)
    weapons = weapon_spans(r)
    actor = ActorMention(id="m99", span=(12, 23), text="حزاما ناسفا", type="PER", name="X")
    assert [w.name for w in r.mentions_of("weapon")] == ["explosive belt"]
    assert is_weapon(actor, weapons)


def test_names_stay_actors() -> None:
    assert _weapon_actors("وقال حسن ناصر إن حركة الشباب أطلقت صاروخا على القاعدة.") == [False, False, False]
