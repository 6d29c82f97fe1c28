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
