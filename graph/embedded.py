"""The embedded store: LadybugDB (the continuation of Kùzu), on disk, in process, no server.

One process writes at a time; a second writer waits up to ``wait`` seconds for the lock and then
fails with a clear error. Readers open the database read-only.
"""
from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from ingest.errors import QueryError, StoreError, StoreLocked
from ingest.records import Article, Event

from .faults import crash_point
from .dedup import BUMP_EVENTS, CREATE_EVIDENCE, EVIDENCE_FIELDS
from .rows import DUMP, EVENT_FIELDS
from .store import QueryResult, Rows, WriteResult, check_read_only, graph_stats, plain, write_batch

SCHEMA = [
    "CREATE NODE TABLE IF NOT EXISTS Actor(code STRING, country STRING, sector STRING, name STRING, PRIMARY KEY(code))",
    "CREATE NODE TABLE IF NOT EXISTS Article(id STRING, title STRING, date STRING, url STRING, source STRING, "
    "checksum STRING, path STRING, PRIMARY KEY(id))",
    "CREATE REL TABLE IF NOT EXISTS EVENT(FROM Actor TO Actor, id STRING, doc_id STRING, cameo STRING, root STRING, "
    "quad_class INT64, goldstein DOUBLE, plover STRING, date STRING, month STRING, year STRING, negated BOOLEAN, "
    "mood STRING, counts BOOLEAN, rule STRING, confidence DOUBLE, sentence STRING, sent_start INT64, sent_end INT64, "
    "source_text STRING, source_start INT64, source_end INT64, target_text STRING, target_start INT64, "
    "target_end INT64, trigger STRING, mentions INT64)",
    "CREATE REL TABLE IF NOT EXISTS PART_OF(FROM Actor TO Actor)",
    "CREATE NODE TABLE IF NOT EXISTS Evidence(id STRING, event_id STRING, doc_id STRING, cameo STRING, date STRING, "
    "rule STRING, confidence DOUBLE, sentence STRING, sent_start INT64, sent_end INT64, source_text STRING, "
    "source_start INT64, source_end INT64, target_text STRING, target_start INT64, target_end INT64, "
    "trigger STRING, PRIMARY KEY(id))",
]

MERGE_ACTORS = ("UNWIND $rows AS r MERGE (a:Actor {code: r.code}) "
                "ON CREATE SET a.country = r.country, a.sector = r.sector, a.name = r.name")
MERGE_PARTS = ("UNWIND $rows AS r MATCH (a:Actor {code: r.code}), (c:Actor {code: r.country}) "
               "MERGE (a)-[:PART_OF]->(c)")
CREATE_ARTICLES = ("UNWIND $rows AS r CREATE (:Article {id: r.id, title: r.title, date: r.date, url: r.url, "
                   "source: r.source, checksum: r.checksum, path: r.path})")
CREATE_EVENTS = (
    "UNWIND $rows AS r MATCH (s:Actor {code: r.source_code}), (t:Actor {code: r.target_code}) "
    "CREATE (s)-[:EVENT {id: r.id, doc_id: r.doc_id, cameo: r.cameo, root: r.root, quad_class: r.quad_class, "
    "goldstein: r.goldstein, plover: r.plover, date: r.date, month: r.month, year: r.year, negated: r.negated, "
    "mood: r.mood, counts: r.counts, rule: r.rule, confidence: r.confidence, sentence: r.sentence, "
    "sent_start: r.sent_start, sent_end: r.sent_end, source_text: r.source_text, source_start: r.source_start, "
    "source_end: r.source_end, target_text: r.target_text, target_start: r.target_start, "
    "target_end: r.target_end, trigger: r.trigger, mentions: r.mentions}]->(t)")
BULK_MIN = 500  # rows in one write from which COPY beats UNWIND … CREATE
COPY_COLUMNS = ["source_code", "target_code"] + [f for f in EVENT_FIELDS if f not in ("source_code", "target_code")]


