"""Named Cypher queries shipped with diplograph: one ``.cypher`` text each, run unchanged on every store.

Each file starts with comment lines: ``// name: …``, ``// about: …`` and ``// param NAME TYPE [DEFAULT]``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Param:
    name: str
    type: str  # string | int | float
    default: Any = None
    required: bool = True

    def cast(self, value: Any) -> Any:
        if value is None:
            return None
        return {"int": int, "float": float}.get(self.type, str)(value)


@dataclass(frozen=True)
class NamedQuery:
    name: str
    about: str
    cypher: str
    params: tuple[Param, ...]

    def bind(self, given: dict[str, Any]) -> dict[str, Any]:
        """Cast the given parameters to their declared types and fill defaults; unknown or missing -> ValueError."""
        names = {p.name for p in self.params}
        unknown = set(given) - names
        if unknown:
            raise ValueError(f"query {self.name} takes no parameter {', '.join(sorted(unknown))}")
        out = {}
        for p in self.params:
            if p.name in given:
                out[p.name] = p.cast(given[p.name])
            elif p.required:
                raise ValueError(f"query {self.name} needs -p {p.name}=…")
            else:
                out[p.name] = p.default
        return out


def _parse(path: Path) -> NamedQuery:
    text = path.read_text(encoding="utf-8")
    about = ""
    params = []
    for line in text.splitlines():
        m = re.match(r"//\s*about:\s*(.*)", line)
        if m:
            about = m.group(1).strip()
        m = re.match(r"//\s*param\s+(\w+)\s+(string|int|float)(?:\s+(.*))?$", line)
        if m:
            name, typ, default = m.group(1), m.group(2), m.group(3)
            p = Param(name, typ)
            if default is not None:
                d = default.strip()
                d = None if d == "null" else p.cast(d[1:-1] if d[:1] in "'\"" and d[-1:] == d[:1] else d)
                p = Param(name, typ, d, required=False)
            params.append(p)
    return NamedQuery(path.stem, about, text, tuple(params))


def named_queries() -> dict[str, NamedQuery]:
    return {p.stem: _parse(p) for p in sorted(HERE.glob("*.cypher"))}


def get(name: str) -> NamedQuery | None:
    return named_queries().get(name)
