"""Security pieces of the web UI that need no database: hashing, tokens, CSRF, limits.

- Passwords are hashed with argon2id (argon2-cffi's defaults); API tokens and session ids
  are random and stored only as SHA-256 digests, so a copy of the database opens nothing.
- CSRF: the double-submit pattern. Every page sets a random `rasid_csrf` cookie (HttpOnly,
  SameSite=Lax) and puts the same value in its forms (`csrf` field) and in htmx's
  `X-CSRF-Token` header; a cookie-authenticated write whose token does not match, or whose
  Origin names another site, is refused with 403. Bearer-token requests carry no cookie
  and need no CSRF token.
- Login attempts are rate-limited per client address and per user name (a sliding window).
- Request bodies over the limit are refused with 413 before they are read into memory.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSRF_COOKIE = "rasid_csrf"
SESSION_COOKIE = "rasid_session"
CSRF_FIELD = "csrf"
CSRF_HEADER = "x-csrf-token"

_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(stored: str, password: str) -> bool:
    try:
        return _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def new_secret() -> str:
    """A random URL-safe secret: session ids, API tokens, CSRF tokens."""
    return secrets.token_urlsafe(32)


def digest(secret: str) -> str:
    """What the database keeps of a session id or API token."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def csrf_ok(cookie: str | None, submitted: str | None) -> bool:
    return bool(cookie) and bool(submitted) and hmac.compare_digest(str(cookie), str(submitted))


def same_origin(origin: str | None, host: str | None) -> bool:
    """A browser's Origin header, when present, must name this server."""
    if not origin or origin == "null":
        return origin is None
    netloc = origin.split("://", 1)[-1]
    return bool(host) and netloc == host


class LoginLimiter:
    """At most `attempts` failed logins per key within `window` seconds (key: address or name)."""

    def __init__(self, attempts: int = 5, window: float = 60.0) -> None:
        self.attempts = attempts
        self.window = window
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque[float]:
        q = self._failures.setdefault(key, deque())
        while q and now - q[0] > self.window:
            q.popleft()
        return q

    def blocked(self, *keys: str) -> bool:
        now = time.monotonic()
        with self._lock:
            return any(len(self._recent(k, now)) >= self.attempts for k in keys)

    def failed(self, *keys: str) -> None:
        now = time.monotonic()
        with self._lock:
            for k in keys:
                self._recent(k, now).append(now)

    def succeeded(self, *keys: str) -> None:
        with self._lock:
            for k in keys:
                self._failures.pop(k, None)


class BodyLimit:
    """ASGI middleware: refuse a request body over `max_bytes` with 413, declared or streamed."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await _too_large(send, self.max_bytes)
            return
        seen = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise _BodyTooLarge
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _BodyTooLarge:
            if not started:
                await _too_large(send, self.max_bytes)


class _BodyTooLarge(Exception):
    pass


async def _too_large(send: Callable[[Message], Awaitable[None]], limit: int) -> None:
    body = f'{{"detail": "request body over the limit of {limit} bytes"}}'.encode()
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})


def cookie_args(secure: bool) -> dict[str, Any]:
    """Attributes every cookie of the UI is set with (Lax: a link from elsewhere keeps the
    session, a cross-site POST carries no cookie at all)."""
    return {"httponly": True, "samesite": "lax", "secure": secure, "path": "/"}
