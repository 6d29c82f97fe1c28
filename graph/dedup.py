"""One real event, many mentions: the mentions that tell the same event become one stored event.

Two mentions tell the same event when their source and target actors agree (the same code, or a bare
country and a sector of it: "the US" and "the U.S. State Department"), the same CAMEO
root, the same negation and the same kind of mood (asserted and reported are one kind: both tell that it
happened), and dates at most one day apart (the same article, when neither has a
date). The first mention, in input order, gives the event its id, date and representative sentence;
every mention is kept as an ``Evidence`` node (``event_id`` points at the event), and the event counts
them in ``mentions``. Graph counts are therefore counts of events, not of sentences, while ``extract``
still writes one line per mention.

>>> m = lambda i, doc, d: {"id": i, "doc_id": doc, "source_code": "COLGOV", "target_code": "USA", "root": "16",
...                        "mood": "asserted", "negated": False, "date": d, "mentions": 1}
>>> events, evidence, bumps = merge([m("a1", "a", "2025-11-11"), m("b1", "b", "2025-11-12")], [])
>>> [(e["id"], e["mentions"]) for e in events], [v["event_id"] for v in evidence], bumps
([('a1', 2)], ['a1', 'a1'], [])
>>> merge([m("c1", "c", "2025-11-10")], [m("a1", "a", "2025-11-11")])[2]
[{'id': 'a1', 'source_code': 'COLGOV', 'target_code': 'USA', 'n': 1}]
"""
from __future__ import annotations

import datetime as dt
from typing import Any

KEY = ("source_country", "target_country", "root", "mood", "negated")
MOOD_KINDS = {"asserted": ("asserted", "reported"), "reported": ("asserted", "reported")}
EVIDENCE_FIELDS = ["id", "event_id", "doc_id", "cameo", "date", "rule", "confidence", "sentence", "sent_start",
                   "sent_end", "source_text", "source_start", "source_end", "target_text", "target_start",
                   "target_end", "trigger"]
# Writing what ``merge`` returns: the same Cypher on both stores
CREATE_EVIDENCE = "UNWIND $rows AS r CREATE (v:Evidence {" + ", ".join(f"{f}: r.{f}" for f in EVIDENCE_FIELDS) + "})"
BUMP_EVENTS = ("UNWIND $rows AS r MATCH (s:Actor {code: r.source_code})-[e:EVENT]->(t:Actor {code: r.target_code}) "
               "WHERE e.id = r.id SET e.mentions = e.mentions + r.n")
# The stored events a batch's mentions may belong to: same key, a date within a day. Same Cypher on both stores.
CANDIDATES = (
    "UNWIND $keys AS k MATCH (s:Actor {country: k.source_country})-[e:EVENT]->(t:Actor {country: k.target_country}) "
    "WHERE e.root = k.root AND e.mood IN k.moods AND e.negated = k.negated AND e.date IN k.dates "
    "RETURN e.id AS id, s.code AS source_code, t.code AS target_code, s.country AS source_country, "
    "t.country AS target_country, e.root AS root, e.mood AS mood, e.negated AS negated, e.date AS date, "
    "e.doc_id AS doc_id ORDER BY id")


def agree(a: str, b: str, country: str) -> bool:
    """Two actor codes of one country name the same actor: equal, or one is the bare country.

    >>> agree("USAGOV", "USA", "USA"), agree("USAGOV", "USAMIL", "USA"), agree("COLGOV", "COLGOV", "COL")
    (True, False, True)
    """
    return a == b or a == country or b == country


def near_dates(date: str) -> list[str]:
    """The dates a mention of ``date`` may share an event with (itself only for partial or missing dates).

    >>> near_dates("2025-03-01"), near_dates("2025-03"), near_dates("")
    (['2025-02-28', '2025-03-01', '2025-03-02'], ['2025-03'], [''])
    """
    try:
        day = dt.date.fromisoformat(date)
    except ValueError:
        return [date]
    return [(day + dt.timedelta(days=k)).isoformat() for k in (-1, 0, 1)]


def _moods(mood: str) -> tuple[str, ...]:
    return MOOD_KINDS.get(mood, (mood,))


def _slot(row: dict[str, Any]) -> tuple:
    return tuple(_moods(row[k]) if k == "mood" else row[k] for k in KEY)


def merge(mentions: list[dict[str, Any]], stored: list[dict[str, Any]]
          ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """Group mention rows into events.

    Returns the new event rows (with ``mentions`` set), one evidence row per mention, and the stored
    events that gain mentions (``{"id", "source_code", "target_code", "n"}``). ``stored`` holds the
    candidate events already in the store (rows with the key fields, ``id``, ``date`` and ``doc_id``).
    """
    mentions = [_with_countries(r) for r in mentions]
    by_slot: dict[tuple, list[dict[str, Any]]] = {}
    for ev in map(_with_countries, stored):
        by_slot.setdefault(_slot(ev), []).append({**ev, "_stored": True, "_n": 0})
    new: list[dict[str, Any]] = []
    evidence: list[dict[str, Any]] = []
    for row in mentions:
        home = None
        for ev in by_slot.get(_slot(row), []):
            if row["date"] in near_dates(ev["date"]) and (row["date"] or row["doc_id"] == ev["doc_id"]) \
                    and agree(row["source_code"], ev["source_code"], row["source_country"]) \
                    and agree(row["target_code"], ev["target_code"], row["target_country"]):
                home = ev
                break
        if home is None:
            home = {**row, "mentions": 0, "_stored": False, "_n": 0}
            by_slot.setdefault(_slot(row), []).append(home)
            new.append(home)
        home["_n"] += 1
        evidence.append({f: (home["id"] if f == "event_id" else row.get(f)) for f in EVIDENCE_FIELDS})
    events = [{**{k: v for k, v in ev.items() if not k.startswith("_") and k not in DERIVED}, "mentions": ev["_n"]}
              for ev in new]
    bumps = [{"id": ev["id"], "source_code": ev["source_code"], "target_code": ev["target_code"], "n": ev["_n"]}
             for evs in by_slot.values() for ev in evs if ev["_stored"] and ev["_n"]]
    return events, evidence, sorted(bumps, key=lambda b: b["id"])


DERIVED = ("source_country", "target_country")


def _with_countries(row: dict[str, Any]) -> dict[str, Any]:
    if "source_country" in row:
        return row
    from ingest.actors import split_code

    return {**row, "source_country": split_code(row["source_code"])[0],
            "target_country": split_code(row["target_code"])[0]}


def keys_of(mentions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The candidate lookups for a batch: one per distinct (key, date) with a date."""
    seen: dict[tuple, dict[str, Any]] = {}
    for row in map(_with_countries, mentions):
        if row["date"]:
            seen.setdefault(_slot(row) + (row["date"],),
                            {**{k: row[k] for k in KEY if k != "mood"}, "moods": list(_moods(row["mood"])),
                             "dates": near_dates(row["date"])})
    return list(seen.values())


def dedupe(store: Any, rows: Any) -> Any:
    """``rows`` with its mention rows merged into events, against what ``store`` already holds."""
    from .store import Rows, query_chunks

    mentions = [_with_countries(r) for r in rows.events]
    stored = query_chunks(store, CANDIDATES, "keys", keys_of(mentions))
    events, evidence, bumps = merge(mentions, stored)
    return Rows(rows.actors, rows.parts, rows.articles, events, evidence, bumps)
