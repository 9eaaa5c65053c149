"""Users, API tokens and login sessions of the web UI, kept in the store's database.

Tables (created by the web UI's own alembic chain in `rasid/web/migrations`, with its own
version table, applied to the store's database when `Accounts` opens it):
- `web_users`: name, role (viewer < coder < reviewer < admin), argon2 password hash;
- `web_tokens`: API tokens for scripts (SHA-256 digest only), each owned by a user;
- `web_sessions`: browser sessions (SHA-256 digest of the cookie value), with an expiry.
Every statement is SQLAlchemy Core with bound parameters.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from rasid.web.security import digest, hash_password, new_secret, verify_password

ROLES = ("viewer", "coder", "reviewer", "admin")
VERSION_TABLE = "alembic_version_web"
MIGRATIONS = Path(__file__).parent / "migrations"
SESSION_DAYS = 7

metadata = sa.MetaData()

users = sa.Table(
    "web_users",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.String(100), nullable=False, unique=True),
    sa.Column("role", sa.String(20), nullable=False),
    sa.Column("password_hash", sa.Text, nullable=False),
    sa.Column("created", sa.DateTime(timezone=True), nullable=False),
)
tokens = sa.Table(
    "web_tokens",
    metadata,
    sa.Column("digest", sa.String(64), primary_key=True),
    sa.Column("user_id", sa.Integer, sa.ForeignKey("web_users.id", ondelete="CASCADE"), nullable=False),
    sa.Column("label", sa.String(100), nullable=False),
    sa.Column("created", sa.DateTime(timezone=True), nullable=False),
)
sessions = sa.Table(
    "web_sessions",
    metadata,
    sa.Column("digest", sa.String(64), primary_key=True),
    sa.Column("user_id", sa.Integer, sa.ForeignKey("web_users.id", ondelete="CASCADE"), nullable=False),
    sa.Column("expires", sa.DateTime(timezone=True), nullable=False),
)


@dataclass(frozen=True)
class User:
    id: int
    name: str
    role: str

    def can(self, role: str) -> bool:
        """True when this user's role is `role` or above it."""
        return ROLES.index(self.role) >= ROLES.index(role)


class AccountError(ValueError):
    """A user name, role or password that cannot be used."""


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _aware(t: dt.datetime) -> dt.datetime:
    return t if t.tzinfo else t.replace(tzinfo=dt.UTC)  # SQLite returns naive datetimes


class Accounts:
    """Users, tokens and sessions on one engine (the store's)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        upgrade(engine)

    def add_user(self, name: str, role: str, password: str) -> User:
        name = name.strip()
        if not name or len(name) > 100:
            raise AccountError(f"user name must be 1-100 characters, got {name!r}")
        if role not in ROLES:
            raise AccountError(f"role must be one of {', '.join(ROLES)}, got {role!r}")
        if len(password) < 8:
            raise AccountError("password must be at least 8 characters")
        with self.engine.begin() as conn:
            if conn.execute(sa.select(users.c.id).where(users.c.name == name)).first():
                raise AccountError(f"user {name!r} already exists")
            row = conn.execute(
                users.insert().values(
                    name=name, role=role, password_hash=hash_password(password), created=_now()
                )
            )
            (uid,) = row.inserted_primary_key or (0,)
        return User(int(uid), name, role)

    def user(self, name: str) -> User | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                sa.select(users.c.id, users.c.name, users.c.role).where(users.c.name == name)
            ).first()
        return User(row.id, row.name, row.role) if row else None

    def authenticate(self, name: str, password: str) -> User | None:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(users).where(users.c.name == name)).first()
        if row is None:
            verify_password(_DUMMY_HASH, password)  # same cost whether or not the name exists
            return None
        return User(row.id, row.name, row.role) if verify_password(row.password_hash, password) else None

    def new_token(self, name: str, label: str = "api") -> str:
        """Create an API token for user `name`; the token is shown once, only its digest is kept."""
        user = self.user(name)
        if user is None:
            raise AccountError(f"no user {name!r}")
        token = new_secret()
        with self.engine.begin() as conn:
            conn.execute(
                tokens.insert().values(digest=digest(token), user_id=user.id, label=label, created=_now())
            )
        return token

    def by_token(self, token: str) -> User | None:
        query = (
            sa.select(users.c.id, users.c.name, users.c.role)
            .join(tokens, tokens.c.user_id == users.c.id)
            .where(tokens.c.digest == digest(token))
        )
        with self.engine.connect() as conn:
            row = conn.execute(query).first()
        return User(row.id, row.name, row.role) if row else None

    def open_session(self, user: User) -> str:
        sid = new_secret()
        expires = _now() + dt.timedelta(days=SESSION_DAYS)
        with self.engine.begin() as conn:
            conn.execute(sa.delete(sessions).where(sessions.c.expires < _now()))
            conn.execute(sessions.insert().values(digest=digest(sid), user_id=user.id, expires=expires))
        return sid

    def by_session(self, sid: str) -> User | None:
        query = (
            sa.select(users.c.id, users.c.name, users.c.role, sessions.c.expires)
            .join(sessions, sessions.c.user_id == users.c.id)
            .where(sessions.c.digest == digest(sid))
        )
        with self.engine.connect() as conn:
            row = conn.execute(query).first()
        if row is None or _aware(row.expires) < _now():
            return None
        return User(row.id, row.name, row.role)

    def close_session(self, sid: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(sa.delete(sessions).where(sessions.c.digest == digest(sid)))


_DUMMY_HASH = hash_password("not a password of anyone")


def upgrade(engine: Engine) -> None:
    """Bring the web UI's tables to the newest revision shipped (a no-op when they are)."""
    from alembic import command
    from alembic.config import Config
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    head = ScriptDirectory.from_config(config).get_current_head()
    with engine.connect() as conn:
        if (
            MigrationContext.configure(conn, opts={"version_table": VERSION_TABLE}).get_current_revision()
            == head
        ):
            return
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
