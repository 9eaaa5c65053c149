"""Store fixtures: every store test runs on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import cast

import pytest

from rasid.read import Failure
from rasid.record import Record
from rasid.store import Store

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"


@pytest.fixture(params=["sqlite", "postgresql"])
def new_store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Callable[[], str]:
    """A factory of URLs of empty stores: SQLite files, or new databases on the test PostgreSQL server."""
    if request.param == "sqlite":
        numbers = itertools.count(1)
        return lambda: str(tmp_path / f"rasid-{next(numbers)}.db")
    return cast(Callable[[], str], request.getfixturevalue("new_postgres_database"))


@pytest.fixture
def store_url(new_store_url: Callable[[], str]) -> str:
    """The URL of an empty store (each store test runs once per backend)."""
    return new_store_url()


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    with Store.open(store_url, hooks=False) as opened:
        yield opened


@pytest.fixture(scope="session")
def example_items() -> list[Record | Failure]:
    """The sample corpus, extracted once per session (records in input order)."""
    import rasid

    return list(rasid.extract_many([str(EXAMPLES)]))


@pytest.fixture(scope="session")
def example_records(example_items: list[Record | Failure]) -> list[Record]:
    return [item for item in example_items if isinstance(item, Record)]


def by_uri(records: list[Record], name: str) -> Record:
    """The example record whose source ends with `name`."""
    return next(r for r in records if (r.source.uri or "").endswith(name))
