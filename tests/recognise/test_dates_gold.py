"""DateStage alone on the dev gold files: precision, recall and value accuracy above measured floors.

Scored by rasid.evaluate like the dates layer of `rasid eval` (see gold_support). The gold
texts are read from ../shared, never copied.
"""

from __future__ import annotations

import pytest
from tests.recognise.gold_support import GOLD_DIR, errors, score_stage

from rasid.recognise.dates import DateStage
from rasid.segment import SegmentStage

# Measured on the 26 dev files (raw .txt): R 1.0, value accuracy 1.0; the only false
# positives are dates in page furniture, which the clean stage removes in the pipeline.
MIN_PRECISION = 0.95
MIN_RECALL = 0.97
MIN_F1 = 0.95
MIN_VALUE_ACCURACY = 0.97


def test_dates_gold_floors() -> None:
    if not GOLD_DIR.is_dir():
        pytest.fail(f"the shared dev gold is missing at {GOLD_DIR}")
    segment, dates = SegmentStage(), DateStage()
    report = score_stage(lambda record: dates.process(segment.process(record)))
    layer = report.layers["dates"]
    why = errors(report, "dates")
    assert (layer.precision or 0) >= MIN_PRECISION, why
    assert (layer.recall or 0) >= MIN_RECALL, why
    assert (layer.f1 or 0) >= MIN_F1, why
    assert (layer.attributes["value"].accuracy or 0) >= MIN_VALUE_ACCURACY, why
