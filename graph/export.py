"""Exports of a graph: GraphML for Gephi and networkx users."""
from __future__ import annotations

from pathlib import Path

import networkx as nx

from .store import Rows


def to_networkx(rows: Rows) -> nx.MultiDiGraph:
    """Actors as nodes, events as edges (keyed by event id) with all their properties.

    >>> from graph.store import Rows
    >>> g = to_networkx(Rows([{"code": "COL", "country": "COL", "sector": "", "name": "Colombia"},
    ...                       {"code": "USA", "country": "USA", "sector": "", "name": "USA"}], [], [],
    ...                      [{"id": "e1", "source_code": "COL", "target_code": "USA", "root": "16"}]))
    >>> list(g.edges(keys=True, data="root"))
    [('COL', 'USA', 'e1', '16')]
    """
    g = nx.MultiDiGraph()
    for a in rows.actors:
        g.add_node(a["code"], **{k: v for k, v in a.items() if k != "code" and v is not None})
    for e in rows.events:
        data = {k: v for k, v in e.items() if k not in ("id", "source_code", "target_code") and v is not None}
        g.add_edge(e["source_code"], e["target_code"], key=e["id"], **data)
    return g


def to_graphml(rows: Rows, path: str | Path) -> None:
    nx.write_graphml(to_networkx(rows), str(path))
