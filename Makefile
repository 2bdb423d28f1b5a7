# Two commands for a new user: `make run` (the app) and `make test` (every check and test).
# Both need only python3 (>= 3.11), make and apt; the setup steps are in scripts/setup.sh.

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

VENV := .venv
PY := $(VENV)/bin/python
# Stamps: re-run pip only when a requirements file changed since the last install.
RUN_STAMP := $(VENV)/.stamp-run
DEV_STAMP := $(VENV)/.stamp-dev

.PHONY: help run test check bench demo clean distclean chromium servers

help:
	@echo "make run    start the app (creates .venv; builds the demo database on first start)"
	@echo "make test   linters, type check and the whole test suite incl. e2e in headless Chromium"
	@echo "make check  ruff check, ruff format --check, mypy analytics/ ui/"
	@echo "make bench  run every script in bench/ (some: make bench BENCH=\"bench/bench_lake.py bench/bench_cluster.py\")"
	@echo "make demo   (re)create the demo database: python -m analytics demo"
	@echo "make clean  remove caches and artifacts/ (distclean: also .venv)"

$(RUN_STAMP): requirements.txt scripts/setup.sh
	scripts/setup.sh venv requirements.txt
	touch $@

$(DEV_STAMP): requirements.txt requirements-dev.txt scripts/setup.sh
	scripts/setup.sh venv requirements-dev.txt
	touch $@ $(RUN_STAMP)

run: $(RUN_STAMP)
	$(PY) -m ui.start

chromium:
	scripts/setup.sh chromium

servers:
	scripts/setup.sh servers

check: $(DEV_STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m mypy analytics ui

test: $(DEV_STAMP) chromium servers
	$(MAKE) --no-print-directory check
	$(PY) -m pytest

# The benchmarks, each at its default size (national for the nine-box, what-if, first-view and lake ones).
# bench_lake.py and bench_cluster.py start their own PostgreSQL (and HAProxy), the first-view ones Chromium.
BENCH ?= $(wildcard bench/*.py)

bench: $(RUN_STAMP) chromium servers
	@for f in $(BENCH); do \
		echo "==> $$f"; PYTHONPATH=$(CURDIR) $(PY) "$$f"; \
	done

demo: $(RUN_STAMP)
	$(PY) -m analytics demo

clean:
	rm -rf artifacts test-results .pytest_cache .mypy_cache .ruff_cache .hypothesis
	find . -path ./$(VENV) -prune -o -type d -name __pycache__ -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV)
