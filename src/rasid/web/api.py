"""The JSON API (documented at /docs, schema at /api/openapi.json).

Reads are open; writes need a user (Bearer API token, or the session cookie plus the
CSRF header). Reviews are append-only: POST adds a row, approve marks it approved.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Request
from pydantic import BaseModel, Field

from rasid.web import queries, reviewing
from rasid.web.accounts import User
from rasid.web.auth import require

router = APIRouter(prefix="/api", tags=["api"])


def _store(request: Request) -> Any:
    return request.app.state.store


class ReviewIn(BaseModel):
    target_kind: str = Field(description="document, mention, event, casualty, claim or incident")
    target_id: str = Field(
        description="doc_id, doc_id/m3, doc_id/e1, doc_id/e1/0 (casualty n), doc_id/c2, incident id"
    )
    action: str = Field(description="confirm, correct, reject or add")
    field: str | None = Field(None, description="a column of rasid.tables for the kind; none: the whole item")
    new_value: str | None = Field(None, description='the corrected value; for add: {"span": [start, end]}')
    note: str = ""


class ExtractIn(BaseModel):
    text: str = Field(description="the article: title on the first line, blank line, paragraphs (or HTML)")
    published: str | None = Field(None, description="publication date, YYYY-MM-DD, anchoring relative dates")
    url: str | None = None


@router.get("/documents")
def list_documents(request: Request, filters: Annotated[queries.DocFilters, Depends()]) -> dict[str, Any]:
    """Documents with the same search, filters and paging as the documents page."""
    size = request.app.state.settings.page_size
    rows, total = queries.documents(_store(request), filters, size)
    return {"total": total, "page": filters.page, "page_size": size, "documents": rows}


@router.get("/documents/{doc_id}")
def get_document(request: Request, doc_id: str) -> dict[str, Any]:
    """The rasid/1 record, as extracted, with the reviews of its items."""
    record = queries.record(_store(request), doc_id)
    return {"record": record.to_dict(), "reviews": queries.reviews_of_document(_store(request), doc_id)}


@router.get("/events")
def list_events(request: Request, doc_id: str | None = None, limit: int = 500) -> dict[str, Any]:
    """Events as flat rows (rasid.tables), corrected values applied and marked."""
    return {"events": queries.events(_store(request), doc_id=doc_id, limit=min(max(limit, 1), 5000))}


@router.get("/incidents")
def list_incidents(request: Request) -> dict[str, Any]:
    return {"incidents": queries.incidents(_store(request))}


@router.get("/incidents/{incident_id}")
def get_incident(request: Request, incident_id: str) -> dict[str, Any]:
    return queries.incident(_store(request), incident_id)


@router.get("/reviews")
def list_reviews(
    request: Request, target_kind: str | None = None, target_id: str | None = None
) -> dict[str, Any]:
    """Every review row, newest first (optionally of one item)."""
    return {"reviews": queries.reviews(_store(request), target_kind=target_kind, target_id=target_id)}


@router.get("/reviews/{review_id}")
def get_review(request: Request, review_id: int) -> dict[str, Any]:
    return queries.review(_store(request), review_id)


@router.post("/reviews", status_code=201)
def post_review(
    request: Request, body: ReviewIn, user: Annotated[User, Depends(require("coder"))]
) -> dict[str, Any]:
    """Record a confirmation, correction, rejection or addition (coders and above)."""
    review_id = reviewing.submit(
        _store(request),
        user,
        body.target_kind,
        body.target_id,
        body.field,
        body.action,
        body.new_value,
        body.note,
    )
    return queries.review(_store(request), review_id)


@router.post("/reviews/{review_id}/approve")
def approve_review(
    request: Request, review_id: int, user: Annotated[User, Depends(require("reviewer"))]
) -> dict[str, Any]:
    """Approve a coder's review (reviewers and admins)."""
    reviewing.approve(_store(request), review_id, user)
    return queries.review(_store(request), review_id)


@router.post("/extract")
def extract(request: Request, body: ExtractIn) -> dict[str, Any]:
    """Run the pipeline on posted text and return the rasid/1 record (nothing is stored)."""
    import rasid
    from rasid.errors import InputError

    limit = request.app.state.settings.max_extract_chars
    if not body.text.strip():
        raise HTTPException(422, "text is empty")
    if len(body.text) > limit:
        raise HTTPException(413, f"text has {len(body.text)} characters; the limit is {limit}")
    try:
        # bytes, never str: a str naming a file on the server would be read as that file
        record = rasid.extract(body.text.encode("utf-8"), published=body.published, url=body.url)
    except InputError as exc:
        raise HTTPException(422, str(exc)) from None
    return record.to_dict()
