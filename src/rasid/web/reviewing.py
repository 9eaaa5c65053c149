"""Writes of the web UI: every action is one append-only review row in the store.

Coders propose (status `proposed`); a reviewer's or admin's own review is approved by
them at once, and they approve coders' reviews. Approved corrections win over the
extraction wherever values are shown and in every export (`Store.corrections`).
Manual incident merges and splits are reviews of the incidents involved (action
`merge`/`split`, field `members`, the member keys as the new value).
"""

from __future__ import annotations

import json
from typing import Any

from fastapi import HTTPException

from rasid.web import queries, targets
from rasid.web.accounts import User

MAX_VALUE = 2000  # characters of a new value or note


def submit(
    store: Any,
    user: User,
    kind: str,
    target_id: str,
    field: str,
    action: str,
    new_value: str | None,
    note: str,
) -> int:
    """Validate and record one review of a document's item; returns its id."""
    if action not in ("confirm", "correct", "reject", "add"):
        raise HTTPException(422, f"action must be confirm, correct, reject or add, got {action!r}")
    if kind not in targets.FIELDS or kind == "incident":
        raise HTTPException(422, f"target_kind must be one of {', '.join(targets.KINDS[:-1])}, got {kind!r}")
    if len(new_value or "") > MAX_VALUE or len(note) > MAX_VALUE:
        raise HTTPException(422, f"new value and note are limited to {MAX_VALUE} characters")
    try:
        doc_id, local = targets.split_target(target_id)
        record = queries.record(store, doc_id)
        if action == "add":
            start, end = targets.added_span(local, record)
            field = "span"
            new_value = json.dumps({"span": [start, end], "text": record.text[start:end]}, ensure_ascii=False)
        elif local.startswith("new:"):
            raise targets.TargetError("only an added item's id starts with new:")
        old = targets.old_value(record, kind, local, field)
    except targets.TargetError as exc:
        raise HTTPException(422, str(exc)) from None
    if action == "correct" and (new_value is None or new_value.strip() == ""):
        raise HTTPException(422, "a correction needs a new value")
    if action in ("confirm", "reject"):
        new_value = None
    review = store.add_review(
        kind, target_id, field, new_value, user=user.name, note=note or None, action=action, old_value=old
    )
    if user.can("reviewer"):
        store.approve_review(review.id, reviewer=user.name, note="approved by its author, a reviewer")
    return int(review.id)


def approve(store: Any, review_id: int, user: User) -> None:
    queries.review(store, review_id)  # 404 when absent
    try:
        store.approve_review(review_id, reviewer=user.name)
    except ValueError as exc:  # already decided
        raise HTTPException(409, str(exc)) from None


def latest_by_target(reviews: list[dict[str, Any]]) -> dict[str, dict[str, dict[str, Any]]]:
    """The newest review of each (target id, field), for marking corrected values on a page."""
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for r in reviews:  # newest first
        out.setdefault(r["target_id"], {}).setdefault(r["field"] or "item", r)
    return out
