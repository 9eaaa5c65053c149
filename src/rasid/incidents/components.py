"""Components of reports joined by edges (union-find), shared by `IncidentIndex` and `Sweep`.

A component is named by its least key, so the names do not depend on the order of joining.
"""

from __future__ import annotations


def find(parent: dict[str, str], key: str) -> str:
    """The component `key` belongs to (paths shortened on the way)."""
    root = key
    while parent[root] != root:
        root = parent[root]
    while parent[key] != root:
        parent[key], key = root, parent[key]
    return root


def join(parent: dict[str, str], members: dict[str, set[str]], a: str, b: str) -> tuple[str, str] | None:
    """Join the components of a and b: (the one kept, the one gone), None when they were one."""
    ra, rb = find(parent, a), find(parent, b)
    if ra == rb:
        return None
    keep, gone = (ra, rb) if ra < rb else (rb, ra)
    parent[gone] = keep
    members[keep] |= members.pop(gone)
    return keep, gone
