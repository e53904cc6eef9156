# AWS 노트 — the front door. Needs only Python 3.11.5+ and make; .venv is created on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEV_ADDR ?= 127.0.0.1:8000
SITE_STAMP := $(VENV)/.site-installed
DEV_STAMP := $(VENV)/.dev-installed

export NO_MKDOCS_2_WARNING := 1   # Material's end-of-life banner; not a warning of ours
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: help serve build test anchors diagrams bench lint stale clean

help:
	@echo "make serve    live preview at http://$(DEV_ADDR)/aws-note/ (DEV_ADDR=0.0.0.0:8000 to share on the LAN)"
	@echo "make test     strict build + the whole test suite, browser tests included"
	@echo "make build    strict build into site/"
	@echo "make anchors  record new section anchors in anchors.lock"
	@echo "make diagrams render new or changed Mermaid diagrams to diagrams/*.svg (needs Chromium)"
	@echo "make bench    build time, page count, first-visit page weight, Lighthouse (PAGES=all: every page)"
	@echo "make lint     ruff over hooks, tests and scripts"
	@echo "make stale    pages whose facts were checked more than six months ago, with their dated changes (TODAY=YYYY-MM-DD)"

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11, 5) else "Python 3.11.5 or newer is needed (found " + sys.version.split()[0] + "); run make PYTHON=python3.12 ...")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(SITE_STAMP): requirements.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements.txt
	@touch $@

$(DEV_STAMP): requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	@touch $(SITE_STAMP) $@

serve: $(SITE_STAMP)
	$(BIN)/mkdocs serve --dev-addr $(DEV_ADDR)

build: $(SITE_STAMP)
	$(BIN)/mkdocs build --strict

# One strict build per run: the test session's (tests/conftest.py). SITE_DIR=path keeps it.
test: $(DEV_STAMP)
	$(BIN)/python scripts/check_browser.py
	$(BIN)/python -m pytest

anchors: $(SITE_STAMP)
	$(BIN)/python scripts/update_anchors.py

diagrams: $(DEV_STAMP)
	$(BIN)/python scripts/render_diagrams.py

bench: $(DEV_STAMP)
	PAGES=$(PAGES) $(BIN)/python scripts/bench.py

lint: $(DEV_STAMP)
	$(BIN)/ruff check hooks tests scripts

# Pages past six months since their `checked:` month, and announced end dates now passed.
stale: $(SITE_STAMP)
	$(BIN)/python scripts/stale.py $(if $(TODAY),--today $(TODAY))

clean:
	rm -rf site report .pytest_cache
