"""Landmarks of history that news names in passing: "the U.S. invasion of Iraq" in a 2014 article is the
invasion of 2003, not an act of the article (``data/landmarks.tsv``).

>>> named_history("USA", "IRQ", "invasion", "2014-08-07")
'2003 invasion of Iraq'
>>> named_history("RUS", "UKR", "invasion", "2022-02-25") is None  # news on the day after
True
"""
from __future__ import annotations

import csv
import datetime as dt
from functools import lru_cache
from pathlib import Path

from .dates import HISTORY_DAYS

DATA = Path(__file__).parent / "data" / "landmarks.tsv"


@lru_cache(maxsize=1)
def _landmarks() -> dict[tuple[str, str, str], list[tuple[dt.date, str]]]:
    out: dict[tuple[str, str, str], list[tuple[dt.date, str]]] = {}
    with DATA.open(encoding="utf-8") as fh:
        for row in csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t"):
            for noun in row["nouns"].split("|"):
                out.setdefault((row["source"], row["target"], noun), []).append(
                    (dt.date.fromisoformat(row["date"]), row["reference"]))
    return out


def named_history(source: str, target: str, noun: str, article_date: str | None) -> str | None:
    """The landmark that ``noun`` (an event noun's lemma) names between the countries ``source`` and ``target``,
    if it began more than ``HISTORY_DAYS`` before the article; else None."""
    if not article_date:
        return None
    day = dt.date.fromisoformat(article_date[:10])
    for begun, reference in _landmarks().get((source, target, noun), []):
        if (day - begun).days > HISTORY_DAYS:
            return reference
    return None
