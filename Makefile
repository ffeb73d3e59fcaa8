# The README's two commands: `make run` and `make test`. Both create .venv on first use.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test lint test-long test-pythons bench screenshot translations clean

run: $(VENV)/.installed
	$(BIN)/gradviz

test: $(VENV)/.installed
	$(BIN)/python -m pytest

# ruff over the project, mypy over the package.
lint: $(VENV)/.dev-installed
	$(BIN)/python -m ruff check gradviz tests benchmarks
	$(BIN)/python -m mypy gradviz

# The long tiers: 10,000 random GUI actions and 2,500 fuzzed CSV files.
# A crash (a segfault in Qt) leaves no report: the monkey's last actions are shown from its trail.
test-long: $(VENV)/.installed
	GRADVIZ_MONKEY_TRAIL=$(CURDIR)/.monkey-trail.log $(BIN)/python -m pytest -m "monkey_long or fuzz_long" \
		|| { status=$$?; echo "the monkey's last actions (.monkey-trail.log):"; tail -n 40 .monkey-trail.log; exit $$status; }

# The suite on every Python 3.11+ that pyenv has (or PYTHONS="python3.12 /path/to/python3.13").
test-pythons:
	.ci/pythons $(PYTHONS)

bench: $(VENV)/.installed
	$(BIN)/python benchmarks/bench_engine.py
	$(BIN)/python benchmarks/bench_frames.py
	$(BIN)/python benchmarks/bench_check.py
	$(BIN)/python benchmarks/critical_rates.py

screenshot: $(VENV)/.installed
	QT_QPA_PLATFORM=offscreen $(BIN)/gradviz snapshot --out assets/screenshot.png --steps 12
	QT_QPA_PLATFORM=offscreen $(BIN)/gradviz snapshot --out assets/screenshot-fr.png --steps 12 --lang fr
	QT_QPA_PLATFORM=offscreen $(BIN)/gradviz snapshot --dataset boston --steps 5 --view graph \
		--substep linear_backward --out assets/graph.png
	QT_QPA_PLATFORM=offscreen $(BIN)/gradviz snapshot --mistake bias_ones --steps 40 --out assets/mistake.png
	QT_QPA_PLATFORM=offscreen $(BIN)/gradviz snapshot --dataset boston --axes "w[lstat],w[rm]" --steps 40 \
		--race "gd:lr=0.1,momentum:lr=0.03,beta=0.9,adam:lr=0.3,rmsprop:lr=0.1,nesterov:lr=0.1" --out assets/race.png
	QT_QPA_PLATFORM=offscreen $(BIN)/gradviz animate --out assets/run.gif --steps 60 --size 1200x780

# After changing a user-visible string: collect every translate()/QT_TRANSLATE_NOOP() call into
# the French catalogue (new strings come in unfinished: translate them in the .ts), then compile it.
translations: $(VENV)/.installed
	$(BIN)/pyside6-lupdate $$(find gradviz -name '*.py' | sort) -ts gradviz/locale/gradviz_fr.ts \
		-locations none -no-obsolete -source-language en -target-language fr
	$(BIN)/pyside6-lrelease -silent gradviz/locale/gradviz_fr.ts -qm gradviz/locale/gradviz_fr.qm

$(VENV)/.installed: pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit("gradviz needs Python 3.11 or newer: run make with PYTHON=python3.11" if sys.version_info < (3, 11) else 0)'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

$(VENV)/.dev-installed: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[test,dev]'
	touch $@

clean:
	rm -rf $(VENV) .venv-* build *.egg-info .pytest_cache .hypothesis .mypy_cache .ruff_cache
