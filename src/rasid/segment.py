"""The segmentation stage: sentence spans of the clean text, recorded in the record, and the
record's Doc (words, units, clauses) built once on them for the stages after it.

The sentence rules and the Doc are language knowledge (`rasid.lang.ar.text`,
`rasid.lang.ar.doc`); this module only puts them in the pipeline, so lang/ knows nothing of
stages.
"""

from __future__ import annotations

from rasid.lang.ar.doc import doc_of
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
        self.stat("words", len(doc_of(record).words))
        return record
