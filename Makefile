# Two commands for a fresh machine with Python 3.11+: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run demo test lint screenshots bench bench-records bench-packet stress clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/secondop $(ARGS)

demo: $(STAMP)
	$(BIN)/secondop --demo

test: $(STAMP)
	PY=$(BIN)/python scripts/test.sh $(PYTEST_ARGS)
	$(BIN)/ruff check secondop_desktop tests scripts bench
	$(BIN)/mypy

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshots.py docs/screenshots

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/startup.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/records.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/packet.py

bench-packet: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/packet.py

stress: $(STAMP)
	$(BIN)/python bench/stress.py

bench-records: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/records.py

clean:
	rm -rf $(VENV) .pytest_cache
