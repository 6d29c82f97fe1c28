"""Analysis over real and hand-built events: frames, dyads, alliances, ruptures, pictures, GDELT import."""
import json
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest
from typer.testing import CliRunner

from graph.alliances import adversaries, allies, bloc_report, blocs, frustration, signed_graph, triad_balance
from graph.cli import app
from graph.dyads import dyad_scores
from graph.rupture import dyad_changes, rank_changes
from graph.store import open_store
from tests.conftest import SHARED

ROOT = Path(__file__).resolve().parents[2]
GDELT = SHARED / "data" / "gdelt"
runner = CliRunner()


def frame(rows):
    return pd.DataFrame(rows, columns=["a", "b", "date", "goldstein", "quad_class"])


def test_two_hostile_camps_are_found_and_balanced():
    rows = []
    for x, y in [("USA", "GBR"), ("USA", "FRA"), ("GBR", "FRA"), ("RUS", "IRN"), ("RUS", "SYR"), ("IRN", "SYR")]:
        rows += [(x, y, "2025-01-0%d" % i, 5.0, 2) for i in range(1, 4)]
    for x, y in [("USA", "RUS"), ("GBR", "IRN"), ("FRA", "SYR")]:
        rows += [(x, y, "2025-02-01", -8.0, 4), (y, x, "2025-02-02", -6.0, 4)]
    g = signed_graph(frame(rows))
    part = blocs(g)
    assert len({part[c] for c in ("USA", "GBR", "FRA")}) == 1
    assert len({part[c] for c in ("RUS", "IRN", "SYR")}) == 1
    assert part["USA"] != part["RUS"]
    assert frustration(g, part) == 0
    assert triad_balance(g) == (2, 1.0)
    assert all(r.internal_positive == 1.0 for r in bloc_report(g, part))
    assert allies(g, "USA") == [("FRA", 15.0), ("GBR", 15.0)] and adversaries(g, "USA")[0] == ("RUS", -14.0)


def test_rupture_found_at_the_turn_with_evidence():
    rows = [("COL", "USA", f"2024-0{m}-10", 4.0 + m / 10, 2) for m in range(1, 7)]
    rows += [("COL", "USA", f"2025-{m:02d}-10", -5.0 - m / 10, 4) for m in range(9, 12)]
    df = frame(rows).assign(source="COL", cameo="x", target="USA", sentence="s", doc_id="d")
    [c] = dyad_changes(df, "USA", "COL")
    assert c.window == "2025-09" and c.kind == "rupture" and c.shift < -9 and c.evidence
    assert rank_changes(df, top=3)[0].window == "2025-09"


def test_dyad_scores_directions():
    s = dyad_scores(frame([("COL", "USA", "2025-11-11", -4.0, 4), ("USA", "COL", "2025-11-12", -2.0, 3)]))
    assert s[["a", "b", "goldstein"]].values.tolist() == [["COL", "USA", -4.0], ["USA", "COL", -2.0]]


