"""Each web test module gets its own store (see `webdata.build_store`)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from tests.web.webdata import build_store


@pytest.fixture(scope="module")
def web_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    store = build_store(tmp_path_factory.mktemp("web"))
    yield store
    store.close()
