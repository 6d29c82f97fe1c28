"""Articles in, events out: repair the text, parse it with spaCy and run the event coder.

Long articles are parsed in segments of at most ``SEGMENT`` characters, cut at a line break (or a space),
and every offset is shifted back into the article, so that results do not depend on the cut.
"""
from __future__ import annotations

import dataclasses
from typing import Iterable, Iterator

from .model import load_nlp
from .records import Article, Event, Mention
from .text import repair_line_breaks, split_captions, split_datelines, split_run_in_headings

SEGMENT = 100_000  # spaCy needs about 1 GB of temporary memory per 100,000 characters


def segments(text: str, size: int = SEGMENT) -> list[tuple[int, str]]:
    """(offset, piece) pairs covering ``text``, each at most ``size`` characters, cut at line ends if possible.

    >>> segments("aaaa\\nbbbb\\ncc", size=6)
    [(0, 'aaaa\\n'), (5, 'bbbb\\n'), (10, 'cc')]
    """
    if not text:
        return [(0, text)]  # an empty article still comes out, with no events
    out, start = [], 0
    while start < len(text):
        end = min(start + size, len(text))
        if end < len(text):
            cut = text.rfind("\n", start + 1, end)
            if cut == -1:
                cut = text.rfind(" ", start + 1, end)
            end = cut + 1 if cut != -1 else end
        out.append((start, text[start:end]))
        start = end
    return out


def _shift(m: Mention | None, by: int) -> Mention | None:
    return dataclasses.replace(m, start=m.start + by, end=m.end + by) if m is not None and by else m


def _shifted(e: Event, by: int) -> Event:
    if not by:
        return e
    return dataclasses.replace(e, start=e.start + by, end=e.end + by, source=_shift(e.source, by),
                               target=_shift(e.target, by))


def extract(articles: Iterable[Article], nlp=None, batch_size: int = 32) -> Iterator[tuple[Article, list[Event]]]:
    """Yield each article with its events, in input order.

    >>> from ingest.records import Article  # doctest: +SKIP
    >>> art = Article(id="a", text="Colombia condemned the United States.", date="2025-11-11")  # doctest: +SKIP
    >>> [(e.source.code, e.root, e.target.code) for _, evs in extract([art]) for e in evs]  # doctest: +SKIP
    [('COL', '11', 'USA')]
    """
    nlp = nlp or load_nlp()
    pending: list[tuple[Article, int, bool]] = []  # (article, offset, last segment of the article)

    def docs():
        for art in articles:
            pieces = segments(split_datelines(split_captions(split_run_in_headings(repair_line_breaks(art.text)))))
            for k, (offset, piece) in enumerate(pieces):
                doc = nlp.make_doc(piece)
                doc._.doc_id = art.id
                doc._.date = art.date
                pending.append((art, offset, k == len(pieces) - 1))
                yield doc

    collected: list[Event] = []
    for doc in nlp.pipe(docs(), batch_size=batch_size):
        art, offset, last = pending.pop(0)
        collected.extend(_shifted(e, offset) for e in doc._.events)
        if last:
            yield art, collected
            collected = []
