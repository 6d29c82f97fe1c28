"""diplograph's benchmarks: extraction, loading, queries, memory, and how cost grows.

Every figure that matters is a ratio measured in the same run on the same input (these machines are
shared and noisy). Results: ``bench/results/bench.json``, ``bench/results/table.md`` (also copied into
the README between the BENCH markers) and ``bench/results/scaling.png``.

Run: ``make bench`` (``BENCH_SIZE=1000000`` for the 1M-event figures; the default is 200,000).
"""
from __future__ import annotations

import json
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
VOA = ROOT / "demo" / "voa_2009_2017.jsonl"
SIZE = int(os.environ.get("BENCH_SIZE", "200000"))


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def machine() -> dict:
    return {"platform": platform.platform(), "python": platform.python_version(), "cpus": os.cpu_count(),
            "memory_gb": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1)}


def articles(n: int):
    from ingest.records import Article

    recs = [json.loads(line) for line in VOA.read_text(encoding="utf-8").splitlines()]
    out = []
    for k in range(n):
        r = recs[k % len(recs)]
        out.append(Article(id=f"{r['id']}#{k // len(recs)}", text=r["text"], date=r["date"]))
    return out


def words(arts) -> int:
    return sum(len(a.text.split()) for a in arts)


# --- extraction --------------------------------------------------------------------------------------
def bench_extraction() -> dict:
    from ingest.model import load_nlp
    from ingest.parallel import extract_parallel
    from ingest.pipeline import extract

    bare = load_nlp(with_events=False)
    full = load_nlp()
    arts = articles(224)
    n_words = words(arts)
    texts = [a.text for a in arts]
    list(bare.pipe(texts[:8]))  # warm-up
    list(extract(arts[:8], nlp=full))
    t = time.perf_counter()
    for _ in bare.pipe(texts, batch_size=32):
        pass
    t_bare = time.perf_counter() - t
    t = time.perf_counter()
    n_events = sum(len(evs) for _, evs in extract(arts, nlp=full))
    t_full = time.perf_counter() - t
    t = time.perf_counter()
    list(extract_parallel(arts, workers=2, chunk=8))
    t_two = time.perf_counter() - t
    scaling = []
    for n in (56, 112, 224, 448):
        sub = articles(n)
        t = time.perf_counter()
        list(extract(sub, nlp=full))
        scaling.append({"articles": n, "words": words(sub), "seconds": round(time.perf_counter() - t, 3)})
    res = {"articles": len(arts), "words": n_words, "events": n_events,
           "bare_words_per_s": round(n_words / t_bare), "extract_words_per_s": round(n_words / t_full),
           "extract_vs_bare": round(t_bare / t_full, 3),
           "two_workers_words_per_s": round(n_words / t_two),
           "two_workers_vs_one": round(t_full / t_two, 3), "scaling": scaling}
    log(f"extraction: bare {res['bare_words_per_s']} w/s, diplograph {res['extract_words_per_s']} w/s "
        f"({res['extract_vs_bare']}x), 2 workers {res['two_workers_vs_one']}x one")
    return res


# --- loading and queries -------------------------------------------------------------------------------
def synthetic(n: int, seed: int = 7):
    """Reproducible events over 200 country-like actors and ten years, in 50k-event batches of rows."""
    from graph.dedup import EVIDENCE_FIELDS
    from graph.store import Rows

    rng = random.Random(seed)
    codes = [f"C{i:02d}" for i in range(200)]
    codes[:4] = ["COL", "USA", "GBR", "RUS"]
    actors = [{"code": c, "country": c, "sector": "", "name": c} for c in codes]
    cameo = [("010", "01", 1, 0.0), ("042", "04", 1, 1.9), ("057", "05", 1, 8.0), ("071", "07", 2, 7.4),
             ("111", "11", 3, -2.0), ("112", "11", 3, -2.0), ("163", "16", 4, -8.0), ("190", "19", 4, -10.0)]
    batch = 50_000
    for start in range(0, n, batch):
        events = []
        for i in range(start, min(n, start + batch)):
            a, b = rng.sample(codes[:40], 2) if rng.random() < 0.7 else rng.sample(codes, 2)
            c, root, quad, g = rng.choice(cameo)
            d = f"{rng.randrange(2015, 2026)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
            events.append({"id": f"b{i}", "doc_id": f"doc{i // 20}", "source_code": a, "target_code": b, "cameo": c,
                           "root": root, "quad_class": quad, "goldstein": g, "plover": "", "date": d, "month": d[:7],
                           "year": d[:4], "negated": False, "mood": "asserted", "counts": True, "rule": "bench",
                           "confidence": 0.9, "sentence": f"{a} and {b}: event {i}.", "sent_start": 0, "sent_end": 20,
                           "source_text": a, "source_start": 0, "source_end": 3, "target_text": b,
                           "target_start": 8, "target_end": 11, "trigger": "x", "mentions": 1})
        docs = sorted({e["doc_id"] for e in events})
        arts = [{"id": d, "title": "", "date": "", "url": "", "source": "bench", "checksum": "", "path": ""} for d in docs]
        # every event with its one sentence of evidence, as ingest writes it
        evidence = [{f: (e["id"] if f == "event_id" else e[f]) for f in EVIDENCE_FIELDS} for e in events]
        yield Rows(actors if start == 0 else [], [], arts, events, evidence)


