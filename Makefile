# AWS 노트 — the front door. Needs only Python 3.11.5+ and make; .venv is created on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEV_ADDR ?= 127.0.0.1:8000
SITE_STAMP := $(VENV)/.site-installed
DEV_STAMP := $(VENV)/.dev-installed

# Material 9.8 prints an end-of-life banner (5 May 2027, Zensical as successor) on every mkdocs
# command; README "버전 고정" and DECISIONS.md say what it means for this site. It is no build warning.
export NO_MKDOCS_2_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: help serve build test anchors diagrams bench lint stale lock vendor screenshots clean

help:
	@echo "make serve    live preview at http://$(DEV_ADDR)/aws-note/ (DEV_ADDR=0.0.0.0:8000 to share on the LAN)"
	@echo "make test     strict build + the whole test suite, browser tests included"
	@echo "make build    strict build into site/"
	@echo "make anchors  record new section anchors in anchors.lock"
	@echo "make diagrams render new or changed Mermaid diagrams to diagrams/*.svg (needs Chromium)"
	@echo "make bench    build time, page count, first-visit page weight, Lighthouse (PAGES=all: every page)"
	@echo "make lint     ruff over hooks, tests and scripts"
	@echo "make stale    pages whose facts were checked more than six months ago, with their dated changes (TODAY=YYYY-MM-DD)"
	@echo "make lock     re-lock requirements*.txt (hashes) after editing requirements*.in; LOCK_ARGS=--upgrade moves every pin"
	@echo "make vendor   re-fetch a vendored browser file from npm and record it: make vendor PACKAGE=axe-core VERSION=4.x.y"
	@echo "make screenshots  PNGs of pages as readers see them (phone and desktop, light and dark) into screenshots/"

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11, 5) else "Python 3.11.5 or newer is needed (found " + sys.version.split()[0] + "); run make PYTHON=python3.12 ...")'
	$(PYTHON) -m venv $(VENV)

# Installs only what the locks name, each file checked against its sha256 (requirements*.txt are
# pip-compile output: `make lock`). requirements-dev.txt also pins pip itself, so the venv's pip is
# upgraded under the same check.
$(SITE_STAMP): requirements.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.txt
	@touch $@

$(DEV_STAMP): requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements-dev.txt
	@touch $(SITE_STAMP) $@

# Re-lock after editing requirements*.in. Pins that still fit are kept; LOCK_ARGS=--upgrade (or
# --upgrade-package NAME) moves them. The dev lock is constrained to the site lock's versions.
LOCK := $(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url --no-emit-find-links
lock: $(DEV_STAMP)
	$(LOCK) $(LOCK_ARGS) --output-file requirements.txt requirements.in
	$(LOCK) $(LOCK_ARGS) --output-file requirements-dev.txt requirements-dev.in

serve: $(SITE_STAMP)
	$(BIN)/mkdocs serve --dev-addr $(DEV_ADDR)

build: $(SITE_STAMP)
	$(BIN)/mkdocs build --strict

# One strict build and one page tour per run, shared by a worker process per core (pytest-xdist;
# tests/run_share.py). SITE_DIR=path keeps the build. PYTEST_ARGS adds pytest options.
test: $(DEV_STAMP)
	$(BIN)/python scripts/check_browser.py
	$(BIN)/python -m pytest -n auto $(PYTEST_ARGS)

anchors: $(SITE_STAMP)
	$(BIN)/python scripts/update_anchors.py

diagrams: $(DEV_STAMP)
	$(BIN)/python scripts/render_diagrams.py

bench: $(DEV_STAMP)
	PAGES=$(PAGES) $(BIN)/python scripts/bench.py

# Screenshots of a fresh strict build as readers see it: 1280 px desktop and 390 px phone, light and dark
# (SHOTS="compute/load-balancing/ security/iam/"; default: home and load balancing).
screenshots: $(DEV_STAMP)
	$(BIN)/mkdocs build --strict
	$(BIN)/python scripts/screenshots.py $(SHOTS)

# Replaces a vendored browser file by the npm package's file at an exact version (vendor.json records it).
vendor: $(SITE_STAMP)
	$(BIN)/python scripts/vendor.py $(PACKAGE) $(VERSION)

lint: $(DEV_STAMP)
	$(BIN)/ruff check hooks tests scripts

# Pages past six months since their `checked:` month, and announced end dates now passed.
stale: $(SITE_STAMP)
	$(BIN)/python scripts/stale.py $(if $(TODAY),--today $(TODAY))

clean:
	rm -rf site report .pytest_cache
