"""A bounded memo: answers per word form that a process keeps until it holds `limit` of them,
then starts again (a batch of millions of articles meets ever new forms; a worker's memory
stays flat).

It is a `dict`, so a hot loop reads it as fast as an inline one (`found = memo.get(word)`, or
`get = memo.get` once before the loop); only a miss pays a call (`memo.put(word, answer)`),
which empties the memo first when it is full. A memo whose answers depend on a table says
so with `memo.read_from(table)`, which empties it when the table is another one (or the same
one grown). It lives in the language layer, below every stage, and imports nothing.
"""

from __future__ import annotations

from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")


class BoundedMemo(dict[K, V]):
    """Answers by key, emptied when `limit` are kept and another is put."""

    __slots__ = ("_size", "_source", "limit")

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit
        self._source: object = None
        self._size = 0

    def put(self, key: K, value: V) -> V:
        """Keep `value` for `key` (emptying the memo first when it is full) and return it."""
        if len(self) >= self.limit:
            self.clear()
        self[key] = value
        return value

    def read_from(self, source: object, size: int = 0) -> BoundedMemo[K, V]:
        """This memo, emptied when its answers were read from another source than `source`, or
        from the same one at another `size` (a table that has grown since)."""
        if self._source is not source or self._size != size:
            self.clear()
            self._source, self._size = source, size
        return self
