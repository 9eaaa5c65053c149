"""Password hashing, CSRF comparison, origin check and the login limiter."""

from __future__ import annotations

import pytest

from rasid.web.security import LoginLimiter, csrf_ok, digest, hash_password, same_origin, verify_password


def test_security_password_hash_is_argon2_and_verifies() -> None:
    stored = hash_password("كلمة سر طويلة")
    assert stored.startswith("$argon2id$")
    assert verify_password(stored, "كلمة سر طويلة")
    assert not verify_password(stored, "كلمة سر طويله")
    assert not verify_password("not a hash", "x")


def test_security_token_digest_is_sha256_hex() -> None:
    assert digest("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"


@pytest.mark.parametrize(
    ("cookie", "submitted", "ok"),
    [
        ("t0k", "t0k", True),
        ("t0k", "t0K", False),
        (None, "t0k", False),
        ("t0k", None, False),
        ("", "", False),
    ],
)
def test_security_csrf_double_submit(cookie: str | None, submitted: str | None, ok: bool) -> None:
    assert csrf_ok(cookie, submitted) is ok


@pytest.mark.parametrize(
    ("origin", "host", "ok"),
    [
        (None, "127.0.0.1:8000", True),
        ("http://127.0.0.1:8000", "127.0.0.1:8000", True),
        ("http://evil.example", "127.0.0.1:8000", False),
        ("null", "127.0.0.1:8000", False),
    ],
)
def test_security_same_origin(origin: str | None, host: str, ok: bool) -> None:
    assert same_origin(origin, host) is ok


def test_security_login_limiter_blocks_after_failures_and_resets() -> None:
    limiter = LoginLimiter(attempts=3, window=60)
    for _ in range(3):
        assert not limiter.blocked("ip:1", "name:a")
        limiter.failed("ip:1", "name:a")
    assert limiter.blocked("ip:1") and limiter.blocked("name:a")
    assert not limiter.blocked("ip:2", "name:b")
    limiter.succeeded("ip:1", "name:a")
    assert not limiter.blocked("ip:1", "name:a")