QUERY_PARAMS = {"dyad-timeline": {"a": "COL", "b": "USA"}, "top-conflict": {"limit": "10"},
                "top-cooperation": {"limit": "10"}, "evidence": {"a": "COL", "b": "USA", "root": "16"},
                "actor-relations": {"actor": "COL"}}


def time_queries(store, runs: int = 15) -> dict:
    from graph import queries

    out = {}
    for name, given in QUERY_PARAMS.items():
        q = queries.get(name)
        params = q.bind(given)
        store.query(q.cypher, params)  # warm-up
        ts = []
        for _ in range(runs):
            t = time.perf_counter()
            store.query(q.cypher, params)
            ts.append((time.perf_counter() - t) * 1000)
        ts.sort()
        out[name] = {"p50_ms": round(statistics.median(ts), 2), "p95_ms": round(ts[int(0.95 * (len(ts) - 1))], 2)}
    return out


def clear_neo4j(store) -> None:
    """Delete everything in slices: one transaction over 1M relationships exceeds a 1 GB heap."""
    while store.query("MATCH ()-[e]->() WITH e LIMIT 20000 DELETE e RETURN count(*)", write=True).rows[0][0]:
        pass
    while store.query("MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*)", write=True).rows[0][0]:
        pass


def bench_store(kind: str, uri: str, sizes: list[int]) -> dict:
    """Load ``max(sizes)`` events in steps, timing the loads and the named queries at each size."""
    from graph.store import open_store, split_rows

    store = open_store(uri)
    if kind == "neo4j":
        clear_neo4j(store)
    loaded = 0
    load_seconds = 0.0
    res = {"loads": [], "queries": {}}
    gen = synthetic(max(sizes))
    for rows in gen:
        t = time.perf_counter()
        for piece in split_rows(rows):  # a 1 GB Neo4j caps one transaction near 700 MB
            store.write_rows(piece)
        dt = time.perf_counter() - t
        load_seconds += dt
        loaded += len(rows.events)
        res["loads"].append({"events": loaded, "seconds": round(load_seconds, 3)})
        for s in sizes:
            if loaded == s or (loaded > s and loaded - len(rows.events) < s):
                res["queries"][str(loaded)] = time_queries(store)
                log(f"{kind}: {loaded} events loaded, dyad-timeline p95 {res['queries'][str(loaded)]['dyad-timeline']['p95_ms']} ms")
    res["events"] = loaded
    res["events_per_s"] = round(loaded / load_seconds)
    log(f"{kind}: {res['events_per_s']} events/s")
    if kind == "neo4j":
        clear_neo4j(store)
    store.close()
    return res


# --- memory ---------------------------------------------------------------------------------------------
def bench_memory(sizes: tuple[int, ...]) -> dict:
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            f = Path(tmp) / f"a{n}.jsonl"
            with f.open("w", encoding="utf-8") as fh:
                for a in articles(n):
                    fh.write(json.dumps({"id": a.id, "text": a.text, "date": a.date}) + "\n")
            before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            cmd = [sys.executable, "-c", "import resource, runpy, sys; sys.argv=['diplograph','ingest',sys.argv[1],"
                   "'--db',sys.argv[2]]\ntry:\n runpy.run_module('graph.cli', run_name='__main__')\nexcept SystemExit:\n pass\n"
                   "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)", str(f), str(Path(tmp) / f"g{n}.db")]
            t = time.perf_counter()
            proc = subprocess.run(cmd, capture_output=True, text=True)
            peak_kb = int(proc.stdout.strip().splitlines()[-1]) if proc.stdout.strip() else before
            out[str(n)] = {"peak_rss_mb": round(peak_kb / 1024, 1), "seconds": round(time.perf_counter() - t, 1)}
            log(f"memory: ingest of {n} articles peaks at {out[str(n)]['peak_rss_mb']} MB")
    a, b = (out[str(s)]["peak_rss_mb"] for s in sizes)
    out["growth"] = round(b / a - 1, 3)
    return out


