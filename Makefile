# uncac-kg — make targets. `make help` lists them.
.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STORE ?= graph/store
HOST ?= 127.0.0.1
PORT ?= 8000
EXAMPLE := examples/ungass2021-intersessional-2.txt
STAMP := $(VENV)/.installed

.PHONY: help install run build test check lint typecheck format score docs bench clean

help: ## Show this help
	@grep -hE '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | sort | \
	  awk 'BEGIN {FS = ":.*?## "}; {printf "  \033[36m%-12s\033[0m %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
	  { echo "uncac-kg needs Python 3.11 or newer (found $$($(PYTHON) --version))"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP) ## Create .venv and install uncac-kg with its dev extras

build: $(STAMP) ## Build the bundled example report into the store (STORE=graph/store)
	$(BIN)/uncac-kg build $(EXAMPLE) --store $(STORE)

run: build ## Set up, build the bundled report and serve it at http://$(HOST):$(PORT)/
	$(BIN)/uncac-kg serve --store $(STORE) --host $(HOST) --port $(PORT)

test: $(STAMP) ## Run the whole test suite
	$(BIN)/python -m pytest

score: $(STAMP) ## Score the extraction of the example report, and of the reports of other kinds, against their gold annotations
	@echo "== the bundled example (examples/)"
	$(BIN)/python tools/score.py --gold tests/data/gold --docs examples --cli "$(BIN)/uncac-kg"
	@echo "== reports of other kinds (tests/data/synthetic/)"
	$(BIN)/python tools/score.py --gold tests/data/synthetic/gold --docs tests/data/synthetic/reports --cli "$(BIN)/uncac-kg"

docs: $(STAMP) ## Regenerate the ontology's derived files: JSON-LD context, namespace module, HTML docs
	$(BIN)/python tools/generate.py

bench: $(STAMP) ## Benchmark build, queries, service, analysis and exports; writes BENCHMARKS.md
	$(BIN)/python bench/run.py

check: lint typecheck ## ruff + mypy

lint: $(STAMP) ## ruff (lint and format check)
	$(BIN)/ruff check uncac_kg tests tools bench
	$(BIN)/ruff format --check uncac_kg tests tools bench

typecheck: $(STAMP) ## mypy --strict on the package
	$(BIN)/mypy

format: $(STAMP) ## Reformat the code with ruff
	$(BIN)/ruff format uncac_kg tests tools bench
	$(BIN)/ruff check --fix uncac_kg tests tools bench

clean: ## Remove the store, caches and build artefacts (keeps .venv)
	rm -rf $(STORE) graph/exports .pytest_cache .mypy_cache .ruff_cache build dist
