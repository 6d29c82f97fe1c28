"""Accuracy on the development gold sets -> bench/results/accuracy.json (and the confusion table).

Run: .venv/bin/python bench/accuracy.py [GOLD_DIR]   (default ../shared/gold)
"""
from __future__ import annotations

import json
import platform
import sys
import time
from pathlib import Path

from ingest.evaluate import evaluate
from ingest.pipeline import extract

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    gold = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "gold"
    out = {"date": time.strftime("%Y-%m-%d"), "machine": platform.platform(), "sets": {}}
    for name in ("plover_gsr.jsonl", "cameo_examples.jsonl"):
        rep = evaluate(gold / name, extract)
        out["sets"][name] = rep.as_dict()
        for level, s in rep.levels.items():
            print(f"{name:22s} {level:10s} P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f}")
    dest = ROOT / "bench" / "results" / "accuracy.json"
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    print(f"written {dest}")


if __name__ == "__main__":
    main()