# --- report ---------------------------------------------------------------------------------------------
def plot(res: dict) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (a, b) = plt.subplots(1, 2, figsize=(11, 4))
    sc = res["extraction"]["scaling"]
    a.plot([s["words"] / 1000 for s in sc], [s["seconds"] for s in sc], "o-")
    a.set_xlabel("corpus size (thousand words)")
    a.set_ylabel("seconds")
    a.set_title("extract (one process)")
    for kind in ("embedded", "neo4j"):
        if kind in res:
            loads = res[kind]["loads"]
            b.plot([x["events"] / 1000 for x in loads], [x["seconds"] for x in loads], "o-", label=kind)
    b.set_xlabel("events loaded (thousands)")
    b.set_ylabel("cumulative seconds")
    b.set_title("load (bulk path)")
    b.legend()
    fig.suptitle("How cost grows with size (same run, same machine)")
    fig.tight_layout()
    fig.savefig(RESULTS / "scaling.png", dpi=120)


def table(res: dict) -> str:
    e = res["extraction"]
    rows = [
        "| measure | result | target |",
        "|---|---|---|",
        f"| extraction, diplograph vs bare `nlp.pipe` (same pipeline, {e['articles']} VOA articles, {e['words']:,} words) | "
        f"{e['extract_words_per_s']:,} vs {e['bare_words_per_s']:,} words/s = **{e['extract_vs_bare']}×** | ≥ 0.85× |",
        f"| extraction, `--workers 2` vs one | **{e['two_workers_vs_one']}×** | ≥ 1.7× |",
    ]
    for kind, target in (("embedded", "≥ 200k events/s"), ("neo4j", "≥ 50k events/s")):
        if kind in res:
            r = res[kind]
            top = str(r["events"])
            q = r["queries"].get(top, {})
            rows.append(f"| load into {kind} ({r['events']:,} events, batches of 50k) | **{r['events_per_s']:,} events/s** | {target} |")
            for name in QUERY_PARAMS:
                if name in q:
                    rows.append(f"| {kind}: `{name}` at {r['events']:,} events, p50 / p95 | {q[name]['p50_ms']} / {q[name]['p95_ms']} ms |"
                                + (" p95 < 50 ms |" if name == "dyad-timeline" else " |"))
    m = res["memory"]
    sizes = [k for k in m if k != "growth"]
    rows.append(f"| peak RSS of `ingest`, {sizes[0]} vs {sizes[1]} articles | {m[sizes[0]]['peak_rss_mb']} vs "
                f"{m[sizes[1]]['peak_rss_mb']} MB (**{m['growth']:+.1%}**) | flat within ±10% |")
    return "\n".join(rows) + "\n"


def main() -> None:
    RESULTS.mkdir(parents=True, exist_ok=True)
    res: dict = {"date": time.strftime("%Y-%m-%d %H:%M"), "machine": machine(), "bench_size": SIZE}
    res["extraction"] = bench_extraction()
    sizes = sorted({s for s in (10_000, 100_000, SIZE) if s <= SIZE})
    with tempfile.TemporaryDirectory() as tmp:
        res["embedded"] = bench_store("embedded", str(Path(tmp) / "bench.db"), sizes)
    if os.environ.get("NEO4J_URI"):
        res["neo4j"] = bench_store("neo4j", os.environ["NEO4J_URI"], sizes)
    else:
        log("NEO4J_URI not set: Neo4j figures skipped (make bench starts a server)")
    res["memory"] = bench_memory(tuple(int(x) for x in os.environ.get("BENCH_MEMORY", "100,400").split(",")))
    (RESULTS / "bench.json").write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
    md = table(res)
    (RESULTS / "table.md").write_text(md, encoding="utf-8")
    plot(res)
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    start, end = "<!-- BENCH:START -->", "<!-- BENCH:END -->"
    if start in text and end in text:
        head, rest = text.split(start, 1)
        _, tail = rest.split(end, 1)
        stamp = f"Measured {res['date']} on {res['machine']['cpus']} cores, {res['machine']['memory_gb']} GB ({res['machine']['platform']}); BENCH_SIZE={SIZE}.\n\n"
        readme.write_text(head + start + "\n" + stamp + md + end + tail, encoding="utf-8")
    print(md)


if __name__ == "__main__":
    main()
