"""Generated bad input: hundreds of cases, none gives a traceback, each problem is one line naming its
file (and line for JSONL), a batch goes on past bad records, nothing usable read -> non-zero exit."""
from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from ingest.readers import Problem, read_paths

GOOD = {"id": "good-1", "text": "Colombia condemned the United States on Tuesday.", "date": "2025-11-11"}


def _cases() -> list[tuple[str, str, bytes]]:
    """(category, file name, content) for every generated case."""
    rng = random.Random(20251111)
    cases: list[tuple[str, str, bytes]] = []
    for i, ws in enumerate(["", " ", "\n", "\t\t", "\r\n\r\n", "   \n  \n", "\u00a0".encode().decode(), "\f\v"]):
        for ext in (".txt", ".jsonl", ".html"):
            cases.append(("empty", f"empty{i}{ext}", ws.encode("utf-8")))
    for i in range(70):
        blob = bytes(rng.randrange(256) for _ in range(rng.randrange(16, 4000)))
        cases.append(("binary", f"blob{i}{rng.choice(['.txt', '.jsonl', '.html'])}", b"\x00" + blob))
    for i, head in enumerate([b"\x89PNG\r\n\x1a\n", b"\x1f\x8b\x08\x00", b"PK\x03\x04", b"%PDF-1.4\x00\x01"]):
        cases.append(("binary", f"magic{i}.txt", head + bytes(range(256)) * 4))
    text = "Colombia suspended intelligence sharing with the United States."
    for i in range(60):  # invalid UTF-8: stray continuation bytes and truncated sequences
        raw = bytearray(text.encode())
        for _ in range(rng.randrange(1, 4)):
            raw.insert(rng.randrange(len(raw)), rng.choice([0x80, 0xBF, 0xC3, 0xE2, 0xF0, 0xFF]))
        cases.append(("invalid-utf8", f"badutf{i}.txt", bytes(raw)))
    cases.append(("utf16", "utf16le.txt", ("\ufeff" + text).encode("utf-16-le")))
    cases.append(("utf16", "utf16be.txt", ("\ufeff" + text).encode("utf-16-be")))
    cases.append(("latin1", "latin1.txt", "Bogotá protestó ante Washington.".encode("latin-1")))
    for i, html in enumerate(["<html><body><div><span>", "<script>alert(1)</script>" * 20,
                              "<html><head><style>p{}</style></head><body></body></html>",
                              "<<<>>><p></div></html>", "<html>" + "<div>" * 500, "<iframe src='x'></iframe>" * 5,
                              "<html><body><nav>Home | News | About</nav></body></html>"]):
        cases.append(("html-soup", f"soup{i}.html", html.encode()))
    for i, s in enumerate(["Die Regierung Kolumbiens hat die Zusammenarbeit mit den USA ausgesetzt.",
                           "Колумбия приостановила обмен разведданными с США.", "哥伦比亚暂停与美国共享情报。",
                           "كولومبيا تعلق تبادل المعلومات الاستخباراتية مع الولايات المتحدة", "😀" * 200]):
        cases.append(("non-english", f"foreign{i}.txt", s.encode()))
    line = json.dumps(GOOD)
    for cut in range(1, len(line), 2):  # truncated JSON lines
        cases.append(("truncated-jsonl", f"trunc{cut}.jsonl", line[:cut].encode()))
    for i, bad in enumerate(['[1, 2, 3]', '"just a string"', "42", "null", '{"id": "x"}', '{"id": "x", "text": 5}',
                             '{"id": "x", "text": ["a"]}', '{"id": {"a": 1}, "text": "Peru praised Chile."}',
                             '{"text": "   "}', "{'id': 'single quotes'}", '{"id": "x", "text": "a"} trailing',
                             "NaN", '{"id": "x", "text": "\\ud800"}']):
        cases.append(("malformed-jsonl", f"malformed{i}.jsonl", bad.encode()))
    for i, d in enumerate(["2025-02-30", "2025-13-01", "yesterday", "11/11/2025", "0000-00-00", "2025", "", "99999-01-01",
                           "2025-11-11T25:00:00"]):
        rec = dict(GOOD, id=f"date{i}", date=d)
        cases.append(("bad-date", f"date{i}.jsonl", json.dumps(rec).encode()))
    for i, d in enumerate(["2025-02-30", "someday", "31.12.2025"]):
        cases.append(("bad-date", f"fm-date{i}.txt", f"---\ndate: {d}\n---\n{text}\n".encode()))
    bad_lines = ['{"id": "b", "text": ', "[]", '{"text": 7}', "\x00\x01", '{"id": "b"}', "}", '{"id": "z", "text": ""}']
    for i in range(70):  # a good record among bad ones, in any order: the good one is read
        lines = rng.sample(bad_lines, rng.randrange(1, 4)) + [json.dumps(dict(GOOD, id=f"mixed{i}"))]
        rng.shuffle(lines)
        cases.append(("mixed-jsonl", f"mixed{i}.jsonl", "\n".join(lines).encode()))
    for i, ch in enumerate(["\x07", "\x1b[31m", "\u202e", "\u0000", "\x08\x08", "\u2028", "\ufeff\ufeff"]):
        cases.append(("control-chars", f"ctrl{i}.txt", f"Colombia{ch} condemned the United States.".encode()))
    return cases


