"""Parallel and distributed extraction give exactly the single-process events."""
import json
from pathlib import Path

import pytest

from ingest.parallel import extract_dask, extract_parallel
from ingest.pipeline import extract
from ingest.records import Article

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def articles():
    lines = (ROOT / "demo" / "voa_2009_2017.jsonl").read_text(encoding="utf-8").splitlines()[:14]
    arts = [Article(id=r["id"], text=r["text"], date=r["date"]) for r in map(json.loads, lines)]
    return arts + [Article(id="seedish", text="Colombia suspended intelligence sharing with the United States.",
                           date="2025-11-11")]


def _key(results):
    return [(a.id, [e.to_dict() for e in evs]) for a, evs in results]


def test_workers_equal_single_process(articles, nlp):
    single = _key(extract(articles, nlp=nlp))
    assert sum(len(e) for _, e in single) > 10
    assert _key(extract_parallel(articles, workers=2, chunk=3)) == single


def test_dask_local_cluster_equals_single_process(articles, nlp):
    from dask.distributed import Client, LocalCluster

    single = _key(extract(articles, nlp=nlp))
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        assert _key(extract_dask(articles, client, partitions=5)) == single
