#!/usr/bin/env python3
"""Build ``ingest/data/leaders_world.tsv``: heads of state and government of every country, with terms.

Reads ``leaders/wikidata_heads_2026.csv`` (CC0, Wikidata via every-politician-scrapers; see its SOURCE)
and ``ngec/countries.csv`` (country names -> ISO 3166 alpha-3) from ``--shared`` (default ../shared/data).

The snapshot is a noisy seed, so this script cleans it by rule and says what it dropped:

- rows whose holder is a bare Wikidata id are kept only when the id is named in ``QIDS`` below
  (resolved by hand from the snapshot's own SOURCE note or an unambiguous term: the only UK prime
  minister who started and ended in 2022 is Liz Truss); unknown ids are dropped;
- known typos are corrected (``FIXES``); stray historical rows (terms ending before 1990) are dropped;
- a person holding offices of several countries (the British monarch in the Commonwealth realms, the
  French president as co-prince of Andorra) is kept for his own country only (``HOME``);
- people already in the curated ``leaders.tsv`` are left to it (it has exact dates);
- terms have years only: a term runs from 1 January of its first year to 31 December of its last, so
  the role overlaps its neighbours in the change-over year (both map to the same government code).

Every row names its source. Surnames are added as aliases for presidents and prime ministers when
the surname is unique in the file, at least five letters, and not an English word or a common name.

Run: ``python scripts/build_leaders.py [--shared ../shared/data]``.
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "ingest" / "data"
# Wikidata ids the snapshot gives in place of a name (see its SOURCE)
QIDS = {"Q3052772": "Emmanuel Macron", "Q1058": "Narendra Modi", "Q5771800": "Claudia Sheinbaum",
        "Q272201": "Liz Truss", "Q897790": "Francisco Guterres"}
FIXES = {"Nayib buke": "Nayib Bukele", "Alexander Lukashenka": "Alexander Lukashenko"}
ALIASES = {"Alexander Lukashenko": ["Lukashenka"], "Francisco Guterres": ["Lu Olo", "Lú Olo"]}
COUNTRIES = {"Kingdom of Denmark": "DNK", "Kingdom of the Netherlands": "NLD", "People's Republic of China": "CHN",
             "The Bahamas": "BHS", "The Gambia": "GMB", "Federated States of Micronesia": "FSM",
             "Ivory Coast": "CIV", "Vatican City": "VAT", "Kosovo": "XKX", "Palestine": "PSE", "Taiwan": "TWN",
             "Democratic Republic of the Congo": "COD", "Republic of the Congo": "COG", "Cape Verde": "CPV",
             "Timor-Leste": "TLS", "São Tomé and Príncipe": "STP", "Eswatini": "SWZ", "North Korea": "PRK",
             "South Korea": "KOR", "Russia": "RUS", "Syria": "SYR", "Iran": "IRN", "Laos": "LAO",
             "Vietnam": "VNM", "Bolivia": "BOL", "Venezuela": "VEN", "Tanzania": "TZA", "Moldova": "MDA",
             "Brunei": "BRN", "North Macedonia": "MKD", "Czech Republic": "CZE", "Turkey": "TUR",
             "United Kingdom": "GBR", "United States": "USA", "Myanmar": "MMR", "Dominica": "DMA",
             "South Sudan": "SSD"}
HOME = {"Elizabeth II": "GBR", "Charles III": "GBR", "Emmanuel Macron": "FRA"}
HEAD_OF_GOVERNMENT = re.compile(r"prime minister|premier|chancellor|head of government|chief executive|"
                                r"chairman of the council of ministers|president of the government", re.I)
# ceremonial or collegial offices: coded, but their holders get no surname alias
CEREMONIAL = re.compile(r"captain regent|federal council|governor|monarch of (?!the united kingdom)|co-prince", re.I)
COMMON_SURNAMES = {"Khan", "Kim", "Lee", "Ali", "Ahmed", "Hassan", "Mohamed", "Mohammed", "Smith", "Brown",
                   "Rossi", "Santos", "Silva", "Garcia", "Martin", "Johnson", "Wilson", "Sharif", "Singh",
                   "Rahman", "Hussein", "Abdullah", "Ibrahim", "Ismail", "Hamad", "Salman", "Thomas", "Mills"}
ENGLISH = {"young", "black", "white", "green", "king", "prince", "power", "price", "stone", "bush", "rice",
           "grant", "carter", "major", "little", "rich", "strong", "sharp", "lord", "noble", "bishop", "north",
           "south", "west", "east", "regent"}


def folded(text: str) -> str:
    """``text`` without its accents (news wires often drop them).

    >>> folded("Lú Olo"), folded("Iván Duque")
    ('Lu Olo', 'Ivan Duque')
    """
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def iso3(shared: Path) -> dict[str, str]:
    out = dict(COUNTRIES)
    with open(shared / "ngec" / "countries.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            out.setdefault(row["Name"], row["CCA3"])
    return out


def data_rows(name: str):
    """Rows of one of ``ingest/data``'s TSV files, read as diplograph reads them (``#`` lines are comments)."""
    with open(OUT / name, encoding="utf-8") as fh:
        yield from csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t")


