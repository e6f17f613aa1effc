# The project's interface. `make site` and `make test` work on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: site offline test lint serve check quality line-model add-source markdown clean setup test-setup browser-deps

$(BIN)/mkdocs: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

# Tests and lint also need requirements-test.txt (pytest, Playwright, …); `make site` does not.
$(VENV)/.test-deps: requirements-test.txt requirements.txt $(BIN)/mkdocs
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-test.txt
	touch $@

setup: $(BIN)/mkdocs

test-setup: $(VENV)/.test-deps

## site: build the hosted site into site/ and the offline bundle dist/briefing-offline.zip (strict);
## the zip is also published with the site (site/briefing-offline.zip, linked from Home and About)
site: setup
	$(BIN)/mkdocs build --strict --clean
	$(BIN)/python scripts/offline_bundle.py
	cp dist/briefing-offline.zip site/briefing-offline.zip

## offline: only the offline bundle dist/briefing-offline.zip (browse it from file://, no network)
offline: setup
	$(BIN)/python scripts/offline_bundle.py

browser-deps:
	bash scripts/browser_deps.sh

## test: lint, then run the test suite (unit, build and HTML tests)
test: test-setup browser-deps lint
	$(BIN)/python -m pytest

## lint: ruff's checks and formatting (rules in ruff.toml); `.venv/bin/ruff format .` fixes the formatting
lint: test-setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

## serve: live preview on http://127.0.0.1:8000, rebuilt when seeds/, site_data/ or docs/ change;
## after a save only the pages whose Markdown changed are rendered again (--dirty, see
## hooks/briefing_preview.py). Not strict: a skipped file is a warning in the log while the rest
## stays previewable; `make site`, `make check` and CI are strict.
serve: setup
	$(BIN)/mkdocs serve --dirty --no-strict

## check: validate seeds/ and site_data/ without building (VERBOSE=1: also every line left out of each article, and why)
check: setup
	PYTHONPATH=hooks $(BIN)/python -m briefing.cli check $(if $(VERBOSE),--verbose)

## add-source: add an article, e.g. make add-source FILE=~/article.txt [ID=2025-06-02-lithium-pact]
add-source: setup
	PYTHONPATH=hooks $(BIN)/python -m briefing.cli add "$(FILE)" $(if $(ID),--id "$(ID)")

## markdown: the site as plain Markdown in site-markdown/ (mkdocs.yml, docs/, feed.xml): it builds without
## the hook, e.g. with Zensical (`cd site-markdown && zensical build`; not `markdown/`, which tools would take for the Python-Markdown package); README lists what differs
markdown: setup
	PYTHONPATH=hooks $(BIN)/python -m briefing.cli export site-markdown

## quality: cleaning of real pages (chrome precision and recall, sentences kept, titles right, per set)
## and recognition (precision and recall per kind) on the labelled sets (tests/fixtures/)
quality: setup
	$(BIN)/python scripts/cleaning_quality.py
	$(BIN)/python scripts/quality.py
	$(BIN)/python scripts/quality.py --no-registry
	$(BIN)/python scripts/entity_quality.py --set dev
	$(BIN)/python scripts/policy_deal_quality.py --set dev

## line-model: train the cleaner's line model on the labelled real pages (after a change to the rules or the
## labels; writes hooks/briefing/ingest/line_model.json); `--evaluate` scores it on batches it did not see
line-model: setup
	$(BIN)/python scripts/train_line_model.py

clean:
	rm -rf site dist site-markdown .pytest_cache
