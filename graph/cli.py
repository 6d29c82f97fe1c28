"""The ``diplograph`` command: extract, ingest, query, evaluate, stats."""
from __future__ import annotations

import csv
import io
import json
import sys
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
                    TextColumn("{task.fields[events]} events"), TimeElapsedColumn(), console=err,
                    transient=False, disable=not err.is_terminal and False)


def _articles(paths: list[str], date: Optional[str], problems: list[Problem]) -> Iterator[Article]:
    for item in read_paths(paths, date=date):
        if isinstance(item, Problem):
            problems.append(item)
            err.print(f"[yellow]{item.level}[/yellow]: {item}", highlight=False, soft_wrap=True)
        else:
            yield item


def _extract_stream(paths: list[str], date: Optional[str], problems: list[Problem], label: str):
    from ingest.pipeline import extract

    try:
        arts = _articles(paths, date, problems)
        with _progress() as bar:
            task = bar.add_task(label, total=None, events=0)
            n_events = 0
            for art, events in extract(arts):
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
            date: Optional[str] = typer.Option(None, "--date", help="Article date YYYY-MM-DD for .txt input.")):
    """Extract events as JSON lines, one event per line."""
    problems: list[Problem] = []
    sink = output.open("w", encoding="utf-8") if output else sys.stdout
    read = 0
    try:
        for _, events in _extract_stream(paths, date, problems, "extracting"):
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


def _open(db: str, store: Optional[str], read_only: bool, user: Optional[str] = None, password: Optional[str] = None):
    from graph.store import open_store

    options = {"user": user, "password": password} if store and "://" in store else {}
    try:
        return open_store(store or db, read_only=read_only, **options)
    except DiplographError as exc:
        fail(str(exc))


@app.command()
def ingest(paths: List[str] = typer.Argument(..., help="Files, directories or - for standard input."),
           db: str = typer.Option(DEFAULT_DB, "--db", help="Embedded graph directory."),
           store: Optional[str] = typer.Option(None, "--store", help="Store URI (overrides --db), e.g. neo4j://127.0.0.1:7687."),
           date: Optional[str] = typer.Option(None, "--date", help="Article date YYYY-MM-DD for .txt input."),
           user: Optional[str] = USER, password: Optional[str] = PASSWORD):
    """Extract events and load them into the graph store (idempotent: the same article twice changes nothing)."""
    problems: list[Problem] = []
    graph = _open(db, store, read_only=False, user=user, password=password)
    stored = unchanged = n_events = read = 0
    batch: list = []

    def flush() -> None:
        nonlocal stored, unchanged, n_events
        try:
            res = graph.write(batch)
        except DiplographError as exc:
            fail(str(exc))
        stored += res.articles
        unchanged += res.unchanged
        n_events += res.events
        for cid in res.conflicts:
            problems.append(Problem(cid, "an article with this id but other text is already stored; skipped"))
            err.print(f"[yellow]error[/yellow]: {cid}: an article with this id but other text is already stored; skipped")
        batch.clear()

    for art, events in _extract_stream(paths, date, problems, "ingesting"):
        read += 1
        batch.append((art, events))
        if len(batch) >= BATCH:
            flush()
    flush()
    graph.close()
    log = Path(store or db).with_suffix(".log") if not store else None
    _summary(read, problems, log)
    err.print(f"{stored} ingested, {unchanged} already stored, {n_events} events added")
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
    graph = _open(db, store, read_only=not write, user=user, password=password)
    try:
        res = graph.query(text, bound, write=write)
    except DiplographError as exc:
        fail(str(exc))
    finally:
        graph.close()
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
    graph = _open(db, store, read_only=True, user=user, password=password)
    try:
        s = graph.stats()
    finally:
        graph.close()
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

    source = _open(db, None, read_only=True)
    try:
        rows = source.dump()
    finally:
        source.close()
    if to.lower() == "graphml":
        if file is None:
            fail("--to graphml needs an output FILE")
        to_graphml(rows, file)
        err.print(f"{len(rows.actors)} actors, {len(rows.events)} events written to {file}")
        return
    if "://" not in to:
        fail(f"--to must be a neo4j:// or bolt:// URI, or graphml; not {to!r}")
    target = _open(db, to, read_only=False, user=user, password=password)
    try:
        target.write_rows(rows)
    except DiplographError as exc:
        fail(str(exc))
    finally:
        target.close()
    err.print(f"{len(rows.articles)} articles, {len(rows.actors)} actors, {len(rows.events)} events copied to {to}")


@app.command()
def dump(db: str = typer.Option(DEFAULT_DB, "--db"),
         store: Optional[str] = typer.Option(None, "--store", help="Store URI (overrides --db)."),
         user: Optional[str] = USER, password: Optional[str] = PASSWORD):
    """The whole graph as sorted, stable JSON lines (actors, parts, articles, events): for diffs and checks."""
    graph = _open(db, store, read_only=True, user=user, password=password)
    try:
        rows = graph.dump()
    finally:
        graph.close()
    for kind in ("actors", "parts", "articles", "events"):
        for r in getattr(rows, kind):
            sys.stdout.write(json.dumps({"kind": kind, **r}, ensure_ascii=False, sort_keys=True) + "\n")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
