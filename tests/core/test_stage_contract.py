"""The stage contract, checked on the code and on real runs: the import graph has no circle,
no stage imports another stage's modules, and a stage that grows a layer it did not declare
is stopped; stages are assembled by name from the registry."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from rasid.errors import PipelineError
from rasid.pipeline import READER_LAYERS, Pipeline
from rasid.record import ActorMention, Record
from rasid.segment import SegmentStage
from rasid.stage import Stage, layer_sizes
from rasid.stages import DEFAULT_ORDER, FACTORIES, default_stage_list, make_stage, stages_named

SRC = Path(__file__).resolve().parents[2] / "src"
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _module_name(path: Path) -> str:
    name = ".".join(path.relative_to(SRC).with_suffix("").parts)
    return name.removesuffix(".__init__")


MODULES = {_module_name(p): p for p in (SRC / "rasid").rglob("*.py")}


def _resolve(name: str) -> str | None:
    """The rasid module an import names ("rasid.x.y.Name" → "rasid.x.y")."""
    while name:
        if name in MODULES:
            return name
        name = name.rpartition(".")[0]
    return None


def _imports(module: str) -> set[str]:
    """Every rasid module `module` imports, at the top or inside a function."""
    out: set[str] = set()
    for node in ast.walk(ast.parse(MODULES[module].read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [f"{node.module}.{a.name}" for a in node.names]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        else:
            continue
        out |= {r for n in names if n.startswith("rasid") and (r := _resolve(n)) and r != module}
    return out


GRAPH = {m: _imports(m) for m in MODULES}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in graph:
        if v not in index:
            visit(v)
    return found


def _stage_home(name: str) -> str:
    """The package (or lone module) that holds a registered stage and its helpers."""
    module = FACTORIES[name].__module__  # type: ignore[attr-defined]
    return module.rpartition(".")[0] if MODULES[module].name == "stage.py" else module


def _home_of(module: str, homes: dict[str, str]) -> str | None:
    for stage, home in homes.items():
        if module == home or module.startswith(home + "."):
            return stage
    return None


def test_the_import_graph_has_no_circle() -> None:
    assert _cycles(GRAPH) == []


def test_the_cycle_finder_finds_a_circle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _cycles(graph) == [["a", "b", "c"]]


def test_the_stage_base_and_the_record_are_leaves() -> None:
    assert GRAPH["rasid.record"] == set()
    assert GRAPH["rasid.stage"] <= {"rasid.errors", "rasid.record"}
    assert not any(m.startswith("rasid.lang") and "rasid.stage" in GRAPH[m] for m in GRAPH)


def test_no_stage_imports_another_stages_modules() -> None:
    homes = {name: _stage_home(name) for name in FACTORIES}
    assert len(set(homes.values())) == len(homes), homes
    crossing = [
        (module, target)
        for module, targets in GRAPH.items()
        for target in targets
        if (own := _home_of(module, homes)) is not None
        and (other := _home_of(target, homes)) is not None
        and own != other
    ]
    assert crossing == []


def _crossing(graph: dict[str, set[str]], below: str, above: str) -> list[tuple[str, str]]:
    """(module, target) imports from a module under package `below` to one under `above`."""
    return sorted(
        (module, target)
        for module, targets in graph.items()
        if module.startswith(below + ".")
        for target in targets
        if target == above or target.startswith(above + ".")
    )


def test_the_relating_stages_read_the_recognisers_only_through_the_record() -> None:
    # A table both need (the outlet list, the place words) lives in rasid.lang, below both; a
    # recogniser's helper module that is no stage home (rasid.recognise.names) counts too.
    assert _crossing(GRAPH, "rasid.relate", "rasid.recognise") == []
    assert _crossing(GRAPH, "rasid.recognise", "rasid.relate") == []


def test_the_language_layer_imports_no_stage() -> None:
    lower = {"rasid.lang", "rasid.errors"}
    assert [
        (m, t)
        for m, targets in GRAPH.items()
        if m.startswith("rasid.lang.")
        for t in targets
        if not any(t == p or t.startswith(p + ".") for p in lower)
    ] == []


def test_the_crossing_finder_finds_a_relate_module_reading_a_recogniser() -> None:
    graph = {
        "rasid.relate.claims.labels": {"rasid.recognise.actors.outlets", "rasid.lang.ar.outlets"},
        "rasid.recognise.actors.outlets": {"rasid.lang.ar.outlets"},
    }
    assert _crossing(graph, "rasid.relate", "rasid.recognise") == [
        ("rasid.relate.claims.labels", "rasid.recognise.actors.outlets")
    ]


def test_the_stage_homes_are_where_the_readme_says() -> None:
    homes = {name: _stage_home(name) for name in FACTORIES}
    assert homes["segment"] == "rasid.segment"
    assert homes["actors"] == "rasid.recognise.actors"
    assert homes["weapons"] == "rasid.recognise.weapons"
    assert homes["dates"] == "rasid.recognise.dates"
    assert (homes["claims"], homes["events"]) == ("rasid.relate.claims", "rasid.relate.events")


class _SneakyActors(Stage):
    """Declares nothing, yet adds an actor mention."""

    name = "sneaky"
    reads = frozenset({"text"})

    def process(self, record: Record) -> Record:
        record.mentions.append(
            ActorMention(id=record.next_mention_id(), span=(0, 4), text=record.text[:4], type="GPE")
        )
        return record


def test_a_stage_that_writes_an_undeclared_layer_is_stopped() -> None:
    pipeline = Pipeline([_SneakyActors()], provided=READER_LAYERS | {"text"})
    with pytest.raises(
        PipelineError, match=r"stage 'sneaky' wrote \['mentions:actor'\], which it does not declare"
    ):
        pipeline.run_one(Record(id="t", text="روسيا تقصف"))


def test_a_stage_that_declares_an_unknown_layer_is_refused() -> None:
    with pytest.raises(PipelineError, match=r"stage 'old' declares unknown layers \['actors'\]"):

        class _Old(Stage):
            name = "old"
            writes = frozenset({"actors"})


def test_layer_sizes_count_mentions_by_kind() -> None:
    record = Record(id="t", text="روسيا", sentences=[(0, 5)])
    record.mentions.append(ActorMention(id="m1", span=(0, 5), text="روسيا", type="GPE"))
    sizes = layer_sizes(record)
    assert (sizes["mentions:actor"], sizes["sentences"], sizes["events"], sizes["mentions:date"]) == (
        1,
        1,
        0,
        0,
    )


def test_every_default_stage_keeps_its_contract_on_the_examples() -> None:
    # Stage.run checks each record: a stage that grew an undeclared layer would raise here.
    from rasid.read import read_path

    pipeline = Pipeline(default_stage_list())
    records = list(pipeline.run(read_path(EXAMPLES)))
    assert len(records) >= 10
    assert all(r.events or r.mentions for r in records)


def test_stages_by_name_in_the_default_order() -> None:
    assert DEFAULT_ORDER == (
        "clean",
        "segment",
        "dates",
        "quantities",
        "places",
        "actors",
        "weapons",
        "claims",
        "events",
    )
    assert [s.name for s in default_stage_list()] == list(DEFAULT_ORDER)
    trimmed = Pipeline(stages_named(["clean", "segment", "dates"]))
    record = trimmed.run_one(Record(id="t", raw_text="عنوان\n\nقتل شخص أمس في 15 شباط 2016.\n"))
    assert [m.kind for m in record.mentions] == ["date", "date"]
    assert isinstance(make_stage("segment"), SegmentStage)


def test_an_unknown_stage_name_lists_the_known_ones() -> None:
    with pytest.raises(PipelineError, match=r"no stage named 'ner'; stages are clean, segment, dates"):
        make_stage("ner")


def test_a_pipeline_in_the_wrong_order_is_refused_at_build_time() -> None:
    with pytest.raises(PipelineError, match=r"stage 'claims' reads \['mentions:actor', 'mentions:date', "):
        Pipeline(stages_named(["clean", "segment", "claims"]))
