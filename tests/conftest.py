"""Shared fixtures: the spaCy pipeline (loaded once) and the seed article from ../shared/seed/."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "colombia-us-intelligence.txt"
SEED_DATE = "2025-11-11"


@pytest.fixture(scope="session")
def nlp():
    from ingest.model import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.exists():
        pytest.fail(f"the seed article is missing: {SEED} (CI lays ../shared beside the checkout)")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture()
def code(nlp):
    """Events of one text: ``code("Colombia condemned the US.", date="2025-11-11")``."""
    from ingest.pipeline import extract
    from ingest.records import Article

    def run(text: str, date: str | None = "2025-11-11"):
        [(_, events)] = list(extract([Article(id="t", text=text, date=date)], nlp=nlp))
        return events

    return run
