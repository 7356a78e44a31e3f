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

# The window's languages. resources/translations/parley_<lang>.ts are sources (translators
# fill them in with Qt Linguist); the .qm files Parley loads are built from them, beside
# them (gui/i18n.py finds them there, as a frozen bundle does under its resources/).
# `make update-translations` brings the .ts up to date with gui/ after texts changed: it
# rewrites sources, so no build does it. parley_en.ts holds only English plural forms.
.PHONY: translations update-translations
TS_DIR := resources/translations
QM     := $(patsubst %.ts,%.qm,$(wildcard $(TS_DIR)/parley_*.ts))

translations: $(QM)

$(TS_DIR)/%.qm: $(TS_DIR)/%.ts | $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

update-translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -silent -extensions py -locations relative gui \
		-ts $(TS_DIR)/parley_fr.ts $(TS_DIR)/parley_es.ts $(TS_DIR)/parley_ar.ts
	$(VENV)/bin/pyside6-lupdate -silent -extensions py -locations relative -pluralonly gui -ts $(TS_DIR)/parley_en.ts
	$(PY) $(TS_DIR)/english_plurals.py $(TS_DIR)/parley_en.ts

run: $(STAMP) translations
	$(PY) main.py

test: $(TSTAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q $(PYTEST_ARGS)

# The fast lane: all but the `slow` tests (the crash kills, the 200-send fault injection,
# hostile input at full size - a sample of it runs here - and slow Bluesky runs).
test-fast: $(TSTAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m "not slow" $(PYTEST_ARGS)

lint: $(TSTAMP)
	$(VENV)/bin/ruff check .

screenshot: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) main.py --screenshot docs/screenshot.png --demo

# The dialogue report of the demo's Ministry (January 2016) as a PDF, and its first page as a PNG.
report-example: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) main.py report --demo --account "Ministry (demo)" --period 2016-01 \
		--format pdf --out docs/report-example.pdf
	pdftoppm -png -r 60 -f 1 -l 1 -singlefile docs/report-example.pdf docs/report-example-page1

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache

# A self-contained bundle for this system (no Python needed where it runs): PyInstaller in
# an environment of its own holding Parley's runtime dependencies only (no test tools, no
# keyrings.alt), then the smoke test: --version and a screenshot from an empty environment,
# the window's worker processes, the contents, install.sh, the keychain (docs/packaging.md).
DVENV  := build/dist-venv
DSTAMP := $(DVENV)/.installed

$(DSTAMP): pyproject.toml
	rm -rf $(DVENV)
	$(PYTHON) -m venv $(DVENV)
	$(DVENV)/bin/python -m pip install -q --upgrade pip
	$(DVENV)/bin/python -m pip install -q -e '.[dist]'
	touch $@

.PHONY: dist
dist: $(DSTAMP) translations
	$(DVENV)/bin/python packaging/dist.py
	$(DVENV)/bin/python packaging/smoke_test.py
