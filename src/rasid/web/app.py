"""The FastAPI application: `create_app(store)` wires pages, the JSON API and security.

Server-rendered pages (Jinja2, right-to-left Arabic with English labels) live in
`rasid.web.pages`, the JSON API in `rasid.web.api`; both read and write through the
store's API. `rasid serve` builds the app with `create_app` and runs it under uvicorn.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from rasid.web.accounts import Accounts
from rasid.web.security import CSRF_COOKIE, BodyLimit, LoginLimiter, cookie_args, new_secret
from rasid.web.templating import render

HERE = Path(__file__).resolve().parent
_TOKEN = re.compile(r"[A-Za-z0-9_-]{32,64}")


@dataclass(frozen=True)
class Settings:
    max_body: int = 2_000_000  # bytes of any request body
    max_extract_chars: int = 200_000  # characters of text POSTed to /api/extract
    login_attempts: int = 5  # failed logins per address or name ...
    login_window: float = 60.0  # ... within this many seconds
    secure_cookies: bool = False  # set when served over HTTPS
    page_size: int = 25


def create_app(store: Any, settings: Settings | None = None) -> FastAPI:
    """The web UI and API over `store` (a `rasid.store.Store`)."""
    from rasid.web import api, pages

    settings = settings or Settings()
    app = FastAPI(
        title="rasid review API",
        version="1",
        description="Documents, events, incidents and reviews of a rasid store; text extraction.",
        openapi_url="/api/openapi.json",
        docs_url="/docs",
        redoc_url=None,
    )
    app.state.store = store
    app.state.accounts = Accounts(store.engine)
    app.state.settings = settings
    app.state.limiter = LoginLimiter(settings.login_attempts, settings.login_window)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)

    @app.middleware("http")
    async def csrf_cookie(request: Request, call_next: Any) -> Response:
        token = request.cookies.get(CSRF_COOKIE)
        if token is not None and not _TOKEN.fullmatch(token):
            token = None  # not one we issued: replace it rather than echo it into pages
        request.state.csrf = token or new_secret()
        response: Response = await call_next(request)
        if not token:
            response.set_cookie(CSRF_COOKIE, request.state.csrf, **cookie_args(settings.secure_cookies))
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        response.headers.setdefault(
            "Content-Security-Policy",
            "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            "script-src 'self'; frame-ancestors 'none'",
        )
        return response

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if request.url.path.startswith("/api/") or "text/html" not in request.headers.get("accept", ""):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
        if not hasattr(request.state, "csrf"):
            request.state.csrf = request.cookies.get(CSRF_COOKIE) or new_secret()
        return render(
            request, "error.html", {"status": exc.status_code, "detail": exc.detail}, exc.status_code
        )

    app.add_middleware(BodyLimit, max_bytes=settings.max_body)
    return app
