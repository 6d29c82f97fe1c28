"""The same graph and the same Cypher on a real Neo4j server (started by scripts/neo4j; never mocked)."""
import json
import os

import pytest
from typer.testing import CliRunner

from graph import queries
from graph.cli import app
from graph.store import open_store
from tests.conftest import SEED

pytestmark = pytest.mark.neo4j
runner = CliRunner()


@pytest.fixture(scope="module")
def neo4j_uri():
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        pytest.fail("NEO4J_URI is not set: run the tests with `make test` (it starts Neo4j with scripts/neo4j), "
                    "or `eval \"$(scripts/neo4j env)\"` after `scripts/neo4j start`")
    try:
        store = open_store(uri)
    except Exception as exc:  # the reason, not a skip
        pytest.fail(f"Neo4j at {uri} cannot be used: {exc}")
    store.query("MATCH (n) DETACH DELETE n", write=True)
    store.close()
    return uri


@pytest.fixture(scope="module")
def both(neo4j_uri, tmp_path_factory, nlp):
    """The seed and the demo articles ingested into an embedded store and into Neo4j."""
    from pathlib import Path

    demo = Path(__file__).resolve().parents[2] / "demo" / "articles"
    db = tmp_path_factory.mktemp("parity") / "g.db"
    for target in (["--db", str(db)], ["--store", neo4j_uri]):
        for args in (["ingest", str(SEED), "--date", "2025-11-11"], ["ingest", str(demo)]):
            r = runner.invoke(app, args + target, catch_exceptions=False)
            assert r.exit_code == 0, r.output
    return str(db), neo4j_uri


PARAMS = {
    "dyad-timeline": [{"a": "COL", "b": "USA"}, {"a": "GBR", "b": "USA"}],
    "top-conflict": [{"limit": "10"}],
    "top-cooperation": [{"limit": "10"}],
    "evidence": [{"a": "COL", "b": "USA"}, {"a": "COL", "b": "USA", "root": "16"}],
    "actor-relations": [{"actor": "COL"}, {"actor": "USA"}],
}


def _norm(rows):
    return [[round(v, 6) if isinstance(v, float) else v for v in r] for r in rows]


def test_every_named_query_gives_equal_results_on_both_stores(both):
    db, uri = both
    emb, neo = open_store(db, read_only=True), open_store(uri, read_only=True)
    try:
        assert set(PARAMS) == set(queries.named_queries()), "add parameters for every named query"
        for name, cases in PARAMS.items():
            q = queries.get(name)
            for given in cases:
                params = q.bind(given)
                a, b = emb.query(q.cypher, params), neo.query(q.cypher, params)
                assert a.columns == b.columns, name
                assert _norm(a.rows) == _norm(b.rows), (name, given)
                assert a.rows, (name, given)  # parity on real answers, not on two empty results
    finally:
        emb.close()
        neo.close()


def test_reingest_into_neo4j_changes_nothing(both):
    _, uri = both
    store = open_store(uri, read_only=True)
    before = store.stats()
    r = runner.invoke(app, ["ingest", str(SEED), "--date", "2025-11-11", "--store", uri], catch_exceptions=False)
    assert r.exit_code == 0 and "0 ingested, 1 already stored" in r.output
    assert store.stats() == before
    store.close()


def test_dumps_are_identical(both):
    db, uri = both
    emb, neo = open_store(db, read_only=True), open_store(uri, read_only=True)
    try:
        assert emb.dump() == neo.dump()
    finally:
        emb.close()
        neo.close()


def test_export_embedded_into_neo4j_and_graphml(both, tmp_path):
    db, uri = both
    clean = open_store(uri)
    clean.query("MATCH (n) DETACH DELETE n", write=True)
    clean.close()
    r = runner.invoke(app, ["export", "--to", uri, "--db", db], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    emb, neo = open_store(db, read_only=True), open_store(uri, read_only=True)
    assert emb.dump() == neo.dump() and emb.stats() == neo.stats()
    emb.close()
    neo.close()
    out = tmp_path / "g.graphml"
    r = runner.invoke(app, ["export", "--to", "graphml", str(out), "--db", db], catch_exceptions=False)
    import networkx as nx

    g = nx.read_graphml(out)
    assert g.has_edge("COL", "USA") and g.number_of_edges() > 10


def test_hostile_text_is_stored_verbatim_and_changes_no_query(both, tmp_path):
    db, uri = both
    hostile = "Colombia condemned the United States. \"}) MATCH (n) DETACH DELETE n //'\\\u0007"
    f = tmp_path / "h.jsonl"
    f.write_text(json.dumps({"id": "x'}) DETACH DELETE n //", "text": hostile, "date": "2025-11-12",
                             "title": "MATCH (n) DELETE n"}) + "\n")
    for target in (["--db", db], ["--store", uri]):
        r = runner.invoke(app, ["ingest", str(f)] + target, catch_exceptions=False)
        assert r.exit_code == 0, r.output
    for store in (open_store(db, read_only=True), open_store(uri, read_only=True)):
        rows = store.query("MATCH (d:Article {id: $id}) RETURN d.title", {"id": "x'}) DETACH DELETE n //"}).rows
        assert rows == [["MATCH (n) DELETE n"]]
        assert store.stats()["articles"] >= 9
        store.close()


def test_wrong_password_is_a_clear_error(neo4j_uri):
    r = runner.invoke(app, ["stats", "--store", neo4j_uri, "--password", "wrong-password"])
    assert r.exit_code != 0 and "refused the credentials" in r.output and "Traceback" not in r.output


def test_server_down_is_a_clear_error():
    r = runner.invoke(app, ["stats", "--store", "bolt://127.0.0.1:1"])
    assert r.exit_code != 0 and "cannot reach Neo4j at bolt://127.0.0.1:1" in r.output
