"""Flat rows for the stores: one shape for both backends, built from ingest's records."""
from __future__ import annotations

from typing import Any

from ingest.actors import split_code
from ingest.records import Article, Event

from .dedup import EVIDENCE_FIELDS

NO_TARGET = "---"  # CAMEO's code for "no actor named": events without a target point here


def article_row(a: Article) -> dict[str, Any]:
    return {"id": a.id, "title": a.title or "", "date": a.date or "", "url": a.url or "", "source": a.source or "",
            "checksum": a.checksum, "path": a.path or ""}


def event_row(e: Event) -> dict[str, Any]:
    date = e.date or ""
    return {
        "id": e.id, "doc_id": e.doc_id, "source_code": e.source.code,
        "target_code": e.target.code if e.target else NO_TARGET,
        "cameo": e.cameo, "root": e.root, "quad_class": e.quad_class, "goldstein": float(e.goldstein),
        "plover": e.plover, "date": date, "month": date[:7], "year": date[:4], "negated": bool(e.negated),
        "mood": e.mood, "counts": bool(e.counts), "rule": e.rule, "confidence": float(e.confidence),
        "sentence": e.sentence, "sent_start": e.start, "sent_end": e.end,
        "source_text": e.source.text, "source_start": e.source.start, "source_end": e.source.end,
        "target_text": e.target.text if e.target else "", "target_start": e.target.start if e.target else -1,
        "target_end": e.target.end if e.target else -1, "trigger": e.trigger,
        "mentions": 1,  # sentences telling the event: set when mentions are merged (graph.dedup)
    }


def actor_rows(events: list[Event]) -> list[dict[str, Any]]:
    """Every actor the events name, plus the country each sector-level actor rolls up to."""
    seen: dict[str, dict[str, Any]] = {}
    for e in events:
        for m in (e.source, e.target):
            if m is None:
                continue
            seen.setdefault(m.code, {"code": m.code, "country": m.country, "sector": m.sector, "name": m.text})
            if m.country != m.code:
                seen.setdefault(m.country, {"code": m.country, "country": m.country, "sector": "", "name": m.country})
        if e.target is None:
            seen.setdefault(NO_TARGET, {"code": NO_TARGET, "country": NO_TARGET, "sector": "", "name": "no target named"})
    return list(seen.values())


def part_of_rows(actors: list[dict[str, Any]]) -> list[dict[str, str]]:
    return [{"code": a["code"], "country": a["country"]} for a in actors if a["code"] != a["country"]]


def _event_fields() -> list[str]:
    from ingest.records import Event, Mention

    m = Mention("X", "X", "", "", 0, 0)
    return list(event_row(Event("", "", "", 0, 0, m, None, "010", "01", 1, 0.0, "", None)))


EVENT_FIELDS = _event_fields()
# Read a whole graph back as rows (for export and dumps): the same Cypher on every store, sorted.
DUMP = (
    "MATCH (a:Actor) RETURN a.code AS code, a.country AS country, a.sector AS sector, a.name AS name ORDER BY code",
    "MATCH (a:Actor)-[:PART_OF]->(c:Actor) RETURN a.code AS code, c.code AS country ORDER BY code, country",
    "MATCH (d:Article) RETURN d.id AS id, d.title AS title, d.date AS date, d.url AS url, d.source AS source, "
    "d.checksum AS checksum, d.path AS path ORDER BY id",
    "MATCH (s:Actor)-[e:EVENT]->(t:Actor) RETURN "
    + ", ".join("s.code AS source_code" if f == "source_code" else "t.code AS target_code" if f == "target_code"
                else f"e.{f} AS {f}" for f in EVENT_FIELDS) + " ORDER BY id",
    "MATCH (v:Evidence) RETURN " + ", ".join(f"v.{f} AS {f}" for f in EVIDENCE_FIELDS) + " ORDER BY id",
)

__all__ = ["NO_TARGET", "article_row", "event_row", "actor_rows", "part_of_rows", "split_code"]
