"""Property-based tests: any input to the readers and the extractor gives records or clear problems,
never an exception; events always point inside their text."""
import io
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest.pipeline import extract, segments
from ingest.readers import Problem, from_jsonl, from_text, read_paths
from ingest.records import Article
from ingest.text import repair_line_breaks

json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=40),
                           lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=8), c, max_size=4),
                           max_leaves=8)


@given(st.lists(st.one_of(st.text(max_size=120), json_values.map(json.dumps),
                          st.dictionaries(st.sampled_from(["id", "text", "date", "title", "url"]), json_values,
                                          max_size=5).map(json.dumps)), max_size=8))
@settings(max_examples=300, deadline=None)
def test_jsonl_reader_total(lines):
    for item in from_jsonl(lines, "x.jsonl"):
        if isinstance(item, Problem):
            assert "\n" not in str(item) and str(item).startswith("x.jsonl")
        else:
            assert isinstance(item.text, str) and item.text.strip() and isinstance(item.id, str)
            assert item.date is None or len(item.date) == 10


@given(st.text(max_size=400), st.one_of(st.none(), st.text(max_size=12)))
@settings(max_examples=300, deadline=None)
def test_text_reader_total(text, date):
    for item in from_text(text, "a.txt", date):
        if not isinstance(item, Problem):
            assert item.text == text or item.text.endswith(text[-10:])


@given(st.binary(max_size=300))
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_bytes_on_stdin_or_disk(tmp_path, data):
    for suffix in (".txt", ".jsonl", ".html"):
        f = tmp_path / f"in{suffix}"
        f.write_bytes(data)
        list(read_paths([str(f)]))
    list(read_paths(["-"], stdin=io.StringIO(data.decode("utf-8", errors="replace"))))


@given(st.text(max_size=300))
@settings(max_examples=200, deadline=None)
def test_repair_and_segments_keep_the_text(text):
    assert len(repair_line_breaks(text)) == len(text)
    assert "".join(piece for _, piece in segments(text, size=37)) == text


words = st.sampled_from(["Colombia", "the United States", "Petro", "Washington", "condemned", "suspended",
                         "intelligence", "sharing", "with", "and", "Britain", "threatened", "to", "impose",
                         "sanctions", "on", "Iran", "did", "not", ".", ",", "\n", "U.S.", "Navy", "strikes",
                         "he", "accused", "of", "In", "October", "talks", "held", "NATO", "’s", "criticism"])


@given(st.lists(words, max_size=60).map(" ".join), st.sampled_from([None, "2025-11-11", "2014-03-01"]))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_extractor_events_point_inside_their_text(nlp, text, date):
    [(_, events)] = list(extract([Article(id="p", text=text, date=date)], nlp=nlp))
    fixed = repair_line_breaks(text)
    for e in events:
        assert 0 <= e.start < e.end <= len(text)
        assert fixed[e.start:e.end] == e.sentence
        for m in (e.source, e.target):
            if m is not None and m.kind != "coref":
                assert 0 <= m.start < m.end <= len(text) and fixed[m.start:m.end] == m.text
        assert e.quad_class in (1, 2, 3, 4) and e.mood in ("asserted", "threat", "plan", "denied", "reported")
        assert e.source.code != (e.target.code if e.target else None)