CASES = _cases()


def test_at_least_300_generated_cases():
    assert len(CASES) >= 300
    assert len({c for c, _, _ in CASES}) >= 10


@pytest.mark.parametrize("category,name,content", CASES, ids=[f"{c}:{n}" for c, n, _ in CASES])
def test_reader_never_raises_and_names_the_file(tmp_path, category, name, content):
    f = tmp_path / name
    f.write_bytes(content)
    items = list(read_paths([str(f)]))
    for it in items:
        if isinstance(it, Problem):
            msg = str(it)
            assert name in msg and "\n" not in msg and "Traceback" not in msg
            if name.endswith(".jsonl") and it.level == "error" and "file" not in it.reason:
                assert it.line is not None  # JSONL problems name their line
        else:
            assert it.text.strip() and isinstance(it.id, str)
    if category in ("empty", "binary", "truncated-jsonl", "malformed-jsonl"):
        assert not [i for i in items if not isinstance(i, Problem)] or category == "malformed-jsonl"
    if category in ("utf16", "latin1", "non-english", "bad-date", "mixed-jsonl"):
        assert [i for i in items if not isinstance(i, Problem)], "readable text must be read"


def test_special_files_dangling_links_and_fifos(tmp_path):
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    os.mkfifo(tmp_path / "pipe.txt")  # reading it would block forever
    items = list(read_paths([str(tmp_path)]))
    assert all(isinstance(i, Problem) for i in items) and len(items) == 2


def _cli(args, stdin=None, timeout=600):
    return subprocess.run([sys.executable, "-m", "graph.cli", *map(str, args)], capture_output=True, text=True,
                          timeout=timeout, input=stdin)


@pytest.fixture(scope="module")
def batch_dir(tmp_path_factory):
    d = tmp_path_factory.mktemp("batch")
    for _, name, content in CASES:
        (d / name).write_bytes(content)
    (d / "good.jsonl").write_text(json.dumps(GOOD) + "\n" + '{"id": "broken", "text": \n')
    return d


def test_batch_goes_on_and_reports(batch_dir, tmp_path, nlp):
    db = tmp_path / "g.db"
    proc = _cli(["ingest", batch_dir, "--db", db])
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr
    summary = [line for line in proc.stderr.splitlines() if " read, " in line and " skipped" in line][-1]
    read, skipped = int(summary.split()[0]), int(summary.split(", ")[1].split()[0])
    assert read >= 15 and skipped >= 200
    log = Path(str(db) + ".log") if Path(str(db) + ".log").exists() else db.with_suffix(".log")
    reasons = log.read_text().splitlines()
    assert len(reasons) >= skipped and any("good.jsonl:2" in r for r in reasons)
    again = _cli(["ingest", batch_dir, "--db", db])
    assert "0 ingested" in again.stderr  # nothing duplicated


def test_nothing_usable_is_a_nonzero_exit(tmp_path, nlp):
    bad = tmp_path / "bad"
    bad.mkdir()
    for _, name, content in CASES[:60]:
        (bad / name).write_bytes(content)
    proc = _cli(["ingest", bad, "--db", tmp_path / "g.db"])
    assert proc.returncode != 0 and "Traceback" not in proc.stderr
    proc = _cli(["extract", "-"], stdin="")
    assert proc.returncode != 0 and "<stdin>" in proc.stderr and "Traceback" not in proc.stderr


def test_huge_article_is_refused_clearly(tmp_path):
    f = tmp_path / "huge.txt"
    f.write_bytes(b"Colombia condemned the United States. " * 1_400_000)  # about 53 MB
    [p] = list(read_paths([str(f)]))
    assert isinstance(p, Problem) and "too large" in p.reason and "huge.txt" in str(p)


def test_duplicate_ids_with_different_text_keep_the_first(tmp_path, nlp):
    f = tmp_path / "dup.jsonl"
    f.write_text(json.dumps(GOOD) + "\n" + json.dumps(dict(GOOD, text="Peru praised Chile.")) + "\n")
    db = tmp_path / "g.db"
    proc = _cli(["ingest", f, "--db", db])
    assert proc.returncode == 0 and "other text is already stored" in proc.stderr
    from graph.store import open_store

    s = open_store(str(db), read_only=True)
    assert s.query("MATCH (d:Article) RETURN d.id").rows == [["good-1"]]
    assert s.query("MATCH ()-[e:EVENT]->() RETURN e.sentence").rows[0][0].startswith("Colombia")
    s.close()
