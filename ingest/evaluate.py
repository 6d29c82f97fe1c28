"""Score extraction against gold records (``../shared/gold/README.md``): micro P/R/F1 per level.

Levels: ``dyad_quad`` (source country, target country, quad class), ``dyad_root`` (… CAMEO root, where
the gold has CAMEO codes) and ``type`` / ``type_code`` (some event of the sentence has the gold CAMEO
root / full code). Events that did not happen as told (negated, denied, planned) are left out.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from .records import Article, Event

# legacy codes in the gold sets -> ISO 3166 alpha-3 (ITL and VTN: PLOVER GSR's Italy and Vietnam)
# legacy CAMEO / PETRARCH2 country codes -> ISO 3166 alpha-3 (the gold sets and the dictionaries use both)
ALIASES = {"JAP": "JPN", "GMY": "DEU", "ROM": "ROU", "UK": "GBR", "UKG": "GBR", "GER": "DEU", "ITL": "ITA", "VTN": "VNM",
           "TMP": "TLS", "KSV": "XKX"}


def country(code: str | None) -> str:
    """Country part of an actor code, as the gold README defines it.

    >>> country("COLGOV"), country("IGOUNO"), country("JAPGOV"), country(None)
    ('COL', 'IGO', 'JPN', '')
    """
    if not code:
        return ""
    if code.startswith("IGO"):
        return "IGO"
    if code == "UK":
        return "GBR"
    c = code[:3]
    return ALIASES.get(c, c)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, gold: Counter, pred: Counter) -> None:
        both = gold & pred
        self.tp += sum(both.values())
        self.fp += sum((pred - both).values())
        self.fn += sum((gold - both).values())

    def as_dict(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Report:
    gold_file: str
    records: int = 0
    levels: dict[str, Score] = field(default_factory=dict)
    confusion: Counter = field(default_factory=Counter)  # (gold root, predicted root or "none") -> n

    def as_dict(self) -> dict:
        return {"gold": self.gold_file, "records": self.records,
                "levels": {k: v.as_dict() for k, v in self.levels.items()},
                "confusion": {f"{g}->{p}": n for (g, p), n in sorted(self.confusion.items())}}


def read_gold(path: str | Path) -> list[dict]:
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                out.append(json.loads(line))
    return out


def score(records: list[dict], predicted: dict[str, list[Event]], gold_file: str = "") -> Report:
    rep = Report(gold_file, len(records))
    for rec in records:
        events = [e for e in predicted.get(rec["id"], []) if e.counts]
        if "events" in rec:
            gold_q = Counter((country(g["source"]), country(g.get("target")), int(g["quad"])) for g in rec["events"])
            pred_q = Counter((country(e.source.code), country(e.target.code if e.target else None), e.quad_class)
                             for e in events)
            rep.levels.setdefault("dyad_quad", Score()).add(gold_q, pred_q)
            if rec["events"] and all(g.get("cameo") for g in rec["events"]):
                gold_r = Counter((country(g["source"]), country(g.get("target")), g["cameo"][:2]) for g in rec["events"])
                pred_r = Counter((country(e.source.code), country(e.target.code if e.target else None), e.root)
                                 for e in events)
                rep.levels.setdefault("dyad_root", Score()).add(gold_r, pred_r)
        if rec.get("cameo"):
            gold_root = rec["cameo"][:2]
            roots = {e.root for e in events}
            codes = {e.cameo for e in events}
            for level, hit in (("type", gold_root in roots), ("type_code", rec["cameo"] in codes)):
                s = rep.levels.setdefault(level, Score())
                if hit:
                    s.tp += 1
                else:
                    s.fn += 1
                    s.fp += 1 if events else 0
            if gold_root in roots:
                rep.confusion[(gold_root, gold_root)] += 1
            elif events:
                rep.confusion[(gold_root, Counter(e.root for e in events).most_common(1)[0][0])] += 1
            else:
                rep.confusion[(gold_root, "none")] += 1
    return rep


def unique_ids(records: list[dict]) -> list[dict]:
    """The records with every ``id`` made unique, so each is scored against its own text.

    A gold file may repeat an id for two different sentences (PLOVER GSR has COERCE-0004 twice);
    the second becomes ``COERCE-0004#2``.  Records are copied, never changed in place.

    >>> [r["id"] for r in unique_ids([{"id": "a"}, {"id": "b"}, {"id": "a"}])]
    ['a', 'b', 'a#2']
    """
    seen: Counter = Counter()
    out = []
    for rec in records:
        seen[rec["id"]] += 1
        n = seen[rec["id"]]
        out.append(rec if n == 1 else {**rec, "id": f"{rec['id']}#{n}"})
    return out


def predict(records: list[dict], extract_fn) -> dict[str, list[Event]]:
    """Run ``extract_fn`` (articles -> (article, events) pairs) over the records' text: {record id: events}."""
    arts: Iterable[Article] = (Article(id=r["id"], text=r["text"], date=r.get("date")) for r in records)
    return {a.id: evs for a, evs in extract_fn(arts)}


def evaluate(path: str | Path, extract_fn) -> Report:
    """Run ``extract_fn`` over the gold text and score it."""
    records = unique_ids(read_gold(path))
    return score(records, predict(records, extract_fn), str(path))
