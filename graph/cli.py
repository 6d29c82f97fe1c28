"""The ``diplograph`` command: extract, ingest, query, evaluate, stats."""
from __future__ import annotations

import csv
import io
import json
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator, List, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from ingest.errors import DiplographError
from ingest.readers import Problem, read_paths
from ingest.records import Article

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="News articles in, a graph of diplomatic events out, queried with Cypher.")
out = Console() if sys.stdout.isatty() else Console(width=200)
err = Console(stderr=True)
DEFAULT_DB = "./diplograph.db"
BATCH = 64


def fail(message: str, code: int = 1) -> None:
    err.print(f"[red]error[/red]: {message}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def _progress() -> Progress:
    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TextColumn("{task.fields[events]} events found"), TimeElapsedColumn(), console=err,
                    transient=False, disable=not err.is_terminal and False)


def _articles(paths: list[str], date: Optional[str], problems: list[Problem]) -> Iterator[Article]:
    for item in read_paths(paths, date=date):
        if isinstance(item, Problem):
            problems.append(item)
            err.print(f"[yellow]{item.level}[/yellow]: {item}", highlight=False, soft_wrap=True)
        else:
            yield item


def _extract_stream(paths: list[str], date: Optional[str], problems: list[Problem], label: str,
                    workers: int = 1, dask: Optional[str] = None):
    from ingest.parallel import extract_dask, extract_parallel

    try:
        arts = _articles(paths, date, problems)
        with _progress() as bar:
            task = bar.add_task(label, total=None, events=0)
            n_events = 0
            stream = extract_dask(arts, dask) if dask else extract_parallel(arts, workers)
            for art, events in stream:
                n_events += len(events)
                bar.update(task, advance=1, events=n_events)
                yield art, events
    except DiplographError as exc:
        fail(str(exc))


def _summary(read: int, problems: list[Problem], log: Path | None = None) -> None:
    errors = [p for p in problems if p.level == "error"]
    if errors and log is not None:
        log.parent.mkdir(parents=True, exist_ok=True)
        with log.open("a", encoding="utf-8") as fh:
            for p in errors:
                fh.write(str(p) + "\n")
    err.print(f"{read} read, {len(errors)} skipped" + (f" (reasons in {log})" if errors and log else ""))


@app.command()
def extract(paths: List[str] = typer.Argument(..., help="Files, directories or - for standard input."),
            output: Optional[Path] = typer.Option(None, "-o", "--output", help="Write events here (JSON lines)."),
            date: Optional[str] = typer.Option(None, "--date", help="Article date YYYY-MM-DD for .txt input."),
            workers: int = typer.Option(1, "--workers", min=1, help="Processes for extraction (one model each)."),
            dask: Optional[str] = typer.Option(None, "--dask", help="Run on a Dask cluster: scheduler address.")):
    """Extract events as JSON lines, one event per line."""
    problems: list[Problem] = []
    sink = output.open("w", encoding="utf-8") if output else sys.stdout
    read = 0
    try:
        for _, events in _extract_stream(paths, date, problems, "extracting", workers, dask):
            read += 1
            for e in events:
                sink.write(json.dumps(e.to_dict(), ensure_ascii=False) + "\n")
    finally:
        if output:
            sink.close()
    _summary(read, problems)
    if read == 0:
        raise typer.Exit(1)


USER = typer.Option(None, "--user", envvar="NEO4J_USER", help="Neo4j user (default neo4j).")
PASSWORD = typer.Option(None, "--password", envvar="NEO4J_PASSWORD", help="Neo4j password.", show_default=False)


@contextmanager
def _opened(db: str, store: Optional[str], read_only: bool, user: Optional[str] = None,
            password: Optional[str] = None) -> Iterator[Any]:
    """The store, closed afterwards; any diplograph error inside becomes a one-line message and exit 1."""
    from graph.store import open_store

    options = {"user": user, "password": password} if store and "://" in store else {}
    graph = None
    try:
        graph = open_store(store or db, read_only=read_only, **options)
        yield graph
    except DiplographError as exc:
        fail(str(exc))
    finally:
        if graph is not None:
            graph.close()


