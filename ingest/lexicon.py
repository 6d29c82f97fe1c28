"""Verb and noun patterns -> CAMEO codes, read from data (PETRARCH2's CAMEO.2.0 plus diplograph's own).

A verb pattern lists words that must appear, in order, after the verb within its clause (its objects and
complements); some also need words before it. The pattern with the most matched words wins; a verb
with no matching pattern takes its own default code, if it has one.
"""
from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


FUNCTION_WORDS = frozenset({"at", "in", "on", "to", "with", "for", "from", "by", "of", "into", "over", "about",
                            "against", "after", "before", "up", "down", "out", "off", "back", "as", "the", "a",
                            "and", "or"})


@dataclass(frozen=True)
class Pattern:
    pre: tuple[frozenset[str], ...]
    post: tuple[frozenset[str], ...]
    code: str
    source: str  # "cameo2" or "diplograph"

    @property
    def weight(self) -> int:
        return len(self.pre) + len(self.post) + (1 if self.source == "diplograph" else 0)


@dataclass(frozen=True)
class Match:
    code: str
    rule: str
    words: int
    reverse: bool = False  # the verb's subject is the event's target ("died in detention", "received aid from")
    source: str = ""  # the pattern's dictionary, "cameo2" or "diplograph" ("" for a default or a coder rule)
    prep: str = ""  # a preposition that ends the pattern and names its target ("support * &FIGHT against")


def _match(code: str, rule: str, words: int, source: str = "", prep: str = "") -> Match:
    """A ``Match`` from a lexicon code; PETRARCH2's reverse-only codes are written ":184"."""
    if code.startswith(":"):
        return Match(code[1:], rule + " (reversed)", words, reverse=True, source=source)
    return Match(code, rule, words, source=source, prep=prep)


# prepositions that, ending a pattern after its object words, name the act's target (narrower than the
# coder's ``words.TARGET_PREPS``, the prepositions whose objects it searches for a target at all)
ENDING_PREPS = frozenset({"against", "on", "with", "to", "toward", "towards"})


def _subsequence(needles: tuple[frozenset[str], ...], hay: list[set[str]], start: int = 0,
                 limit: int | None = None) -> bool:
    """Whether ``needles`` match ``hay`` in order from ``start``. The words after a preposition lie inside its
    phrase (``syntax.Forms.until``): "withdrawing **from** Kosovo under an **agreement**" is no "withdraw * from
    agreement". ``limit``: the last token index the match may reach."""
    i, k = 0, start
    while i < len(needles) and k < len(hay):
        forms = hay[k]
        if limit is not None and getattr(forms, "i", limit) > limit:
            return False
        if not forms.isdisjoint(needles[i]):
            until = getattr(forms, "until", None)
            if until is not None and i + 1 < len(needles):
                # (or a later one of the same words: "withdraw from Kosovo and from the pact")
                if _subsequence(needles[i + 1:], hay, k + 1, until if limit is None else min(limit, until)):
                    return True
                k += 1
                continue
            i += 1
        k += 1
    return i == len(needles)


class Lexicon:
    """CAMEO verb and noun lexicon."""

    def __init__(self) -> None:
        raw = json.loads((DATA / "verbs.json").read_text(encoding="utf-8"))
        synsets = {k: frozenset(v) for k, v in raw["synsets"].items()}

        def alt(words: list[str]) -> frozenset[str]:
            out: set[str] = set()
            for w in words:
                out |= synsets.get(w, {w})
            return frozenset(out)

        self.verbs: dict[str, tuple[str | None, list[Pattern]]] = {}
        for lemma, entry in raw["verbs"].items():
            pats = [Pattern(tuple(alt(a) for a in p["pre"]), tuple(alt(a) for a in p["post"]), p["code"], "cameo2")
                    for p in entry["patterns"]]
            self.verbs[lemma] = (entry["code"], pats)
        for row in _rows("verbs_extra.tsv"):
            post = []
            if row["particle"].strip():
                post.append(frozenset(row["particle"].strip().split("|")))
            if row["object"].strip():
                post.append(frozenset(row["object"].split("|")))
            for lemma in row["lemma"].strip().split("|"):  # "call|label|brand": one row for verbs that share it
                default, pats = self.verbs.get(lemma, (None, []))
                if post:
                    pats = [Pattern((), tuple(post), row["code"], "diplograph"), *pats]
                else:
                    default = row["code"]
                self.verbs[lemma] = (default, pats)
        self.nouns: dict[str, list[tuple[str, frozenset[str]]]] = {}
        for row in _rows("nouns.tsv"):
            objs = frozenset(w for w in (row.get("object") or "").split("|") if w)
            self.nouns.setdefault(row["lemma"], []).append((row["code"], objs))
        for v in self.nouns.values():
            v.sort(key=lambda x: not x[1])  # restricted entries first

    def verb(self, lemma: str, before: list[set[str]], after: list[set[str]],
             particles: frozenset[str] = frozenset()) -> Match | None:
        """Code a verb by its lemma and the word forms before and after it in its clause; ``particles`` are
        the verb's own phrasal particles ("crack **down**", "call **off**")."""
        entry = self.verbs.get(lemma)
        if entry is None:
            return None
        default, patterns = entry
        best: Pattern | None = None
        for p in patterns:
            if default and p.source == "cameo2" and all(a <= FUNCTION_WORDS for a in p.post + p.pre) \
                    and not (p.post and p.post[0] & particles):
                continue  # "meet * at": a bare preposition is too weak to override the verb's own code (a
                # particle of the verb is not: "cracking down on" is repression, not an attack)
            if (best is None or p.weight > best.weight) and _subsequence(p.post, after) and _subsequence(p.pre, before):
                best = p
        if best is not None:
            if best.code == "---":  # an idiom that is no event ("take place", "take office")
                return None
            words = " ".join("|".join(sorted(a))[:20] for a in best.post)
            last = best.post[-1] if len(best.post) > 1 else frozenset()
            prep = next(iter(last)) if len(last) == 1 and last <= ENDING_PREPS else ""
            return _match(best.code, f"verb:{lemma} * {words} [{best.source}]", best.weight, best.source, prep)
        if default and default != "---":  # "---": the verb codes nothing on its own ("the suspension comes amid …")
            return _match(default, f"verb:{lemma} [default]", 0)
        return None

    def noun(self, lemma: str, context: set[str]) -> Match | None:
        for code, objs in self.nouns.get(lemma, []):
            if not objs or objs & context:
                return Match(code, f"noun:{lemma}" + (" * " + "|".join(sorted(objs & context)) if objs else ""), 1)
        return None


def _rows(name: str):
    with (DATA / name).open(encoding="utf-8") as fh:
        yield from csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t")


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return Lexicon()
