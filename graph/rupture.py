"""Ruptures: change points in each dyad's score series, ranked by the size and sign of the shift.

The series of a dyad is its mean Goldstein score per window, over the windows in which the pair
exchanged events (an empty month says nothing about a relationship). Change points come from PELT
(Killick et al., 2012) in the ``ruptures`` package with an L2 cost, ``min_size=1`` and a BIC-style
penalty ``pen = penalty x log(n) x var(series)`` (``penalty`` = 1 by default). Each change is ranked
by the shift of the mean score across it, weighted by the events on both sides (a t-like strength,
so that one stray event does not outrank a sustained turn); a negative shift is a rupture, a positive
one a rapprochement.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .dyads import FREQS, dyad_scores


@dataclass
class Change:
    a: str
    b: str
    window: str  # the first window of the new regime
    before: float  # mean Goldstein per event before (segment mean)
    after: float
    shift: float  # after - before
    events_before: int
    events_after: int
    evidence: list[dict] = field(default_factory=list)

    @property
    def strength(self) -> float:
        """The shift weighted by the evidence on both sides (a t-like score): |shift| x sqrt(n1 n2 / (n1 + n2))."""
        n1, n2 = self.events_before, self.events_after
        return round(abs(self.shift) * (n1 * n2 / (n1 + n2)) ** 0.5, 3) if n1 and n2 else 0.0

    @property
    def kind(self) -> str:
        return "rupture" if self.shift < 0 else "rapprochement"


def change_points(values: np.ndarray, *, penalty: float = 1.0) -> list[int]:
    """Indices where a new segment starts (PELT, L2 cost, BIC-style penalty).

    >>> change_points(np.array([4.0, 3.5, 4.2, -3.0, -4.0, -3.5]))
    [3]
    >>> change_points(np.array([1.0, 1.0, 1.0]))
    []
    """
    import ruptures as rpt

    n = len(values)
    var = float(np.var(values))
    if n < 3 or var == 0:
        return []
    pen = penalty * np.log(n) * var
    algo = rpt.Pelt(model="l2", min_size=1, jump=1).fit(values.reshape(-1, 1))
    return [i for i in algo.predict(pen=pen) if i < n]


def dyad_changes(df: pd.DataFrame, a: str, b: str, *, freq: str = "month", penalty: float = 1.0,
                 evidence: int = 3) -> list[Change]:
    """Change points of one dyad (symmetric), each with the events around it as evidence."""
    lo, hi = sorted((a, b))
    pair = df[((df["a"] == lo) & (df["b"] == hi)) | ((df["a"] == hi) & (df["b"] == lo))]
    return _pair_changes(pair, lo, hi, freq=freq, penalty=penalty, evidence=evidence)


def _pair_changes(pair: pd.DataFrame, lo: str, hi: str, *, freq: str, penalty: float,
                  evidence: int = 3) -> list[Change]:
    """Change points of the events of one dyad (``pair`` holds only its events, both directions)."""
    s = dyad_scores(pair, freq=freq, symmetric=True)
    if len(s) < 3:
        return []
    values = s["mean_goldstein"].to_numpy(dtype=float)
    cuts = change_points(values, penalty=penalty)
    out = []
    bounds = [0, *cuts, len(values)]
    for j, cut in enumerate(cuts):
        seg_a = s.iloc[bounds[j]:cut]
        seg_b = s.iloc[cut:bounds[j + 2]]
        before = float((seg_a["mean_goldstein"] * seg_a["events"]).sum() / seg_a["events"].sum())
        after = float((seg_b["mean_goldstein"] * seg_b["events"]).sum() / seg_b["events"].sum())
        window = str(s.iloc[cut]["window"])
        ev = pair.assign(window=pd.to_datetime(pair["date"]).dt.to_period(FREQS[freq]).astype(str))
        around = ev[ev["window"] == window].sort_values(["goldstein", "date"]).head(evidence)
        out.append(Change(lo, hi, window, round(before, 3), round(after, 3), round(after - before, 3),
                          int(seg_a["events"].sum()), int(seg_b["events"].sum()),
                          around[[c for c in ("date", "source", "cameo", "target", "sentence", "doc_id")
                                  if c in around]].to_dict("records")))
    return out


def rank_changes(df: pd.DataFrame, *, top: int = 10, min_events: int = 4, freq: str = "month",
                 penalty: float = 1.0, kind: str | None = None) -> list[Change]:
    """Change points of every dyad with at least ``min_events`` events, strongest first (see ``Change.strength``).

    ``kind``: ``"rupture"`` or ``"rapprochement"`` to keep one sign only.
    """
    pairs = df.assign(lo=df[["a", "b"]].min(axis=1), hi=df[["a", "b"]].max(axis=1))
    changes: list[Change] = []
    for (lo, hi), pair in pairs.groupby(["lo", "hi"]):  # one pass over the events, not one per dyad
        if len(pair) >= min_events:
            changes.extend(_pair_changes(pair.drop(columns=["lo", "hi"]), lo, hi, freq=freq, penalty=penalty))
    if kind:
        changes = [c for c in changes if c.kind == kind]
    changes.sort(key=lambda c: (-c.strength, c.a, c.b, c.window))
    return changes[:top]
