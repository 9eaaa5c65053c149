"""A short fuzz run of every target in `make test` (hypothesis); `make fuzz` runs 100,000 each.

The targets (fuzz/targets.py) check the invariants themselves: readers yield records or
InputErrors; clean leaves no control character in `text`; the normaliser's offset map is
total and in bounds; dates and numbers lie inside the text with sane values; `extract`
gives a record within its time budget whose every span quotes `text`.
"""

from __future__ import annotations

import pytest
from fuzz.targets import ALPHABET, TARGETS, fuzz_extract, fuzz_normalise
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

SHORT = settings(max_examples=40, deadline=None, database=None, suppress_health_check=list(HealthCheck))


@pytest.mark.parametrize("name", sorted(TARGETS))
def test_target_on_random_bytes(name: str) -> None:
    target = TARGETS[name]

    @SHORT
    @given(st.binary(max_size=200))
    def run(data: bytes) -> None:
        target(data)

    run()


@SHORT
@given(st.text(alphabet=ALPHABET, max_size=300))
def test_extract_on_arabic_alphabet_text(text: str) -> None:
    fuzz_extract(b"\x00" + text.encode("utf-8", errors="surrogatepass"))


@SHORT
@given(st.text(max_size=300))
def test_normalise_on_any_unicode(text: str) -> None:
    fuzz_normalise(b"\x00" + text.encode("utf-8", errors="replace"))


def test_the_targets_catch_a_broken_invariant(monkeypatch: pytest.MonkeyPatch) -> None:
    """A span that does not quote the text is a finding (the check is not vacuous)."""
    import rasid.record

    def off_by_one(self: rasid.record.Record, *args: object, **kwargs: object) -> dict[str, object]:
        data = original(self, *args, **kwargs)
        for mention in data["mentions"]:  # type: ignore[union-attr]
            mention["span"] = [mention["span"][0] + 1, mention["span"][1] + 1]
        return data

    original = rasid.record.Record.model_dump
    monkeypatch.setattr(rasid.record.Record, "model_dump", off_by_one)
    with pytest.raises(AssertionError):
        fuzz_extract(b"\x00" + "قُتل ثلاثة مدنيين أمس السبت في قصف على بلدة كفرنبل.".encode())
