"""Furniture no pattern names: the line classifier, glued credits and lists, site memory, no-article pages.

Every page here is written for the test (no outlet's text); each case puts one kind of
furniture from issue 11 around the same short article and checks exactly what goes.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import rasid
from rasid.clean import CleanStage, FurnitureMemory
from rasid.clean.classifier import MODEL_FILE, content_probabilities
from rasid.clean.features import (
    NAMES,
    date_or_clock,
    glued_tokens,
    line_features,
    line_key,
    stopwords,
)
from rasid.clean.text import trim
from rasid.lang.ar.normalise import normalise_string
from rasid.record import Record, Source

REPO = Path(__file__).resolve().parents[2]
TITLE = "مقتل ثلاثة مدنيين بقصف على سوق البلدة"
BODY = [
    "قالت مصادر محلية إن قصفاً مدفعياً استهدف سوق البلدة صباح اليوم، ما أدى إلى مقتل ثلاثة مدنيين وإصابة خمسة آخرين.",
    "وأضافت المصادر أن فرق الدفاع المدني نقلت الجرحى إلى المستشفى الوطني في المدينة، وأن حالة اثنين منهم خطيرة.",
    "ولم تعلن أي جهة مسؤوليتها عن القصف حتى الآن، فيما تتواصل الاشتباكات في محيط البلدة منذ أسبوع.",
]
ARTICLE = [TITLE, *BODY]


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


CASES = {
    "masthead, clock and editor on one line": (
        _page("جريدة الأفق اليومية الأحد 14 أيلول 2025 10:45 رئيس التحرير سامر خليل", *ARTICLE),
        [("dateline", "جريدة الأفق اليومية الأحد 14 أيلول 2025 10:45 رئيس التحرير سامر خليل")],
    ),
    "breadcrumb": (_page("الرئيسية » أخبار » محليات", *ARTICLE), [("menu", "الرئيسية » أخبار » محليات")]),
    "ticker without separators": (
        _page(
            "عاجل وزير الخارجية يصل إلى العاصمة في زيارة رسمية عاجل ارتفاع أسعار الذهب في الأسواق "
            "المحلية عاجل المنتخب الوطني يتأهل إلى نهائي البطولة",
            *ARTICLE,
        ),
        [
            (
                "ticker",
                "عاجل وزير الخارجية يصل إلى العاصمة في زيارة رسمية عاجل ارتفاع أسعار الذهب في الأسواق "
                "المحلية عاجل المنتخب الوطني يتأهل إلى نهائي البطولة",
            )
        ],
    ),
    "teaser amid the body": (
        _page(TITLE, BODY[0], "افتتاح معرض الكتاب في دورته الجديدة", *BODY[1:]),
        [("teaser", "افتتاح معرض الكتاب في دورته الجديدة")],
    ),
    "byline and print-archive widgets at the end": (
        _page(*ARTICLE, "إعداد وتحرير: سامر خليل ومنى الأحمد", "طباعة", "أرشيف الأعداد الورقية 2009 - 2025"),
        [
            ("low-content", "إعداد وتحرير: سامر خليل ومنى الأحمد"),
            ("share", "طباعة"),
            ("low-content", "أرشيف الأعداد الورقية 2009 - 2025"),
        ],
    ),
    "caption and player button": (
        _page(TITLE, "آثار القصف على السوق/أرشيفية-رويترز", "تشغيل الفيديو", *BODY),
        [("media", "آثار القصف على السوق/أرشيفية-رويترز"), ("low-content", "تشغيل الفيديو")],
    ),
    "caption closed by a picture's credit": (
        _page(TITLE, "دخان يتصاعد فوق الميناء بعد القصف - 3 آذار 2024 - صورة من رويترز", *BODY),
        [("media", "دخان يتصاعد فوق الميناء بعد القصف - 3 آذار 2024 - صورة من رويترز")],
    ),
    "section name above the title": (
        _page("شؤون محلية", *ARTICLE),
        [("section", "شؤون محلية")],  # a short headline above a longer one, whatever its rating
    ),
    "title repeated under itself": (
        _page(TITLE, TITLE, *BODY),
        [("repeated-title", TITLE)],
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_furniture_goes_and_the_article_stays(name: str) -> None:
    text, removed = CASES[name]
    trimmed = trim(text)
    assert [(r.reason, r.text) for r in trimmed.removed] == removed
    assert trimmed.title == TITLE
    assert trimmed.paragraphs == BODY
    assert not trimmed.no_article


def test_credit_glued_to_the_first_line_is_cut_and_names_the_publisher() -> None:
    trimmed = trim(_page(TITLE, "شبكة الرصد/ " + BODY[0], *BODY[1:]))
    assert [(r.reason, r.text) for r in trimmed.removed] == [("credit", "شبكة الرصد/")]
    assert trimmed.paragraphs == BODY
    assert trimmed.publisher == "شبكة الرصد"


def test_agency_chain_glued_to_the_first_line_is_cut() -> None:
    trimmed = trim(_page(TITLE, "شبكة الرصد – دمشق – وكالات – " + BODY[0], *BODY[1:]))
    assert [(r.reason, r.text) for r in trimmed.removed] == [("credit", "شبكة الرصد – دمشق – وكالات –")]
    assert trimmed.paragraphs == BODY
    assert trimmed.publisher == "شبكة الرصد"


def test_a_city_before_the_slash_is_cut_but_is_no_publisher() -> None:
    trimmed = trim(_page(TITLE, "دمشق/ " + BODY[0], *BODY[1:]))
    assert trimmed.paragraphs == BODY
    assert trimmed.publisher is None


def test_headline_list_glued_to_the_last_line_is_cut() -> None:
    tail = "مواضيع قد تهمك: افتتاح معرض الكتاب في دورته الجديدة المنتخب يفوز على ضيفه بهدفين"
    trimmed = trim(_page(*ARTICLE[:-1], BODY[-1] + " " + tail))
    assert [(r.reason, r.text) for r in trimmed.removed] == [("related-links", tail)]
    assert trimmed.paragraphs == BODY


def test_a_quote_at_the_end_is_no_list() -> None:
    last = BODY[-1] + " وأضاف: إن فرق الإنقاذ ما زالت تبحث عن مفقودين تحت الأنقاض"
    trimmed = trim(_page(*ARTICLE[:-1], last))
    assert trimmed.removed == []
    assert trimmed.paragraphs == [*BODY[:-1], last]


TEASERS = _page(
    "الرئيسية",
    "أخبار",
    "رياضة",
    "اتصل بنا",
    "مقتل خمسة مدنيين في قصف على حلب",
    "ارتفاع أسعار الذهب اليوم",
    "المنتخب يفوز على ضيفه",
)


def test_a_page_of_teasers_holds_no_article() -> None:
    assert trim(TEASERS).no_article
    assert not trim(_page(*ARTICLE)).no_article


def test_no_article_gives_a_warning_and_no_events() -> None:
    record = rasid.extract(TEASERS)
    assert record.text == ""
    assert record.title is None
    assert record.events == []
    assert record.mentions == []
    assert record.warnings == ["clean: no article text left after removing page furniture"]
    # every line goes: the menu, and the headlines (none is rated a title; one taken for a title
    # would go too, as "no-article", for the page holds no article under it)
    assert [r.text for r in record.removed] == [line for line in TEASERS.split("\n") if line]
    assert [r.reason for r in record.removed][:4] == ["menu"] * 4
    assert set([r.reason for r in record.removed][4:]) <= {"no-article", "low-content"}


SLOGAN = "الأفق نيوز صحيفة إلكترونية مستقلة تصدر من دمشق، وتنقل أخبار المدن السورية كل يوم."
STORIES = [
    [
        "انقطاع الكهرباء عن أحياء المدينة",
        "قالت شركة الكهرباء إن الانقطاع سيستمر حتى المساء، بسبب أعمال صيانة في المحطة.",
    ],
    [
        "افتتاح مدرسة جديدة في الريف",
        "افتتحت مديرية التربية مدرسة جديدة في الريف الشمالي، تتسع لخمسمائة طالب.",
    ],
    [
        "تحسن الطقس بعد العاصفة",
        "توقعت الأرصاد الجوية تحسناً في الطقس خلال الأيام المقبلة، مع ارتفاع درجات الحرارة.",
    ],
]


def _record(n: int, uri: str) -> Record:
    text = _page(STORIES[n][0], SLOGAN, STORIES[n][1])
    return Record(id=f"p{n}", raw=text.encode(), raw_text=text, content_type="text", source=Source(uri=uri))


def test_site_memory_drops_a_line_the_site_repeats_on_its_pages() -> None:
    memory = FurnitureMemory()
    records = [_record(n, f"https://www.alofoq.example/news/{n}") for n in range(3)]
    for record in records:
        memory.learn_record(record)
    stage = CleanStage(furniture=memory.frozen())
    for n, record in enumerate(records):
        out = stage.process(record)
        assert [(r.reason, r.text) for r in out.removed] == [("site-furniture", SLOGAN)]
        assert out.text == "\n\n".join(STORIES[n])


def test_site_memory_needs_enough_pages_and_the_same_site() -> None:
    memory = FurnitureMemory()
    for n in range(2):
        memory.learn_record(_record(n, f"https://alofoq.example/{n}"))
    memory.learn_record(_record(2, "https://other.example/2"))
    assert memory.furniture("alofoq.example") == frozenset()
    out = CleanStage(furniture=memory.frozen()).process(_record(2, "https://other.example/2"))
    assert SLOGAN in out.text


def test_site_memory_learns_as_the_stage_goes_and_counts_a_page_once() -> None:
    memory = FurnitureMemory()
    stage = CleanStage(furniture=memory)
    first = stage.process(_record(0, "https://alofoq.example/0"))
    stage.process(_record(0, "https://alofoq.example/0"))
    assert SLOGAN in first.text
    stage.process(_record(1, "https://alofoq.example/1"))
    third = stage.process(_record(2, "https://alofoq.example/2"))
    assert [r.reason for r in third.removed] == ["site-furniture"]
    assert memory.frozen().learning is False


def test_features_use_justext_stoplist_and_match_the_model() -> None:
    assert {normalise_string(w) for w in ("في", "من", "على", "الذي")} <= stopwords()
    vectors = line_features([TITLE, *BODY])
    assert all(len(v) == len(NAMES) for v in vectors)
    assert json.loads(MODEL_FILE.read_text(encoding="utf-8"))["features"] == list(NAMES)
    probabilities = content_probabilities([*BODY, "الرئيسية", "اتصل بنا"])
    assert min(probabilities[:3]) > 0.9
    assert max(probabilities[3:]) < 0.1


def test_shipped_model_is_what_the_training_script_writes() -> None:
    done = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "train_line_model.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_site_memory_drops_a_headline_like_line_above_the_title() -> None:
    banner = "صوت المدن السورية كل يوم"
    pages = [_page(banner, *story) for story in STORIES]
    memory = FurnitureMemory()
    for page in pages:
        memory.learn("alofoq.example", page)
    trimmed = trim(pages[0], furniture=memory.furniture("alofoq.example"))
    assert [(r.reason, r.text) for r in trimmed.removed] == [("site-furniture", banner)]
    assert (trimmed.title, trimmed.paragraphs) == (STORIES[0][0], [STORIES[0][1]])
    # without the site's other pages the banner still goes: it heads a list of headlines and
    # the prose never uses its words, so the headline under it is the title
    alone = trim(pages[0])
    assert [(r.reason, r.text) for r in alone.removed] == [("teaser", banner)]
    assert alone.title == STORIES[0][0]


def _corpus(tmp_path: Path, host: str) -> Path:
    """Four pages of one site as JSON Lines, each with the site's banner above its story."""
    stories = [*STORIES, ["إغلاق الطريق الدولي بسبب الثلوج", BODY[0]]]
    path = tmp_path / "site.jsonl"
    lines = [
        json.dumps(
            {"text": _page(title, SLOGAN, body), "url": f"https://{host}/news/{n}"}, ensure_ascii=False
        )
        for n, (title, body) in enumerate(stories)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_extract_many_learns_the_lines_a_site_repeats() -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        records = list(rasid.extract_many(_corpus(Path(folder), "www.alofoq.example")))
    reasons = [[r.reason for r in record.removed if r.text == SLOGAN] for record in records]  # type: ignore[union-attr]
    # The first two pages are cleaned before the site has shown its banner three times.
    assert reasons[2:] == [["site-furniture"], ["site-furniture"]]
    assert all(SLOGAN not in record.text for record in records[2:])  # type: ignore[union-attr]
    # The memory lasted for that run only: a single page of the site keeps its banner again.
    alone = rasid.extract(_page(STORIES[0][0], SLOGAN, STORIES[0][1]), url="https://www.alofoq.example/x")
    assert "site-furniture" not in [r.reason for r in alone.removed]


def test_site_memory_stops_learning_after_max_pages_and_keeps_only_furniture() -> None:
    memory = FurnitureMemory(max_pages=3)
    for n, (title, body) in enumerate(STORIES):
        memory.learn("alofoq.example", _page(title, SLOGAN, body, f"سطر خاص بالصفحة {n}"))
    memory.learn("alofoq.example", _page("عنوان رابع", "نص رابع"))  # past max_pages: not counted
    assert memory.furniture("alofoq.example") == frozenset({line_key(SLOGAN)})
    assert memory._lines["alofoq.example"] == {line_key(SLOGAN): 3}


def test_a_line_printed_twice_in_a_row_is_a_caption() -> None:
    caption = "آثار القصف على سوق البلدة صباح اليوم"
    trimmed = trim(_page(TITLE, caption, caption, *BODY))
    assert [(r.reason, r.text) for r in trimmed.removed] == [("caption", caption), ("caption", caption)]
    assert (trimmed.title, trimmed.paragraphs) == (TITLE, BODY)


def test_outlet_stamps_glued_by_underscore_colon_or_dash_are_cut() -> None:
    for stamp, glued in (
        ("شبكة الرصد_", "شبكة الرصد_ "),
        ("شبكة الرصد:", "شبكة الرصد:"),
        ("شبكة الرصد -", "شبكة الرصد - "),
    ):
        trimmed = trim(_page(TITLE, glued + BODY[0], *BODY[1:]))
        assert [r.text for r in trimmed.removed] == [stamp]
        assert trimmed.paragraphs == BODY
    # a place before a dash is a dateline and stays in the text
    dateline = trim(_page(TITLE, "دمشق - " + BODY[0], *BODY[1:]))
    assert dateline.removed == [] and dateline.paragraphs[0] == "دمشق - " + BODY[0]


def test_glued_tokens_finds_menu_items_run_together() -> None:
    # a menu printed without spaces: ة inside a token, Latin run into Arabic, a token no word is as long as
    assert glued_tokens("الصفحةالرئيسية الأخبار") == 0.5
    assert glued_tokens("shareشارك الخبر") == 0.5
    assert glued_tokens("محلياتاقتصادرياضةثقافة") == 1.0
    assert glued_tokens("قالت المصادر إن الاشتباكات تواصلت في المدينة.") == 0.0
    # no ة or ى run into a letter anywhere on the line: only a token as long as no word counts
    assert glued_tokens("مستشفياتالمدينتين الكبرى") == 0.5
    # ة run into a letter in a short token, beside a long one: both count
    assert glued_tokens("مدينةحلب مستشفياتالمدينتين الكبرى") == 2 / 3


def test_prose_distance_grows_away_from_the_article() -> None:
    lines = ["الرئيسية", "أخبار محلية", *BODY, "شارك", "طباعة", "اتصل بنا"]
    at = NAMES.index("prose_distance")
    distances = [round(v[at], 3) for v in line_features(lines)]
    assert distances == [1.099, 0.693, 0.0, 0.0, 0.0, 0.693, 1.099, 1.386]


def test_a_latin_line_at_the_edge_of_an_arabic_article_goes() -> None:
    notice = "Theme license is not active, please open the settings page to activate it for this site."
    trimmed = trim(_page(notice, *ARTICLE, "Posted in Middle East by staff writer"))
    assert [(r.reason, r.text) for r in trimmed.removed] == [
        ("foreign-script", notice),
        ("foreign-script", "Posted in Middle East by staff writer"),
    ]
    assert trimmed.title == TITLE
    assert trimmed.paragraphs == BODY


def test_menu_items_run_together_are_no_title() -> None:
    trimmed = trim(_page("عاجلمحليات الأخبارالعربية رياضة", *ARTICLE))
    assert trimmed.title == TITLE
    assert [r.text for r in trimmed.removed] == ["عاجلمحليات الأخبارالعربية رياضة"]


def test_a_line_left_open_is_no_title() -> None:
    trimmed = trim(_page("وكالات-", *BODY))
    assert trimmed.title is None
    assert trimmed.paragraphs[0] == BODY[0]


@pytest.mark.parametrize(
    ("line", "dated", "credit"),
    [
        ("نشر في 12:30 مساء", True, False),
        ("الخميس 2024/01/02", True, False),
        ("تحديث 2.1.2024 - متابعات", True, True),
        ("قتل 123 شخصا في 3 مدن", False, False),
        ("وصلت القافلة صباح اليوم/رويترز", False, True),
        ("/رويترز", False, False),  # the slash opens the line: no text before it, no credit after it
        ("ر/رويترز", False, True),
    ],
)
def test_a_line_dated_or_ending_with_a_credit(line: str, dated: bool, credit: bool) -> None:
    features = dict(zip(NAMES, line_features([line])[0], strict=True))
    assert date_or_clock(line) is dated
    assert (features["date_or_clock"], features["credit_end"]) == (float(dated), float(credit))
