"""diplograph's ingest layer: articles -> sentences -> actor mentions -> CAMEO events.

>>> from ingest import Article, extract  # doctest: +SKIP
"""
from .records import Article, Event, Mention
from .pipeline import extract

__all__ = ["Article", "Event", "Mention", "extract"]
