"""Headlines printed as prose: run into the lead on one line, closed by a full stop, or in a list."""

from __future__ import annotations

import pytest

from rasid.clean.glued_title import lead_verbs, split_glued_title, stopped_headline
from rasid.clean.text import trim

HEAD = "سيول جارفة تغمر قرى وادي الحسا شرق المحافظة"
LEAD = "أفادت مصادر محلية في المحافظة، صباح الخميس، بأن سيولا جارفة غمرت ثلاث قرى في وادي الحسا وقطعت الطريق إليها."
SECOND = "وأضافت المصادر أن فرق الدفاع المدني أجلت عشرات الأسر من منازلها إلى مدرسة البلدة."


def test_a_headline_run_into_its_lead_is_parted_at_the_reporting_verb() -> None:
    trimmed = trim(f"{HEAD} {LEAD}\n{SECOND}")
    assert trimmed.title == HEAD
    assert trimmed.paragraphs == [LEAD, SECOND]


def test_a_headline_run_into_its_dateline_is_parted_at_the_place() -> None:
    lead = "عمان – غمرت سيول جارفة ثلاث قرى في وادي الحسا صباح الخميس، وقطعت الطريق إليها لساعات."
    assert split_glued_title(f"{HEAD} {lead}") == (HEAD, lead)


def test_no_part_when_a_clause_ends_before_the_verb() -> None:
    # The line opens with prose: a comma before the reporting verb.
    line = "غمرت سيول جارفة، فجر الخميس، قرى الوادي وقالت مصادر محلية إن الطريق إليها قطعت لساعات طويلة."
    assert split_glued_title(line) is None


def test_no_part_when_the_lead_does_not_speak_of_the_headline() -> None:
    line = "افتتاح معرض الكتاب في العاصمة أفادت مصادر أمنية بمقتل شخصين في اشتباك مسلح قرب الحدود الشمالية ليلة أمس."
    assert split_glued_title(line) is None


def test_a_headline_in_the_present_is_no_lead_verb() -> None:
    verbs = lead_verbs()
    assert {"افادت", "قال", "اعلنت"} <= verbs
    assert not {"يقول", "تدين", "تعلن"} & verbs


def test_a_lead_alone_keeps_no_title() -> None:
    trimmed = trim(f"{LEAD}\n{SECOND}")
    assert trimmed.title is None


def test_a_headline_closed_by_a_full_stop_that_the_lead_restates() -> None:
    head = "سيول جارفة تغمر قرى وادي الحسا."
    lead = "غمرت سيول جارفة ثلاث قرى في وادي الحسا، وقطعت الطريق إليها لساعات طويلة أمس."
    trimmed = trim(f"{head}\n{lead}\n{SECOND}")
    assert trimmed.title == head
    assert trimmed.paragraphs == [lead, SECOND]


@pytest.mark.parametrize(
    "first",
    [
        "غمرت سيول جارفة يوم الخميس قرى وادي الحسا.",  # a lead names its day
        "أعلنت البلدية إغلاق طريق وادي الحسا.",  # a lead opens with its reporting verb
        "افتتح الوزير معرضا للكتاب في العاصمة.",  # the line under it does not restate it
    ],
)
def test_a_short_first_sentence_that_is_a_lead(first: str) -> None:
    lead = "غمرت سيول جارفة ثلاث قرى في وادي الحسا، وقطعت الطريق إليها لساعات طويلة أمس."
    assert not stopped_headline(first, lead)


def test_a_headline_with_an_ellipsis_between_two_words() -> None:
    head = "سيول في الوادي…الأهالي يغادرون قراهم شرق المحافظة"
    lead = "غادر عشرات الأهالي قراهم في الوادي شرق المحافظة، بعد أن غمرت السيول منازلهم فجر الخميس."
    assert trim(f"{head}\n{lead}\n{SECOND}").title == head


def test_a_list_dash_before_the_headline_is_no_part_of_it() -> None:
    lead = "غمرت سيول جارفة ثلاث قرى في وادي الحسا، وقطعت الطريق إليها لساعات طويلة أمس."
    trimmed = trim(f"- {HEAD}\n{lead}\n{SECOND}")
    assert trimmed.title == HEAD
    assert trimmed.text.startswith(HEAD + "\n\n")
