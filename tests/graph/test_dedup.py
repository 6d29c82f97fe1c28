"""The same real event told by several articles (or twice in one) is one stored event with all its evidence."""
import json

import pytest
from typer.testing import CliRunner

from graph.cli import app
from graph.dedup import merge
from graph.store import open_store

runner = CliRunner()
TOLD = "Colombia suspended intelligence sharing with the United States."


def _ingest(db, tmp_path, name, records):
    f = tmp_path / name
    f.write_text("".join(json.dumps(r) + "\n" for r in records))
    r = runner.invoke(app, ["ingest", str(f), "--db", str(db)], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    return r.output


def _graph(db):
    s = open_store(str(db), read_only=True)
    try:
        events = s.query("MATCH (a:Actor)-[e:EVENT]->(b:Actor) WHERE e.root = '16' "
                         "RETURN a.code, b.code, e.date, e.mentions, e.id ORDER BY e.date").rows
        evidence = s.query("MATCH (v:Evidence) MATCH ()-[e:EVENT]->() WHERE e.id = v.event_id AND e.root = '16' "
                           "RETURN v.doc_id, v.event_id ORDER BY v.doc_id").rows
        return events, evidence
    finally:
        s.close()


def test_two_articles_a_day_apart_make_one_event_with_two_sentences(tmp_path, nlp):
    db = tmp_path / "g.db"
    out = _ingest(db, tmp_path, "a.jsonl", [
        {"id": "a", "date": "2025-11-11", "text": TOLD},
        {"id": "b", "date": "2025-11-12", "text": "On Tuesday Colombia suspended intelligence "
                                                   "sharing with Washington, officials said."}])  # USAGOV ~ USA
    events, evidence = _graph(db)
    assert [(s, t, d, n) for s, t, d, n, _ in events] == [("COL", "USA", "2025-11-11", 2)], events
    assert [d for d, _ in evidence] == ["a", "b"] and len({e for _, e in evidence}) == 1
    assert "1 events added (told by 2 sentences" in out


def test_a_later_article_adds_evidence_to_the_stored_event_and_reingest_changes_nothing(tmp_path, nlp):
    db = tmp_path / "g.db"
    _ingest(db, tmp_path, "first.jsonl", [{"id": "a", "date": "2025-11-11", "text": TOLD}])
    _ingest(db, tmp_path, "second.jsonl", [{"id": "b", "date": "2025-11-10", "text": TOLD}])
    events, evidence = _graph(db)
    assert len(events) == 1 and events[0][3] == 2 and len(evidence) == 2
    _ingest(db, tmp_path, "second.jsonl", [{"id": "b", "date": "2025-11-10", "text": TOLD}])
    assert _graph(db) == (events, evidence)


def test_events_further_apart_or_of_another_mood_stay_apart(tmp_path, nlp):
    db = tmp_path / "g.db"
    _ingest(db, tmp_path, "a.jsonl", [
        {"id": "a", "date": "2025-11-11", "text": TOLD},
        {"id": "b", "date": "2025-11-14", "text": TOLD},
        {"id": "c", "date": "2025-11-11", "text": "Colombia did not suspend intelligence sharing with the United States."}])
    events, evidence = _graph(db)
    assert len(events) == 3 and all(r[3] == 1 for r in events) and len(evidence) == 3


def _m(i, doc, date, **kw):
    row = {"id": i, "doc_id": doc, "source_code": "COLGOV", "target_code": "USA", "root": "16", "mood": "asserted",
           "negated": False, "date": date, "mentions": 1}
    return {**row, **kw}


@pytest.mark.parametrize("other,merged", [
    (_m("x", "b", "2025-11-12"), True),
    (_m("x", "b", "2025-11-13"), False),
    (_m("x", "b", "2025-11-11", target_code="USAGOV"), True),   # "the US" and "the US government": one actor
    (_m("x", "b", "2025-11-11", source_code="COLMIL"), False),  # Colombia's government and its military: two
    (_m("x", "b", "2025-11-11", target_code="VEN"), False),
    (_m("x", "b", "2025-11-11", root="11"), False),
    (_m("x", "b", "2025-11-11", mood="threat"), False),
    (_m("x", "b", "2025-11-11", mood="reported"), True),
    (_m("x", "b", "2025-11-11", negated=True), False),
    (_m("x", "a", ""), False),  # an undated mention never joins a dated event
])
def test_merge_key(other, merged):
    events, evidence, _ = merge([_m("e", "a", "2025-11-11"), other], [])
    assert (len(events) == 1) is merged and len(evidence) == 2


def test_undated_mentions_merge_only_inside_their_article():
    events, _, _ = merge([_m("e", "a", ""), _m("f", "a", ""), _m("g", "b", "")], [])
    assert [(e["id"], e["mentions"]) for e in events] == [("e", 2), ("g", 1)]
