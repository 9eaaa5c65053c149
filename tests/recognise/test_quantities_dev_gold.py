"""QuantityStage alone on the dev gold files: precision, recall and value accuracy above floors.

Scored by rasid.evaluate like the quantities layer of `rasid eval` (see gold_support): value
and qualifier, or the vague class for number-less counts. Page furniture stays in the raw
input, so a news ticker's counts are false positives here. The gold texts are read from
../shared, never copied.
"""

from __future__ import annotations

import pytest
from tests.recognise.gold_support import GOLD_DIR, errors, score_stage

from rasid.recognise.quantities import QuantityStage

# Measured on the 26 dev files: without money, R 0.976 (ar-056's three sums of money, which
# the dev gold counts); with money=True, R 1.0. Value and qualifier accuracy 1.0 both ways.
FLOORS = {  # money: (precision, recall, f1)
    False: (0.95, 0.97, 0.96),
    True: (0.95, 0.99, 0.97),
}
MIN_VALUE_ACCURACY = 0.97


@pytest.mark.parametrize("money", [False, True])
def test_quantities_dev_gold_floors(money: bool) -> None:
    if not GOLD_DIR.is_dir():
        pytest.fail(f"the shared dev gold is missing at {GOLD_DIR}")
    report = score_stage(QuantityStage(money=money).process)
    layer = report.layers["quantities"]
    why = errors(report, "quantities")
    min_precision, min_recall, min_f1 = FLOORS[money]
    assert (layer.precision or 0) >= min_precision, why
    assert (layer.recall or 0) >= min_recall, why
    assert (layer.f1 or 0) >= min_f1, why
    assert (layer.attributes["value"].accuracy or 0) >= MIN_VALUE_ACCURACY, why
