"""Who is asking, and may they write: FastAPI dependencies shared by pages and the API.

A request is authenticated by a Bearer API token (scripts) or by the session cookie
(browsers). Reads are open to anyone who can reach the server (it binds to 127.0.0.1 by
default); every write needs a user with a sufficient role, and a cookie-authenticated
write must also carry the CSRF token (see `rasid.web.security`).
"""

from __future__ import annotations

from collections.abc import Callable

from fastapi import HTTPException, Request

from rasid.web.accounts import Accounts, User
from rasid.web.security import CSRF_COOKIE, CSRF_FIELD, CSRF_HEADER, SESSION_COOKIE, csrf_ok, same_origin


def accounts(request: Request) -> Accounts:
    return request.app.state.accounts


def current_user(request: Request) -> User | None:
    """The user behind the Bearer token or the session cookie, else None."""
    if hasattr(request.state, "user"):
        return request.state.user
    user: User | None = None
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        user = accounts(request).by_token(header[7:].strip())
        request.state.via_token = user is not None
    elif sid := request.cookies.get(SESSION_COOKIE):
        user = accounts(request).by_session(sid)
    request.state.user = user
    return user


async def check_csrf(request: Request) -> None:
    """Refuse a cookie-authenticated write from another site or without the CSRF token."""
    if getattr(request.state, "via_token", False):
        return
    if not same_origin(request.headers.get("origin"), request.headers.get("host")):
        raise HTTPException(403, "cross-site request refused")
    submitted = request.headers.get(CSRF_HEADER)
    if submitted is None and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        form = await request.form()
        value = form.get(CSRF_FIELD)
        submitted = value if isinstance(value, str) else None
    if not csrf_ok(request.cookies.get(CSRF_COOKIE), submitted):
        raise HTTPException(403, "missing or wrong CSRF token")


def require(role: str) -> Callable[[Request], object]:
    """A dependency: the request's user, who must hold `role` or above (401/403 otherwise)."""

    async def dependency(request: Request) -> User:
        user = current_user(request)
        if user is None:
            raise HTTPException(401, "log in or send an API token", headers={"WWW-Authenticate": "Bearer"})
        await check_csrf(request)
        if not user.can(role):
            raise HTTPException(403, f"this needs the {role} role; {user.name} is {user.role}")
        return user

    return dependency
