# 山海有约 — two commands: `make run` serves the demo, `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
STAMP := $(VENV)/.installed

.PHONY: run test setup system-packages migrate demo lint typecheck bench-job-search bench-fanout bench-qr clean messages

$(STAMP): requirements.txt requirements-dev.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $(STAMP)

# Debian packages: the CJK font posters and code captions are drawn with, the CJK TrueType font
# embedded in resume PDFs (ReportLab cannot embed Noto's CFF outlines), and zbar for the tests.
SYSTEM_PACKAGES := fonts-noto-cjk fonts-wqy-zenhei libzbar0

system-packages:
	@missing=$$(for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "Installing Debian packages: $$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else echo "Please install these Debian packages: sudo apt-get install $$missing"; exit 1; fi; \
	fi

# Node packages from the npm registry: chart.js and hls.js are served to browsers,
# ical.js reads our .ics files in the tests. npm ci writes this stamp.
NODE_STAMP := node_modules/.package-lock.json

$(NODE_STAMP): package.json package-lock.json
	@command -v npm >/dev/null || { echo "npm not found: install Node.js 18 or newer (Debian: apt-get install nodejs npm); the dashboards and the video player are served from node_modules"; exit 1; }
	npm ci --no-audit --no-fund --loglevel=error

setup: $(STAMP) system-packages $(NODE_STAMP)
	mkdir -p var

migrate: setup
	$(PY) manage.py migrate --noinput

demo: migrate
	$(PY) manage.py load_demo

run: export DEBUG ?= true
run: export DEMO_PUBLISHER ?= true
run: demo
	$(PY) manage.py collectstatic --noinput --verbosity 0
	@$(PY) manage.py welcome --port $(PORT)
	@# A background worker beside daphne (mail, SMS, notifications, exports, periodic jobs), stopped with it.
	$(PY) manage.py worker --queue-name='*' & worker=$$!; \
	trap 'kill $$worker 2>/dev/null; wait $$worker' EXIT INT TERM; \
	$(VENV)/bin/daphne --bind 127.0.0.1 --port $(PORT) --no-server-name events_server.asgi:application

test: setup
	$(PY) -m pytest $(PYTEST_ARGS)

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

# mypy with django-stubs (configuration in pyproject.toml; strict on events_server and livestream/realtime).
# The settings module needs a secret key or DEBUG to import.
typecheck: setup
	DEBUG=true $(VENV)/bin/mypy .

bench-job-search: setup
	$(PY) bench/job_search.py

# Needs PostgreSQL and Redis on 127.0.0.1 (about 5 minutes; --quick for a smoke run).
bench-fanout: setup
	$(PY) bench/fanout.py

bench-qr: setup
	$(PY) bench/qr.py

clean:
	rm -rf $(VENV) var node_modules

# Refresh the translation catalogue after changing user-facing strings, then fill in zh_Hans.
messages: setup
	DEBUG=true $(PY) manage.py makemessages -l zh_Hans --ignore=.venv --ignore=var --ignore=node_modules --ignore=tests --ignore=bench --ignore=docs
	DEBUG=true $(PY) manage.py compilemessages -l zh_Hans