def curated_names() -> set[str]:
    names = set()
    for row in data_rows("leaders.tsv"):
        names.add(row["name"].lower())
        names.update(a.lower() for a in row["aliases"].split("|") if a)
    return names


def taken_phrases() -> set[str]:
    """Phrases the other dictionaries already code (a surname alias must not shadow "Montenegro")."""
    return {row["phrase"].lower() for name in ("actors.tsv", "metonyms.tsv", "agents.tsv", "agents_extra.tsv")
            for row in data_rows(name)}


def build(shared: Path) -> tuple[list[dict[str, str]], Counter]:
    codes = iso3(shared)
    curated = curated_names()
    taken = taken_phrases()
    dropped: Counter = Counter()
    rows: list[dict[str, str]] = []
    places: dict[str, set[str]] = defaultdict(set)
    with open(shared / "leaders" / "wikidata_heads_2026.csv", encoding="utf-8") as fh:
        raw = [r for r in csv.DictReader(fh)]
    for r in raw:
        name = r["officeholderLabel"].strip()
        if re.fullmatch(r"Q\d+", name):
            if name not in QIDS:
                dropped["holder given as an unknown Wikidata id"] += 1
                continue
            name = QIDS[name]
        name = FIXES.get(name, name)
        if r["end_year"] and int(r["end_year"]) < 1990 or int(r["start_year"] or 0) < 1900:
            dropped["stray historical row"] += 1
            continue
        code = codes.get(r["country"])
        if code is None:
            dropped[f"no ISO code for country {r['country']!r}"] += 1
            continue
        if name.lower() in curated:
            dropped["already in the curated leaders.tsv"] += 1
            continue
        places[name].add(code)
        role = "head of government" if HEAD_OF_GOVERNMENT.search(r["positionLabel"]) else "head of state"
        rows.append({"name": name, "code": code + "GOV", "role": role, "office": r["positionLabel"],
                     "start": f"{r['start_year']}-01-01", "end": f"{r['end_year']}-12-31" if r["end_year"] else "",
                     "source": f"Wikidata {r['officeholder']} (snapshot 2026)"})
    kept = []
    for row in rows:
        home = HOME.get(row["name"])
        if len(places[row["name"]]) > 1 and (home is None or row["code"][:3] != home):
            dropped["office held for another country"] += 1
            continue
        kept.append(row)
    kept = list({(r["name"], r["code"], r["start"]): r for r in kept}.values())
    surnames = Counter(r["name"].split()[-1] for r in kept)
    for row in kept:
        parts = row["name"].split()
        alias = list(ALIASES.get(row["name"], []))
        last = parts[-1]
        if (len(parts) >= 2 and not CEREMONIAL.search(row["office"]) and surnames[last] == 1 and len(last) >= 5
                and last.isalpha() and last[0].isupper() and last not in COMMON_SURNAMES
                and last.lower() not in ENGLISH and not re.fullmatch(r"[IVX]+", last)
                and folded(last).lower() not in taken and last.lower() not in taken):
            alias.append(last)
        alias += [folded(a) for a in [row["name"], *alias] if folded(a) != a]  # "Lourenço" is often "Lourenco"
        row["aliases"] = "|".join(dict.fromkeys(a for a in alias if a.lower() not in curated))
    kept.sort(key=lambda r: (r["code"], r["start"], r["name"]))
    return kept, dropped


HEADER = """# Heads of state and government of 197 countries with their terms, built by scripts/build_leaders.py from
# the Wikidata snapshot of 2026 office holders (CC0 1.0; Wikidata and every-politician-scrapers/world-leaders-2021).
# Terms have years only (start = 1 January, end = 31 December); rows cleaned by rule (see the script).
# The curated leaders.tsv (exact dates, foreign and defence ministers) takes precedence over this file.
"""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared" / "data"))
    shared = Path(ap.parse_args().shared)
    rows, dropped = build(shared)
    cols = ["name", "aliases", "code", "role", "start", "end", "office", "source"]
    with open(OUT / "leaders_world.tsv", "w", encoding="utf-8", newline="") as fh:
        fh.write(HEADER)
        fh.write("\t".join(cols) + "\n")
        for r in rows:
            fh.write("\t".join(r[c] for c in cols) + "\n")
    print(f"leaders_world.tsv: {len(rows)} terms, {len({r['code'] for r in rows})} countries", file=sys.stderr)
    for why, n in dropped.most_common():
        print(f"  dropped {n}: {why}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
