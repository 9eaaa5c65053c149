"""The perpetrator pass names the step that chose (`_perpetrators`' `how`, filled only when asked), and
`rasid.relate.events.rank` turns an incident into candidates with general features (issue 12's
ranker data, `scripts/perp_model.py`). Run through the whole pipeline; the sentences are
written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

import rasid.relate.events as events
from rasid.api import extract
from rasid.lang.ar.clause import clauses_of
from rasid.relate.events.rank import NONE, Candidate, best, candidates

PUBLISHED = "2025-12-20"


@pytest.fixture
def problems(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, list[Candidate]]]:
    """(event type, the step that chose, the candidates) of every event extracted after it."""
    found: list[tuple[str, str, list[Candidate]]] = []
    rules: dict[int, str] = {}
    original = events._event
    original_perps = events._perpetrators

    def perps_spy(ctx: Any, incidents: Any, how: Any = None) -> Any:
        return original_perps(ctx, incidents, rules)  # the pass names its steps only when asked

    def spy(ctx: Any, lex: Any, event_id: str, inc: Any, incidents: Any, perps: Any, *rest: Any) -> Any:
        rule = rules[id(inc)]
        found.append((inc.type, rule, candidates(ctx, clauses_of(ctx.doc), inc, perps, rule)))
        return original(ctx, lex, event_id, inc, incidents, perps, *rest)

    monkeypatch.setattr(events, "_perpetrators", perps_spy)
    monkeypatch.setattr(events, "_event", spy)
    return found


def _named(cands: list[Candidate]) -> dict[str | None, tuple[str, ...]]:
    return {c.actor.name if c.actor is not None else NONE: c.features for c in cands}


def test_the_subject_of_an_active_strike_verb_is_the_rules_choice_by_the_clause(
    problems: list[tuple[str, str, list[Candidate]]],
) -> None:
    extract("قصفت الطائرات الروسية بلدة كفرنبل جنوب إدلب مساء أمس.", published=PUBLISHED)
    assert [(t, r) for t, r, _ in problems] == [("airstrike", "clause")]
    cands = problems[0][2]
    assert cands[0].actor is None and cands[0].features[:2] == (NONE, "none&rule=clause")
    feats = _named(cands)["Russian Air Force"]
    for f in (
        "chosen",
        "chosen&rule=clause",
        "role=subject&voice=active",
        "same_clause",
        "sent=0",
        "has_parent",
    ):
        assert f in feats
    assert "victim" not in feats and "source" not in feats


def test_a_displacement_has_no_agent_and_only_the_none_candidate(
    problems: list[tuple[str, str, list[Candidate]]],
) -> None:
    extract("نزحت 400 عائلة من قرى ريف حماة الشمالي خلال الأسبوع الماضي.", published=PUBLISHED)
    assert [(t, r) for t, r, _ in problems] == [("displacement", "none")]
    (none,) = problems[0][2]
    assert "none&family=displacement" in none.features


def test_a_claimer_is_the_claimant_steps_choice_and_a_weight_can_prefer_nobody(
    problems: list[tuple[str, str, list[Candidate]]],
) -> None:
    extract(
        "قتل خمسة جنود في هجوم على قاعدة عسكرية قرب مقديشو أمس، وتبنت حركة الشباب الهجوم في بيان.",
        published=PUBLISHED,
    )
    assert [r for _, r, _ in problems] == ["claimant"]
    cands = problems[0][2]
    assert "chosen&rule=claimant" in _named(cands)["Al-Shabaab"]
    assert best(cands, {"chosen": 1.0}).actor is not None
    assert best(cands, {"chosen": 1.0, "none&rule=claimant": 2.0}).actor is None
