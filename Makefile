# Two commands on a fresh machine: `make run` and `make test`. Both create .venv first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: setup run test lint typecheck unit schema bench clean lock audit fuzz

LOCK   := requirements.lock

## Installs pin every dependency to requirements.lock (`make lock` regenerates it). A lock that
## no longer fits pyproject.toml (a dependency added since) warns and installs unpinned.
$(STAMP): pyproject.toml $(LOCK)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c $(LOCK) -e '.[dev]' || { \
	  echo "warning: $(LOCK) is out of date with pyproject.toml; installing unpinned (run make lock)"; \
	  $(BIN)/python -m pip install --quiet -e '.[dev]'; }
	touch $(STAMP)

setup: $(STAMP)

## The main job on the bundled sample corpus: records into out/, a readable summary on screen.
run: setup
	$(BIN)/rasid run examples --out out

## Every test: lint, type check, unit/integration tests and the evaluation gate.
test: setup lint typecheck unit

lint: setup
	$(BIN)/ruff check src tests bench fuzz
	$(BIN)/ruff format --check src tests bench fuzz

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

## Regenerate requirements.lock from pyproject.toml, every extra included (rerun after adding a dependency).
lock: setup
	$(BIN)/python -m pip install --quiet -e '.[audit]'
	$(BIN)/uv pip compile pyproject.toml --all-extras --python-version 3.11 --quiet --no-header \
	  --output-file $(LOCK)

## Known vulnerabilities (PyPI advisory database) of every locked dependency; --strict: a package
## that could not be looked up fails the audit instead of passing silently.
audit: setup
	$(BIN)/python -m pip install --quiet -e '.[audit]'
	$(BIN)/pip-audit --requirement $(LOCK) --no-deps --disable-pip --strict --progress-spinner off

## Fuzz every target for FUZZ_RUNS inputs with atheris (hypothesis if atheris cannot install);
## logs in fuzz/logs/, crashing inputs in fuzz/findings/. `make -j2 fuzz` runs two at a time.
FUZZ_RUNS    ?= 100000
FUZZ_TARGETS := extract clean readers dates numbers normalise
fuzz: $(addprefix fuzz-,$(FUZZ_TARGETS))
fuzz-%: setup
	@$(BIN)/python -m pip install --quiet -c $(LOCK) -e '.[fuzz]' 2>/dev/null || echo "atheris did not install: hypothesis runs the targets"
	@mkdir -p fuzz/logs
	@$(BIN)/python -m fuzz.run $* $(FUZZ_RUNS) > fuzz/logs/$*.log 2>&1 || { tail -40 fuzz/logs/$*.log; exit 1; }
	@echo "fuzz $*: $$(grep -E '^(Done|fuzz) ' fuzz/logs/$*.log | tail -1)"
