# The README's two commands: `make run` and `make test`. Both create .venv on first use.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test bench screenshot clean

run: $(VENV)/.installed
	$(BIN)/gradviz

test: $(VENV)/.installed
	$(BIN)/python -m pytest

bench: $(VENV)/.installed
	$(BIN)/python benchmarks/bench_engine.py
	$(BIN)/python benchmarks/bench_frames.py

screenshot: $(VENV)/.installed
	QT_QPA_PLATFORM=offscreen $(BIN)/gradviz snapshot --out assets/screenshot.png --steps 12

$(VENV)/.installed: pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit("gradviz needs Python 3.11 or newer: run make with PYTHON=python3.11" if sys.version_info < (3, 11) else 0)'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .hypothesis
