"""Writes of the web UI: every action is one append-only review row in the store.

Coders propose (status `proposed`); a reviewer's or admin's own review is approved by
them at once, and they approve coders' reviews. Approved corrections win over the
extraction wherever values are shown and in every export (`Store.corrections`).
Manual incident merges and splits are reviews of each incident involved (action
`correct` of the whole incident, the value `{"merge"|"split": [ids], "into": [[member
keys]]}`), after which the incidents are rewritten from the regrouped reports.
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
        review = store.add_review(
            kind, target_id, field, value, user=user.name, note=note or None, action=action
        )
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


def _regroup(
    store: Any, user: User, action: str, ids: list[str], groups: list[list[Any]], note: str
) -> list[str]:
    """Record one review per incident touched, then replace those incidents by the `groups`
    of reports (facts as stored, uncorrected: corrections are applied when shown)."""
    from rasid.incidents import summarise
    from rasid.incidents.persist import incident_row, member_rows
    from rasid.store.reviews import ReviewError

    new = [summarise(g) for g in groups]
    value = {action: ids, "into": [list(inc.member_keys) for inc in new]}
    for incident_id in ids:
        try:
            review = store.add_review(
                "incident", incident_id, None, value, user=user.name, note=note or action, action="correct"
            )
        except ReviewError as exc:
            raise HTTPException(422, str(exc)) from None
        if user.can("reviewer"):
            store.approve_review(review.id, reviewer=user.name, note="made by a reviewer")
    store.write_incidents(
        [incident_row(inc) for inc in new], [m for inc in new for m in member_rows(inc)], replace=ids
    )
    return [inc.id for inc in new]


def merge_incidents(store: Any, user: User, ids: list[str], note: str) -> str:
    """Merge two or more incidents into one (recorded as a review of each)."""
    ids = list(dict.fromkeys(ids))
    if len(ids) < 2:
        raise HTTPException(422, "select at least two incidents to merge")
    found = {row["id"]: facts for row, facts in queries.stored(store) if row["id"] in ids}
    if missing := [i for i in ids if i not in found]:
        raise HTTPException(404, f"no incident {missing[0]}")
    return _regroup(store, user, "merge", ids, [[f for i in ids for f in found[i]]], note)[0]


def split_incident(store: Any, user: User, incident_id: str, keys: list[str], note: str) -> list[str]:
    """Split the reports `keys` (doc_id:event_id) off an incident into a new incident."""
    facts = next((facts for row, facts in queries.stored(store) if row["id"] == incident_id), None)
    if facts is None:
        raise HTTPException(404, f"no incident {incident_id}")
    chosen = set(keys)
    off = [f for f in facts if f.key in chosen]
    stay = [f for f in facts if f.key not in chosen]
    if not off or not stay:
        raise HTTPException(422, "select some, not all, of the incident's reports to split off")
    return _regroup(store, user, "split", [incident_id], [stay, off], note)
