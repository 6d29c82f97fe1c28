"""Dyad scores over time: per pair of actors and per window, Goldstein sum and mean, counts per quad
class and the cooperation share, in both directions or the symmetric view."""
from __future__ import annotations

import pandas as pd

FREQS = {"week": "W", "month": "M", "quarter": "Q", "year": "Y"}


def dyad_scores(df: pd.DataFrame, *, freq: str = "month", symmetric: bool = False) -> pd.DataFrame:
    """Scores per dyad and window from an events frame (columns ``a``, ``b``, ``date``, ``goldstein``,
    ``quad_class``).

    >>> df = pd.DataFrame({"a": ["COL", "USA", "COL"], "b": ["USA", "COL", "USA"],
    ...                    "date": ["2025-01-05", "2025-01-20", "2025-11-11"],
    ...                    "goldstein": [3.4, -5.0, -4.0], "quad_class": [1, 4, 4]})
    >>> dyad_scores(df, symmetric=True)[["a", "b", "window", "events", "goldstein", "coop_share"]].values.tolist()
    [['COL', 'USA', '2025-01', 2, -1.6, 0.5], ['COL', 'USA', '2025-11', 1, -4.0, 0.0]]
    """
    if df.empty:
        return pd.DataFrame(columns=["a", "b", "window", "events", "goldstein", "mean_goldstein", "q1", "q2", "q3",
                                     "q4", "coop_share"])
    d = df.copy()
    if symmetric:
        lo = d[["a", "b"]].min(axis=1)
        hi = d[["a", "b"]].max(axis=1)
        d["a"], d["b"] = lo, hi
    dates = pd.to_datetime(d["date"], errors="coerce")
    d = d[dates.notna()]
    d["window"] = dates[dates.notna()].dt.to_period(FREQS[freq]).astype(str)
    for q in (1, 2, 3, 4):
        d[f"q{q}"] = (d["quad_class"] == q).astype(int)
    g = d.groupby(["a", "b", "window"], as_index=False).agg(
        events=("goldstein", "size"), goldstein=("goldstein", "sum"), mean_goldstein=("goldstein", "mean"),
        q1=("q1", "sum"), q2=("q2", "sum"), q3=("q3", "sum"), q4=("q4", "sum"))
    g["goldstein"] = g["goldstein"].round(4)
    g["mean_goldstein"] = g["mean_goldstein"].round(4)
    g["coop_share"] = ((g["q1"] + g["q2"]) / g["events"]).round(4)
    return g.sort_values(["a", "b", "window"]).reset_index(drop=True)


def dyad_series(df: pd.DataFrame, a: str, b: str, *, freq: str = "month", fill: bool = True) -> pd.DataFrame:
    """One dyad's symmetric score series, with empty windows filled with zero events when ``fill``.

    >>> df = pd.DataFrame({"a": ["COL", "USA"], "b": ["USA", "COL"], "date": ["2025-01-05", "2025-03-20"],
    ...                    "goldstein": [3.4, -5.0], "quad_class": [1, 4]})
    >>> dyad_series(df, "USA", "COL")[["window", "events", "goldstein"]].values.tolist()
    [['2025-01', 1, 3.4], ['2025-02', 0, 0.0], ['2025-03', 1, -5.0]]
    """
    lo, hi = sorted((a, b))
    s = dyad_scores(df[((df["a"] == lo) & (df["b"] == hi)) | ((df["a"] == hi) & (df["b"] == lo))],
                    freq=freq, symmetric=True)
    if s.empty or not fill:
        return s
    idx = pd.period_range(s["window"].min(), s["window"].max(), freq=FREQS[freq]).astype(str)
    s = s.set_index("window").reindex(idx)
    s[["events", "goldstein", "q1", "q2", "q3", "q4"]] = s[["events", "goldstein", "q1", "q2", "q3", "q4"]].fillna(0)
    s["events"] = s["events"].astype(int)
    s["a"], s["b"] = lo, hi
    return s.rename_axis("window").reset_index()