@app.command()
def ingest(paths: List[str] = typer.Argument(..., help="Files, directories or - for standard input."),
           db: str = typer.Option(DEFAULT_DB, "--db", help="Embedded graph directory."),
           store: Optional[str] = typer.Option(None, "--store", help="Store URI (overrides --db), e.g. neo4j://127.0.0.1:7687."),
           date: Optional[str] = typer.Option(None, "--date", help="Article date YYYY-MM-DD for .txt input."),
           batch_size: int = typer.Option(BATCH, "--batch-size", min=1, help="Articles per transaction."),
           workers: int = typer.Option(1, "--workers", min=1, help="Processes for extraction (one model each)."),
           user: Optional[str] = USER, password: Optional[str] = PASSWORD):
    """Extract events and load them into the graph store (idempotent: the same article twice changes nothing)."""
    problems: list[Problem] = []
    stored = unchanged = n_events = n_mentions = read = 0
    batch: list = []

    def flush(graph) -> None:
        nonlocal stored, unchanged, n_events, n_mentions
        res = graph.write(batch)
        stored += res.articles
        unchanged += res.unchanged
        n_events += res.events
        n_mentions += res.mentions
        for cid in res.conflicts:
            problems.append(Problem(cid, "an article with this id but other text is already stored; skipped"))
            err.print(f"[yellow]error[/yellow]: {cid}: an article with this id but other text is already stored; skipped")
        batch.clear()

    with _opened(db, store, read_only=False, user=user, password=password) as graph:
        for art, events in _extract_stream(paths, date, problems, "ingesting", workers):
            read += 1
            batch.append((art, events))
            if len(batch) >= batch_size:
                flush(graph)
        flush(graph)
    log = Path(store or db).with_suffix(".log") if not store else None
    _summary(read, problems, log)
    err.print(f"{stored} ingested, {unchanged} already stored, {n_events} events added "
              f"(told by {n_mentions} sentences; mentions of one event are merged)")
    if read == 0:
        raise typer.Exit(1)


def _value(raw: str) -> Any:
    if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "'\"":
        return raw[1:-1]
    for cast in (int, float):
        try:
            return cast(raw)
        except ValueError:
            pass
    return {"true": True, "false": False, "null": None}.get(raw.lower(), raw)


def _render(columns: list[str], rows: list[list[Any]], fmt: str) -> None:
    if fmt == "json":
        for r in rows:
            out.print_json(json.dumps(dict(zip(columns, r)), ensure_ascii=False)) if False else sys.stdout.write(
                json.dumps(dict(zip(columns, r)), ensure_ascii=False) + "\n")
    elif fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(columns)
        w.writerows(rows)
        sys.stdout.write(buf.getvalue())
    else:
        t = Table(*columns, show_lines=False)
        for r in rows:
            t.add_row(*[("" if v is None else f"{v:.2f}" if isinstance(v, float) else str(v)) for v in r])
        out.print(t)


@app.command()
def query(cypher: str = typer.Argument(..., help="A Cypher query, or the name of a shipped query (see --list)."),
          param: List[str] = typer.Option([], "-p", "--param", help="name=value, sent as a query parameter."),
          db: str = typer.Option(DEFAULT_DB, "--db"),
          store: Optional[str] = typer.Option(None, "--store", help="Store URI (overrides --db)."),
          fmt: str = typer.Option("table", "--format", help="table | json | csv"),
          write: bool = typer.Option(False, "--write", help="Allow a query that changes the graph."),
          user: Optional[str] = USER, password: Optional[str] = PASSWORD):
    """Run Cypher on the graph (read-only unless --write); parameters always go as parameters."""
    from graph import queries
    from graph.store import is_write

    if fmt not in ("table", "json", "csv"):
        fail(f"--format must be table, json or csv, not {fmt!r}")
    params: dict[str, Any] = {}
    for p in param:
        if "=" not in p:
            fail(f"parameter {p!r} is not name=value")
        k, v = p.split("=", 1)
        params[k.strip()] = v
    named = queries.get(cypher)
    if named is not None:
        try:
            bound = named.bind(params)
        except ValueError as exc:
            fail(str(exc))
        text = named.cypher
    else:
        if not any(ch.isspace() for ch in cypher.strip()) and cypher.replace("-", "").isalnum():
            fail(f"no shipped query named {cypher!r}; known: {', '.join(queries.named_queries())}")
        bound = {k: _value(v) for k, v in params.items()}
        text = cypher
    if not write and is_write(text):
        fail("E022 this query would change the graph; pass --write to allow it")
    with _opened(db, store, read_only=not write, user=user, password=password) as graph:
        res = graph.query(text, bound, write=write)
    _render(res.columns, res.rows, fmt)


