"""Person names: an ambiguous first name needs a cue or a sure name word after it; "بن عبد X"
is one component; a word with a pronoun is no name word; "الدين" alone refers to nobody."""

from __future__ import annotations

import pytest
from tests.recognise.test_actors_support import actors


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقال علي محمد إن القصف استمر.", [("علي محمد", "PER", "Ali Mohammed")]),
        ("وسيطرت القوات علي النيل بعد المعركة.", []),  # "علي" written for "على"
        ("ووزعت الجمعية الطعام علي الأسر الفقيرة.", []),
        ("وحكم عمر بن عبد العزيز سنتين.", [("عمر بن عبد العزيز", "PER", "Omar bin Abdulaziz")]),
        ("ثم جاء الخليفة مروان خلفه في الحكم.", []),  # "خلفه": a noun with a pronoun
        ("وزار محمد عنها المدينة.", [("محمد", "PER", "Mohammed")]),
        ("وقال أحمد ليجهر بالحق.", [("أحمد", "PER", "Ahmed")]),
    ],
)
def test_actors_names_ambiguous(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert [a for a in actors(text) if a[1] == "PER"] == expected


def test_actors_names_suffix_is_no_surname() -> None:
    text = "وقال نور الدين إن الجيش وصل. وقال الدين كله لله."
    assert [a for a in actors(text) if a[1] == "PER"] == [("نور الدين", "PER", "Nour al-Din")]
