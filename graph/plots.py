"""Pictures: the network of blocs, a dyad's timeline with its change points, a heat map of dyad scores.

Each function draws with matplotlib (no display needed) and writes a PNG; each returns the figure.
"""
from __future__ import annotations

from pathlib import Path

import sys

import matplotlib

if "ipykernel" not in sys.modules:  # notebooks keep their inline backend; elsewhere draw without a display
    matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import networkx as nx  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402
from matplotlib.patches import Patch  # noqa: E402

COOP, CONFLICT = "#1a9850", "#d73027"
# bloc colours: none of them red or green, which mark the sign of edges
BLOC_COLOURS = ["#1f77b4", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"]


def PALETTE(i: int) -> str:  # noqa: N802
    return BLOC_COLOURS[i % len(BLOC_COLOURS)]


def _save(fig, path: str | Path | None):
    if path is not None:
        fig.savefig(path, dpi=130, bbox_inches="tight")
    return fig


def plot_blocs(g: nx.Graph, partition: dict[str, int], path: str | Path | None = None, *, title: str = "",
               max_nodes: int = 36):
    """Countries coloured by bloc, edges green (cooperation) or red (conflict), width by |Goldstein sum|."""
    strength = {n: sum(abs(w) for _, _, w in g.edges(n, data="weight")) for n in g}
    keep = sorted(strength, key=lambda n: (-strength[n], n))[:max_nodes]  # ties by name: the same picture every run
    sub = g.subgraph(keep)
    # (a country whose partners were all left out would float alone, with no edge to say why it is there)
    sub = sub.subgraph([n for n in sub if sub.degree(n) > 0])
    # each bloc on a circle of its own; the blocs on a larger circle
    pos: dict[str, np.ndarray] = {}
    outward: dict[str, np.ndarray] = {}  # each label points away from its bloc's centre, so neighbours fan out
    bloc_ids = sorted({partition[n] for n in sub}, key=lambda b: (-sum(partition[n] == b for n in sub), b))
    for i, b in enumerate(bloc_ids):
        members = sorted((n for n in sub if partition[n] == b), key=lambda n: (-strength[n], n))
        angle = 2 * np.pi * i / max(len(bloc_ids), 1) + np.pi / 2
        centre = np.array([np.cos(angle), np.sin(angle)]) * (3.2 if len(bloc_ids) > 1 else 0)
        radius = 0.25 + 0.22 * np.sqrt(len(members))
        for j, n in enumerate(members):
            t = 2 * np.pi * j / len(members)
            pos[n] = centre + (radius * np.array([np.cos(t), np.sin(t)]) if len(members) > 1 else 0)
            outward[n] = np.array([np.cos(t), np.sin(t)]) if len(members) > 1 else np.array([0.0, 1.0])
    fig, ax = plt.subplots(figsize=(11, 9))
    wmax = max((abs(w) for _, _, w in sub.edges(data="weight")), default=1) or 1
    nodes = sorted(sub)  # drawn in a fixed order: the same picture whatever order the graph was built in
    for u, v, w in sorted((min(u, v), max(u, v), w) for u, v, w in sub.edges(data="weight")):
        ax.plot(*zip(pos[u], pos[v]), color=COOP if w > 0 else CONFLICT, alpha=0.55,
                linewidth=0.6 + 5 * abs(w) / wmax, zorder=1)
    sizes = np.array([strength[n] for n in nodes])
    sizes = 60 + 500 * sizes / (sizes.max() or 1)
    colors = [PALETTE(partition[n]) for n in nodes]
    ax.scatter([pos[n][0] for n in nodes], [pos[n][1] for n in nodes], s=sizes, c=colors, edgecolors="black",
               linewidths=0.6, zorder=2)
    for n in nodes:
        dx, dy = outward[n]
        ha = "left" if dx > 0.1 else "right" if dx < -0.1 else "center"
        va = "bottom" if dy > 0.35 else "top" if dy < -0.35 else "center"
        ax.annotate(n, pos[n], xytext=(10 * dx, 10 * dy), textcoords="offset points", ha=ha, va=va, fontsize=8,
                    fontweight="bold", zorder=3, bbox=dict(boxstyle="round,pad=0.1", fc="white", ec="none", alpha=0.7))
    handles = [Line2D([0], [0], color=COOP, lw=3, label="cooperation dominates"),
               Line2D([0], [0], color=CONFLICT, lw=3, label="conflict dominates")]
    handles += [Patch(color=PALETTE(b), label=_bloc_label(b, partition, sub)) for b in sorted(bloc_ids)[:10]]
    left = sorted(set(g) - set(sub), key=lambda n: (-strength[n], n))
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False,
              title="edge width: |Goldstein sum|\nnode size: event volume"
                    + (f"\n{len(sub)} of {g.number_of_nodes()} actors drawn;\nleft out (least active):\n"
                       + _wrap(left) if left else ""))
    ax.set_title(title or "Blocs of the signed country graph (signed spectral clustering)")
    ax.set_aspect("equal")
    ax.set_axis_off()
    return _save(fig, path)


