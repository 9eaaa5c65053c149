"""The segmentation stage: sentence spans of the clean text, recorded in the record.

The sentence rules are language knowledge (`rasid.lang.ar.text`); this module only puts them
in the pipeline, so lang/ knows nothing of stages.
"""

from __future__ import annotations

from rasid.lang.ar.text import text_view
from rasid.record import Record
from rasid.stage import Stage


class SegmentStage(Stage):
    name = "segment"
    reads = frozenset({"text"})
    writes = frozenset({"sentences"})

    def process(self, record: Record) -> Record:
        record.sentences = list(text_view(record).sentences)
        self.stat("sentences", len(record.sentences))
        return record
