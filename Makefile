# Quick start: `make run` (install, analyse the sample corpus) and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= out/samples.duckdb

.PHONY: install run test test-fast lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,dev,ocr]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	@mkdir -p out
	@rm -f $(DB) $(DB).wal  # the sample database is rebuilt each time (a new schema version refuses an old file)
	$(BIN)/govreport batch corpora/samples --db $(DB)
	$(BIN)/govreport compare --db $(DB)

# the whole suite (what CI runs, .ci/run)
test: $(STAMP)
	$(BIN)/python -m pytest -q

# without the tests marked slow (wheel build, real-report sweeps, batches in subprocesses)
test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -m "not slow"

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy analyzer

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_analyze.py

clean:
	rm -rf $(VENV) out .pytest_cache
