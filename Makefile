# Two commands do all the set-up on a fresh machine:
#   make run    create .venv, install, open the app
#   make test   the same set-up, then ruff, mypy and pytest
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
export QT_QPA_PLATFORM ?= $(if $(DISPLAY)$(WAYLAND_DISPLAY),,offscreen)

.PHONY: run test lint typecheck pytest bench system-deps postgres clean

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[app,hq,dev]'
	@touch $(STAMP)

# Debian packages the tests use; installed only when missing (CI runs as root).
SYSTEM_TOOLS := pdftotext:poppler-utils
system-deps:
	@missing=""; for pair in $(SYSTEM_TOOLS); do \
	  cmd=$${pair%%:*}; pkg=$${pair##*:}; \
	  command -v $$cmd >/dev/null 2>&1 || missing="$$missing $$pkg"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null) \
	  || echo "warning: could not install$$missing; tests that need them will say so"; \
	fi

# HQ's tests run on SQLite and on PostgreSQL: a local server, installed and started if absent.
export FIELDAPP_TEST_PG ?= postgresql+psycopg://fieldapp:fieldapp@127.0.0.1:5432/postgres
postgres:
	@sh tests/postgres-up.sh || echo "warning: PostgreSQL is not running: HQ's PostgreSQL tests will fail (FIELDAPP_TEST_PG= skips them)"

run: $(STAMP)
	$(PY) -m fieldapp

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: $(STAMP)
	$(VENV)/bin/mypy fieldapp sync

pytest: $(STAMP) system-deps postgres
	$(PY) -m pytest -m "not bench" -q

test: lint typecheck pytest

bench: $(STAMP) postgres
	$(PY) -m pytest tests/bench -m bench -s -q -p no:cacheprovider

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
