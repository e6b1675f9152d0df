# Masthead — everything a developer or an operator runs. `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
# A local run: debug pages, no HTTPS redirect, and the development webhook secret from
# .env.example (so signed test events can be posted by hand). Production sets its own environment.
DEV_WEBHOOK_SECRET := $(shell sed -n 's/^MASTHEAD_STRIPE_WEBHOOK_SECRET=//p' .env.example)
LOCAL_ENV := MASTHEAD_DEBUG=$${MASTHEAD_DEBUG:-true} \
	MASTHEAD_STRIPE_WEBHOOK_SECRET=$${MASTHEAD_STRIPE_WEBHOOK_SECRET:-$(DEV_WEBHOOK_SECRET)}

.DEFAULT_GOAL := help
.PHONY: help install install-dev demo serve migrate test test-sqlite test-postgres lint typecheck \
        migrations-check check bench openapi lock clean

help:  ## List the targets.
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

# The virtualenv is rebuilt whenever a lock file changes.
$(BIN)/.installed: requirements.lock
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "Masthead needs Python 3.11 or newer (set PYTHON=python3.12 ...)"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	touch $@

$(BIN)/.installed-dev: requirements-dev.lock $(BIN)/.installed
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements-dev.lock
	touch $@

install: $(BIN)/.installed  ## Create .venv with the locked runtime dependencies.

install-dev: $(BIN)/.installed-dev  ## Add the locked test and lint tools.

migrate: install  ## Apply database migrations.
	$(LOCAL_ENV) $(BIN)/python manage.py migrate --no-input

demo: migrate  ## Load the demo newsroom (once) and serve it on http://127.0.0.1:8000.
	$(LOCAL_ENV) $(BIN)/python manage.py load_demo
	@$(MAKE) --no-print-directory serve

serve: install  ## Serve the site with uvicorn without touching its content.
	@echo "Serving http://$(HOST):$(PORT)/ (admin at /admin/) — Ctrl+C stops."
	$(LOCAL_ENV) $(BIN)/uvicorn masthead.asgi:application --host $(HOST) --port $(PORT) \
		--no-access-log --lifespan off

test: install-dev  ## Run the whole test suite (SQLite; also PostgreSQL/Redis when configured).
	$(BIN)/python -m pytest
	@if [ -n "$$MASTHEAD_TEST_POSTGRES_URL" ]; then \
		echo "== again on PostgreSQL and Redis"; \
		MASTHEAD_TEST_DATABASE_URL="$$MASTHEAD_TEST_POSTGRES_URL" MASTHEAD_TEST_USE_REDIS=1 \
			$(BIN)/python -m pytest -m "not browser"; \
	fi

lint: install-dev  ## ruff (lint and format check).
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: install-dev  ## mypy --strict with the Django plugin.
	$(LOCAL_ENV) $(BIN)/mypy masthead tests bench

migrations-check: install-dev  ## Fail when a model change has no migration.
	$(LOCAL_ENV) $(BIN)/python manage.py makemigrations --check --dry-run

check: lint typecheck migrations-check test  ## Everything CI runs.

bench: install-dev  ## Run the benchmarks in bench/ (they report numbers, never fail on them).
	$(BIN)/python bench/pages.py
	$(BIN)/python bench/threads.py

openapi: install  ## Rewrite docs/openapi.json from the API (commit it with the API change).
	$(LOCAL_ENV) $(BIN)/python manage.py openapi > docs/openapi.json

lock: install-dev  ## Re-resolve the lock files from pyproject.toml.
	$(BIN)/uv pip compile pyproject.toml --universal --python-version 3.11 --generate-hashes -o requirements.lock
	$(BIN)/uv pip compile pyproject.toml --extra dev --universal --python-version 3.11 --generate-hashes -o requirements-dev.lock

clean:  ## Remove the virtualenv and caches (keeps var/, your database and media).
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
