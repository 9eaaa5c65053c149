"""The bounded memo every per-word-form cache uses: it answers as a dict, starts again when
full, and forgets what it read from a table once it is asked about another."""

from __future__ import annotations

import pickle

from rasid.lang.memo import BoundedMemo


def test_a_full_memo_starts_again_with_the_new_answer() -> None:
    memo: BoundedMemo[str, int] = BoundedMemo(2)
    assert memo.put("قتل", 1) == 1
    memo.put("جرح", 2)
    assert dict(memo) == {"قتل": 1, "جرح": 2}
    assert memo.put("قصف", 3) == 3
    assert dict(memo) == {"قصف": 3}


def test_a_memo_reads_as_a_dict() -> None:
    memo: BoundedMemo[str, bool | None] = BoundedMemo(4)
    memo.put("غارة", None)
    get = memo.get
    assert (get("غارة", "unread"), get("هجوم", "unread"), "غارة" in memo) == (None, "unread", True)


def test_answers_read_from_another_table_are_forgotten() -> None:
    first, second = {"هجوم": "attack"}, {"هجوم": "assault"}
    memo: BoundedMemo[str, str] = BoundedMemo(8)
    memo.read_from(first).put("هجوم", first["هجوم"])
    assert memo.read_from(first) == {"هجوم": "attack"}
    assert memo.read_from(second) == {}
    memo.put("هجوم", second["هجوم"])
    assert memo.read_from(second, 0) == {"هجوم": "assault"}
    assert memo.read_from(second, 2) == {}  # the same table, grown


def test_a_copied_memo_keeps_its_bound() -> None:
    memo: BoundedMemo[str, int] = BoundedMemo(1)
    memo.put("قتيل", 1)
    copy = pickle.loads(pickle.dumps(memo))
    assert (dict(copy), copy.limit) == ({"قتيل": 1}, 1)
    copy.put("جريح", 2)
    assert dict(copy) == {"جريح": 2}
