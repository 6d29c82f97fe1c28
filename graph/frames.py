"""From a store to the shapes analysis works on: a pandas DataFrame of events and a networkx graph.

>>> from graph.store import open_store  # doctest: +SKIP
>>> df = events_frame(open_store("diplograph.db", read_only=True), period="2025")  # doctest: +SKIP
"""
from __future__ import annotations

from typing import Any

import networkx as nx
import pandas as pd

from .rows import NO_TARGET

EVENTS = ("MATCH (s:Actor)-[e:EVENT]->(t:Actor) WHERE t.code <> '---' AND s.country <> t.country "
          "RETURN e.id AS id, e.date AS date, e.month AS month, s.code AS source, s.country AS source_country, "
          "t.code AS target, t.country AS target_country, e.cameo AS cameo, e.root AS root, "
          "e.quad_class AS quad_class, e.goldstein AS goldstein, e.mood AS mood, e.negated AS negated, "
          "e.counts AS counts, e.rule AS rule, e.sentence AS sentence, e.doc_id AS doc_id ORDER BY id")


def events_frame(store: Any, *, period: str | None = None, level: str = "country", moods: str = "counted",
                 origin: str | None = None) -> pd.DataFrame:
    """Events between two different actors as a DataFrame, one row each.

    ``period``: a prefix of the date (``"2025"``, ``"2025-11"``) or ``"START..END"`` (inclusive dates or
    prefixes). ``level``: ``"country"`` (COLGOV counts as COL) or ``"sector"`` (COLGOV stays COLGOV), giving
    the ``a``/``b`` columns. ``moods``: ``"counted"`` (what happened or was threatened as told: the default),
    ``"asserted"`` (asserted only) or ``"all"``. ``origin``: ``"diplograph"`` or ``"gdelt"`` to keep only
    events coded by diplograph's extractor or imported from GDELT.
    """
    res = store.query(EVENTS)
    df = pd.DataFrame(res.rows, columns=res.columns)
    return filter_events(df, period=period, level=level, moods=moods, origin=origin)


def filter_events(df: pd.DataFrame, *, period: str | None = None, level: str = "country", moods: str = "counted",
                  origin: str | None = None) -> pd.DataFrame:
    """The filters of :func:`events_frame`, on a DataFrame already loaded.

    >>> df = pd.DataFrame({"date": ["2024-12-30", "2025-01-02"], "source": ["COLGOV", "COL"],
    ...   "source_country": ["COL", "COL"], "target": ["USA", "USA"], "target_country": ["USA", "USA"],
    ...   "mood": ["asserted", "plan"], "negated": [False, False], "counts": [True, False], "rule": ["x", "x"]})
    >>> filter_events(df, period="2024..2025", moods="all")[["a", "b"]].values.tolist()
    [['COL', 'USA'], ['COL', 'USA']]
    >>> len(filter_events(df, period="2025"))
    0
    """
    df = df.copy()
    if period:
        if ".." in period:
            lo, hi = period.split("..", 1)
            keep = pd.Series(True, index=df.index)
            if lo:
                keep &= df["date"] >= lo
            if hi:
                keep &= df["date"].str[: len(hi)] <= hi
            df = df[keep]
        else:
            df = df[df["date"].astype(str).str.startswith(period)]
    if moods == "counted":
        df = df[df["counts"].astype(bool)]
    elif moods == "asserted":
        df = df[(df["mood"] == "asserted") & ~df["negated"].astype(bool)]
    if origin == "gdelt":
        df = df[df["rule"].astype(str).str.startswith("gdelt")]
    elif origin == "diplograph":
        df = df[~df["rule"].astype(str).str.startswith("gdelt")]
    if level == "country":
        df["a"], df["b"] = df["source_country"], df["target_country"]
    else:
        df["a"], df["b"] = df["source"], df["target"]
    df = df[(df["a"] != df["b"]) & (df["b"] != NO_TARGET)]
    return df.reset_index(drop=True)


def event_graph(df: pd.DataFrame) -> nx.MultiDiGraph:
    """Actors as nodes (``a``/``b`` of the frame), one edge per event with its attributes.

    >>> df = pd.DataFrame({"a": ["COL"], "b": ["USA"], "id": ["e1"], "root": ["16"], "goldstein": [-4.0]})
    >>> list(event_graph(df).edges(keys=True, data="goldstein"))
    [('COL', 'USA', 'e1', -4.0)]
    """
    g = nx.MultiDiGraph()
    for row in df.to_dict("records"):
        g.add_edge(row["a"], row["b"], key=row.get("id"),
                   **{k: v for k, v in row.items() if k not in ("a", "b", "id")})
    return g