def _bloc_label(b: int, partition: dict[str, int], drawn: nx.Graph) -> str:
    """Legend text of bloc ``b``: its number, and the member's name when it stands alone."""
    members = [n for n, k in partition.items() if k == b]
    label = f"bloc {b}" if len(members) > 1 else f"bloc {b}: {members[0]} alone"
    hidden = sum(n not in drawn for n in members)
    return label + (f" (+{hidden} not drawn)" if hidden else "")


def _wrap(names: list[str], width: int = 5) -> str:
    """Names in lines of ``width``, for a legend."""
    return "\n".join(" ".join(names[i:i + width]) for i in range(0, len(names), width))


def plot_dyad(series: pd.DataFrame, changes: list, path: str | Path | None = None, *, title: str = ""):
    """Goldstein sum per window (bars) and mean per event (line), change points as dashed lines."""
    fig, ax = plt.subplots(figsize=(11, 4.8))
    x = np.arange(len(series))
    gs = series["goldstein"].to_numpy(dtype=float)
    ax.bar(x, gs, color=[COOP if v >= 0 else CONFLICT for v in gs], alpha=0.75, label="Goldstein sum per window")
    mean = series["mean_goldstein"].to_numpy(dtype=float)
    ax.plot(x, mean, "o-", color="black", lw=1.2, ms=4, label="mean Goldstein per event")
    ax.axhline(0, color="grey", lw=0.8)
    windows = list(series["window"])
    for c in changes:
        if c.window in windows:
            i = windows.index(c.window)
            ax.axvline(i - 0.5, color="#4575b4", ls="--", lw=1.5)
            ax.annotate(f"{c.kind}\n{c.before:+.1f} → {c.after:+.1f}", (i - 0.5, ax.get_ylim()[1]),
                        xytext=(4, -28), textcoords="offset points", fontsize=9, color="#4575b4")
    step = max(1, len(windows) // 16)
    ax.set_xticks(x[::step])
    ax.set_xticklabels(windows[::step], rotation=45, ha="right", fontsize=8)
    ax.set_ylabel("Goldstein score (−10 conflict … +10 cooperation)")
    ax.set_xlabel("window")
    handles, labels = ax.get_legend_handles_labels()
    handles.append(Line2D([0], [0], color="#4575b4", ls="--", label="change point (PELT)"))
    ax.legend(handles=handles, loc="lower left", fontsize=9)
    ax.set_title(title or "Dyad timeline")
    return _save(fig, path)


def plot_heatmap(scores: pd.DataFrame, path: str | Path | None = None, *, top: int = 15, title: str = ""):
    """Symmetric Goldstein sum between the ``top`` most active actors (rows and columns), diverging colours."""
    d = scores.groupby(["a", "b"], as_index=False)["goldstein"].sum()
    vol = pd.concat([d.groupby("a")["goldstein"].apply(lambda s: s.abs().sum()),
                     d.groupby("b")["goldstein"].apply(lambda s: s.abs().sum())]).groupby(level=0).sum()
    names = list(vol.sort_values(ascending=False).index[:top])
    names.sort()
    m = pd.DataFrame(0.0, index=names, columns=names)
    for r in d.itertuples():
        if r.a in m.index and r.b in m.columns:
            m.loc[r.a, r.b] += r.goldstein
            if r.a != r.b:
                m.loc[r.b, r.a] += r.goldstein
    lim = float(np.abs(m.to_numpy()).max()) or 1.0
    fig, ax = plt.subplots(figsize=(9, 8))
    im = ax.imshow(m.to_numpy(), cmap="RdYlGn", vmin=-lim, vmax=lim)
    ax.set_xticks(range(len(names)))
    ax.set_yticks(range(len(names)))
    ax.set_xticklabels(names, rotation=60, ha="right", fontsize=8)
    ax.set_yticklabels(names, fontsize=8)
    for i in range(len(names)):
        for j in range(len(names)):
            v = m.iat[i, j]
            if v:
                ax.text(j, i, f"{v:.0f}", ha="center", va="center", fontsize=6)
    cb = fig.colorbar(im, ax=ax, shrink=0.8)
    cb.set_label("Goldstein sum, both directions (− conflict, + cooperation)")
    ax.set_title(title or "Dyad scores")
    return _save(fig, path)
