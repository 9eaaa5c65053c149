"""A record with the store's approved corrections applied, for views that recompute from it.

The incident page summarises its members with `rasid.incidents.summarise`; feeding it the
corrected records makes a reviewer's figure win there as it does in exports. The stored
record is never changed: this returns a copy.
"""

from __future__ import annotations

from typing import Any

from rasid.record import Record

#: Columns of a casualty row that are fields of `rasid.record.Casualty` under the same name.
CASUALTY_FIELDS = ("status", "group", "value", "low", "high")


def apply(record: Record, fixes: dict[tuple[str, str, str | None], Any]) -> Record:
    """`record` with approved corrections of its events' types and casualty figures."""
    copy = record.model_copy(deep=True)
    for (kind, target, field), fix in fixes.items():
        if fix.action != "correct" or field is None:
            continue
        parts = target.split("/")
        if parts[0] != record.id:
            continue
        event = next((e for e in copy.events if len(parts) > 1 and e.id == parts[1]), None)
        if event is None:
            continue
        if kind == "event" and field == "type":
            event.type = fix.value
        elif kind == "casualty" and field in CASUALTY_FIELDS and len(parts) == 3 and parts[2].isdigit():
            n = int(parts[2])
            if n < len(event.casualties):
                setattr(event.casualties[n], field, fix.value)
                if field == "value" and isinstance(fix.value, int | float):
                    # a corrected count is exact unless low/high are corrected too
                    fig = event.casualties[n]
                    fig.qualifier, fig.vague = "exact", None
                    fig.low = int(fix.value) if (kind, target, "low") not in fixes else fig.low
                    fig.high = int(fix.value) if (kind, target, "high") not in fixes else fig.high
    return copy
