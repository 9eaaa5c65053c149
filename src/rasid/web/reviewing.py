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
    field: str | None,
    action: str,
    new_value: str | None,
    note: str,
) -> int:
    """Record one review (the store checks the target and field); returns its id.

    An `add` names the document and the kind of mention added (`field`); its value is
    `{"span": [start, end], "text": ...}` with the words read from the stored text, so
    the offsets, not what the browser sent as text, decide what was added.
    """
    from rasid.store.reviews import ReviewError

    if len(new_value or "") > MAX_VALUE or len(note) > MAX_VALUE:
        raise HTTPException(422, f"new value and note are limited to {MAX_VALUE} characters")
    field = field or None
    value: Any = None
    if action == "add":
        value = _added(store, kind, target_id, field, new_value)
    elif action == "correct":
        if new_value is None or not new_value.strip():
            raise HTTPException(422, "a correction needs a new value")
        try:
            value = targets.typed(field, new_value)
        except ValueError as exc:
            raise HTTPException(422, str(exc)) from None
    try:
        review = store.add_review(kind, target_id, field, value, user=user.name, note=note or None, action=action)
    except ReviewError as exc:
        raise HTTPException(422, str(exc)) from None
    if user.can("reviewer"):
        store.approve_review(review.id, reviewer=user.name, note="made by a reviewer")
    return int(review.id)


def _added(store: Any, kind: str, doc_id: str, field: str | None, raw: str | None) -> dict[str, Any]:
    if kind != "document" or field not in targets.ADDABLE:
        raise HTTPException(422, f"add names a document and one of {', '.join(targets.ADDABLE)}")
    try:
        start, end = (int(x) for x in json.loads(raw or "")["span"])
    except (ValueError, KeyError, TypeError):
        raise HTTPException(422, 'an added item\'s value is {"span": [start, end]}') from None
    text = queries.record(store, doc_id).text
    if not 0 <= start < end <= len(text):
        raise HTTPException(422, f"span {start}-{end} is outside the text ({len(text)} characters)")
    return {"span": [start, end], "text": text[start:end]}


def approve(store: Any, review_id: int, user: User) -> None:
    queries.review(store, review_id)  # 404 when absent
    try:
        store.approve_review(review_id, reviewer=user.name)
    except ValueError as exc:  # already decided (the store's ReviewError)
        raise HTTPException(409, str(exc)) from None


def latest_by_target(reviews: list[dict[str, Any]]) -> dict[str, dict[str, dict[str, Any]]]:
    """The newest review of each (target id, field), for marking corrected values on a page."""
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for r in reviews:  # newest first
        out.setdefault(r["target_id"], {}).setdefault(r["field"] or "", r)
    return out
