"""Read articles from files: .txt, .html, .jsonl, directories (recursively) and standard input.

Readers yield :class:`Article` records and :class:`Problem` records; a bad file or line never
stops the batch. Every problem names the file (and line for JSONL) in one line.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from .records import Article, text_id

SUFFIXES = {".txt", ".text", ".html", ".htm", ".jsonl", ".ndjson"}  # what a directory walk reads
MAX_BYTES = 20_000_000  # one article file; JSONL files may be larger (read line by line)
MAX_CHARS = 5_000_000  # one article
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*\n", re.S)


@dataclass(frozen=True)
class Problem:
    """A file or record that was skipped (``level='error'``) or read with a caveat (``'warning'``)."""

    path: str
    reason: str
    line: int | None = None
    level: str = "error"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.reason}"


SURROGATES = re.compile("[\ud800-\udfff]")


def clean(value: object) -> object:
    """Strings with lone UTF-16 surrogates (from JSON escapes such as "\\ud800") get U+FFFD instead:
    they are not text, and spaCy cannot tokenize them."""
    return SURROGATES.sub("\ufffd", value) if isinstance(value, str) else value


def valid_date(value: object) -> str | None:
    """``YYYY-MM-DD`` (or a longer ISO timestamp) -> ``YYYY-MM-DD``; ``None`` if not a real date.

    >>> valid_date("2025-11-11"), valid_date("2025-02-30"), valid_date(None)
    ('2025-11-11', None, None)
    """
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None


UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def decode(data: bytes, path: str) -> str | Problem:
    """Bytes -> text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252 for text that is not
    UTF-8; binary data is a problem. Never raises."""
    if data.startswith(UTF16_BOMS):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return Problem(path, "invalid UTF-16 text")
    head = data[:8192]
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    if b"\x00" in head or controls > len(head) * 0.05:
        return Problem(path, "binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _meta(text: str) -> tuple[dict[str, str], str]:
    m = FRONT_MATTER.match(text)
    if not m:
        return {}, text
    meta = {}
    for line in m.group(1).splitlines():
        if ":" in line:
            k, v = line.split(":", 1)
            meta[k.strip().lower()] = v.strip().strip("'\"")
    # keep offsets meaningful: blank out the front matter instead of cutting it
    return meta, " " * m.end() + text[m.end():]


def _title(text: str) -> str | None:
    lines = text.lstrip().split("\n", 2)
    if len(lines) >= 2:
        first = lines[0].strip()
        if first and len(first) <= 200 and not first.endswith((".", "?", "!", "\u201d", '"')):
            return first
    return None


def too_long(text: str) -> str | None:
    return f"article too long ({len(text):,} characters; limit {MAX_CHARS:,})" if len(text) > MAX_CHARS else None


def from_text(text: str, path: str, date: str | None = None) -> Iterator[Article | Problem]:
    """A plain-text article; title = first line if it is one; date from ``date`` or front matter."""
    meta, body = _meta(text)
    if not body.strip():
        yield Problem(path, "empty file, no text")
        return
    if too_long(body):
        yield Problem(path, too_long(body))
        return
    raw_date = date or meta.get("date")
    when = valid_date(raw_date)
    if raw_date and not when:
        yield Problem(path, f"invalid date {raw_date!r} (want YYYY-MM-DD); read without a date", level="warning")
    yield Article(id=meta.get("id") or text_id(body), text=body, date=when, title=meta.get("title") or _title(body),
                  url=meta.get("url"), source=meta.get("source"), path=path)


def from_html(html: str, path: str, date: str | None = None) -> Iterator[Article | Problem]:
    """Main text of a web page, with its title and date from the page's metadata (trafilatura)."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except Exception as exc:  # trafilatura raises assorted errors on soup
        yield Problem(path, f"HTML could not be parsed ({type(exc).__name__})")
        return
    if hasattr(doc, "as_dict"):
        doc = doc.as_dict()
    text = (doc or {}).get("text") or ""
    if not text.strip():
        yield Problem(path, "no article text found in the HTML page")
        return
    when = valid_date(date) or valid_date((doc or {}).get("date"))
    yield Article(id=text_id(text), text=text, date=when, title=doc.get("title"), url=doc.get("url"),
                  source=doc.get("sitename"), path=path)


