"""Helpers for the actor tests: run the recogniser on a sentence and summarise its mentions.

They test the rules and the registry, so the trained name tagger is off (its names depend on
the model; tests/recognise/test_actors_tagged.py tests what it adds)."""

from __future__ import annotations

from rasid.lang.ar.text import TextView
from rasid.recognise.actors import Found, find_actors


def actors(text: str) -> list[tuple[str, str, str | None]]:
    """(text, type, name) of every actor mention, in the stage's order."""
    return [(f.text, f.type, f.name) for f in find_actors(TextView(text), tagger=False)]


def mention(text: str, words: str) -> Found:
    """The one mention whose text is exactly `words`."""
    found = [f for f in find_actors(TextView(text), tagger=False) if f.text == words]
    assert len(found) == 1, f"{words!r} in {[f.text for f in find_actors(TextView(text), tagger=False)]}"
    return found[0]
