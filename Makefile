# 报纸阅读器 — set-up and everyday commands.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test test-no-cjk check conformance bench clean

$(STAMP): pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) main.py

# Lint and types first (ruff over the code and tests; mypy, strict on reader/core: see pyproject.toml),
# then the whole suite offscreen.
test: check
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

check: $(STAMP)
	$(VENV)/bin/ruff check reader tests bench main.py
	$(VENV)/bin/mypy

# The GUI tests once more with every CJK font hidden, as on a fresh machine (CI runs both).
test-no-cjk: $(STAMP)
	FONTCONFIG_FILE=$(CURDIR)/tests/fonts/no-cjk-fonts.conf QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests/gui -p no:cacheprovider

conformance: $(STAMP)
	$(PY) ../shared/conformance/check.py

bench: $(STAMP)
	$(PY) bench/parse_bench.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/find_bench.py
	$(PY) bench/startup_bench.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
