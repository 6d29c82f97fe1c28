"""Alliances: a signed, weighted country graph, blocs by structural balance, allies and adversaries.

The signed graph joins two countries when they exchanged events in the period: the edge weight is the
symmetric Goldstein sum (volume times intensity), its sign says whether cooperation or conflict
dominates. Blocs are found with signed spectral clustering (the signed Laplacian of Kunegis et al.,
2010, "Spectral analysis of signed graphs for clustering, prediction and visualization"), refined by
Doreian & Mrvar's (1996) relocation, which minimises the frustration: negative weight inside blocs
plus positive weight between them.
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass

import networkx as nx
import numpy as np
import pandas as pd


def signed_graph(df: pd.DataFrame, *, min_events: int = 1, min_weight: float = 0.0) -> nx.Graph:
    """Undirected signed graph from an events frame (columns ``a``, ``b``, ``goldstein``, ``quad_class``).

    Edge attributes: ``weight`` (Goldstein sum, signed), ``sign`` (+1/-1), ``events``, ``cooperation``
    and ``conflict`` (event counts).

    >>> df = pd.DataFrame({"a": ["COL", "USA", "GBR"], "b": ["USA", "COL", "USA"], "goldstein": [-4.0, 1.0, 3.0],
    ...                    "quad_class": [4, 1, 1]})
    >>> sorted(tuple(sorted((u, v))) + (s,) for u, v, s in signed_graph(df).edges(data="sign"))
    [('COL', 'USA', -1), ('GBR', 'USA', 1)]
    """
    g = nx.Graph()
    if df.empty:
        return g
    d = df.assign(lo=df[["a", "b"]].min(axis=1), hi=df[["a", "b"]].max(axis=1))
    agg = d.groupby(["lo", "hi"]).agg(weight=("goldstein", "sum"), events=("goldstein", "size"),
                                      cooperation=("quad_class", lambda q: int((q <= 2).sum())),
                                      conflict=("quad_class", lambda q: int((q >= 3).sum())))
    for (lo, hi), r in agg.iterrows():
        if r["events"] < min_events or abs(r["weight"]) <= min_weight or r["weight"] == 0:
            continue
        g.add_edge(lo, hi, weight=round(float(r["weight"]), 4), sign=1 if r["weight"] > 0 else -1,
                   events=int(r["events"]), cooperation=int(r["cooperation"]), conflict=int(r["conflict"]))
    return g


def frustration(g: nx.Graph, blocs: dict[str, int], *, alpha: float = 0.5) -> float:
    """Doreian–Mrvar criterion: ``alpha`` x negative weight inside blocs + (1-alpha) x positive weight between.

    >>> g = nx.Graph(); g.add_edge("A", "B", weight=2.0); g.add_edge("B", "C", weight=-1.0)
    >>> frustration(g, {"A": 0, "B": 0, "C": 1}), frustration(g, {"A": 0, "B": 1, "C": 1})
    (0.0, 1.5)
    """
    neg_in = pos_out = 0.0
    for u, v, w in g.edges(data="weight"):
        if blocs[u] == blocs[v] and w < 0:
            neg_in += -w
        elif blocs[u] != blocs[v] and w > 0:
            pos_out += w
    return alpha * neg_in + (1 - alpha) * pos_out


def _spectral(g: nx.Graph, nodes: list[str], k: int, seed: int) -> dict[str, int]:
    from scipy.cluster.vq import kmeans2

    a = nx.to_numpy_array(g, nodelist=nodes, weight="weight")
    lap = np.diag(np.abs(a).sum(axis=1)) - a  # the signed Laplacian
    vals, vecs = np.linalg.eigh(lap)
    emb = vecs[:, :k]
    if k == 2:
        labels = (vecs[:, 0] >= 0).astype(int)
    else:
        _, labels = kmeans2(emb, k, seed=seed, minit="++")
    return {n: int(c) for n, c in zip(nodes, labels)}


def _relocate(g: nx.Graph, blocs: dict[str, int], k: int, alpha: float) -> dict[str, int]:
    best = frustration(g, blocs, alpha=alpha)
    improved = True
    while improved:
        improved = False
        for n in sorted(blocs):
            here = blocs[n]
            for c in range(k):
                if c == here:
                    continue
                blocs[n] = c
                f = frustration(g, blocs, alpha=alpha)
                if f < best - 1e-12:
                    best, here, improved = f, c, True
                else:
                    blocs[n] = here
            blocs[n] = here
    return blocs


def blocs(g: nx.Graph, *, max_k: int = 6, alpha: float = 0.5, seed: int = 0) -> dict[str, int]:
    """Partition the nodes of a signed graph into blocs (0, 1, … by size), one connected component at a time.

    The number of blocs per component is the one in 1..``max_k`` with the least frustration (ties: fewer).

    >>> g = nx.Graph()
    >>> g.add_edges_from([("A", "B", {"weight": 5}), ("C", "D", {"weight": 4}), ("A", "C", {"weight": -3}),
    ...                   ("B", "D", {"weight": -2}), ("A", "D", {"weight": -1})])
    >>> b = blocs(g); (b["A"] == b["B"], b["C"] == b["D"], b["A"] != b["C"])
    (True, True, True)
    """
    out: dict[str, int] = {}
    next_id = 0
    for comp in sorted(nx.connected_components(g), key=lambda c: (-len(c), sorted(c))):
        nodes = sorted(comp)
        sub = g.subgraph(nodes)
        best, best_f = {n: 0 for n in nodes}, frustration(sub, {n: 0 for n in nodes}, alpha=alpha)
        for k in range(2, min(max_k, len(nodes)) + 1):
            cand = _relocate(sub, _spectral(sub, nodes, k, seed), k, alpha)
            f = frustration(sub, cand, alpha=alpha)
            if f < best_f - 1e-9:
                best, best_f = cand, f
        used = sorted(set(best.values()), key=lambda c: (-sum(1 for v in best.values() if v == c), c))
        remap = {c: next_id + i for i, c in enumerate(used)}
        next_id += len(used)
        out.update({n: remap[c] for n, c in best.items()})
    return out


@dataclass
class BlocReport:
    bloc: int
    members: list[str]
    internal_positive: float  # share of the bloc's internal weight that is positive (1.0 = cohesive)
    triads: int
    balanced_triads: float  # share of the bloc's triangles that are balanced


def triad_balance(g: nx.Graph, nodes: list[str] | None = None) -> tuple[int, float]:
    """(triangles, share balanced) among ``nodes``: a triangle is balanced when the product of its signs is +.

    >>> g = nx.Graph(); g.add_edge("A", "B", sign=1); g.add_edge("B", "C", sign=-1); g.add_edge("A", "C", sign=-1)
    >>> triad_balance(g)
    (1, 1.0)
    """
    sub = g.subgraph(nodes) if nodes is not None else g
    total = balanced = 0
    for u, v, w in itertools.combinations(sorted(sub.nodes), 3):
        if sub.has_edge(u, v) and sub.has_edge(v, w) and sub.has_edge(u, w):
            total += 1
            balanced += sub[u][v]["sign"] * sub[v][w]["sign"] * sub[u][w]["sign"] > 0
    return total, (balanced / total if total else 1.0)


def bloc_report(g: nx.Graph, partition: dict[str, int]) -> list[BlocReport]:
    out = []
    for b in sorted(set(partition.values())):
        members = sorted(n for n, c in partition.items() if c == b)
        sub = g.subgraph(members)
        pos = sum(w for _, _, w in sub.edges(data="weight") if w > 0)
        tot = sum(abs(w) for _, _, w in sub.edges(data="weight"))
        t, share = triad_balance(g, members)
        out.append(BlocReport(b, members, round(pos / tot, 4) if tot else 1.0, t, round(share, 4)))
    return out


def allies(g: nx.Graph, actor: str, *, n: int = 10) -> list[tuple[str, float]]:
    """Partners of ``actor`` with cooperation dominating, strongest first.

    >>> g = nx.Graph(); g.add_edge("COL", "USA", weight=-4.0); g.add_edge("COL", "VEN", weight=3.0)
    >>> allies(g, "COL"), adversaries(g, "COL")
    ([('VEN', 3.0)], [('USA', -4.0)])
    """
    if actor not in g:
        return []
    return sorted(((p, d["weight"]) for p, d in g[actor].items() if d["weight"] > 0), key=lambda x: (-x[1], x[0]))[:n]


def adversaries(g: nx.Graph, actor: str, *, n: int = 10) -> list[tuple[str, float]]:
    """Partners of ``actor`` with conflict dominating, most hostile first."""
    if actor not in g:
        return []
    return sorted(((p, d["weight"]) for p, d in g[actor].items() if d["weight"] < 0), key=lambda x: (x[1], x[0]))[:n]
