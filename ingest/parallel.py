"""Extraction on several cores (a process pool, one model per worker) and on a Dask cluster.

Event ids depend only on the article and the text, so results are identical for any number of workers
and any partitioning; both functions yield articles in input order.
"""
from __future__ import annotations

from collections import deque
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from typing import Iterable, Iterator

from .records import Article, Event

_NLP = None


def _init_worker(model: str | None) -> None:
    global _NLP
    from .model import load_nlp

    _NLP = load_nlp(model)


def _extract_chunk(chunk: list[Article]) -> list[tuple[Article, list[Event]]]:
    from .pipeline import extract

    return list(extract(chunk, nlp=_NLP))


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def extract_parallel(articles: Iterable[Article], workers: int = 2, *, chunk: int = 8,
                     model: str | None = None) -> Iterator[tuple[Article, list[Event]]]:
    """Like :func:`ingest.pipeline.extract`, on ``workers`` processes. Input is consumed lazily: at most
    ``2 x workers`` chunks are in flight, so memory stays bounded on any corpus size."""
    if workers <= 1:
        from .pipeline import extract

        yield from extract(articles)
        return
    with ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(model,)) as pool:
        inflight: deque = deque()
        for part in _chunks(articles, chunk):
            inflight.append(pool.submit(_extract_chunk, part))
            if len(inflight) >= 2 * workers:
                yield from inflight.popleft().result()
        while inflight:
            yield from inflight.popleft().result()


def _extract_partition(part: list[Article]) -> list[tuple[Article, list[Event]]]:
    from .model import load_nlp
    from .pipeline import extract

    return list(extract(part, nlp=load_nlp()))  # load_nlp is cached: one model per Dask worker process


def extract_dask(articles: Iterable[Article], scheduler, *, partitions: int | None = None
                 ) -> list[tuple[Article, list[Event]]]:
    """Extract on a Dask distributed cluster: ``scheduler`` is an address (``tcp://host:8786``) or a
    ``dask.distributed.Client``. The articles are split into ``partitions`` (default: 4 per worker).

    >>> from dask.distributed import Client, LocalCluster  # doctest: +SKIP
    >>> with LocalCluster(n_workers=2, threads_per_worker=1) as cluster, Client(cluster) as client:  # doctest: +SKIP
    ...     results = extract_dask(articles, client)
    """
    import dask.bag as db
    from dask.distributed import Client

    client = scheduler if isinstance(scheduler, Client) else Client(scheduler)
    try:
        items = list(articles)
        if not items:
            return []
        n = partitions or max(1, min(len(items), 4 * max(1, len(client.scheduler_info().get("workers", {})))))
        bag = db.from_sequence(items, npartitions=n)
        return bag.map_partitions(_extract_partition).compute(scheduler=client)
    finally:
        if client is not scheduler:
            client.close()
