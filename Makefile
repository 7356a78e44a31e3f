# Parley's two commands: `make run` and `make test`. Everything else is a helper.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
TSTAMP := $(VENV)/.installed-test

.PHONY: run test test-fast lint screenshot report-example clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install -q -e .
	touch $@

$(TSTAMP): pyproject.toml $(STAMP)
	$(PY) -m pip install -q -e '.[test]'
	touch $@

run: $(STAMP)
	$(PY) main.py

test: $(TSTAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q $(PYTEST_ARGS)

# The fast lane: all but the `slow` tests (the crash kills, the 200-send fault injection,
# hostile input at full size - a sample of it runs here - and slow Bluesky runs).
test-fast: $(TSTAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m "not slow" $(PYTEST_ARGS)

lint: $(TSTAMP)
	$(VENV)/bin/ruff check .

screenshot: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) main.py --screenshot docs/screenshot.png --demo

# The dialogue report of the demo's Ministry (January 2016) as a PDF, and its first page as a PNG.
report-example: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) main.py report --demo --account "Ministry (demo)" --period 2016-01 \
		--format pdf --out docs/report-example.pdf
	pdftoppm -png -r 60 -f 1 -l 1 -singlefile docs/report-example.pdf docs/report-example-page1

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
