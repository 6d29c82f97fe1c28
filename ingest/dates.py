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


NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "few": 3, "couple": 2}
UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7, "fortnight": 14}


def _months_back(base: dt.date, n: int) -> dt.date:
    y, m = divmod(base.year * 12 + base.month - 1 - n, 12)
    return dt.date(y, m + 1, 1)


def resolve(expression: str, article_date: str | None) -> str | None:
    """An ISO date for a date expression, relative to ``article_date``; ``None`` if it names no day or month.

    A period resolves to its first day ("in October" -> 1 October; "earlier this year" -> 1 January).

    >>> resolve("In October", "2025-11-11"), resolve("on Tuesday", "2025-11-13"), resolve("last week", "2025-11-11")
    ('2025-10-01', '2025-11-11', '2025-11-04')
    >>> resolve("December 3, 2024", None), resolve("in March", "2025-02-10")
    ('2024-12-03', '2024-03-01')
    >>> resolve("earlier this year", "2025-11-11"), resolve("three days ago", "2025-11-11"), resolve("two months ago", "2025-01-15")
    ('2025-01-01', '2025-11-08', '2024-11-01')
    >>> resolve("last Tuesday", "2025-11-11"), resolve("the previous day", "2025-11-11"), resolve("this month", "2025-11-11")
    ('2025-11-04', '2025-11-10', '2025-11-01')
    >>> resolve("in May", "2025-11-11"), resolve("over the weekend", "2025-11-11"), resolve("a week ago", "2025-11-11")
    ('2025-05-01', '2025-11-08', '2025-11-04')
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
    if "yesterday" in words or ("previous" in words or "before" in words) and "day" in words:
        return (base - dt.timedelta(days=1)).isoformat()
    if "today" in words or "tonight" in words:
        return base.isoformat()
    if "ago" in words:  # "three days ago", "a week ago", "two months ago", "a year ago"
        n = next((int(w) for w in words if w.isdigit() and len(w) <= 3), None)
        n = n if n is not None else next((NUMBERS[w] for w in words if w in NUMBERS), 1)
        unit = next((w for w in words if w in UNITS or w.rstrip("s") in ("month", "year")), None)
        if unit in UNITS:
            return (base - dt.timedelta(days=n * UNITS[unit])).isoformat()
        if unit and unit.startswith("month"):
            return _months_back(base, n).isoformat()
        if unit and unit.startswith("year"):
            return dt.date(base.year - n, 1, 1).isoformat()
        return None
    wd = next((WEEKDAYS[w] for w in words if w in WEEKDAYS), None)
    if wd is not None:
        back = (base.weekday() - wd) % 7
        if back == 0 and "last" in words:
            back = 7
        return (base - dt.timedelta(days=back)).isoformat()
    if "weekend" in words:  # the weekend before the article
        back = (base.weekday() - 5) % 7 or 7
        return (base - dt.timedelta(days=back)).isoformat()
    if "last" in words or "past" in words or "previous" in words:
        if "week" in words:
            return (base - dt.timedelta(days=7)).isoformat()
        if "month" in words:
            return _months_back(base, 1).isoformat()
        if "year" in words:
            return dt.date(base.year - 1, 1, 1).isoformat()
    if "this" in words or "earlier" in words:
        if "week" in words:
            return (base - dt.timedelta(days=base.weekday())).isoformat()
        if "month" in words:
            return base.replace(day=1).isoformat()
        if "year" in words:
            return dt.date(base.year, 1, 1).isoformat()
    if years and not any(w in words for w in ("years", "ago", "since", "for")):
        return dt.date(years[0], 1, 1).isoformat() if years[0] != base.year else None
    return None


HISTORY_DAYS = 90  # an event dated by an explicit year this long before its article is history, not news


def long_before(expression: str, when: str | None, article_date: str | None) -> bool:
    """Whether ``expression``, which dated an event ``when``, names a year of its own and sets the event more than
    ``HISTORY_DAYS`` before the article: history told in passing, not news.

    >>> long_before("August 2008", "2008-08-01", "2016-05-01"), long_before("last year", "2015-01-01", "2016-05-01")
    (True, False)
    >>> long_before("December 28, 2016", "2016-12-28", "2017-01-05")
    False
    """
    if not when or not article_date or not re.search(r"\b(1[89]|20)\d\d\b", expression):
        return False
    return (dt.date.fromisoformat(article_date[:10]) - dt.date.fromisoformat(when[:10])).days > HISTORY_DAYS
