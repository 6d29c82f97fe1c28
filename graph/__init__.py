"""diplograph's graph layer: stores (embedded LadybugDB, Neo4j), named Cypher queries and analysis."""
from .store import GraphStore, QueryResult, open_store

__all__ = ["GraphStore", "QueryResult", "open_store"]
