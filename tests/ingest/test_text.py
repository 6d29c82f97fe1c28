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


def test_paragraphs_run_together_without_full_stops_are_split(nlp):
    """The VOA corpus drops paragraph-final full stops; the parser alone made 60-word sentences of them."""
    import json
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "demo" / "voa_2009_2017.jsonl"
    text = next(r["text"] for r in map(json.loads, path.open(encoding="utf-8"))
                if r["text"].startswith("Landmark US Voting Rights Law"))
    starts = [s.text[:30] for s in nlp(text[:2500]).sents]
    assert "He pledged that with this law," in starts                      # after "August 6, 1965"
    assert '"Millions of Americans are den' in starts                      # the quotation keeps its mark
    assert "The justices’ ruling, by a 5-t" in starts
    # a name after a verb of saying, or a title in quotes, goes on the sentence
    assert len(list(nlp("The raid was reported by The New York Times on Monday.").sents)) == 1
    assert len(list(nlp("They signed petitions under the title “In Defense of the Nation” on Monday.").sents)) == 1


def test_headings_run_in_with_a_hyphen_end_before_the_text():
    """Scraped news (the VOA demo corpus) joins a title, subheading or caption to the next sentence with a
    bare hyphen; the heading's words then became the sentence's actors."""
    from ingest.text import split_run_in_headings

    text = ("Obama Orders Review of Sanctions on Iran-STATE DEPARTMENT —\xa0-President Barack Obama spoke. "
            "Trading blame-Russia blamed the rebels. A photo, April 4, 2017 (AP)-Onlookers watched. "
            "Fighters of Ahrar al-Sham met anti-Saudi protesters in Deir ez-Zor with then-President Obama.")
    fixed = split_run_in_headings(text)
    assert len(fixed) == len(text)
    assert fixed.count("\n") == 4
    for start in ("STATE DEPARTMENT", "President Barack Obama", "Russia blamed", "Onlookers watched"):
        assert "\n" + start in fixed, start
    assert fixed.endswith(text[text.index("Fighters"):])  # names and compounds keep their hyphen


def test_extraction_splits_run_in_headings():
    from ingest.pipeline import extract
    from ingest.records import Article

    art = Article(id="h", text="Dispute over aid-Russia blamed Ukraine for breaking the truce.", date="2016-12-13")
    [(_, events)] = list(extract([art]))
    assert events and all(e.sentence.startswith("Russia blamed") for e in events), [e.sentence for e in events]


def test_a_heading_joined_by_a_spaced_hyphen_ends():
    from ingest.text import split_run_in_headings

    text = "Top Hezbollah Commander Badreddine Killed in Syria -The Lebanese militant group buried him."
    out = split_run_in_headings(text)
    assert len(out) == len(text) and out.index("\n") == text.index("-The")
    assert split_run_in_headings("Temperatures fell to -5 in Kabul.") == "Temperatures fell to -5 in Kabul."


def test_a_run_in_photo_caption_is_its_own_sentence(code):
    """AP and VOA captions ("FILE - …, March 22, 2015") run into the text: their photo's act joined the sentence
    before, and the sentence after joined the caption."""
    from ingest.text import split_captions

    text = ("Rebels accused the YPG of acting as a spoiler FILE - Kurdish fighters take up positions in Kobani, "
            "Syria, Feb. 17, 2013 Turkish soldiers shelled Syrian regime forces.")
    fixed = split_captions(text)
    assert len(fixed) == len(text) and fixed.count("\n") == 2
    assert "\nTurkish soldiers shelled" in fixed and "spoiler\nFILE - Kurdish" in fixed
    # (guard: the events of both sentences stay apart)
    got = [(e.source.code, e.target.code) for e in code(text, "2016-02-14") if e.target]
    assert ("TURMIL", "SYRMIL") in got, got
    assert not [g for g in got if g[0].startswith("KUR") and g[1].startswith("SYR")], got
    # a date inside a sentence with its own punctuation stays
    assert split_captions("On March 18, 2014, Russia annexed Crimea.") == "On March 18, 2014, Russia annexed Crimea."


