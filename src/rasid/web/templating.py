"""The Jinja2 templates and `render`, the one way a page is answered (apart from the app, so
pages and the app do not import each other)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import Response
from fastapi.templating import Jinja2Templates

from rasid.web.auth import current_user
from rasid.web.render import mention_value
from rasid.web.targets import FIELDS

HERE = Path(__file__).resolve().parent

templates = Jinja2Templates(directory=str(HERE / "templates"))
templates.env.globals.update(fields=FIELDS, mention_value=mention_value)


def render(request: Request, name: str, context: dict[str, Any], status: int = 200) -> Response:
    """A page with the user, CSRF token and flash messages every template expects."""
    base = {"user": current_user(request), "csrf": request.state.csrf, "messages": []}
    return templates.TemplateResponse(request, name, {**base, **context}, status_code=status)
