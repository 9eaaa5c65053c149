"""Server-rendered pages: documents, document view, incidents, history, login, review forms.

Every form post carries the CSRF token; every write goes through `rasid.web.reviewing`
(which records a review row through the store) and redirects back (post/redirect/get).
"""

from __future__ import annotations

import json
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request
from fastapi.responses import RedirectResponse, Response

from rasid.web import queries, render, reviewing
from rasid.web.accounts import User
from rasid.web.auth import accounts, check_csrf, require
from rasid.web.security import SESSION_COOKIE, cookie_args
from rasid.web.templating import render as page

router = APIRouter(include_in_schema=False)


def _store(request: Request) -> Any:
    return request.app.state.store


def _back(request: Request, fallback: str) -> str:
    """Where to return after a form post: a same-site path from the form, else `fallback`."""
    target = request.headers.get("referer", "")
    host = request.headers.get("host", "")
    if host and f"//{host}/" in target:
        return "/" + target.split(f"//{host}/", 1)[1]
    return fallback


@router.get("/")
def home() -> RedirectResponse:
    return RedirectResponse("/documents", status_code=303)


@router.get("/documents")
def documents(request: Request, filters: Annotated[queries.DocFilters, Depends()]) -> Response:
    store = _store(request)
    size = request.app.state.settings.page_size
    rows, total = queries.documents(store, filters, size)
    args = {k: v for k, v in filters.__dict__.items() if v not in (None, "") and k != "page"}
    pages = max(1, -(-total // size))
    return page(
        request,
        "documents.html",
        {
            "rows": rows,
            "total": total,
            "filters": filters,
            "page": filters.page,
            "pages": pages,
            "query": urlencode(args),
            "choices": queries.filter_choices(store),
        },
    )


@router.get("/documents/{doc_id}")
def document(request: Request, doc_id: str) -> Response:
    store = _store(request)
    record = queries.record(store, doc_id)
    reviews = queries.reviews_of_document(store, doc_id)
    return page(
        request,
        "document.html",
        {
            "record": record,
            "text_html": render.text_html(record),
            "cards": render.cards(record),
            "kinds": render.KINDS,
            "reviews": reviews,
            "latest": reviewing.latest_by_target(reviews),
            "spans": json.dumps({m.id: list(m.span) for m in record.mentions}),
        },
    )


@router.get("/incidents")
def incidents(request: Request) -> Response:
    store = _store(request)
    rows = queries.incidents(store)
    return page(request, "incidents.html", {"rows": rows, "geo": json.dumps(queries.incident_points(rows))})


@router.get("/incidents/{incident_id}")
def incident(request: Request, incident_id: str) -> Response:
    store = _store(request)
    detail = queries.incident(store, incident_id)
    return page(request, "incident.html", {"inc": detail, "others": queries.incidents(store)})


@router.get("/history")
def history(request: Request, page_no: Annotated[int, Query(alias="page", ge=1)] = 1) -> Response:
    rows = queries.reviews(_store(request))
    size = request.app.state.settings.page_size * 4
    pages = max(1, -(-len(rows) // size))
    return page(
        request,
        "history.html",
        {
            "rows": rows[(page_no - 1) * size : page_no * size],
            "title": "History of the whole store",
            "page": page_no,
            "pages": pages,
        },
    )


@router.get("/history/{target_kind}/{target_id:path}")
def item_history(request: Request, target_kind: str, target_id: str) -> Response:
    rows = queries.reviews(_store(request), target_kind=target_kind, target_id=target_id)
    return page(
        request,
        "history.html",
        {"rows": rows, "title": f"History of {target_kind} {target_id}", "page": 1, "pages": 1},
    )


@router.get("/reviews/{review_id}")
def review_permalink(request: Request, review_id: int) -> Response:
    row = queries.review(_store(request), review_id)
    return page(
        request, "history.html", {"rows": [row], "title": f"Review #{review_id}", "page": 1, "pages": 1}
    )


@router.post("/reviews")
def post_review(
    request: Request,
    user: Annotated[User, Depends(require("coder"))],
    target_kind: Annotated[str, Form()],
    target_id: Annotated[str, Form()],
    action: Annotated[str, Form()],
    field: Annotated[str, Form()] = "",
    new_value: Annotated[str, Form()] = "",
    note: Annotated[str, Form()] = "",
) -> Response:
    reviewing.submit(_store(request), user, target_kind, target_id, field, action, new_value or None, note)
    return RedirectResponse(_back(request, "/history"), status_code=303)


@router.post("/reviews/{review_id}/approve")
def approve(
    request: Request, review_id: int, user: Annotated[User, Depends(require("reviewer"))]
) -> Response:
    reviewing.approve(_store(request), review_id, user)
    return RedirectResponse(_back(request, f"/reviews/{review_id}"), status_code=303)


@router.post("/incidents/merge")
def merge(
    request: Request,
    user: Annotated[User, Depends(require("coder"))],
    incidents: Annotated[list[str], Form()],
    note: Annotated[str, Form()] = "",
) -> Response:
    reviewing.merge_incidents(_store(request), user, incidents, note)
    return RedirectResponse("/incidents", status_code=303)


@router.post("/incidents/{incident_id}/split")
def split(
    request: Request,
    incident_id: str,
    user: Annotated[User, Depends(require("coder"))],
    members: Annotated[list[str], Form()],
    note: Annotated[str, Form()] = "",
) -> Response:
    reviewing.split_incident(_store(request), user, incident_id, members, note)
    return RedirectResponse(f"/incidents/{incident_id}", status_code=303)


@router.get("/login")
def login_form(request: Request, next: str = "/documents") -> Response:
    return page(
        request, "login.html", {"next": next if next.startswith("/") and not next.startswith("//") else "/"}
    )


@router.post("/login")
async def login(
    request: Request,
    name: Annotated[str, Form()],
    password: Annotated[str, Form()],
    next: Annotated[str, Form()] = "/documents",
) -> Response:
    await check_csrf(request)
    limiter = request.app.state.limiter
    client = request.client.host if request.client else "?"
    keys = (f"ip:{client}", f"name:{name}")
    if limiter.blocked(*keys):
        raise HTTPException(429, "too many failed logins; wait a minute")
    user = accounts(request).authenticate(name, password)
    if user is None:
        limiter.failed(*keys)
        return page(request, "login.html", {"next": next, "error": "wrong name or password"}, 401)
    limiter.succeeded(*keys)
    sid = accounts(request).open_session(user)
    target = next if next.startswith("/") and not next.startswith("//") else "/documents"
    response = RedirectResponse(target, status_code=303)
    response.set_cookie(SESSION_COOKIE, sid, **cookie_args(request.app.state.settings.secure_cookies))
    return response


@router.post("/logout")
async def logout(request: Request) -> Response:
    await check_csrf(request)
    if sid := request.cookies.get(SESSION_COOKIE):
        accounts(request).close_session(sid)
    response = RedirectResponse("/documents", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response
