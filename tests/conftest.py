"""Shared test fixtures: where the repository and the shared dev gold live."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DEV_GOLD = SHARED / "gold" / "dev"


@pytest.fixture(scope="session")
def dev_gold() -> Path:
    if not DEV_GOLD.is_dir():
        pytest.fail(f"the shared dev gold is missing at {DEV_GOLD}")
    return DEV_GOLD


# -- PostgreSQL ------------------------------------------------------------------------
# A real server for the tests that need one: initdb + pg_ctl in a temporary folder, as the
# unprivileged `postgres` user when the tests run as root, on a free localhost port; it
# is stopped and removed at the end of the session. `scripts/postgres.sh` installs
# Debian's postgresql when it is missing (make test runs it). Under CI=true a missing
# server fails the tests instead of skipping them.


def _pg_bin(name: str) -> str | None:
    import glob
    import shutil

    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return candidates[-1] if candidates else None


@pytest.fixture(scope="session")
def postgres_server():
    """The URL of a running PostgreSQL server (superuser `postgres`, database `postgres`)."""
    import pwd
    import shutil
    import signal
    import socket
    import subprocess
    import tempfile

    initdb, pg_ctl = _pg_bin("initdb"), _pg_bin("pg_ctl")
    if initdb is None or pg_ctl is None:
        message = "PostgreSQL is not installed: run scripts/postgres.sh (as root)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    prefix: list[str] = []
    folder = tempfile.mkdtemp(prefix="rasid-pg-")
    if os.geteuid() == 0:  # initdb refuses to run as root: the package's user, else nobody
        try:
            user = pwd.getpwnam("postgres")
        except KeyError:
            user = pwd.getpwnam("nobody")
        os.chown(folder, user.pw_uid, user.pw_gid)
        prefix = ["runuser", "-u", user.pw_name, "--"]
    data = os.path.join(folder, "data")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    run = {"check": True, "capture_output": True, "text": True}
    subprocess.run(
        [
            *prefix,
            initdb,
            "-D",
            data,
            "-U",
            "postgres",
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
        ],
        **run,
    )
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
    log = os.path.join(folder, "server.log")
    try:
        subprocess.run(
            [*prefix, pg_ctl, "-D", data, "-l", log, "-o", options, "-w", "-t", "60", "start"], **run
        )
    except subprocess.CalledProcessError as exc:
        server_log = Path(log).read_text() if os.path.exists(log) else ""
        pytest.fail(f"PostgreSQL did not start: {exc.stderr}\n{server_log}")
    previous = signal.getsignal(signal.SIGTERM)
    if previous == signal.SIG_DFL:  # `timeout` or a CI runner's SIGTERM still stops the server

        def interrupt(signum: int, frame: object) -> None:
            raise KeyboardInterrupt

        signal.signal(signal.SIGTERM, interrupt)
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        signal.signal(signal.SIGTERM, previous)
        subprocess.run([*prefix, pg_ctl, "-D", data, "-m", "immediate", "-w", "stop"], capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def new_postgres_database(postgres_server: str):
    """A factory of new, empty databases on the session's server; each URL is dropped afterwards."""
    import itertools

    import psycopg

    made: list[str] = []
    numbers = itertools.count(1)

    def make() -> str:
        name = f"rasid_test_{os.getpid()}_{next(numbers)}"
        with psycopg.connect(postgres_server, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"')
        made.append(name)
        return postgres_server.rsplit("/", 1)[0] + "/" + name

    yield make
    with psycopg.connect(postgres_server, autocommit=True) as conn:
        for name in made:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def postgres_database(new_postgres_database) -> str:
    """The URL of a new, empty database on the session's server, dropped after the test."""
    return new_postgres_database()