def from_jsonl(lines: Iterable[str], path: str, date: str | None = None) -> Iterator[Article | Problem]:
    """One article a line: ``id``, ``text``, optional ``date`` (YYYY-MM-DD), ``title``, ``url``, ``source``."""
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Problem(path, f"malformed JSON ({exc.msg})", line=n)
            continue
        if not isinstance(rec, dict):
            yield Problem(path, "not a JSON object", line=n)
            continue
        rec = {k: clean(v) for k, v in rec.items()}
        text = rec.get("text")
        if not isinstance(text, str) or not text.strip():
            yield Problem(path, "no 'text' field" if text is None else "'text' is empty or not a string", line=n)
            continue
        if too_long(text):
            yield Problem(path, too_long(text), line=n)
            continue
        raw = rec.get("date") or date
        when = valid_date(raw)
        if raw and not when:
            yield Problem(path, f"invalid date {raw!r} (want YYYY-MM-DD); read without a date", line=n, level="warning")
        rid = rec.get("id")
        if isinstance(rid, (dict, list)):
            yield Problem(path, "'id' must be a string or a number", line=n)
            continue
        meta = {k: rec.get(k) if isinstance(rec.get(k), str) else None for k in ("title", "url", "source")}
        yield Article(id=str(rid) if rid not in (None, "") else text_id(text), text=text, date=when,
                      path=f"{path}:{n}", **meta)


def _lines(data: bytes, name: str) -> Iterator[str]:
    """JSONL lines decoded one by one: a binary or non-UTF-8 line becomes an unparsable line (reported with
    its number by the JSONL reader) instead of spoiling the whole file."""
    for raw in data.split(b"\n"):
        if b"\x00" in raw:
            yield "\x00 binary data"
            continue
        try:
            yield raw.decode("utf-8-sig").rstrip("\r")
        except UnicodeDecodeError:
            yield raw.decode("cp1252", errors="replace").rstrip("\r")


def _utf8(data: bytes) -> bool:
    if data.startswith(UTF16_BOMS):
        return True
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def read_file(path: Path, date: str | None = None) -> Iterator[Article | Problem]:
    name = str(path)
    try:
        if not path.is_file():
            yield Problem(name, "not a regular file" if path.exists() else "no such file (a dangling link?)")
            return
        size = path.stat().st_size
        if size > MAX_BYTES and path.suffix.lower() not in (".jsonl", ".ndjson"):
            yield Problem(name, f"file too large for one article ({size:,} bytes; limit {MAX_BYTES:,})")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield Problem(name, f"cannot read ({exc.strerror or type(exc).__name__})")
        return
    if not data.strip():
        yield Problem(name, "empty file, no text")
        return
    if path.suffix.lower() in (".jsonl", ".ndjson") and not data.startswith(UTF16_BOMS):
        yield from from_jsonl(_lines(data, name), name, date)
        return
    text = decode(data, name)
    if isinstance(text, Problem):
        yield text
        return
    if not _utf8(data):
        yield Problem(name, "not UTF-8; read as Windows-1252", level="warning")
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        yield from from_jsonl(text.splitlines(), name, date)
    elif suffix in (".html", ".htm"):
        yield from from_html(text, name, date)
    else:
        yield from from_text(text, name, date)


def _walk(root: Path) -> Iterator[Path]:
    seen: set[str] = set()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=True):
        real = os.path.realpath(dirpath)
        if real in seen:  # a symlink loop
            dirnames[:] = []
            continue
        seen.add(real)
        dirnames.sort()
        for f in sorted(filenames):
            p = Path(dirpath) / f
            if p.suffix.lower() in SUFFIXES:
                yield p


def read_paths(paths: Iterable[str], date: str | None = None, stdin=None) -> Iterator[Article | Problem]:
    """Articles and problems from files, directories (recursively) and ``-`` (standard input)."""
    for raw in paths:
        if raw == "-":
            try:
                text = clean((stdin or sys.stdin).read())
            except (UnicodeDecodeError, OSError) as exc:
                yield Problem("<stdin>", f"cannot read standard input ({type(exc).__name__})")
                continue
            if text.lstrip().startswith("{"):
                yield from from_jsonl(text.splitlines(), "<stdin>", date)
            else:
                yield from from_text(text, "<stdin>", date)
            continue
        p = Path(raw)
        if p.is_dir():
            found = False
            for f in _walk(p):
                found = True
                yield from read_file(f, date)
            if not found:
                yield Problem(raw, "directory holds no .txt, .html or .jsonl files")
        elif p.exists():
            yield from read_file(p, date)
        else:
            yield Problem(raw, "no such file or directory")
