"""Seventh round of issue 12's perpetrators (rasid.relate.events), run through the whole pipeline:

- an intercepted strike's attacker is who fired what was stopped (a verb of firing, role `launch`
  of event_triggers.tsv, in or just before the sentence telling the interception), and the side
  that intercepts (role `intercept`) is never its agent (rasid.relate.events.intercept);
- an unvowelled arrest verb before a patient noun ("واعتقل الشاب X") reads passive: the young man
  was arrested, he is no agent (rasid.lang.ar.clause, clause_cues.tsv kinds either_voice, patient);
- a group the text only describes ("مسلحون إسلاميون", "جماعات متطرفة") names no perpetrator
  (rasid.relate.events.vague, event_vague_groups.tsv).
The sentences are written for these tests.
"""

from __future__ import annotations

from tests.relate.events_support import event_rows

from rasid.record import ActorMention
from rasid.relate.events.vague import described_only

PUBLISHED = "2025-12-20"


def _rows(text: str) -> list[tuple[str, str, list[str | None]]]:
    return [(kind, trigger, names) for kind, trigger, names, _ in event_rows(text, PUBLISHED)]


def _actor(text: str) -> ActorMention:
    return ActorMention(id="m1", span=(0, len(text)), text=text, type="NORP", name="x")


def test_the_interceptor_is_not_the_attacker_the_launcher_is() -> None:
    text = (
        "صاروخ فوق نجران\n"
        "قالت وسائل إعلام إن الدفاع الجوي السعودي اعترض صاروخا باليستيا فوق نجران مساء أمس. "
        "وكانت جماعة الحوثي قد هددت بضرب المدن الحدودية."
    )
    names = [n for _, _, ns in _rows(text) for n in ns]
    assert "Royal Saudi Air Defense Forces" not in names


def test_the_side_after_a_verb_of_firing_is_the_attacker_of_an_intercepted_missile() -> None:
    text = (
        "اعتراض صاروخ فوق جازان\n"
        "اعترضت الدفاعات الجوية صاروخا أطلقته جماعة الحوثي نحو جازان مساء أمس. "
        "وقال شهود إنهم رأوا لحظة اعتراض الصاروخ فوق المدينة."
    )
    rows = _rows(text)
    assert rows and all(names == ["Houthis"] for _, _, names in rows)


def test_a_young_man_after_an_unvowelled_arrest_verb_was_arrested() -> None:
    text = (
        "اعتقال في قلقيلية\n"
        "اقتحمت قوة إسرائيلية بلدة عزون شرق قلقيلية فجر اليوم، واعتقل الشاب سامر خليل بعد مداهمة منزله."
    )
    names = [n for _, _, ns in _rows(text) for n in ns]
    assert "Samer Khalil" not in names and names


def test_a_group_described_only_by_its_kind_names_no_perpetrator() -> None:
    text = "قتل سبعة قرويين في هجوم شنه مسلحون إسلاميون على قرية في شمال موزمبيق أمس."
    assert [names for _, _, names in _rows(text)] == [[]]


def test_described_only_needs_a_group_noun_and_only_adjectives_of_kind() -> None:
    assert described_only(_actor("مسلحون إسلاميون"))
    assert described_only(_actor("جماعات متطرفة"))
    assert described_only(_actor("مجموعة مسلحة"))
    assert not described_only(_actor("مسلحون"))
    assert not described_only(_actor("مسلحون فلسطينيون"))
    assert not described_only(_actor("حركة الشباب"))
