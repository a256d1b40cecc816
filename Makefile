# Two commands for a fresh machine with Python 3.11+: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: i18n run demo test lint screenshots bench bench-records bench-ocr bench-packet stress mutate wheel-gate package package-test clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Translations: the .ts files are the sources, the .qm files are built (issue 18).
I18N := secondop_desktop/i18n
QM := $(patsubst %.ts,%.qm,$(wildcard $(I18N)/secondop_*.ts))

$(I18N)/%.qm: $(I18N)/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

i18n: $(STAMP)
	$(BIN)/python scripts/i18n.py update
	$(BIN)/python scripts/i18n.py status

run: $(STAMP) $(QM)
	$(BIN)/secondop $(ARGS)

demo: $(STAMP) $(QM)
	$(BIN)/secondop --demo

test: $(STAMP) $(QM)
	PY=$(BIN)/python scripts/test.sh $(PYTEST_ARGS)
	$(BIN)/ruff check secondop_desktop tests scripts bench
	$(BIN)/mypy

screenshots: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshots.py docs/screenshots

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/startup.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/open_case.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/import_stall.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/records.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/packet.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/worker_start.py

bench-ocr: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/ocr.py
	$(BIN)/python bench/straighten.py

bench-packet: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/packet.py

stress: $(STAMP)
	$(BIN)/python bench/stress.py

# Each security defence removed in turn (a one-line change): its tests must fail (issue 14).
mutate: $(STAMP)
	$(BIN)/python scripts/mutate.py

bench-records: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/records.py

# Issue 15: the wheel as a user installs it (fresh venv, outside the checkout), and the
# desktop bundles. `make package` builds the Linux bundle, its .tar.gz and its .deb.
wheel-gate: $(STAMP) $(QM)
	PY=$(BIN)/python packaging/wheel_gate.sh

$(VENV)/.packaging: $(STAMP) $(QM)
	$(BIN)/python -m pip install --quiet -e '.[package]'
	touch $(VENV)/.packaging

package: $(VENV)/.packaging
	PY=$(BIN)/python packaging/linux/build.sh

package-test: package
	packaging/smoke_test.sh build/dist/secondop/secondop
	packaging/linux/deb_test.sh

clean:
	rm -rf $(VENV) .pytest_cache
