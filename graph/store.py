"""One store interface, two implementations (embedded LadybugDB, Neo4j).

>>> store = open_store("./diplograph.db")  # doctest: +SKIP
>>> store.write([(article, events)])  # doctest: +SKIP
>>> store.query("MATCH (a:Actor {country: $a})-[e:EVENT]->(b:Actor {country: $b}) RETURN count(e)",
...             {"a": "COL", "b": "USA"}).rows  # doctest: +SKIP
"""
from __future__ import annotations

import datetime as dt
import decimal
import re
from dataclasses import dataclass, field
from typing import Any, Protocol

from ingest.errors import ReadOnlyQuery
from ingest.records import Article, Event

# Clauses that change a graph, in either dialect. String literals and comments are removed before the check.
WRITE_CLAUSES = re.compile(
    r"\b(CREATE|MERGE|DELETE|DETACH|SET|REMOVE|DROP|ALTER|COPY|LOAD|INSTALL|ATTACH|DETACH|IMPORT|EXPORT|"
    r"CHECKPOINT|BEGIN|COMMIT|ROLLBACK|FOREACH)\b", re.I)
LITERALS = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`|//[^\n]*|/\*.*?\*/", re.S)


def is_write(cypher: str) -> bool:
    """Whether a Cypher text would change the graph.

    >>> is_write("MATCH (a) RETURN a.name"), is_write("MATCH (a) WHERE a.name = 'CREATE' RETURN a")
    (False, False)
    >>> is_write("MATCH (a) DETACH DELETE a"), is_write("merge (a:Actor {code: $c})")
    (True, True)
    """
    return bool(WRITE_CLAUSES.search(LITERALS.sub(" ", cypher)))


def check_read_only(cypher: str) -> None:
    if is_write(cypher):
        raise ReadOnlyQuery("this query would change the graph; pass --write to allow it")


def plain(value: Any) -> Any:
    """Database values -> JSON-friendly Python values."""
    if isinstance(value, decimal.Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items() if not k.startswith("_")}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if hasattr(value, "items") and hasattr(value, "keys"):  # neo4j Node/Relationship
        return {k: plain(v) for k, v in value.items()}
    if hasattr(value, "iso_format"):  # neo4j temporal types
        return value.iso_format()
    return value


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[list[Any]] = field(default_factory=list)

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, r)) for r in self.rows]


@dataclass
class WriteResult:
    articles: int = 0  # newly stored
    unchanged: int = 0  # already stored with the same text
    conflicts: list[str] = field(default_factory=list)  # ids already stored with other text (skipped)
    events: int = 0  # new events
    mentions: int = 0  # sentences that tell them (or tell events already stored)


@dataclass
class Rows:
    """A batch as flat rows, the same for every backend."""

    actors: list[dict[str, Any]]
    parts: list[dict[str, str]]
    articles: list[dict[str, Any]]
    events: list[dict[str, Any]]
    evidence: list[dict[str, Any]] = field(default_factory=list)  # one row per mention (graph.dedup)
    bumps: list[dict[str, Any]] = field(default_factory=list)  # stored events that gain mentions (not dumped)


def plan_batch(batch: list[tuple[Article, list[Event]]], stored: dict[str, str]) -> tuple[Rows | None, WriteResult]:
    """Split a batch into what is new (as rows, one event row per mention), what is already stored,
    and id conflicts. ``stored`` maps the ids of the batch's articles already in the store to their text
    checksums. The stores then merge the mention rows into events (:func:`graph.dedup.dedupe`).
    """
    from .rows import actor_rows, article_row, event_row, part_of_rows

    out = WriteResult()
    fresh: dict[str, tuple[Article, list[Event]]] = {}
    for art, events in batch:
        known = stored.get(art.id) or (fresh[art.id][0].checksum if art.id in fresh else None)
        if known is None:
            fresh[art.id] = (art, events)
        elif known == art.checksum:
            out.unchanged += 1
        else:
            out.conflicts.append(art.id)
    if not fresh:
        return None, out
    events = list({e.id: e for _, evs in fresh.values() for e in evs}.values())
    actors = actor_rows(events)
    rows = Rows(actors, part_of_rows(actors), [article_row(a) for a, _ in fresh.values()], [event_row(e) for e in events])
    out.articles, out.mentions = len(rows.articles), len(rows.events)
    return rows, out


EXISTING = "UNWIND $ids AS i MATCH (d:Article {id: i}) RETURN d.id AS id, d.checksum AS checksum"


def query_chunks(store: "GraphStore", cypher: str, name: str, values: list, chunk: int = 2000) -> list[dict[str, Any]]:
    """The records of ``cypher`` run with ``values`` passed as ``$name``, a chunk at a time (a list of
    thousands of ids is one long parameter otherwise)."""
    out: list[dict[str, Any]] = []
    for i in range(0, len(values), chunk):
        out.extend(store.query(cypher, {name: values[i:i + chunk]}).records())
    return out


def write_batch(store: "GraphStore", batch: list[tuple[Article, list[Event]]]) -> WriteResult:
    """What every store does with a batch of articles: plan it against the articles already stored, merge
    its mentions into events against the events already stored (:func:`graph.dedup.dedupe`), and write
    the rows in one transaction (``store.write_rows``)."""
    from .dedup import dedupe

    if not batch:
        return WriteResult()
    ids = list(dict.fromkeys(a.id for a, _ in batch))
    stored = {r["id"]: r["checksum"] for r in store.query(EXISTING, {"ids": ids}).records()}
    rows, out = plan_batch(batch, stored)
    if rows is not None:
        rows = dedupe(store, rows)
        out.events = len(rows.events)
        store.write_rows(rows)
    return out


def split_rows(rows: Rows, size: int = 20_000) -> list[Rows]:
    """``rows`` in pieces of at most ``size`` events or evidence rows (actors, parts and articles first), for
    copies too large for one transaction (a Neo4j server caps a transaction's memory). Only for writes that
    are idempotent on their ids (``only_new``): a copy cut short is completed by running it again.

    >>> [len(r.events) for r in split_rows(Rows([], [], [], [{"id": i} for i in range(5)]), 2)]
    [0, 2, 2, 1]
    """
    out = [Rows(rows.actors, rows.parts, rows.articles, [], [], rows.bumps)]
    out += [Rows([], [], [], rows.events[i:i + size]) for i in range(0, len(rows.events), size)]
    out += [Rows([], [], [], [], rows.evidence[i:i + size]) for i in range(0, len(rows.evidence), size)]
    return out


def only_new(store: "GraphStore", rows: Rows, chunk: int = 2000) -> Rows:
    """The rows whose articles, events and evidence are not stored yet (actors are merged anyway): for
    copies and imports that must be idempotent on their own ids (GDELT's GLOBALEVENTID). Events are
    copied as they are, not merged again with what the target holds."""

    def existing(cypher: str, ids: list[str]) -> set[str]:
        return {r["id"] for r in query_chunks(store, cypher, "ids", ids, chunk)}

    known_docs = existing("UNWIND $ids AS i MATCH (d:Article {id: i}) RETURN d.id AS id", [a["id"] for a in rows.articles])
    known_events = existing("UNWIND $ids AS i MATCH ()-[e:EVENT]->() WHERE e.id = i RETURN e.id AS id",
                            [e["id"] for e in rows.events])
    known_evidence = existing("UNWIND $ids AS i MATCH (v:Evidence {id: i}) RETURN v.id AS id",
                              [v["id"] for v in rows.evidence])
    return Rows(rows.actors, rows.parts, [a for a in rows.articles if a["id"] not in known_docs],
                [e for e in rows.events if e["id"] not in known_events],
                [v for v in rows.evidence if v["id"] not in known_evidence])


STATS = {
    "articles": "MATCH (d:Article) RETURN count(d)",
    "actors": "MATCH (a:Actor) WHERE a.code <> '---' RETURN count(a)",  # '---': rows.NO_TARGET
    "countries": "MATCH (a:Actor) WHERE a.code = a.country AND a.code <> '---' RETURN count(a)",
    "events": "MATCH ()-[e:EVENT]->() RETURN count(e)",
    "events_counted": "MATCH ()-[e:EVENT]->() WHERE e.counts RETURN count(e)",
    "mentions": "MATCH (v:Evidence) RETURN count(v)",
}


def graph_stats(store: "GraphStore") -> dict[str, int]:
    """Counts of articles, actors, countries, events and their mentions: the same Cypher on every store."""
    return {name: store.query(cypher).rows[0][0] for name, cypher in STATS.items()}


class GraphStore(Protocol):
    """What every backend offers. Writes are atomic per call: all of a batch, or none of it."""

    uri: str

    def write(self, batch: list[tuple[Article, list[Event]]]) -> WriteResult: ...

    def write_rows(self, rows: Rows) -> None: ...

    def dump(self) -> Rows: ...

    def query(self, cypher: str, params: dict[str, Any] | None = None, *, write: bool = False) -> QueryResult: ...

    def stats(self) -> dict[str, int]: ...

    def close(self) -> None: ...


def open_store(uri: str, *, read_only: bool = False, wait: float = 30.0, **options: Any) -> GraphStore:
    """Open a store by URI: a directory path (embedded LadybugDB) or ``neo4j://``/``bolt://`` (Neo4j)."""
    if re.match(r"^(neo4j|bolt)(\+s|\+ssc)?://", uri):
        from .neo4j_store import Neo4jStore

        return Neo4jStore(uri, read_only=read_only, **options)
    from .embedded import EmbeddedStore

    return EmbeddedStore(uri, read_only=read_only, wait=wait)
