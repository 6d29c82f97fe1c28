"""The scorer on hand-built events, and `diplograph evaluate` on the real dev gold sets."""
import json
from collections import Counter

from typer.testing import CliRunner

from ingest.evaluate import Score, score
from ingest.records import Event, Mention
from tests.conftest import SHARED


def ev(src, tgt, root, quad, negated=False, mood="asserted"):
    m = lambda c: Mention(c, c[:3], c[3:], c, 0, 1)  # noqa: E731
    return Event("i", "d", "s", 0, 1, m(src), m(tgt) if tgt else None, root + "0", root, quad, 0.0, "", None,
                 negated, mood)


def test_micro_scores_with_aliases_and_mood():
    records = [{"id": "r1", "events": [{"source": "JAPGOV", "target": "USA", "quad": 1}]},
               {"id": "r2", "events": []}]
    pred = {"r1": [ev("JPNGOV", "USAGOV", "04", 1), ev("JPN", "USA", "04", 1, negated=True)],
            "r2": [ev("IGOUNO", "SYR", "11", 3), ev("RUS", "SYR", "19", 4, mood="plan")]}
    s = score(records, pred).levels["dyad_quad"]
    assert (s.tp, s.fp, s.fn) == (1, 1, 0)
    assert round(s.precision, 2) == 0.5 and s.recall == 1.0


def test_score_arithmetic():
    s = Score()
    s.add(Counter({"a": 2, "b": 1}), Counter({"a": 1, "c": 1}))
    assert (s.tp, s.fp, s.fn) == (1, 1, 2)


def test_evaluate_cli_on_dev_gold(nlp):
    from graph.cli import app

    for name, level in (("plover_gsr.jsonl", "dyad_quad"), ("cameo_examples.jsonl", "type")):
        r = CliRunner().invoke(app, ["evaluate", str(SHARED / "gold" / name), "--json"], catch_exceptions=False)
        assert r.exit_code == 0, r.output
        rep = json.loads(r.output)
        assert rep["records"] > 200 and level in rep["levels"]
        lv = rep["levels"][level]
        assert lv["tp"] > 0 and 0 < lv["f1"] <= 1


def test_a_repeated_gold_id_is_scored_against_its_own_sentence(tmp_path):
    # PLOVER GSR gives COERCE-0004 to two different sentences: each must meet its own predictions
    from ingest.evaluate import evaluate

    gold = tmp_path / "g.jsonl"
    gold.write_text("\n".join(json.dumps(r) for r in [
        {"id": "x", "text": "one", "events": [{"source": "USA", "target": "IRQ", "quad": 4}]},
        {"id": "x", "text": "two", "events": [{"source": "ISR", "target": "PSE", "quad": 4}]}]))

    def fake_extract(arts):  # the coder's output for each text, standing in for spaCy
        by_text = {"one": [ev("USAMIL", "IRQ", "19", 4)], "two": [ev("ISR", "PSE", "19", 4)]}
        return [(a, by_text[a.text]) for a in arts]

    s = evaluate(gold, fake_extract).levels["dyad_quad"]
    assert (s.tp, s.fp, s.fn) == (2, 0, 0)


def test_plover_compound_actors_are_found_in_the_gsr_and_nothing_else_is_read_differently():
    """scripts/plover_compounds.py: the records the dev gold leaves empty where the GSR marks SRC/TAR actors."""
    import importlib.util
    from pathlib import Path

    from ingest.evaluate import read_gold, unique_ids

    root = Path(__file__).resolve().parent.parent
    spec = importlib.util.spec_from_file_location("plover_compounds", root / "scripts" / "plover_compounds.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    records = unique_ids(read_gold(SHARED / "gold" / "plover_gsr.jsonl"))
    gsr = json.loads((SHARED / "data" / "plover" / "PLOVER_GSR_CAMEO.txt").read_text(encoding="utf-8"))
    found = mod.compound_records(gsr, records)
    pairs = {(e["source"], e["target"], e["quad"]) for e in found["PLOVER-GSR01-SUPPORT-0012"]}
    assert pairs == {("CZE", "CHN", 1), ("CHN", "CZE", 1)}, pairs  # "Czechia and China signed an agreement"
    assert all(not r["events"] for r in records if r["id"] in found)  # only empty records are read anew
    assert "PLOVER-GSR01-RETREAT-0017" not in found  # an empty record with a source only (SRC:) stays empty
