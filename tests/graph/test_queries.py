import pytest

from graph import queries
from graph.store import is_write


def test_every_named_query_is_read_only_and_declares_its_parameters():
    named = queries.named_queries()
    assert {"dyad-timeline", "top-conflict", "top-cooperation", "evidence", "actor-relations"} <= set(named)
    for q in named.values():
        assert not is_write(q.cypher), q.name
        used = set(__import__("re").findall(r"\$(\w+)", q.cypher))
        assert used == {p.name for p in q.params}, q.name


def test_bind_casts_and_fills_defaults():
    q = queries.get("evidence")
    assert q.bind({"a": "COL", "b": "USA"}) == {"a": "COL", "b": "USA", "root": "", "limit": 50}
    assert queries.get("top-conflict").bind({"limit": "3"}) == {"limit": 3}
    with pytest.raises(ValueError):
        q.bind({"a": "COL"})
    with pytest.raises(ValueError):
        q.bind({"a": "COL", "b": "USA", "bogus": 1})
