"""Function words and the short phrases that mark how a sentence is built, by kind: the
complementizers after a speech verb (أن، إن), relatives, prepositions, clause openers ...

They are language knowledge shared by the relaters (claims read them to find where what is
said begins, events to tell a report from its author), so they load here, in lang/, from
data/claim_markers.tsv.
"""

from __future__ import annotations

from functools import cache

from rasid.lang.ar.lexicon import DataFileError, load_rows
from rasid.lang.ar.match import phrase_key

MARKERS_FILE = "claim_markers.tsv"
MARKER_KINDS = frozenset(
    {
        "complementizer",
        "complementizer_pronoun",
        "affiliation",
        "not_complementizer_before",
        "contrast",
        "relative",
        "relative_ma",
        "fused_ma",
        "impersonal",
        "name_spelling",
        "as_attribution",
        "preposition",
        "content_preposition",
        "aux",
        "clause_start",
        "apposition",
        "skip_start",
        "blocker",
        "call_to_action",
        "not_source",
        "plural_suffix",
        "document_modifier",
        "demand_object_prefix",
        "negation_before",
        "resumptive",
        "occasion_resumptive",
        "demonstrative",
        "object_clitic",
        "object_clitic_article",
        "owner_preposition",
        "emphatic",
        "masdar_start",
        "new_phrase",
        "speech_noun",
        "relay_preposition",
        "source_premodifier",
        "release_verb",
        "statement_modifier",
        "manner",
        "object_noun",
        "object_prefix",
        "role_apposition",
        "saying_preposition",
        "noun_preposition",
        "existential",
    }
)


@cache
def markers() -> dict[str, frozenset[tuple[str, ...]]]:
    """Marker phrases (tuples of normalised words) by kind."""
    name = MARKERS_FILE
    out: dict[str, set[tuple[str, ...]]] = {k: set() for k in MARKER_KINDS}
    for row in load_rows(name, normalise_columns=("phrase",)):
        kind = row["kind"]
        if kind not in MARKER_KINDS:
            raise DataFileError(f"{name}: unknown kind {kind!r}")
        words = tuple(phrase_key(row["phrase"]).split())
        if not words or words in out[kind]:
            raise DataFileError(f"{name}: empty or duplicate phrase {row['phrase']!r} ({kind})")
        out[kind].add(words)
    return {k: frozenset(v) for k, v in out.items()}


@cache
def marker_words(kind: str) -> frozenset[str]:
    """The one-word markers of a kind."""
    return frozenset(p[0] for p in markers()[kind] if len(p) == 1)
