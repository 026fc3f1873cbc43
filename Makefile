# ispdesk — the README's two promises: `make run` and `make test` work on a fresh machine.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test lint forms translations bench bench-data wheel clean faults-doc

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip

$(STAMP): pyproject.toml | $(PY)
	$(PIP) install -q -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(PY)
	$(PIP) install -q -e ".[test]"
	touch $@ $(STAMP)

run: $(STAMP)
	env -u QT_QPA_PLATFORM $(VENV)/bin/ispdesk $(ARGS)

test: $(TEST_STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/pytest -q

lint: $(TEST_STAMP)
	$(VENV)/bin/ruff check .

# Qt Designer forms → committed Python (src/ispdesk/ui/generated); a test checks they are up to date.
forms: $(STAMP)
	$(PY) -m ispdesk.devtools forms

# .ts sources (resources/translations) → .qm files shipped in the package.
translations: $(STAMP)
	$(PY) -m ispdesk.devtools translations

BENCH_DB ?= bench-data/bench.db
bench-data: $(STAMP)
	$(PY) tests/bench/make_bench_db.py $(BENCH_DB)

bench: $(TEST_STAMP)
	$(PY) tests/bench/run_all.py --db $(BENCH_DB)

# docs/faults.md: every environmental fault → the message seen → the data checked, from what tests/faults did
# (run as root for the tmpfs and other-user legs; without root those rows are missing and say why they skipped).
faults-doc: $(TEST_STAMP)
	ISPDESK_FAULTS_DOC=docs/faults.md $(VENV)/bin/pytest -q tests/faults

wheel: $(STAMP)
	$(PIP) wheel -q --no-deps -w dist .

clean:
	rm -rf build dist *.egg-info src/*.egg-info .pytest_cache .ruff_cache
