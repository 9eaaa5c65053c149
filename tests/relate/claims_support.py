"""Running ClaimStage on test sentences with chosen actor mentions.

Unit tests must not depend on how the actors stage tags a sentence (it is written and
tuned separately), so they inject the actor mentions they need with `InjectActors` and
run the real clean, segment and date stages before ClaimStage.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rasid import extract
from rasid.pipeline import Pipeline, Stage
from rasid.record import ActorMention, Claim, Record
from rasid.relate.claims import ClaimStage
from rasid.stages import default_stage_list

PUBLISHED = "2024-03-11"  # a Monday


@dataclass(frozen=True)
class Actor:
    """An actor mention to place on the first (or n-th) occurrence of `text`."""

    text: str
    type: str = "ORG"
    name: str | None = None
    occurrence: int = 1


class InjectActors(Stage):
    """Test stage: writes the actor layer from a fixed list instead of recognising it."""

    name = "actors"
    reads = frozenset({"text"})
    writes = frozenset({"mentions:actor"})

    def __init__(self, actors: Sequence[Actor]) -> None:
        super().__init__()
        self.actors = list(actors)

    def process(self, record: Record) -> Record:
        for a in self.actors:
            start = -1
            for _ in range(a.occurrence):
                start = record.text.index(a.text, start + 1)
            record.mentions.append(
                ActorMention(
                    id=record.next_mention_id(),
                    span=(start, start + len(a.text)),
                    text=a.text,
                    type=a.type,  # type: ignore[arg-type]
                    name=a.name,
                )
            )
        return record


def run(body: str, actors: Sequence[Actor] = (), title: str = "خبر") -> Record:
    """The record of an article made of a title line and `body`, through ClaimStage."""
    stages = [s for s in default_stage_list() if s.name not in ("actors", "weapons", "claims", "events")]
    pipeline = Pipeline([*stages, InjectActors(actors), ClaimStage()])
    return extract(f"{title}\n\n{body}\n", published=PUBLISHED, pipeline=pipeline)


def text_of(record: Record, span: Sequence[int]) -> str:
    return record.text[span[0] : span[1]]


def source_text(record: Record, claim: Claim) -> str | None:
    return record.mention(claim.source).text if claim.source else None


def chain_texts(record: Record, claim: Claim) -> list[str]:
    return [record.mention(i).text for i in claim.source_chain]


def content(record: Record, claim: Claim) -> str:
    return text_of(record, claim.content.span)


def summary(record: Record) -> list[tuple[Any, ...]]:
    """(cue, stance, source text) of every claim, in order."""
    return [(c.cue.text, c.stance, source_text(record, c)) for c in record.claims]
