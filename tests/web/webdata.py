"""What the web tests share: a store with the sample corpus, the shared seed article and a
page with a <script>, one user per role (name = role), and lookups into it."""

from __future__ import annotations

from pathlib import Path

import pytest

import rasid

REPO = Path(__file__).resolve().parents[2]
SEED = REPO.parent / "shared" / "gold" / "dev" / "seed-quds-press.txt"
PASSWORD = "كلمة-سر-طويلة-1"
ROLES = ("viewer", "coder", "reviewer", "admin")
SCRIPT_ARTICLE = (
    "قصف مدفعي على بلدة في ريف حلب\n\n"
    "قتل ثلاثة مدنيين أمس الثلاثاء في قصف مدفعي على بلدة عندان في ريف حلب الشمالي، "
    'وكتب أحد المعلقين <script>document.title="pwned";window.pwned=1</script> في الصفحة.\n'
)


def build_store(folder: Path, url: str | None = None):  # type: ignore[no-untyped-def]
    """A store (SQLite in `folder`, or `url`) with the samples ingested and one user per role (name = role)."""
    from rasid.store import Store
    from rasid.web.accounts import Accounts

    if not SEED.is_file():
        pytest.fail(f"the shared seed article is missing at {SEED}")
    script = folder / "script-in-article.txt"
    script.write_text(SCRIPT_ARTICLE, encoding="utf-8")
    store = Store.open(url or str(folder / "web.db"))
    inputs = [str(REPO / "examples"), str(SEED), str(script)]
    store.ingest(rasid.extract_many(inputs))
    accounts = Accounts(store.engine)
    for role in ROLES:
        accounts.add_user(role, role, PASSWORD)
    return store


def doc_id_of(store: object, uri_end: str) -> str:
    """The id of the stored document whose source path ends with `uri_end`."""
    ids = [r["doc_id"] for r in store.rows("records") if (r["uri"] or "").endswith(uri_end)]  # type: ignore[attr-defined]
    assert len(ids) == 1, f"{uri_end}: {ids}"
    return ids[0]
