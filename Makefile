# Two commands on a fresh machine: `make run` and `make test`. Both create .venv first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: setup run test lint typecheck unit schema bench clean postgres lock audit fuzz
.PHONY: browser serve bench-web line-model ner-model perp-cv

LOCK   := requirements.lock

## Installs pin every dependency to requirements.lock (`make lock` regenerates it). A lock that
## no longer fits pyproject.toml (a dependency added since) warns and installs unpinned.
$(STAMP): pyproject.toml $(LOCK)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	@echo "$(BIN)/python -m pip install --quiet -c $(LOCK) -e '.[dev]'"
	@$(BIN)/python -m pip install --quiet -c $(LOCK) -e '.[dev]' || { \
	  echo "warning: $(LOCK) is out of date with pyproject.toml; installing unpinned (run make lock)"; \
	  $(BIN)/python -m pip install --quiet -e '.[dev]'; }
	touch $(STAMP)

setup: $(STAMP)

## The main job on the bundled sample corpus: records into out/, a readable summary on screen.
run: setup
	$(BIN)/rasid run examples --out out
	$(BIN)/rasid ingest examples --db out/rasid.db
	$(BIN)/rasid incidents --db out/rasid.db
	$(BIN)/rasid export --db out/rasid.db --format csv --what incidents -o out/incidents.csv
	$(BIN)/rasid export --db out/rasid.db --format csv --what events -o out/events.csv
	$(BIN)/rasid export --db out/rasid.db --format geojson --what incidents -o out/incidents.geojson
	$(BIN)/rasid export --db out/rasid.db --format plover --what incidents -o out/incidents.plover.jsonl
	$(BIN)/rasid export --db out/rasid.db --format jsonl --what incidents -o out/incidents.jsonl
	$(BIN)/rasid export --db out/rasid.db --format parquet --what incidents -o out/parquet/incidents
	$(BIN)/rasid export --db out/rasid.db --format parquet --what records -o out/parquet/records
	@echo "Review web UI on the sample corpus: make serve, then open http://127.0.0.1:8000/"

## Every test: lint, type check, unit/integration tests and the evaluation gate.
test: setup browser lint typecheck unit

lint: setup
	$(BIN)/ruff check src tests bench fuzz
	$(BIN)/ruff format --check src tests bench fuzz

typecheck: setup
	$(BIN)/mypy

unit: setup postgres
	$(BIN)/pytest

## PostgreSQL's server programs for the store tests: scripts/postgres.sh installs Debian's
## postgresql when pg_ctl is missing (as root; CI=true makes a failed install fatal).
postgres:
	bash scripts/postgres.sh

## Regenerate the JSON Schema shipped in the package after changing rasid.record.
schema: setup
	$(BIN)/python -m rasid.schema.write

## Retrain the clean stage's line classifier from the gold files (writes src/rasid/clean/line_model.json).
line-model: setup
	$(BIN)/python scripts/train_line_model.py

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache .ruff_cache

## Benchmarks, as ratios against a baseline run in the same process: throughput per stage
## (against read + clean) and the date grammar against dateparser (which `bench` installs).
bench: setup
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	$(BIN)/python bench/bench_pipeline.py
	$(BIN)/python bench/bench_clean.py
	$(BIN)/python bench/bench_dates.py
	$(BIN)/python bench/bench_store.py
	$(BIN)/python bench/bench_incidents.py
	$(BIN)/python bench/bench_batch.py
	$(BIN)/python bench/bench_names.py
	$(BIN)/python bench/bench_clauses.py

## Debian's chromium and the playwright package, for the web UI's browser tests (tests/web).
browser: setup
	bash scripts/browser_setup.sh

## The review web UI on the sample corpus (ingested into out/rasid.db), at http://127.0.0.1:8000/.
## Log in after `$(BIN)/rasid user add NAME --role admin --db out/rasid.db`.
WEB_DB ?= out/rasid.db
serve: setup
	$(BIN)/rasid ingest examples --db $(WEB_DB)
	$(BIN)/rasid serve --db $(WEB_DB)

## Load run of the web UI: concurrent reads and reviews against `rasid serve` for 30 s.
bench-web: setup
	$(BIN)/python bench/bench_web.py

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

## Retrain the name tagger shipped in src/rasid/recognise/names/ from ../shared/datasets
## (several minutes; writes model.crfsuite and model_scores.json, see the README).
ner-model: setup
	$(BIN)/python scripts/train_ner.py

## The perpetrator ranker's data and its cross-validation by outlet (issue 12; README, "A learned
## choice"): out/perp_data.json, then the table of rules vs ranker.
perp-cv: setup
	$(BIN)/python scripts/perp_model.py data
	$(BIN)/python scripts/perp_model.py cv
