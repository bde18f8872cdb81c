# Two commands do all the set-up on a fresh machine:
#   make run    create .venv, install, open the app
#   make test   the same set-up, then ruff, mypy and pytest
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
export QT_QPA_PLATFORM ?= $(if $(DISPLAY)$(WAYLAND_DISPLAY),,offscreen)

.PHONY: run test lint typecheck pytest bench screenshots system-deps postgres package package-deps smoke clean

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[app,hq,dev,package]'
	@touch $(STAMP)

# Debian packages, installed when missing (CI runs as root; elsewhere a warning says what to do).
define apt-install
	@missing=""; for pkg in $(1); do dpkg -s $$pkg >/dev/null 2>&1 || missing="$$missing $$pkg"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null) \
	  || echo "warning: could not install$$missing; what needs them will say so"; \
	fi
endef

system-deps:  # what the tests use (chromium: the HQ console's browser tests)
	$(call apt-install,poppler-utils iproute2 chromium)

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
	$(PY) -m pytest -m "not bench" -q --durations=25 -n 2 --dist worksteal

test: lint typecheck pytest

bench: $(STAMP) postgres
	$(PY) -m pytest tests/bench -m bench -s -q -p no:cacheprovider

# The HQ console's pages at 1280x800 and 1024x768, English and French, for the README.
screenshots: $(STAMP) system-deps
	FIELDAPP_SCREENSHOTS=resources/screenshots/hq $(PY) -m pytest tests/browser -q -p no:cacheprovider -k screenshots

# The app as field offices get it: a one-folder PyInstaller bundle in dist/fieldapp, and what
# goes on a USB stick in dist/stick (the bundle as a tarball, install.sh). See packaging/README.md.
# The bundle carries the xcb utility libraries Qt needs, so they must be on the build machine;
# the smoke test uses a FAT image (dosfstools, mtools), Xvfb and xdotool.
package-deps:
	$(call apt-install,libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 binutils desktop-file-utils dosfstools mtools xvfb xdotool)

MACHINE := $(shell uname -m)
package: $(STAMP) package-deps
	rm -rf dist/fieldapp dist/stick build/pyinstaller
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/fieldapp.spec
	mkdir -p dist/stick
	tar -C dist -czf dist/stick/fieldapp-linux-$(MACHINE).tar.gz fieldapp
	cp packaging/install-linux.sh dist/stick/install.sh
	@du -sh dist/fieldapp dist/stick

# Build, check, install in a scratch home and run the installed bundle's selftest (CI runs it).
smoke:
	bash packaging/smoke.sh

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist
