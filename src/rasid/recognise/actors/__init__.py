"""Actor mentions: persons, organisations, states acting and groups of people.

`ActorStage` adds them to a record; `find_actors` returns them for a `TextView`. See
stage.py for the order the finders run in and the data files they read.
"""

from rasid.recognise.actors.stage import ActorStage, Found, find_actors

__all__ = ["ActorStage", "Found", "find_actors"]
