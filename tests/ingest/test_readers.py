from pathlib import Path

from ingest.readers import Problem, read_paths


def _read(*paths, **kw):
    items = list(read_paths([str(p) for p in paths], **kw))
    return [i for i in items if not isinstance(i, Problem)], [i for i in items if isinstance(i, Problem)]


def test_txt_with_front_matter_keeps_offsets(tmp_path: Path):
    f = tmp_path / "a.txt"
    f.write_text("---\nid: a1\ndate: 2025-11-11\n---\nTitle here\n\nColombia condemned the strikes.\n")
    [art], problems = _read(f)
    assert (art.id, art.date, art.title) == ("a1", "2025-11-11", "Title here")
    assert art.text.index("Colombia") == f.read_text().index("Colombia")
    assert not problems


def test_txt_date_flag_and_text_hash_id(tmp_path: Path):
    f = tmp_path / "b.txt"
    f.write_text("Colombia condemned the strikes.")
    [art], _ = _read(f, date="2025-01-02")
    [again], _ = _read(f, date="2025-01-02")
    assert art.date == "2025-01-02" and art.id.startswith("sha1:") and art.id == again.id


def test_empty_binary_and_missing_files_are_problems(tmp_path: Path):
    (tmp_path / "empty.txt").write_text("  \n")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02binary\x00")
    arts, problems = _read(tmp_path / "empty.txt", tmp_path / "bin.txt", tmp_path / "nope.txt")
    assert arts == []
    reasons = [str(p) for p in problems]
    assert "empty" in reasons[0] and "empty.txt" in reasons[0]
    assert "binary" in reasons[1] and "bin.txt" in reasons[1]
    assert "no such file" in reasons[2]
    assert all("\n" not in r for r in reasons)


def test_jsonl_goes_on_past_a_bad_line(tmp_path: Path):
    f = tmp_path / "a.jsonl"
    f.write_text('{"id": "x1", "text": "Colombia condemned the US.", "date": "2025-11-11"}\n'
                 '{"id": "x2", "text": \n'
                 '{"id": "x3", "text": "Peru praised Chile.", "date": "2025-02-30"}\n')
    arts, problems = _read(f)
    assert [a.id for a in arts] == ["x1", "x3"]
    assert arts[1].date is None
    assert problems[0].line == 2 and "malformed JSON" in problems[0].reason
    assert problems[1].level == "warning" and "invalid date" in problems[1].reason


def test_html_main_text_and_metadata(tmp_path: Path):
    f = tmp_path / "page.html"
    body = " ".join(["Colombia suspended intelligence sharing with the United States on Tuesday."] * 5)
    f.write_text(f"<html><head><title>Rift</title><meta property='article:published_time' content='2025-11-11'>"
                 f"<script>alert('x')</script></head><body><nav>Home | News</nav><article><h1>Rift</h1>"
                 f"<p>{body}</p><p>{body}</p></article></body></html>")
    [art], _ = _read(f)
    assert "Colombia suspended" in art.text and "alert" not in art.text
    assert art.date == "2025-11-11" and art.title == "Rift"


def test_directory_recursion_survives_symlink_loop(tmp_path: Path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("Colombia condemned the strikes.")
    (tmp_path / "sub" / "loop").symlink_to(tmp_path)
    arts, _ = _read(tmp_path)
    assert len({a.id for a in arts}) == 1


def test_stdin_jsonl(tmp_path: Path):
    import io

    arts = [a for a in read_paths(["-"], stdin=io.StringIO('{"id": "s", "text": "Peru praised Chile."}\n'))]
    assert arts[0].id == "s"


def test_directory_walk_reads_articles_not_documentation(tmp_path: Path):
    (tmp_path / "a.txt").write_text("Colombia condemned the strikes.")
    (tmp_path / "SOURCE.md").write_text("# Where these articles come from\n\nPublic domain.")
    (tmp_path / "notes.csv").write_text("a,b\n")
    arts, problems = _read(tmp_path)
    assert [Path(a.path).name for a in arts] == ["a.txt"] and not problems
