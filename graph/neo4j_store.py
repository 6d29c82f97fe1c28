"""The Neo4j store: the same graph and the same Cypher on a Neo4j server (local, cluster or Aura).

Writes go as batched ``UNWIND $rows AS r MERGE …`` in one managed transaction per batch (the driver
retries transient errors), so a failed batch leaves nothing half-written and a rerun adds no duplicates.
Credentials come from ``NEO4J_USER`` / ``NEO4J_PASSWORD`` unless given.
"""
from __future__ import annotations

import os
from typing import Any

from ingest.errors import QueryError, StoreError
from ingest.records import Article, Event

from .faults import crash_point
from .dedup import BUMP_EVENTS, CREATE_EVIDENCE
from .rows import DUMP
from .store import QueryResult, Rows, WriteResult, check_read_only, graph_stats, plain, write_batch

SCHEMA = [
    "CREATE CONSTRAINT actor_code IF NOT EXISTS FOR (a:Actor) REQUIRE a.code IS UNIQUE",
    "CREATE CONSTRAINT article_id IF NOT EXISTS FOR (d:Article) REQUIRE d.id IS UNIQUE",
    "CREATE CONSTRAINT event_id IF NOT EXISTS FOR ()-[e:EVENT]-() REQUIRE e.id IS UNIQUE",
    "CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (v:Evidence) REQUIRE v.id IS UNIQUE",
    "CREATE INDEX evidence_event IF NOT EXISTS FOR (v:Evidence) ON (v.event_id)",
    "CREATE INDEX event_date IF NOT EXISTS FOR ()-[e:EVENT]-() ON (e.date)",
    "CREATE INDEX actor_country IF NOT EXISTS FOR (a:Actor) ON (a.country)",
    "CREATE INDEX event_month IF NOT EXISTS FOR ()-[e:EVENT]-() ON (e.month)",
    "CREATE INDEX event_root IF NOT EXISTS FOR ()-[e:EVENT]-() ON (e.root)",
    "CREATE INDEX event_doc IF NOT EXISTS FOR ()-[e:EVENT]-() ON (e.doc_id)",
]
MERGE_ACTORS = ("UNWIND $rows AS r MERGE (a:Actor {code: r.code}) "
                "ON CREATE SET a.country = r.country, a.sector = r.sector, a.name = r.name")
MERGE_PARTS = ("UNWIND $rows AS r MATCH (a:Actor {code: r.code}), (c:Actor {code: r.country}) "
               "MERGE (a)-[:PART_OF]->(c)")
MERGE_ARTICLES = "UNWIND $rows AS r MERGE (d:Article {id: r.id}) SET d += r"
CHUNK = 5000


class Neo4jStore:
    """A store on a Neo4j server reached over Bolt."""

    def __init__(self, uri: str, *, read_only: bool = False, user: str | None = None,
                 password: str | None = None, database: str | None = None):
        import neo4j
        from neo4j.exceptions import AuthError, ServiceUnavailable

        self.uri = uri
        self.database = database or os.environ.get("NEO4J_DATABASE") or None
        user = user or os.environ.get("NEO4J_USER", "neo4j")
        password = password if password is not None else os.environ.get("NEO4J_PASSWORD", "")
        self._driver = neo4j.GraphDatabase.driver(uri, auth=(user, password), notifications_min_severity="OFF")
        try:
            self._driver.verify_connectivity()
        except AuthError:
            self._driver.close()
            raise StoreError(f"Neo4j at {uri} refused the credentials of user {user!r}: "
                             "set NEO4J_USER and NEO4J_PASSWORD (or --user/--password)") from None
        except (ServiceUnavailable, OSError, ValueError) as exc:
            self._driver.close()
            raise StoreError(f"cannot reach Neo4j at {uri} ({str(exc).splitlines()[0][:120]}): "
                             "start it (scripts/neo4j start) or check the URI") from None
        if not read_only:
            for ddl in SCHEMA:
                self._driver.execute_query(ddl, database_=self.database)

    # --- writing ----------------------------------------------------------------------------------
    def write(self, batch: list[tuple[Article, list[Event]]]) -> WriteResult:
        return write_batch(self, batch)

    def write_rows(self, rows: Rows) -> None:
        """All rows in one managed transaction (retried on transient errors): all or nothing."""

        def work(tx):
            for cypher, data in ((MERGE_ACTORS, rows.actors), (MERGE_PARTS, rows.parts),
                                 (MERGE_ARTICLES, rows.articles), (_merge_events(), rows.events),
                                 (CREATE_EVIDENCE, rows.evidence), (BUMP_EVENTS, rows.bumps)):
                for i in range(0, len(data), CHUNK):
                    tx.run(cypher, rows=data[i:i + CHUNK]).consume()
                if cypher == MERGE_ARTICLES:
                    crash_point()

        with self._driver.session(database=self.database) as session:
            session.execute_write(work)

    # --- reading ----------------------------------------------------------------------------------
    def query(self, cypher: str, params: dict[str, Any] | None = None, *, write: bool = False) -> QueryResult:
        from neo4j.exceptions import Neo4jError

        if not write:
            check_read_only(cypher)

        def work(tx):
            result = tx.run(cypher, params or {})
            keys = list(result.keys())
            return keys, [[plain(v) for v in rec.values()] for rec in result]

        try:
            with self._driver.session(database=self.database) as session:
                keys, rows = (session.execute_write if write else session.execute_read)(work)
        except Neo4jError as exc:
            raise QueryError(f"{exc.code}: {str(exc.message).splitlines()[0]}") from None
        return QueryResult(keys, rows)

    def dump(self) -> Rows:
        return Rows(*(self.query(q).records() for q in DUMP))

    def stats(self) -> dict[str, int]:
        return graph_stats(self)

    def close(self) -> None:
        self._driver.close()


def _merge_events() -> str:
    from .rows import EVENT_FIELDS

    props = ", ".join(f"e.{f} = r.{f}" for f in EVENT_FIELDS if f not in ("id", "source_code", "target_code"))
    # CREATE, not MERGE: every write path filters out stored ids first (plan_batch, only_new), the uniqueness
    # constraint on EVENT.id refuses any duplicate, and MERGE on a relationship scans all the relationships
    # between the two actors (quadratic on busy dyads)
    return ("UNWIND $rows AS r MATCH (s:Actor {code: r.source_code}), (t:Actor {code: r.target_code}) "
            f"CREATE (s)-[e:EVENT {{id: r.id}}]->(t) SET {props}")
