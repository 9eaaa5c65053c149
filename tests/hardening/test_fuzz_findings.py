"""Inputs the fuzzers found that crashed rasid, kept as regressions (fixed in the same commit)."""

from __future__ import annotations

from rasid import extract


def test_a_claim_cue_whose_sentence_ends_on_a_preposition() -> None:
    """`make fuzz` (extract): IndexError in the claim content when "من" was the last token."""
    record = extract("خبر\n\nوأوضح مشيرة من")
    assert record.text == "خبر\n\nوأوضح مشيرة من"
