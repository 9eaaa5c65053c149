"""`rasid user add NAME --role R`: create a web UI user (argon2-hashed password), and API tokens."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated

import typer

from rasid.cli.store_options import DbOption, open_store
from rasid.errors import EXIT_FAILED

if TYPE_CHECKING:
    from rasid.web.accounts import Accounts

app = typer.Typer(
    help="Users of the review web UI.", no_args_is_help=True, add_completion=False, rich_markup_mode=None
)


def _accounts(db: str | None) -> Accounts:
    from rasid.web.accounts import Accounts

    return Accounts(open_store(db).engine)


@app.command("add")
def add(
    name: Annotated[str, typer.Argument(help="User name.")],
    role: Annotated[
        str, typer.Option(help="viewer, coder, reviewer (approves coders' corrections) or admin.")
    ] = "viewer",
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the password from standard input.")
    ] = False,
    db: DbOption = None,
) -> None:
    """Create a user; the password is asked for twice, or read from stdin with --password-stdin."""
    from rasid.web.accounts import AccountError

    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    try:
        user = _accounts(db).add_user(name, role, password)
    except AccountError as exc:
        typer.echo(f"rasid: user {name}: {exc}", err=True)
        raise typer.Exit(EXIT_FAILED) from None
    typer.echo(f"created user {user.name} ({user.role})")


@app.command("token")
def token(
    name: Annotated[str, typer.Argument(help="User the token acts as.")],
    label: Annotated[str, typer.Option(help="What the token is for.")] = "api",
    db: DbOption = None,
) -> None:
    """Create an API token (send it as `Authorization: Bearer TOKEN`); it is printed once."""
    from rasid.web.accounts import AccountError

    try:
        typer.echo(_accounts(db).new_token(name, label))
    except AccountError as exc:
        typer.echo(f"rasid: user {name}: {exc}", err=True)
        raise typer.Exit(EXIT_FAILED) from None
