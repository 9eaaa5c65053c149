"""A paragraph that ends its sentence with ".." or "..." is the article's prose; only a snippet
cut by an ellipsis beside another story's headline is a teaser (issue 12: the claims in such
paragraphs were lost with them)."""

from __future__ import annotations

from rasid.clean.text import trim

TITLE = "وزارة الداخلية تنفي اعتقال صحفيين في العاصمة"
LEAD = "نفت وزارة الداخلية، اليوم الأحد، الأنباء عن اعتقال صحفيين في العاصمة، مؤكدة أن الخبر لا أساس له.."
MIDDLE = "وقال المتحدث باسم الوزارة في بيان إن الصحفيين غادروا مقر الوزارة بعد مقابلة قصيرة مع مديرها."
EARLIER = "وكانت نقابة الصحفيين قد أعلنت أمس اعتقال ثلاثة من أعضائها في العاصمة خلال تغطيتهم وقفة احتجاجية."
LAST = "وأضاف المتحدث أن الوزارة ستلاحق من نشر الخبر أمام القضاء، داعيا الصحفيين إلى تحري الدقة..."


def test_paragraphs_ending_with_an_ellipsis_stay() -> None:
    trimmed = trim("\n".join([TITLE, LEAD, MIDDLE, EARLIER, LAST]))
    assert trimmed.title == TITLE
    assert trimmed.paragraphs == [LEAD, MIDDLE, EARLIER, LAST]
    assert trimmed.removed == []


def test_a_lone_paragraph_ending_with_an_ellipsis_stays() -> None:
    trimmed = trim("\n".join([TITLE, LEAD]))
    assert (trimmed.title, trimmed.paragraphs, trimmed.removed) == (TITLE, [LEAD], [])


def test_a_snippet_beside_another_storys_headline_goes() -> None:
    teaser = "افتتاح معرض الكتاب السنوي بمشاركة دور نشر عربية"
    snippet = "افتتح محافظ المدينة، صباح اليوم، معرض الكتاب السنوي في دورته العاشرة بحضور عدد من الناشري..."
    trimmed = trim("\n".join([TITLE, LEAD, MIDDLE, EARLIER, LAST, teaser, snippet]))
    assert trimmed.paragraphs == [LEAD, MIDDLE, EARLIER, LAST]
    assert [r.text for r in trimmed.removed] == [teaser, snippet]
