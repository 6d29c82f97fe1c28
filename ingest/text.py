"""Text clean-up that keeps character offsets: every repair replaces a character by one character."""
from __future__ import annotations

import re

# A line that ends in one of these abbreviations did not end its sentence ("U.S.\nNavy", "Gerald R.\nFord").
ABBREVIATION_END = re.compile(
    r"(?:(?<![A-Za-z])[A-Z]\.|(?<![A-Za-z])(?:U\.S|U\.K|U\.N|E\.U|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|"
    r"Capt|Adm|Prof|Jr|Sr|Inc|Corp|Co|No|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.)$"
)
TERMINAL = tuple(".!?:;\"\u201d\u2019'")


def repair_line_breaks(text: str) -> str:
    """Join lines broken inside a sentence, keeping the text's length (``\\n`` -> space).

    >>> repair_line_breaks("strikes by the U.S.\\nNavy on boats.\\nPetro spoke.")
    'strikes by the U.S. Navy on boats.\\nPetro spoke.'
    """
    lines = text.split("\n")
    out = []
    for i, line in enumerate(lines):
        out.append(line)
        if i == len(lines) - 1:
            break
        nxt = lines[i + 1].lstrip()
        cur = line.rstrip()
        join = False
        if cur and nxt:
            if ABBREVIATION_END.search(cur) and (nxt[0].isupper() or nxt[0].isdigit()):
                join = True
            elif not cur.endswith(TERMINAL) and (nxt[0].islower() or len(cur) > 80):
                join = True
        out.append(" " if join else "\n")
    return "".join(out)


# lowercase words of three letters or more that a hyphen joins to a capitalised one inside a name or a compound
# ("bin-Laden", "anti-Saudi", "then-President"), where no heading ends; shorter particles ("al-Assad",
# "Deir ez-Zor") never end one, since a heading's last word must have three letters
HYPHEN_PREFIXES = {"ash", "bin", "ibn", "abu", "bint", "del", "van", "von", "anti", "pro", "non", "pre", "post", "mid",
                   "neo", "pan", "sub", "inter", "trans", "multi", "semi", "counter", "quasi", "then", "self", "vice",
                   "mini", "super", "ultra", "over", "under", "out"}
_HEADING_HYPHEN = re.compile(
    r"(?P<pre>[—–]\s|\)|(?<=[a-z]) |\b\d{4}|\b(?P<word>[a-z]{3,}))-(?=[A-Z][a-z])"
    # a title-case headline before an upper-case dateline that ends in a dash ("… Iran-STATE DEPARTMENT — -")
    r"|(?P<last>[a-z])-(?=[A-Z][A-Z.]+(?:[\s,]+[A-Z][A-Z.]+)*\s[—–]\s-)"
)


def split_run_in_headings(text: str) -> str:
    """End the title, subheading, caption or dateline that scraped news joins to the next sentence with a
    bare hyphen, keeping the text's length (``-`` -> ``\\n``).

    >>> split_run_in_headings("Gulf outreach-The Arab League met in al-Qaida's old town.")
    "Gulf outreach\\nThe Arab League met in al-Qaida's old town."
    >>> split_run_in_headings("Commander Killed in Syria -The group buried him.")
    'Commander Killed in Syria \\nThe group buried him.'
    >>> split_run_in_headings("Sanction on Iran-STATE DEPARTMENT — -President Obama spoke (AP)-Later")
    'Sanction on Iran\\nSTATE DEPARTMENT — \\nPresident Obama spoke (AP)\\nLater'
    """
    def repl(m: re.Match) -> str:
        if m.group("word") in HYPHEN_PREFIXES:
            return m.group(0)
        return (m.group("pre") or m.group("last")) + "\n"

    return _HEADING_HYPHEN.sub(repl, text)


# a wire dateline that opens a text or a line: an upper-case place, maybe a country or a date after a comma and
# the agency in brackets, then a dash ("BRUSSELS, Oct 14 (Reuters) - ", "KYIV, Ukraine (AP) — ", "WASHINGTON — ")
_DATELINE = re.compile(
    r"(?m)^[A-Z][A-Z.'’\- ]{2,}[A-Z.](?:, [A-Z][A-Za-z.]*(?: [A-Za-z0-9.]+)?){0,3}(?: \([^()\n]{1,40}\))?"
    r" ?(?:--|[-—–])( )(?=[A-Z\"“‘'])")


def split_datelines(text: str) -> str:
    """End a wire dateline before the story it opens, keeping the text's length (a space -> ``\\n``): the place
    where the story was filed is no actor of its first sentence.

    >>> split_datelines("BRUSSELS, Oct 14 (Reuters) - The European Union agreed new sanctions.")
    'BRUSSELS, Oct 14 (Reuters) -\\nThe European Union agreed new sanctions.'
    >>> split_datelines("KYIV, Ukraine (AP) — Russia launched drones.")
    'KYIV, Ukraine (AP) —\\nRussia launched drones.'
    >>> split_datelines("NATO said the U.S. - and Britain - agreed.")
    'NATO said the U.S. - and Britain - agreed.'
    """
    return _break_at(_DATELINE, text)


def _break_at(pattern: re.Pattern, text: str) -> str:
    """``text`` with the character of each match's first group (a space) turned into a line break."""
    out = list(text)
    for m in pattern.finditer(text):
        out[m.start(1)] = "\n"
    return "".join(out)


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# an archive photo's caption run into the text: "… present FILE - Afghan women carry the coffin …, in Kabul,
# March 22, 2015 The decision was kept quiet …" (the AP and VOA style: "FILE -", the picture's date last)
_CAPTION = re.compile(r"(?<=[^\s\n]) (?=FILE ?[-—–] )")
_CAPTION_END = re.compile(r"\b" + _MONTH + r" \d{1,2}, \d{4}( )(?=[A-Z\"“'‘])")
# any photo's caption ends with its place and date, set off by commas, and the text runs on without a stop:
# "… at the Elysee Palace in Paris, May 14, 2017 Macron was greeted …" (not "On Sunday, May 14, 2017 Macron …")
_DATED_END = re.compile(r"(?<!day), " + _MONTH + r" \d{1,2}, \d{4}( )(?=[A-Z\"“])")


def split_captions(text: str) -> str:
    """End the sentence before a run-in photo caption ("FILE - …") and any caption after its date, keeping the
    text's length (a space -> ``\\n``).

    >>> split_captions("present FILE - Women carry a coffin in Kabul, March 22, 2015 The decision was kept quiet.")
    'present\\nFILE - Women carry a coffin in Kabul, March 22, 2015\\nThe decision was kept quiet.'
    >>> split_captions("Macron arrives in Paris, May 14, 2017 Macron was greeted by Hollande.")
    'Macron arrives in Paris, May 14, 2017\\nMacron was greeted by Hollande.'
    """
    out = list(_break_at(_DATED_END, text))
    for m in _CAPTION.finditer(text):
        out[m.start()] = "\n"
        end = _CAPTION_END.search(text, m.end(), m.end() + 400)
        if end is not None:
            out[end.start(1)] = "\n"
    return "".join(out)
