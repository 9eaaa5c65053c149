"""`rasid user add` and `rasid user token` as a user runs them; `rasid serve` on a bad store."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

RASID = str(Path(sys.executable).with_name("rasid"))


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [RASID, *args], input=stdin, capture_output=True, text=True, check=False, timeout=120
    )


def test_cli_user_add_hashes_the_password_and_token_authenticates(tmp_path: Path) -> None:
    from rasid.store import Store
    from rasid.web.accounts import Accounts

    db = str(tmp_path / "users.db")
    done = run(
        "user", "add", "سلمى", "--role", "reviewer", "--password-stdin", "--db", db, stdin="long enough pw\n"
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "created user سلمى (reviewer)"
    token = run("user", "token", "سلمى", "--db", db)
    assert token.returncode == 0 and len(token.stdout.strip()) >= 40
    with Store.open(db) as store:
        accounts = Accounts(store.engine)
        assert accounts.authenticate("سلمى", "long enough pw").role == "reviewer"  # type: ignore[union-attr]
        assert accounts.authenticate("سلمى", "wrong") is None
        assert accounts.by_token(token.stdout.strip()).name == "سلمى"  # type: ignore[union-attr]
        with store.read() as conn:
            stored = conn.exec_driver_sql("SELECT password_hash FROM web_users").scalar_one()
        assert stored.startswith("$argon2id$") and "long enough pw" not in stored


def test_cli_user_add_refuses_bad_role_duplicate_and_short_password(tmp_path: Path) -> None:
    db = str(tmp_path / "users.db")
    bad_role = run(
        "user", "add", "a", "--role", "boss", "--password-stdin", "--db", db, stdin="long enough pw\n"
    )
    assert bad_role.returncode == 1
    assert (
        bad_role.stderr.strip()
        == "rasid: user a: role must be one of viewer, coder, reviewer, admin, got 'boss'"
    )
    assert (
        run(
            "user", "add", "a", "--role", "coder", "--password-stdin", "--db", db, stdin="long enough pw\n"
        ).returncode
        == 0
    )
    again = run(
        "user", "add", "a", "--role", "coder", "--password-stdin", "--db", db, stdin="long enough pw\n"
    )
    assert again.returncode == 1 and "already exists" in again.stderr
    short = run("user", "add", "b", "--password-stdin", "--db", db, stdin="short\n")
    assert short.returncode == 1 and "at least 8 characters" in short.stderr
    assert run("user", "token", "nobody", "--db", db).returncode == 1


def test_cli_serve_on_an_unopenable_store_is_one_line_exit_1(tmp_path: Path) -> None:
    done = run("serve", "--db", "postgresql://nobody@127.0.0.1:1/none", "--port", "1")
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(
        "rasid: postgresql://nobody@127.0.0.1:1/none: cannot open the store"
    )
