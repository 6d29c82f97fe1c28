"""How the PLOVER dev score reads when the GSR's compound actors are taken as its coders marked them.

The dev gold ``../shared/gold/plover_gsr.jsonl`` was converted from PLOVER's ``PLOVER_GSR_CAMEO.txt``
(``../shared/data/plover/``). Where the GSR's coders marked two actors as both source and target of one
mutual act ("(SRC/TAR: Czechia) and (SRC/TAR: China) (EVT: signed) an (EVT: agreement)"), the conversion
wrote no event at all. This script lists those records and scores the extractor twice: against the dev gold
as it is (the issue's measure, unchanged) and against a reading, built in memory, in which each such record
holds the pairs its SRC/TAR actors make, both ways, with the quad class of the record's PLOVER type. No gold
file is changed.

Run: .venv/bin/python scripts/plover_compounds.py [SHARED_DIR]   (default ../shared)
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from ingest.evaluate import predict, read_gold, score, unique_ids
from ingest.pipeline import extract

ROOT = Path(__file__).resolve().parent.parent


def compound_records(gsr: list[dict], records: list[dict]) -> dict[str, list[dict]]:
    """{record id: gold events} for the records the conversion left empty whose GSR markup has SRC/TAR actors.

    Each event pairs two of the record's actors (every ordered pair), with the quad class that the dev gold
    gives the record's PLOVER type elsewhere.
    """
    quad = {e["plover"]: int(e["quad"]) for r in records for e in r["events"]}
    by_id = {d["id"]: d for d in gsr if "id" in d}
    out: dict[str, list[dict]] = {}
    for rec in records:
        d = by_id.get(rec["id"].split("#")[0])
        if rec["events"] or d is None or "SRC/TAR" not in d.get("textInfo", {}).get("markup", ""):
            continue
        actors = [a["code"] for k in ("source", "target") if isinstance(d.get(k), list) for a in d[k]]
        out[rec["id"]] = [{"source": a, "target": b, "quad": quad[d["event"]], "plover": d["event"]}
                          for i, a in enumerate(actors) for j, b in enumerate(actors) if i != j]
    return out


def main() -> None:
    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared"
    records = unique_ids(read_gold(shared / "gold" / "plover_gsr.jsonl"))
    gsr = json.loads((shared / "data" / "plover" / "PLOVER_GSR_CAMEO.txt").read_text(encoding="utf-8"))
    compounds = compound_records(gsr, records)
    predicted = predict(records, extract)
    reread = [{**r, "events": compounds[r["id"]]} if r["id"] in compounds else r for r in records]
    for name, recs in (("dev gold as converted (the issue's measure)", records),
                       ("SRC/TAR compounds read both ways", reread)):
        s = score(recs, predicted).levels["dyad_quad"]
        print(f"{name:45s} P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f} (tp {s.tp}, fp {s.fp}, fn {s.fn})")
    print(f"{len(compounds)} of {sum(not r['events'] for r in records)} empty dev records are SRC/TAR compounds "
          f"in the GSR: {', '.join(sorted(compounds))}")


if __name__ == "__main__":
    main()