@app.command("queries")
def list_queries():
    """List the shipped named queries and their parameters."""
    from graph import queries

    t = Table("name", "parameters", "about")
    for q in queries.named_queries().values():
        t.add_row(q.name, " ".join(p.name + ("" if p.required else f"={p.default}") for p in q.params), q.about)
    out.print(t)


@app.command()
def stats(db: str = typer.Option(DEFAULT_DB, "--db"),
          store: Optional[str] = typer.Option(None, "--store", help="Store URI (overrides --db)."),
          fmt: str = typer.Option("table", "--format", help="table | json"),
          user: Optional[str] = USER, password: Optional[str] = PASSWORD):
    """Counts of articles, actors and events in the graph."""
    with _opened(db, store, read_only=True, user=user, password=password) as graph:
        s = graph.stats()
    if fmt == "json":
        sys.stdout.write(json.dumps(s) + "\n")
    else:
        _render(list(s), [list(s.values())], "table")


@app.command()
def evaluate(gold: Path = typer.Argument(..., help="Gold JSONL (see ../shared/gold/README.md)."),
             as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
             confusion: bool = typer.Option(False, "--confusion", help="Also print the per-root confusion table.")):
    """Run extraction on the gold records' text and print precision, recall and F1."""
    from ingest.evaluate import evaluate as run
    from ingest.pipeline import extract as ex

    if not gold.is_file():
        fail(f"{gold}: no such file")
    try:
        rep = run(gold, ex)
    except (ValueError, KeyError) as exc:
        fail(f"{gold}: not a gold file ({exc})")
    except DiplographError as exc:
        fail(str(exc))
    if as_json:
        sys.stdout.write(json.dumps(rep.as_dict(), indent=2) + "\n")
        return
    t = Table("level", "precision", "recall", "F1", "tp", "fp", "fn", title=f"{gold.name}: {rep.records} records")
    for level, s in rep.levels.items():
        t.add_row(level, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", str(s.tp), str(s.fp), str(s.fn))
    out.print(t)
    if confusion and rep.confusion:
        c = Table("gold root", "predicted", "sentences", title="confusion (most common predicted root per sentence)")
        for (g, p), n in sorted(rep.confusion.items()):
            c.add_row(g, p, str(n))
        out.print(c)


@app.command()
def export(to: str = typer.Option(..., "--to", help="neo4j://HOST:PORT (or bolt://…), or graphml"),
           file: Optional[Path] = typer.Argument(None, help="Output file, for --to graphml."),
           db: str = typer.Option(DEFAULT_DB, "--db", help="The embedded graph to copy."),
           user: Optional[str] = USER, password: Optional[str] = PASSWORD):
    """Copy an embedded graph into Neo4j, or write it as GraphML (for Gephi and networkx)."""
    from graph.export import to_graphml

    with _opened(db, None, read_only=True) as source:
        rows = source.dump()
    if to.lower() == "graphml":
        if file is None:
            fail("--to graphml needs an output FILE")
        to_graphml(rows, file)
        err.print(f"{len(rows.actors)} actors, {len(rows.events)} events written to {file}")
        return
    if "://" not in to:
        fail(f"--to must be a neo4j:// or bolt:// URI, or graphml; not {to!r}")
    from graph.store import only_new, split_rows

    with _opened(db, to, read_only=False, user=user, password=password) as target:
        rows = only_new(target, rows)  # copying again adds nothing (and completes a copy cut short)
        for piece in split_rows(rows):
            target.write_rows(piece)
    err.print(f"{len(rows.articles)} articles, {len(rows.actors)} actors, {len(rows.events)} events copied to {to}")


def _frame(db, store, user, password, period, origin=None):
    from graph.frames import events_frame

    with _opened(db, store, read_only=True, user=user, password=password) as graph:
        return events_frame(graph, period=period, origin=origin)


def _emit(records: list[dict], fmt: str, title: str = "") -> None:
    if fmt not in ("table", "json", "csv"):
        fail(f"--format must be table, json or csv, not {fmt!r}")
    if fmt == "json":
        for r in records:
            sys.stdout.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
        return
    if not records:
        err.print("nothing to show")
        return
    cols = list(records[0])
    if title and fmt == "table":
        out.print(f"[bold]{title}[/bold]")
    _render(cols, [[r[c] for c in cols] for r in records], fmt)


ORIGIN = typer.Option(None, "--origin", help="diplograph or gdelt: only events of that origin.")
PERIOD = typer.Option(None, "--period", help="A date prefix (2025, 2025-11) or START..END.")
FMT = typer.Option("table", "--format", help="table | json | csv")


@app.command()
def alliances(period: Optional[str] = PERIOD, png: Optional[Path] = typer.Option(None, "--png", help="Draw the blocs."),
              actor: Optional[str] = typer.Option(None, "--actor", help="Also rank this country's allies and adversaries."),
              min_events: int = typer.Option(2, "--min-events", help="Dyads with fewer events are left out."),
              fmt: str = FMT, origin: Optional[str] = ORIGIN,
              db: str = typer.Option(DEFAULT_DB, "--db"), store: Optional[str] = typer.Option(None, "--store"),
              user: Optional[str] = USER, password: Optional[str] = PASSWORD):
    """Blocs of the signed country graph (which alliances hold), with their balance."""
    from graph.alliances import adversaries, allies, bloc_report, blocs, signed_graph, triad_balance

    df = _frame(db, store, user, password, period, origin)
    g = signed_graph(df, min_events=min_events)
    if g.number_of_edges() == 0:
        fail("no dyads with enough events in this period; lower --min-events or widen --period")
    part = blocs(g)
    rep = bloc_report(g, part)
    triads, balanced = triad_balance(g)
    records = [{"bloc": r.bloc, "size": len(r.members), "members": " ".join(r.members),
                "internal_positive": r.internal_positive, "triads": r.triads, "balanced_triads": r.balanced_triads}
               for r in rep if len(r.members) > 1]
    alone = [m for r in rep if len(r.members) == 1 for m in r.members]  # (blocs of one are not listed)
    _emit(records, fmt, f"blocs of {g.number_of_nodes()} actors, {g.number_of_edges()} signed dyads; "
                        f"{triads} triads, {balanced:.0%} balanced" + (f"; alone: {' '.join(alone)}" if alone else ""))
    if actor:
        _emit([{"actor": actor, "partner": p, "goldstein": w, "relation": "ally"} for p, w in allies(g, actor)] +
              [{"actor": actor, "partner": p, "goldstein": w, "relation": "adversary"} for p, w in adversaries(g, actor)],
              fmt, f"allies and adversaries of {actor}")
    if png:
        from graph.plots import plot_blocs

        plot_blocs(g, part, png, title=f"Blocs{' in ' + period if period else ''}: signed country graph, "
                                       f"{g.number_of_edges()} dyads with ≥{min_events} events")
        err.print(f"picture written to {png}")


@app.command()
def ruptures(top: int = typer.Option(10, "--top"), period: Optional[str] = PERIOD,
             png: Optional[Path] = typer.Option(None, "--png", help="Draw the timeline of the largest rupture."),
             min_events: int = typer.Option(4, "--min-events"),
             penalty: float = typer.Option(1.0, "--penalty", help="PELT penalty factor (x log(n) x variance)."),
             all_changes: bool = typer.Option(False, "--all", help="Rapprochements too, not only ruptures."),
             fmt: str = FMT, origin: Optional[str] = ORIGIN,
             db: str = typer.Option(DEFAULT_DB, "--db"), store: Optional[str] = typer.Option(None, "--store"),
             user: Optional[str] = USER, password: Optional[str] = PASSWORD):
    """Which relationships are breaking: change points in dyad scores, largest shift first, with evidence."""
    from graph.rupture import rank_changes

    df = _frame(db, store, user, password, period, origin)
    changes = rank_changes(df, top=top, min_events=min_events, penalty=penalty, kind=None if all_changes else "rupture")
    _emit([{"dyad": f"{c.a}-{c.b}", "from": c.window, "kind": c.kind, "before": c.before, "after": c.after,
            "shift": c.shift, "strength": c.strength, "events": f"{c.events_before}+{c.events_after}",
            "evidence": (c.evidence[0]["sentence"][:160] if c.evidence else "")} for c in changes], fmt,
          "dyads whose mean Goldstein score shifted (PELT change points)")
    if png and changes:
        _dyad_png(df, changes[0].a, changes[0].b, png, penalty)


def _dyad_png(df, a, b, png, penalty):
    from graph.dyads import dyad_series
    from graph.plots import plot_dyad
    from graph.rupture import dyad_changes

    series = dyad_series(df, a, b, fill=False)
    plot_dyad(series, dyad_changes(df, a, b, penalty=penalty), png,
              title=f"{a}–{b}: Goldstein score per month (months with events), change points by PELT")
    err.print(f"picture written to {png}")


@app.command()
def dyad(a: str = typer.Argument(..., help="Country code, e.g. COL."), b: str = typer.Argument(..., help="e.g. USA."),
         period: Optional[str] = PERIOD, freq: str = typer.Option("month", "--freq", help="week | month | quarter | year"),
         png: Optional[Path] = typer.Option(None, "--png"), penalty: float = typer.Option(1.0, "--penalty"),
         fmt: str = FMT, origin: Optional[str] = ORIGIN,
         db: str = typer.Option(DEFAULT_DB, "--db"), store: Optional[str] = typer.Option(None, "--store"),
         user: Optional[str] = USER, password: Optional[str] = PASSWORD):
    """One dyad over time: both directions per window, and its change points with evidence."""
    from graph.dyads import FREQS, dyad_scores
    from graph.rupture import dyad_changes

    if freq not in FREQS:
        fail(f"--freq must be one of {', '.join(FREQS)}")
    df = _frame(db, store, user, password, period, origin)
    pair = df[((df["a"] == a) & (df["b"] == b)) | ((df["a"] == b) & (df["b"] == a))]
    if pair.empty:
        fail(f"no events between {a} and {b}" + (f" in {period}" if period else ""))
    _emit(dyad_scores(pair, freq=freq).to_dict("records"), fmt, f"{a}–{b}, both directions")
    changes = dyad_changes(df, a, b, freq=freq, penalty=penalty)
    _emit([{"from": c.window, "kind": c.kind, "before": c.before, "after": c.after, "shift": c.shift,
            "evidence": " | ".join(f"{e['date']} {e['source']} {e['cameo']} {e['target']}: {e['sentence'][:120]}"
                                   for e in c.evidence)} for c in changes], fmt, "change points")
    if png:
        _dyad_png(df, a, b, png, penalty)


@app.command("import-gdelt")
def import_gdelt(files: List[str] = typer.Argument(..., help="GDELT 1.0 or 2.0 event export files (tab-separated)."),
                 db: str = typer.Option(DEFAULT_DB, "--db"),
                 store: Optional[str] = typer.Option(None, "--store", help="Store URI (overrides --db)."),
                 user: Optional[str] = USER, password: Optional[str] = PASSWORD):
    """Load GDELT event rows into the graph (streaming; idempotent on GLOBALEVENTID)."""
    from graph.gdelt import batches
    from graph.store import only_new

    missing = [f for f in files if not Path(f).is_file()]
    for f in missing:
        err.print(f"[red]error[/red]: {f}: no such file")
    added = seen = skipped = 0
    with _opened(db, store, read_only=False, user=user, password=password) as graph, _progress() as bar:
        task = bar.add_task("importing GDELT", total=None, events=0)
        for rows, bad in batches([f for f in files if f not in missing]):
            seen += len(rows.events)
            skipped += len(bad)
            for b in bad[:20]:
                err.print(f"[yellow]skipped[/yellow]: {b}", highlight=False)
            new = only_new(graph, rows)
            if new.events or new.articles:
                graph.write_rows(new)
            added += len(new.events)
            bar.update(task, advance=len(rows.events) + len(bad), events=added)
    err.print(f"{seen} GDELT events read, {added} added, {seen - added} already stored, {skipped} rows skipped")
    if seen == 0:
        raise typer.Exit(1)


@app.command()
def dump(db: str = typer.Option(DEFAULT_DB, "--db"),
         store: Optional[str] = typer.Option(None, "--store", help="Store URI (overrides --db)."),
         user: Optional[str] = USER, password: Optional[str] = PASSWORD):
    """The whole graph as sorted, stable JSON lines (actors, parts, articles, events, evidence): for diffs and checks."""
    with _opened(db, store, read_only=True, user=user, password=password) as graph:
        rows = graph.dump()
    for kind in ("actors", "parts", "articles", "events", "evidence"):
        for r in getattr(rows, kind):
            sys.stdout.write(json.dumps({"kind": kind, **r}, ensure_ascii=False, sort_keys=True) + "\n")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
