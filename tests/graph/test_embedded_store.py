"""End to end on the embedded store: ingest with the CLI, ask with Cypher."""
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph.cli import app
from graph.store import open_store

runner = CliRunner()


def cli(*args):
    result = runner.invoke(app, [str(a) for a in args], catch_exceptions=False)
    return result


@pytest.fixture()
def seed_db(tmp_path, seed_text, nlp):
    from tests.conftest import SEED

    db = tmp_path / "g.db"
    r = cli("ingest", SEED, "--date", "2025-11-11", "--db", db)
    assert r.exit_code == 0, r.output
    return db


def rows(db, cypher, **params):
    store = open_store(str(db), read_only=True)
    try:
        return store.query(cypher, params).rows
    finally:
        store.close()


DYAD = ("MATCH (a:Actor {country: $a})-[e:EVENT]->(b:Actor {country: $b}) WHERE e.root = $root AND e.counts "
        "RETURN e.sentence, a.code, e.cameo ORDER BY e.id")


def test_seed_graph_answers_the_mission_questions(seed_db):
    col16 = rows(seed_db, DYAD, a="COL", b="USA", root="16")
    assert col16 and any("sever intelligence cooperation" in r[0] for r in col16)
    gbr16 = rows(seed_db, DYAD, a="GBR", b="USA", root="16")
    assert gbr16 and "British intelligence" in gbr16[0][0]
    col11 = rows(seed_db, DYAD, a="COL", b="USA", root="11")
    assert any("absurdly illegal" in r[0] for r in col11)
    # every event reaches its article, and sector-level actors roll up to their country
    assert rows(seed_db, "MATCH ()-[e:EVENT]->() MATCH (d:Article {id: e.doc_id}) RETURN count(e)")[0][0] == \
        rows(seed_db, "MATCH ()-[e:EVENT]->() RETURN count(e)")[0][0]
    assert rows(seed_db, "MATCH (g:Actor {code: 'COLGOV'})-[:PART_OF]->(c:Actor) RETURN c.code") == [["COL"]]
    # "Petro" is never coded as a place: whatever actor text mentions him is COLGOV
    assert rows(seed_db, "MATCH (a:Actor)-[e:EVENT]->() WHERE e.source_text CONTAINS 'Petro' AND a.code <> 'COLGOV' "
                         "RETURN count(e)") == [[0]]


def test_reingest_changes_nothing(seed_db):
    from tests.conftest import SEED

    before = rows(seed_db, "MATCH ()-[e:EVENT]->() RETURN count(e)")
    r = cli("ingest", SEED, "--date", "2025-11-11", "--db", seed_db)
    assert r.exit_code == 0 and "0 ingested, 1 already stored" in r.output
    assert rows(seed_db, "MATCH ()-[e:EVENT]->() RETURN count(e)") == before
    assert rows(seed_db, "MATCH (d:Article) RETURN count(d)") == [[1]]


@pytest.mark.parametrize("name,content", [("empty.txt", b""), ("blob.txt", b"\x00\xff\x00\x10binary"),
                                          ("bad.jsonl", b'{"id": "x", "text": \n')])
def test_bad_input_one_line_error_nonzero_exit_store_unchanged(seed_db, tmp_path, name, content):
    bad = tmp_path / name
    bad.write_bytes(content)
    before = rows(seed_db, "MATCH ()-[e:EVENT]->() RETURN count(e)"), rows(seed_db, "MATCH (d:Article) RETURN d.id")
    proc = subprocess.run([sys.executable, "-m", "graph.cli", "ingest", str(bad), "--db", str(seed_db)],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    errors = [line for line in proc.stderr.splitlines() if name in line]
    assert len(errors) == 1 and ("error" in errors[0] or "warning" in errors[0])
    after = rows(seed_db, "MATCH ()-[e:EVENT]->() RETURN count(e)"), rows(seed_db, "MATCH (d:Article) RETURN d.id")
    assert after == before


def test_named_queries_and_formats(seed_db):
    r = cli("query", "dyad-timeline", "-p", "a=COL", "-p", "b=USA", "--db", seed_db, "--format", "json")
    assert r.exit_code == 0, r.output
    lines = [json.loads(x) for x in r.output.splitlines() if x.startswith("{")]
    assert {(x["source"], x["target"]) for x in lines} >= {("COL", "USA")}
    # the seed tells one suspension of intelligence sharing in three sentences (Petro's order, "Colombia's
    # decision to sever …", the suspension by law enforcement): counted as events, with their sentences kept
    col = [x for x in lines if (x["source"], x["target"]) == ("COL", "USA")]
    assert sum(x["material_conflict"] for x in col) >= 1 and sum(x["mentions"] for x in col) >= 3
    r = cli("query", "evidence", "-p", "a=GBR", "-p", "b=USA", "-p", "root=16", "--db", seed_db, "--format", "csv")
    assert r.exit_code == 0 and "British intelligence" in r.output


def test_query_is_read_only_without_write(seed_db):
    r = cli("query", "MATCH (a:Actor) DETACH DELETE a", "--db", seed_db)
    assert r.exit_code != 0 and "--write" in r.output
    assert rows(seed_db, "MATCH (a:Actor) RETURN count(a)")[0][0] > 0


def test_parameters_go_as_parameters(seed_db):
    hostile = "x' OR 1=1 RETURN a //"
    r = cli("query", "MATCH (a:Actor) WHERE a.code = $c RETURN count(a) AS n", "-p", f"c={hostile}",
            "--db", seed_db, "--format", "json")
    assert r.exit_code == 0 and json.loads(r.output.splitlines()[0]) == {"n": 0}


def test_stats(seed_db):
    r = cli("stats", "--db", seed_db, "--format", "json")
    s = json.loads(r.output)
    # the figures agree with the graph itself, counted another way
    [[events, counted]] = rows(seed_db, "MATCH ()-[e:EVENT]->() RETURN count(e), "
                                        "sum(CASE WHEN e.counts THEN 1 ELSE 0 END)")
    [[mentions]] = rows(seed_db, "MATCH (v:Evidence) RETURN count(v)")
    assert (s["events"], s["events_counted"], s["mentions"]) == (events, counted, mentions)
    # the careful coder's four kinds of event (COL->USA 16x, GBR->USA 16x, COL->USA 11x, USAMIL strikes) at least
    assert s["articles"] == 1 and s["events_counted"] >= 4 and s["countries"] >= 3


def test_second_writer_fails_clearly(seed_db):
    holder = open_store(str(seed_db))
    try:
        proc = subprocess.run([sys.executable, "-c",
                               "from graph.store import open_store\nimport sys\n"
                               "from ingest.errors import DiplographError\n"
                               f"try: open_store({str(seed_db)!r}, wait=1)\n"
                               "except DiplographError as e: print(e); sys.exit(3)"],
                              capture_output=True, text=True, timeout=120)
    finally:
        holder.close()
    assert proc.returncode == 3 and "in use by another process" in proc.stdout
