# Two commands on a fresh machine: `make run` and `make test`. Both create .venv first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: setup run test lint typecheck unit schema bench clean ner-model

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

## The main job on the bundled sample corpus: records into out/, a readable summary on screen.
run: setup
	$(BIN)/rasid run examples --out out

## Every test: lint, type check, unit/integration tests and the evaluation gate.
test: setup lint typecheck unit

lint: setup
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: setup
	$(BIN)/mypy

unit: setup
	$(BIN)/pytest

## Regenerate the JSON Schema shipped in the package after changing rasid.record.
schema: setup
	$(BIN)/python -m rasid.schema.write

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache .ruff_cache

## Benchmarks, as ratios against a baseline run in the same process: throughput per stage
## (against read + clean) and the date grammar against dateparser (which `bench` installs).
bench: setup
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	$(BIN)/python bench/bench_pipeline.py
	$(BIN)/python bench/bench_dates.py
	$(BIN)/python bench/bench_names.py

## Retrain the name tagger shipped in src/rasid/recognise/names/ from ../shared/datasets
## (several minutes; writes model.crfsuite and model_scores.json, see the README).
ner-model: setup
	$(BIN)/python scripts/train_ner.py
