from ingest.text import repair_line_breaks


def test_repair_keeps_length_and_joins_broken_abbreviations(seed_text):
    fixed = repair_line_breaks(seed_text)
    assert len(fixed) == len(seed_text)
    assert "recent U.S. Navy missile strikes" in fixed
    assert "the USS Gerald R. Ford, entered" in fixed
    # real sentence ends stay line ends
    assert fixed.count("\n") == seed_text.count("\n") - 3  # three breaks inside sentences


def test_repair_leaves_paragraphs_alone():
    assert repair_line_breaks("Title\n\nBody text.") == "Title\n\nBody text."
