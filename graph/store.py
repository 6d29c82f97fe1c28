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
    events: int = 0


class GraphStore(Protocol):
    """What every backend offers. Writes are atomic per call: all of a batch, or none of it."""

    uri: str

    def write(self, batch: list[tuple[Article, list[Event]]]) -> WriteResult: ...

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