class EmbeddedStore:
    """LadybugDB store at a directory path (created on first write)."""

    def __init__(self, path: str, *, read_only: bool = False, wait: float = 30.0):
        import ladybug

        self.uri = str(path)
        self.read_only = read_only
        p = Path(path)
        if read_only and not p.exists():
            raise StoreError(f"no graph at {path}: run `diplograph ingest PATH --db {path}` first")
        deadline = time.monotonic() + wait
        while True:
            try:
                self._db = ladybug.Database(str(p), read_only=read_only)
                break
            except RuntimeError as exc:
                msg = str(exc)
                if "lock" not in msg.lower():
                    raise StoreError(f"cannot open graph at {path}: {msg.splitlines()[0]}") from None
                if time.monotonic() >= deadline:
                    raise StoreLocked(f"graph at {path} is in use by another process ({msg.split('(')[1].split(')')[0] if '(' in msg else 'locked'}); "
                                      f"wait for it to finish or use another --db") from None
                time.sleep(0.5)
        self._conn = ladybug.Connection(self._db)
        if not read_only:
            for ddl in SCHEMA:
                self._conn.execute(ddl)
            self._check_schema(path)

    def _check_schema(self, path: str) -> None:
        """A graph written by an older diplograph lacks columns this one writes: say so instead of failing later."""
        have = {r[1] for r in self._conn.execute("CALL table_info('EVENT') RETURN *").get_all()}
        missing = [f for f in EVENT_FIELDS if f not in ("source_code", "target_code") and f not in have]
        if missing:
            raise StoreError(f"graph at {path} was written by an older diplograph (EVENT lacks {', '.join(missing)}): "
                             "ingest into a new --db")

    def _run(self, cypher: str, params: dict[str, Any] | None = None) -> QueryResult:
        try:
            res = self._conn.execute(cypher, params or {})
        except RuntimeError as exc:
            raise QueryError(str(exc).splitlines()[0]) from None
        if isinstance(res, list):
            res = res[-1]
        cols = res.get_column_names()
        return QueryResult(cols, [[plain(v) for v in row] for row in res.get_all()])

    def write(self, batch: list[tuple[Article, list[Event]]]) -> WriteResult:
        return write_batch(self, batch)

    def write_rows(self, rows: Rows) -> None:
        """Write rows in one transaction: all of them or none."""
        self._conn.execute("BEGIN TRANSACTION")
        try:
            if rows.actors:
                self._conn.execute(MERGE_ACTORS, {"rows": rows.actors})
            if rows.parts:
                self._conn.execute(MERGE_PARTS, {"rows": rows.parts})
            if rows.articles:
                self._conn.execute(CREATE_ARTICLES, {"rows": rows.articles})
            crash_point()
            self._create("EVENT", rows.events, COPY_COLUMNS, CREATE_EVENTS)
            self._create("Evidence", rows.evidence, EVIDENCE_FIELDS, CREATE_EVIDENCE)
            if rows.bumps:
                self._conn.execute(BUMP_EVENTS, {"rows": rows.bumps})
            self._conn.execute("COMMIT")
        except Exception:
            self._conn.execute("ROLLBACK")
            raise

    def _create(self, table: str, rows: list[dict[str, Any]], columns: list[str], create: str) -> None:
        """Create ``rows`` in ``table``: ``COPY`` from a DataFrame for a large batch (inside the caller's
        transaction), ``UNWIND … CREATE`` for a small one."""
        if len(rows) >= BULK_MIN:
            import pandas as pd

            frame = pd.DataFrame(rows, columns=columns)  # noqa: F841 (LadybugDB scans the local named in the query)
            self._conn.execute(f"COPY {table} FROM frame")
        elif rows:
            self._conn.execute(create, {"rows": rows})

    def dump(self) -> Rows:
        return Rows(*(self._run(q).records() for q in DUMP))

    def query(self, cypher: str, params: dict[str, Any] | None = None, *, write: bool = False) -> QueryResult:
        if not write:
            check_read_only(cypher)
        return self._run(cypher, params)

    def stats(self) -> dict[str, int]:
        return graph_stats(self)

    def close(self) -> None:
        self._conn = None
        self._db = None
