"""The CAMEO codebook: names, Goldstein scores, GDELT quad classes and PLOVER types."""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True)
class Code:
    code: str
    root: str
    name: str
    goldstein: float
    quad_class: int
    plover: str


def quad_class(root: str) -> int:
    """GDELT QuadClass of a CAMEO root: 1 verbal and 2 material cooperation, 3 verbal and 4 material conflict.

    >>> [quad_class(r) for r in ("01", "06", "11", "16")]
    [1, 2, 3, 4]
    """
    r = int(root)
    return 1 if r <= 5 else 2 if r <= 9 else 3 if r <= 14 else 4


@lru_cache(maxsize=1)
def codebook() -> dict[str, Code]:
    with (DATA / "cameo.tsv").open(encoding="utf-8") as fh:
        return {r["code"]: Code(r["code"], r["root"], r["name"], float(r["goldstein"]), int(r["quad_class"]), r["plover"])
                for r in csv.DictReader(fh, delimiter="\t")}


def lookup(code: str) -> Code | None:
    """The codebook entry for ``code``, falling back to its parent codes (``0314`` -> ``031`` -> ``03``).

    >>> lookup("161").goldstein, lookup("161").plover
    (-4.0, 'SANCTION')
    """
    book = codebook()
    for k in (code, code[:3], code[:2]):
        if k in book:
            c = book[k]
            return c if k == code else Code(code, c.root, c.name, c.goldstein, c.quad_class, c.plover)
    return None
