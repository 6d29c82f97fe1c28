"""The spaCy component ``diplograph_events``: add it to any English pipeline with a parser.

>>> import spacy  # doctest: +SKIP
>>> nlp = spacy.load("en_core_web_sm"); nlp.add_pipe("diplograph_events")  # doctest: +SKIP
>>> doc = nlp("Colombia condemned the United States on Tuesday.")  # doctest: +SKIP
>>> [(e.source.code, e.cameo, e.target.code) for e in doc._.events]  # doctest: +SKIP
[('COL', '111', 'USA')]

Set ``doc._.doc_id`` and ``doc._.date`` (YYYY-MM-DD) before the component runs to give events their
article id and date; leaders' roles are judged on that date.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .actors import ActorDictionary, find_mentions
from .events import EventCoder
from .lexicon import lexicon
from .records import text_id

for _name, _default in (("events", None), ("actors", None), ("doc_id", None), ("date", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


class DiplographEvents:
    """Tags actors (``doc._.actors``) and codes CAMEO events (``doc._.events``)."""

    def __init__(self, nlp: Language, name: str = "diplograph_events"):
        self.name = name
        self.actors = ActorDictionary(nlp.vocab, nlp.tokenizer)
        self.coder = EventCoder(lexicon(), groups=self.actors.groups())

    def __call__(self, doc: Doc) -> Doc:
        doc_id = doc._.doc_id or text_id(doc.text)
        mentions = find_mentions(doc, self.actors, doc._.date)
        doc._.actors = mentions
        doc._.events = self.coder.code_doc(doc, mentions, doc_id, doc._.date)
        return doc


@Language.component("diplograph_paragraphs", assigns=["token.is_sent_start"])
def paragraphs(doc: Doc) -> Doc:
    """A line break that survived line repair ends a sentence (titles, paragraphs, captions)."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.text_with_ws and not tok.is_space:
            tok.is_sent_start = True
    return doc


@Language.factory("diplograph_events", assigns=["doc._.events", "doc._.actors"], requires=["token.dep", "token.lemma"])
def make_diplograph_events(nlp: Language, name: str) -> DiplographEvents:
    return DiplographEvents(nlp, name)