@pytest.fixture(scope="module")
def gdelt_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("gdelt") / "g.db"
    files = [str(GDELT / "20191024143000.export.CSV"), str(GDELT / "gdelt1-sample-events.tsv")]
    r = runner.invoke(app, ["import-gdelt", *files, "--db", str(db)], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    return db, files


def test_import_gdelt_real_rows_idempotent(gdelt_db):
    db, files = gdelt_db
    store = open_store(str(db), read_only=True)
    before = store.stats()
    # a known real row of the GDELT 2.0 file: 881990836, Canada -> Australia, CAMEO 139 (threaten)
    row = store.query("MATCH (s:Actor)-[e:EVENT]->(t:Actor) WHERE e.id = 'gdelt:881990836' "
                      "RETURN s.code, t.code, e.cameo, e.root, e.goldstein, e.date, e.rule").rows
    store.close()
    assert row == [["CAN", "AUS", "139", "13", -7.0, "2018-10-24", "gdelt2"]]
    assert before["events"] > 1500
    r = runner.invoke(app, ["import-gdelt", files[0], "--db", str(db)], catch_exceptions=False)
    assert "0 added" in r.output
    store = open_store(str(db), read_only=True)
    assert store.stats() == before
    store.close()


def test_analysis_cli_on_gdelt_with_pictures(gdelt_db, tmp_path):
    db, _ = gdelt_db
    r = runner.invoke(app, ["alliances", "--db", str(db), "--png", str(tmp_path / "b.png"), "--format", "json"],
                      catch_exceptions=False)
    assert r.exit_code == 0, r.output
    blocs_out = [json.loads(x) for x in r.output.splitlines() if x.startswith("{")]
    assert blocs_out and all(0 <= b["internal_positive"] <= 1 for b in blocs_out)
    assert (tmp_path / "b.png").stat().st_size > 20_000
    r = runner.invoke(app, ["ruptures", "--db", str(db), "--all", "--min-events", "3", "--format", "json"],
                      catch_exceptions=False)
    assert r.exit_code == 0, r.output


def test_alliances_names_the_actors_alone_in_a_bloc(tmp_path, nlp):
    """Blocs of one are not listed; the summary line names their actors, so no bloc seems to go missing."""
    docs = tmp_path / "articles"
    docs.mkdir()
    for day in ("03", "10", "17"):
        (docs / f"2024-05-{day}.txt").write_text(
            f"---\nid: a-{day}\ndate: 2024-05-{day}\n---\nFrance praised Russia. Russia praised France. "
            "Germany condemned France. Germany condemned Russia.\n", encoding="utf-8")
    db = tmp_path / "a.db"
    assert runner.invoke(app, ["ingest", str(docs), "--db", str(db)], catch_exceptions=False).exit_code == 0
    r = runner.invoke(app, ["alliances", "--db", str(db), "--format", "json"], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    blocs_out = [json.loads(x) for x in r.output.splitlines() if x.startswith("{")]
    assert [b["members"] for b in blocs_out] == ["FRA RUS"], blocs_out
    r = runner.invoke(app, ["alliances", "--db", str(db)], catch_exceptions=False)
    assert "alone: DEU" in r.output, r.output


def test_demo_story_colombia_us(tmp_path, nlp):
    """The demo articles tell the Colombia–US turn from cooperation to rupture; the analysis finds it."""
    db = tmp_path / "d.db"
    r = runner.invoke(app, ["ingest", str(ROOT / "demo" / "articles"), "--db", str(db)], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    r = runner.invoke(app, ["dyad", "COL", "USA", "--db", str(db), "--format", "json",
                            "--png", str(tmp_path / "d.png")], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    recs = [json.loads(x) for x in r.output.splitlines() if x.startswith("{")]
    change = [x for x in recs if "kind" in x]
    assert change and change[0]["kind"] == "rupture" and change[0]["before"] > 0 > change[0]["after"]
    months = {x["window"]: x for x in recs if "window" in x and x["a"] == "COL"}
    assert months["2023-04"]["goldstein"] > 0 and months["2025-11"]["goldstein"] < 0
    assert (tmp_path / "d.png").stat().st_size > 20_000


def test_the_blocs_picture_draws_no_country_whose_partners_were_all_left_out():
    from graph.plots import plot_blocs
    g = nx.Graph()
    for i in range(34):
        g.add_edge("HUB", f"L{i:02d}", weight=10.0)
    g.add_edge("XXX", "YYY", weight=5.0)  # the 36-node cut keeps XXX (tie broken by name) and drops YYY
    fig = plot_blocs(g, {n: 0 for n in g}, max_nodes=36)
    labels = {t.get_text() for t in fig.axes[0].texts}
    assert "HUB" in labels and "L00" in labels
    assert "XXX" not in labels and "YYY" not in labels


def test_the_blocs_picture_names_the_actors_it_leaves_out_and_the_blocs_of_one():
    from graph.plots import plot_blocs
    g = nx.Graph()
    for i in range(34):
        g.add_edge("HUB", f"L{i:02d}", weight=10.0)
    g.add_edge("XXX", "YYY", weight=5.0)  # cut at 36 (HUB, 34 leaves, ONE): XXX and YYY are not drawn
    g.add_edge("HUB", "ONE", weight=-20.0)
    part = {n: 0 for n in g} | {"ONE": 4, "XXX": 5, "YYY": 5}
    fig = plot_blocs(g, part, max_nodes=36)
    legend = fig.axes[0].get_legend()
    texts = [t.get_text() for t in legend.get_texts()]
    assert "bloc 4: ONE alone" in texts
    assert "bloc 5" not in " ".join(texts)  # no bloc of the picture is named without being drawn
    title = legend.get_title().get_text()
    assert "36 of 38 actors drawn" in title.replace("\n", " ") and "XXX YYY" in title
