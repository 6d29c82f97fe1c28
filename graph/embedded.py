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
from .dedup import EVIDENCE_FIELDS, dedupe
from .rows import DUMP, EVENT_FIELDS
from .store import QueryResult, Rows, WriteResult, check_read_only, graph_stats, plain, plan_batch

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
CREATE_EVIDENCE = "UNWIND $rows AS r CREATE (v:Evidence {" + ", ".join(f"{f}: r.{f}" for f in EVIDENCE_FIELDS) + "})"
BUMP_EVENTS = ("UNWIND $rows AS r MATCH (s:Actor {code: r.source_code})-[e:EVENT]->(t:Actor {code: r.target_code}) "
               "WHERE e.id = r.id SET e.mentions = e.mentions + r.n")
BULK_MIN = 500  # events in one write from which COPY beats UNWIND … CREATE
COPY_COLUMNS = ["source_code", "target_code"] + [f for f in EVENT_FIELDS if f not in ("source_code", "target_code")]
EXISTING = "UNWIND $ids AS i MATCH (d:Article {id: i}) RETURN d.id, d.checksum"


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
        if not batch:
            return WriteResult()
        ids = list(dict.fromkeys(a.id for a, _ in batch))
        rows, out = plan_batch(batch, dict(self._run(EXISTING, {"ids": ids}).rows))
        if rows is not None:
            rows = dedupe(self, rows)
            out.events = len(rows.events)
            self.write_rows(rows)
        return out

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
            if len(rows.events) >= BULK_MIN:
                import pandas as pd

                # the bulk path: COPY from a DataFrame, inside the same transaction (LadybugDB scans the
                # local variable named in the query)
                events_df = pd.DataFrame(rows.events, columns=COPY_COLUMNS)  # noqa: F841
                self._conn.execute("COPY EVENT FROM events_df")
            elif rows.events:
                self._conn.execute(CREATE_EVENTS, {"rows": rows.events})
            if len(rows.evidence) >= BULK_MIN:
                import pandas as pd

                evidence_df = pd.DataFrame(rows.evidence, columns=EVIDENCE_FIELDS)  # noqa: F841
                self._conn.execute("COPY Evidence FROM evidence_df")
            elif rows.evidence:
                self._conn.execute(CREATE_EVIDENCE, {"rows": rows.evidence})
            if rows.bumps:
                self._conn.execute(BUMP_EVENTS, {"rows": rows.bumps})
            self._conn.execute("COMMIT")
        except Exception:
            self._conn.execute("ROLLBACK")
            raise

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
