"""Attribution of casualty figures on unseen outlets, second round (issue 12).

Each case is a pattern seen on outlets rasid was not built on, written anew for the test: a
toll in a list announced by a colon, a post-posed "وفقاً لـ" with the ل written apart, "على ما
أفادت", "وفق آخر حصيلة لـ", "أبلغ X، Y، أن", "صدر عن X التقرير ... وفيه أن", a source's
affiliation ("التابع لوزارة"), an anaphor after the contracted article ("وفقاً للمصدر الأمني"),
a source inside a body ("مصدر في الشرطة"), and a nameless document before a closing attribution.
"""

from __future__ import annotations

import pytest

import rasid
from rasid.record import Record


def _extract(text: str) -> Record:
    return rasid.extract("نشرة الأخبار\n" + text)


def _attributed(r: Record) -> list[tuple[str, list[str | None]]]:
    """(figure words, the names of its claim's source and chain, in order) of every casualty."""
    claims = {c.id: c for c in r.claims}
    out = []
    for e in r.events:
        for c in e.casualties:
            claim = claims.get(c.claim) if c.claim else None
            ids = ([claim.source] if claim and claim.source else []) + (
                list(claim.source_chain) if claim else []
            )
            names = list(dict.fromkeys(getattr(r.mention(i), "name", None) for i in ids))
            out.append((r.span_text(c.span), names))
    return sorted(out, key=lambda x: r.text.index(x[0]))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # list items after a colon take the claim whose content runs to the colon
            "وأعلنت وزارة الصحة السودانية في بيان أن قصف قوات الدعم السريع على ولايات دارفور أسفر أمس"
            " عن الحصيلة التالية:\n"
            "• شمال دارفور: 12 قتيلا و30 جريحا في مدينة الفاشر.\n"
            "• جنوب دارفور: 4 قتلى في مدينة نيالا.\n"
            "وقصفت الطائرات مواقع أخرى في المدينة.",
            [
                ("12 قتيلا", ["Sudanese Ministry of Health"]),
                ("30 جريحا", ["Sudanese Ministry of Health"]),
                ("4 قتلى", ["Sudanese Ministry of Health"]),
            ],
        ),
        (  # ... and the same with the list inside a quotation opened before the colon
            'وقال الهلال الأحمر السوداني في بيان إن "حصيلة القصف على ولايات دارفور كانت كما يلي:\n'
            "• غرب دارفور: 7 قتلى في مدينة الجنينة.\n"
            '• وسط دارفور: 3 قتلى في مدينة زالنجي."\n'
            "وتتواصل المعارك في الإقليم.",
            [("7 قتلى", ["Sudanese Red Crescent"]), ("3 قتلى", ["Sudanese Red Crescent"])],
        ),
        (  # the paragraph right after the colon is what the claim announces
            "وأعلنت وزارة الصحة السودانية أن حصيلة القصف على المدينة كانت كما يلي:\n"
            "قتل 5 مدنيين وأصيب 12 آخرون في قصف على سوق الفاشر صباح اليوم.\n"
            "وتتواصل المعارك في الإقليم.",
            [("5 مدنيين", ["Sudanese Ministry of Health"]), ("12 آخرون", ["Sudanese Ministry of Health"])],
        ),
        (  # a second paragraph after the colon is prose of the article's own
            "وأعلنت وزارة الصحة السودانية أن حصيلة القصف على المدينة كانت كما يلي:\n"
            "قتل 5 مدنيين وأصيب 12 آخرون في قصف على سوق الفاشر صباح اليوم.\n"
            "وفي تطور آخر شهدته المدينة بعد ليلة طويلة من الاشتباكات العنيفة بين الطرفين في الأحياء"
            " الشرقية، قتل 6 مدنيين في قصف مدفعي.",
            [
                ("5 مدنيين", ["Sudanese Ministry of Health"]),
                ("12 آخرون", ["Sudanese Ministry of Health"]),
                ("6 مدنيين", []),
            ],
        ),
        (  # وفقاً لـ with the ل written apart, before a quoted name
            'قتل 5 مدنيين وأصيب 12 آخرون في قصف على البلدة، وفقاً لـ"الدفاع المدني".',
            [("5 مدنيين", ["Syrian Civil Defence"]), ("12 آخرون", ["Syrian Civil Defence"])],
        ),
        (  # "على ما أفادت" closes the sentence like "حسبما أفادت"
            "ولقي 5 مدنيين حتفهم في الغارة، على ما أفادت مصادر محلية.",
            [("5 مدنيين", ["local sources"])],
        ),
        (  # "latest" before the document: its owner is the source
            "ارتفع عدد القتلى إلى 9، وفق آخر حصيلة لوزارة الصحة اللبنانية.",
            [("9", ["Lebanese Ministry of Public Health", None])],
        ),
        (  # أبلغ with who it informed between commas
            "وأبلغ مصدر أمني، وكالة الأنباء الرسمية، أن 5 جنود قتلوا في الهجوم.",
            [("5 جنود", ["security source"])],
        ),
        (  # a passive issuance: the body the report comes from; its affiliation stays in the chain
            "صدر عن مركز الطوارئ التابع لوزارة الصحة السودانية التقرير اليومي، وفيه أن الغارات"
            " أسفرت عن 14 قتيلا و87 جريحا.",
            [
                ("14 قتيلا", ["Emergency Center", "Sudanese Ministry of Health"]),
                ("87 جريحا", ["Emergency Center", "Sudanese Ministry of Health"]),
            ],
        ),
        (  # an anaphor after the contracted article repeats the earlier source with its name
            "وأفاد مصدر محلي بمقتل 5 مدنيين. ووفقاً للمصدر المحلي، أصيب 3 آخرون.",
            [("5 مدنيين", ["local source"]), ("3 آخرون", ["local source"])],
        ),
        (  # a source in a body no actor names is named by the body
            "وقال مصدر في الشرطة إن 4 أشخاص قتلوا في الانفجار.",
            [("4 أشخاص", ["police source"])],
        ),
        (  # ... and one in a named body by that body
            "وقال مصدر في الجيش السوداني إن 4 جنود قتلوا في الهجوم.",
            [("4 جنود", ["Sudanese Armed Forces source", "Sudanese Armed Forces"])],
        ),
        (  # a police named by its force: named by the force, like the army above, and the force is in the chain
            "وقال مصدر في الشرطة العراقية إن 4 أشخاص قتلوا في الانفجار.",
            [("4 أشخاص", ["Iraqi Police source", "Iraqi Police"])],
        ),
        (  # an unnamed title goes on to the body it speaks for and the person who holds it
            "وقال المتحدث باسم وزارة الصحة في غزة أشرف القدرة إن 5 مدنيين قتلوا في القصف.",
            [("5 مدنيين", [None, "Palestinian Ministry of Health", "Ashraf al-Qudra"])],
        ),
        (  # سجلت with a named subject records a toll; the passive has no source
            "وسجلت الشبكة السورية لحقوق الإنسان مقتل 5 مدنيين. وسُجلت 3 إصابات في المدينة.",
            [("5 مدنيين", ["Syrian Network for Human Rights"]), ("3 إصابات", [])],
        ),
        (  # a document that names no author gives way to the attribution closing the sentence
            "وتشير التقديرات الأولية إلى مقتل 5 مدنيين، حسب مصادر طبية.",
            [("5 مدنيين", ["medical sources"])],
        ),
    ],
)
def test_attribution_of_figures(text: str, expected: list[tuple[str, list[str | None]]]) -> None:
    assert _attributed(_extract(text)) == expected
