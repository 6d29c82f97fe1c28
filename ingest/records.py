"""Plain records passed between the stages: articles -> mentions -> events.

Each stage takes records and returns records; nothing reaches back upstream.
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any


def text_id(text: str) -> str:
    """Stable id of an article that came without one: a hash of its text."""
    return "sha1:" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:20]


@dataclass(frozen=True)
class Article:
    """One news article as read from a file.

    >>> Article(id="a1", text="Colombia condemned the strikes.", date="2025-11-11").date
    '2025-11-11'
    """

    id: str
    text: str
    date: str | None = None  # YYYY-MM-DD
    title: str | None = None
    url: str | None = None
    source: str | None = None
    path: str | None = None  # the file it came from

    @property
    def checksum(self) -> str:
        return hashlib.sha1(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Mention:
    """An actor named in the text, coded CAMEO-style (``COLGOV`` = country ``COL``, sector ``GOV``)."""

    code: str
    country: str
    sector: str
    text: str
    start: int  # character offsets in the article
    end: int
    kind: str = "named"  # country | named | composed | coref | metonym | person | people | group

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "country": self.country, "sector": self.sector,
                "text": self.text, "start": self.start, "end": self.end}


@dataclass
class Event:
    """A coded event: source actor -> CAMEO relation -> target actor, with its evidence."""

    id: str
    doc_id: str
    sentence: str
    start: int
    end: int
    source: Mention
    target: Mention | None
    cameo: str
    root: str
    quad_class: int
    goldstein: float
    plover: str
    date: str | None
    negated: bool = False
    mood: str = "asserted"  # asserted | threat | plan | denied | reported
    rule: str = ""
    confidence: float = 0.5
    trigger: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["source"] = self.source.to_dict()
        d["target"] = self.target.to_dict() if self.target else None
        d.pop("extra")
        return d

    @property
    def counts(self) -> bool:
        """Whether the event happened (or was threatened) as told: what dyad scores and evaluation count."""
        return not self.negated and self.mood not in ("denied", "plan")
