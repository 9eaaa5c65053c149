"""The segmentation stage: sentence spans of the clean text, recorded in the record."""

from __future__ import annotations

from rasid.pipeline import Stage
from rasid.record import Record


class SegmentStage(Stage):
    name = "segment"
    reads = frozenset({"text"})
    writes = frozenset({"sentences"})

    def process(self, record: Record) -> Record:
        record.sentences = list(record.view.sentences)
        self.stat("sentences", len(record.sentences))
        return record
