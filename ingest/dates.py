"""Resolve the dates that sentences give ("in October", "on Tuesday", "last week") against the article's date."""
from __future__ import annotations

import datetime as dt
import re

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], 1)}
MONTHS.update({k[:3]: v for k, v in MONTHS.items()})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}


def resolve(expression: str, article_date: str | None) -> str | None:
    """An ISO date for a date expression, relative to ``article_date``; ``None`` if it names no day or month.

    >>> resolve("In October", "2025-11-11"), resolve("on Tuesday", "2025-11-13"), resolve("last week", "2025-11-11")
    ('2025-10-01', '2025-11-11', '2025-11-04')
    >>> resolve("December 3, 2024", None), resolve("in March", "2025-02-10")
    ('2024-12-03', '2024-03-01')
    """
    words = re.findall(r"[a-z]+|\d+", expression.lower())
    base = dt.date.fromisoformat(article_date) if article_date else None
    years = [int(w) for w in words if w.isdigit() and len(w) == 4 and 1900 < int(w) < 2100]
    days = [int(w) for w in words if w.isdigit() and len(w) <= 2 and 1 <= int(w) <= 31]
    month = next((MONTHS[w] for w in words if w in MONTHS), None)
    if month:
        if years:
            year = years[0]
        elif base:
            year = base.year if month <= base.month else base.year - 1
        else:
            return None
        try:
            return dt.date(year, month, days[0] if days else 1).isoformat()
        except ValueError:
            return None
    if base is None:
        return None
    if "yesterday" in words:
        return (base - dt.timedelta(days=1)).isoformat()
    if "today" in words or "tonight" in words:
        return base.isoformat()
    wd = next((WEEKDAYS[w] for w in words if w in WEEKDAYS), None)
    if wd is not None:
        back = (base.weekday() - wd) % 7
        return (base - dt.timedelta(days=back)).isoformat()
    if "last" in words or "past" in words:
        if "week" in words:
            return (base - dt.timedelta(days=7)).isoformat()
        if "month" in words:
            first = base.replace(day=1) - dt.timedelta(days=1)
            return first.replace(day=1).isoformat()
        if "year" in words:
            return dt.date(base.year - 1, 1, 1).isoformat()
    if years and not any(w in words for w in ("years", "ago", "since", "for")):
        return dt.date(years[0], 1, 1).isoformat() if years[0] != base.year else None
    return None