def test_any_caption_ends_at_its_date(code):
    """VOA captions end with their place and date and run on into the text ("… in Paris, May 14, 2017 Macron was
    greeted …"): the caption's act joined the next sentence, and its date dated it."""
    from ingest.text import split_captions

    text = "Russian soldiers patrol in Simferopol, Crimea, March 2, 2014 Ukraine accused Russia of invading Crimea."
    fixed = split_captions(text)
    assert len(fixed) == len(text) and fixed.count("\n") == 1 and "\nUkraine accused" in fixed
    events = code(text, "2014-03-03")
    assert [e for e in events if (e.source.code, e.root, e.target.code if e.target else None) == ("UKR", "11", "RUS")
            and e.sentence.startswith("Ukraine accused")], [(e.source.code, e.cameo, e.sentence) for e in events]
    # (guard) a date after its weekday opens a sentence, it does not end a caption
    told = "On Sunday, May 14, 2017 Macron was sworn in."
    assert split_captions(told) == told


def test_a_paragraph_run_on_after_a_name_is_split(nlp):
    starts = [s.text for s in nlp("Sharif spoke at a news conference in Islamabad He added that talks with India "
                                  "would go on.").sents]
    assert starts == ["Sharif spoke at a news conference in Islamabad", "He added that talks with India would go on."]
    # (guard) a headline's capitals and "What I" are not paragraph ends
    assert len(list(nlp("Kyiv Says Russian Military Attacked Its Forces Inside Eastern Ukraine").sents)) == 1
    assert len(list(nlp("“What I mean by that is simple,” he said.").sents)) == 1


def test_a_paragraph_run_on_at_a_number_word_or_after_an_attribution_is_split(nlp):
    starts = [s.text for s in nlp("The killings horrified the nation Two days later the army withdrew. “We did our "
                                  "best,” Johnson said He complained that the decision came late.").sents]
    assert "Two days later the army withdrew." in starts and "He complained that the decision came late." in starts
    # (guard) a number word after a name, and a name or "I" after "said", go on the sentence
    assert len(list(nlp("Veterans of World War Two met in Paris.").sents)) == 1
    assert len(list(nlp("He said I was wrong about the vote.").sents)) == 1
    assert len(list(nlp("The raid was a mistake, said The Times on Monday.").sents)) == 1


def test_a_paragraph_run_on_at_a_plural_noun_of_people_is_split(nlp):
    # a photo caption run on after a name, a paragraph after a lowercase word
    starts = [s.text for s in nlp("Tillerson spoke on Wednesday at the State Department Demonstrators clash with "
                                  "the riot police during a protest in Caracas, April 20, 2017.").sents]
    assert starts[-1].startswith("Demonstrators clash"), starts
    starts = [s.text for s in nlp("He was charged with murder Police said they arrested about two dozen "
                                  "protesters.").sents]
    assert starts[-1] == "Police said they arrested about two dozen protesters.", starts
    # (guard) an organisation's name, a demonym and a capitalised noun before a name go on the sentence
    for told in ("Aid came from the medical charity Doctors Without Borders on Monday.",
                 "The agency UN Women said on Monday that the war hurt families.",
                 "The New York-based Committee to Protect Journalists expressed alarm at the arrests.",
                 "A Dallas Police officer hugged a child at the rally.",
                 "Moscow reserves the right to protect ethnic Russians in Crimea."):
        assert len(list(nlp(told).sents)) == 1, told


def test_a_paragraph_run_on_at_an_article_before_a_name_is_split(nlp):
    starts = [s.text for s in nlp("Moscow denied any involvement in the attack The U.S. Treasury Department imposed "
                                  "sanctions on Friday.").sents]
    assert "The U.S. Treasury Department imposed sanctions on Friday." in starts, starts
    # (guard) a name that keeps its article, and a paper cited, go on the sentence
    assert len(list(nlp("The delegation visited The Hague on Monday.").sents)) == 1
    assert len(list(nlp("The minister cited The New York Times on Monday.").sents)) == 1
