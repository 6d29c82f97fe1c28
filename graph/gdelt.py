"""Import GDELT 1.0 and 2.0 event exports into diplograph's graph schema.

GDELT event files are tab-separated without a header: 57 columns (GDELT 1.0 back files), 58 (GDELT 1.0
daily files, with SOURCEURL) or 61 (GDELT 2.0, with ADM2 codes). The first 35 columns are the same in
all three (GDELT event codebooks). Events keep their GLOBALEVENTID as id (``gdelt:<id>``), so importing
a file twice adds nothing. Data: The GDELT Project, https://www.gdeltproject.org/ (cite it when you use it).
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from ingest.actors import split_code
from ingest.cameo import lookup

from .rows import NO_TARGET
from .store import Rows

LAYOUTS = {57: ("gdelt1-backfile", None, None), 58: ("gdelt1", 56, 57), 61: ("gdelt2", 59, 60)}
ORG_PREFIXES = ("IGO", "NGO", "IMG", "MNC")


@dataclass(frozen=True)
class BadRow:
    path: str
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.reason}"


def _actor(code: str, name: str, country: str) -> dict[str, str] | None:
    code = code.strip()
    if not code:
        return None
    if code.startswith(ORG_PREFIXES):
        ctry = split_code(code)[0]
    else:
        prefix = code[:3]
        ctry = country.strip() or (prefix if len(code) >= 3 and prefix.isalpha() and prefix.isupper()
                                   and prefix not in SECTORS else "")
    if not ctry:
        return None
    sector = code[3:6] if code.startswith(ctry) and not code.startswith(ORG_PREFIXES) else ""
    return {"code": code, "country": ctry, "sector": sector, "name": name.strip().title() or code}


# CAMEO sector codes that GDELT writes without a country ("GOV", "MIL"): not countries
SECTORS = {"GOV", "MIL", "REB", "OPP", "COP", "JUD", "BUS", "CVL", "MED", "EDU", "LEG", "REL", "SPY", "UAF",
           "HLH", "ELI", "CRM", "LAB", "AGR", "DEV", "ENV", "HRI", "IGO", "NGO", "REF", "MOD", "RAD", "SET",
           "INS", "IMG", "MNC", "SEP", "NGM", "UIS", "JEW", "MUS", "CHR", "HIN", "BUD"}


def _date(yyyymmdd: str) -> str:
    s = yyyymmdd.strip()[:8]
    return f"{s[:4]}-{s[4:6]}-{s[6:8]}" if len(s) == 8 and s.isdigit() else ""


def read_events(path: str | Path) -> Iterator[tuple[dict, dict, dict | None, dict] | BadRow]:
    """(article row, source actor, target actor or None, event row) per usable line, or a BadRow."""
    name = str(path)
    with open(path, encoding="utf-8", errors="replace", newline="") as fh:
        for n, line in enumerate(fh, 1):
            cols = line.rstrip("\r\n").split("\t")
            layout = LAYOUTS.get(len(cols))
            if layout is None:
                yield BadRow(name, n, f"{len(cols)} columns; GDELT event files have 57, 58 or 61")
                continue
            kind, added_col, url_col = layout
            gid = cols[0].strip()
            date = _date(cols[1])
            code, root = cols[26].strip(), cols[28].strip()
            if not gid.isdigit() or not date or not code.isdigit() or not root.isdigit():
                yield BadRow(name, n, "missing GLOBALEVENTID, date or CAMEO code")
                continue
            src = _actor(cols[5], cols[6], cols[7])
            if src is None:
                yield BadRow(name, n, "no source actor with a country", )
                continue
            tgt = _actor(cols[15], cols[16], cols[17])
            url = cols[url_col].strip() if url_col is not None else ""
            doc_id = ("url:" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:20]) if url else f"gdelt:{gid}"
            added = _date(cols[added_col]) if added_col is not None else ""
            article = {"id": doc_id, "title": "", "date": added or date, "url": url, "source": f"GDELT ({kind})",
                       "checksum": "", "path": f"{name}:{n}"}
            entry = lookup(code)
            try:
                goldstein = float(cols[30])
                quad = int(cols[29])
            except ValueError:
                yield BadRow(name, n, "Goldstein score or QuadClass is not a number")
                continue
            event = {
                "id": f"gdelt:{gid}", "doc_id": doc_id, "source_code": src["code"],
                "target_code": tgt["code"] if tgt else NO_TARGET, "cameo": code, "root": root.zfill(2),
                "quad_class": quad, "goldstein": goldstein, "plover": entry.plover if entry else "",
                "date": date, "month": date[:7], "year": date[:4], "negated": False, "mood": "asserted",
                "counts": True, "rule": kind, "confidence": 1.0, "sentence": "", "sent_start": -1, "sent_end": -1,
                "source_text": src["name"], "source_start": -1, "source_end": -1,
                "target_text": tgt["name"] if tgt else "", "target_start": -1, "target_end": -1, "trigger": "",
                "mentions": 1,
            }
            yield article, src, tgt, event


def batches(paths: list[str], size: int = 5000) -> Iterator[tuple[Rows, list[BadRow]]]:
    """Rows in bounded batches (streaming: a file is never held whole in memory)."""
    actors: dict[str, dict] = {}
    articles: dict[str, dict] = {}
    events: list[dict] = []
    bad: list[BadRow] = []

    def flush():
        acts = list(actors.values())
        for a in list(acts):
            if a["code"] != a["country"] and a["country"] not in actors:
                acts.append({"code": a["country"], "country": a["country"], "sector": "", "name": a["country"]})
        if any(e["target_code"] == NO_TARGET for e in events):
            acts.append({"code": NO_TARGET, "country": NO_TARGET, "sector": "", "name": "no target named"})
        parts = [{"code": a["code"], "country": a["country"]} for a in acts if a["code"] != a["country"]]
        return Rows(acts, parts, list(articles.values()), list(events))

    for path in paths:
        for item in read_events(path):
            if isinstance(item, BadRow):
                bad.append(item)
                continue
            article, src, tgt, event = item
            articles.setdefault(article["id"], article)
            for a in (src, tgt):
                if a is not None:
                    actors.setdefault(a["code"], a)
            events.append(event)
            if len(events) >= size:
                yield flush(), bad
                actors, articles, events, bad = {}, {}, [], []
    if events or bad:
        yield flush(), bad
