"""tests/gold/pages-train: real pages of outlets found nowhere else in tests/gold, each line
labelled body or furniture, that the line classifier is trained on and cross-validated by."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from rasid.clean.text import split_lines

REPO = Path(__file__).resolve().parents[2]
PAGES = REPO / "tests" / "gold" / "pages-train"
HELDOUT_GUARD = REPO.parent / "shared" / "tools" / "heldout_guard.py"
TRAINING = sorted(PAGES.glob("*.train.json"))
#: Leave-one-outlet-out body score, pages-train (63 pages of 61 outlets) and dev2-tune (59 files)
#: together: 0.969 (0.939 before the cut-sentence, credit-line, masthead, caption and decoration
#: rules of issue 11); 0.978 with dev2-tune's 13 body-* pages (round 4: 0.969 on main 9dafdb2 before
#: it); a change to the features or the trimmer that loses more than two points on layouts never
#: seen fails here, and so does one that loses dev2-tune's body on its own (0.991 in round 4).
#: Session 16, 111 pages of 109 outlets: 0.970 together, 0.950 pages-train, 0.995 dev2-tune (with its 21
#: harder pages: a forum thread, glued menus; 0.975 -> 0.976 from the glued-token and prose-distance
#: features and the foreign-script and no-title rules on the first 15 of them).
#: Session 19, 127 pages of 125 outlets: 0.976 together, 0.955 pages-train, 0.996 dev2-tune (neighbour,
#: prose-run and title-share features lost 2-8 lines in grouped CV and were left out; the subheading,
#: dotted-article, cut-line and unspoken-title rules of the trimmer gained).
#: Session 22, with dev2-tune's 8 bd22- training pages of 8 new outlets: grouped CV (`--cv --folds 10`) 0.976
#: together, 0.955 pages-train, 0.992 dev2-tune; line features of shape and place (a question end, a line
#: holding another line, prose neighbours, letter share, inside the prose, a name's shape, furniture
#: neighbours, the run of short lines) tied or lost 1-7 phrases there and were left out.
LOOCV_FLOOR = 0.958
TUNE_LOOCV_FLOOR = 0.971


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "train_line_model", REPO / "scripts" / "train_line_model.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_set_is_diverse() -> None:
    labels = [json.loads(p.read_text(encoding="utf-8")) for p in TRAINING]
    assert len(labels) >= 20
    assert len({label["outlet"] for label in labels}) >= 15
    assert len({label["country"] for label in labels}) >= 6


@pytest.mark.parametrize("path", TRAINING, ids=lambda p: p.name)
def test_each_page_has_its_url_outlet_and_exact_labels(path: Path) -> None:
    label = json.loads(path.read_text(encoding="utf-8"))
    assert label["format"] == "rasid-pages-train/1"
    assert label["url"].startswith(("http://", "https://"))
    assert label["outlet"] and label["country"]
    text = (PAGES / label["input"]).read_text(encoding="utf-8")
    lines = split_lines(text)
    assert set(label["furniture"]) <= set(lines)  # every furniture line is a whole line of the page
    assert all(piece in text for piece in label["glued"])
    assert label["title"] is None or label["title"] in lines


def test_no_page_is_in_the_dev2_tune_set() -> None:
    tune = (REPO / "tests" / "gold" / "dev2-tune").glob("*.gold.json")
    urls = {json.loads(p.read_text(encoding="utf-8"))["notes"].split()[1] for p in tune}
    assert not urls & {json.loads(p.read_text(encoding="utf-8"))["url"] for p in TRAINING}


@pytest.mark.parametrize(("folder", "files"), [("body6-check", 9), ("body7-check", 8), ("bd22-check", 8)])
def test_the_kept_aside_check_sets_are_never_trained_on(folder: str, files: int) -> None:
    kept_aside = {p.name for p in (REPO / "tests" / "gold" / "dev2-tune" / folder).glob("*.gold.json")}
    trained = {p.name for paths in _script().tune_outlets().values() for p in paths}
    assert len(kept_aside) == files
    assert not kept_aside & trained
    assert "body6-dz-army-annasr.gold.json" in trained  # the tune half is


def test_every_page_passes_the_heldout_guard() -> None:
    assert HELDOUT_GUARD.is_file(), f"the held-out guard is missing at {HELDOUT_GUARD}"
    texts = [str(PAGES / json.loads(p.read_text(encoding="utf-8"))["input"]) for p in TRAINING]
    run = subprocess.run([sys.executable, str(HELDOUT_GUARD), *texts], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def test_leave_one_outlet_out_body_score_holds() -> None:
    scores = _script().cross_validate(quiet=True)
    assert scores["left out"] >= LOOCV_FLOOR
    assert scores["dev2-tune left out"] >= TUNE_LOOCV_FLOOR
    assert scores["left out"] > scores["patterns only"]  # the classifier earns its place on unseen layouts


def test_grouped_cross_validation_leaves_each_group_of_outlets_out() -> None:
    """`--cv --folds K`: the outlets dealt into K groups, each trimmed by a model that never saw them;
    on layouts never seen it scores near the leave-one-outlet-out figure (0.976 in session 22, K=10)."""
    script = _script()
    without = frozenset(list(script.outlets())[:2])
    assert len(script.dataset(without=without)) < len(script.dataset())
    assert script.dataset(without=next(iter(without))) == script.dataset(
        without=frozenset([next(iter(without))])
    )
    scores = script.grouped_cross_validate(3, quiet=True)
    assert scores["left out"] >= LOOCV_FLOOR
    assert scores["left out"] > scores["patterns only"]
