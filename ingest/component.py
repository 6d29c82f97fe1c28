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

import re

from spacy.attrs import DEP, HEAD, TAG
from spacy.language import Language
from spacy.tokens import Doc

from .actors import ActorDictionary
from .mentions import find_mentions
from .events import EventCoder
from .lexicon import lexicon
from .records import text_id
from .syntax import is_headline

for _name, _default in (("events", None), ("actors", None), ("doc_id", None), ("date", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


VOWELS = set("aeiou")
# final letters after which an undoubled -ed/-ing/-es form says nothing of a cut *e* ("vowed", "fixes", "buses")
NO_E_AFTER = VOWELS | set("wxyhsz")


def _lost_e(word: str, lemma: str) -> bool:
    """Whether the lemmatizer cut a silent *e* off a one-syllable verb: "hoped", "hopes", "hoping" -> *hop*, "coded"
    -> *cod*, "staged" -> *stag*. A one-syllable verb that ends consonant-vowel-consonant doubles its consonant
    before -ed and -ing ("hopped", "stopping") and takes a bare -s, so an undoubled form is of the verb with *e*."""
    suffix = word[len(lemma):] if word.startswith(lemma) else ""
    if suffix not in ("ed", "ing", "es") or len(lemma) < 3 or lemma[-1] in NO_E_AFTER \
            or lemma[-2] not in VOWELS or lemma[-3] in VOWELS:
        return False
    return sum(1 for a, b in zip(" " + lemma, lemma) if b in VOWELS and a not in VOWELS) == 1


def repair_lemmas(doc: Doc) -> None:
    """Mend two slips of the rule lemmatizer on verbs: "-ifie" for a verb it does not know ("decertified" ->
    *decertify*, not *decertifie*, as it does for "-ies": "decertifies"), and a silent *e* cut off ("hopes" ->
    *hope*, not *hop*: :func:`_lost_e`)."""
    tags = {doc.vocab.strings[t] for t in ("VBD", "VBN", "VBZ", "NNS")}  # (ints: cheap to compare)
    verbs = {doc.vocab.strings[t] for t in ("VBD", "VBN", "VBZ", "VBG")}
    for tok in doc:
        if tok.tag not in tags and tok.tag not in verbs:
            continue
        low = tok.lemma_.lower()
        if tok.tag in tags and low.endswith("ifie") and tok.lower_.startswith(low[:-1]):
            tok.lemma_ = tok.lemma_[:-2] + "y"
        elif tok.tag in verbs and _lost_e(tok.lower_, low):
            tok.lemma_ = tok.lemma_ + "e"


class DiplographEvents:
    """Tags actors (``doc._.actors``) and codes CAMEO events (``doc._.events``)."""

    def __init__(self, nlp: Language, name: str = "diplograph_events"):
        self.name = name
        self.actors = ActorDictionary(nlp.vocab, nlp.tokenizer)
        self.coder = EventCoder(lexicon(), groups=self.actors.groups(), attackers=self.actors.unidentified())

    def __call__(self, doc: Doc) -> Doc:
        doc_id = doc._.doc_id or text_id(doc.text)
        repair_lemmas(doc)
        mentions = find_mentions(doc, self.actors, doc._.date)
        doc._.actors = mentions
        doc._.events = self.coder.code_doc(doc, mentions, doc_id, doc._.date)
        return doc


# the norm the tagger and parser are given for a person's name they misread: a name they know well as one
PERSON_NORM = "clinton"


def _coder_actors(nlp: Language) -> ActorDictionary | None:
    """The actor dictionary of the pipeline's event coder (added after the components that ask for it), if any."""
    return nlp.get_pipe("diplograph_events").actors if "diplograph_events" in nlp.pipe_names else None


class MisreadNames:
    """A person's one-word name that the tagger read as a common word ("**Trump** lifted sanctions on Syria":
    *trump* the card or the verb, so the parser made the sentence a noun phrase), or a name whose lower-case
    part after a hyphen it read as an adjective ("Lee Jae-**myung** hosted Trump"), is given a name's norm,
    and the words around it are encoded and tagged again before the parser runs. Only docs with such a name
    pay for it."""

    def __init__(self, nlp: Language, name: str = "diplograph_names"):
        self.nlp = nlp
        self.name = name
        # how many words either side of a word the encoder sees (read when the pipeline has its encoder)
        encode = nlp.config["components"]["tok2vec"]["model"]["encode"] if "tok2vec" in nlp.pipe_names else None
        self._reach = int(encode["depth"]) * int(encode["window_size"]) if encode else 0
        self._names: set[str] | None = None
        self._actors: ActorDictionary | None = None
        self._after_hyphen: set[str] = set()  # the lower-case parts of people's names after a hyphen ("myung")

    def __call__(self, doc: Doc) -> Doc:
        if self._names is None:
            self._actors = _coder_actors(self.nlp)
            self._names = self._actors.person_names() if self._actors is not None else set()
            self._after_hyphen = {part for phrase, roles in (self._actors.roles.items() if self._actors else ())
                                  if "-" in phrase and any(r.person for r in roles)
                                  for part in re.findall(r"-(\w+)", phrase)}
        misread = [t for t in doc if t.text in self._names and t.tag_ not in ("NNP", "NNPS")]
        if "-" in doc.text and any(t.text == "-" and 0 < t.i < len(doc) - 1 and doc[t.i + 1].text in self._after_hyphen
                                   and doc[t.i + 1].is_lower and doc[t.i - 1].is_title for t in doc):
            # "Lee Jae-myung": a person's name with a lower-case part after a hyphen, read as an adjective
            for _, s, e in self._actors.named(doc):
                span = doc[s:e]
                if any(t.text == "-" for t in span) and any(t.is_alpha and t.tag_ not in ("NNP", "NNPS")
                                                             for t in span) and span[0].is_title \
                        and any(r.person for r in self._actors.roles.get(span.text.lower(), [])):
                    misread += [t for t in span if t.is_alpha]
        if misread:
            for tok in misread:
                tok.norm_ = PERSON_NORM
            self._encode_again(doc, sorted({t.i for t in misread}))
        return doc

    def _encode_again(self, doc: Doc, mended: list[int]) -> None:
        """Encode and tag again the words the mended names reach. The encoder sees ``reach`` words either side
        of a word, so a window twice as wide around each name is encoded on its own and its middle copied
        back: the same vectors and tags as encoding the whole doc again, at a fraction of the cost."""
        reach = self._reach
        windows: list[list[int]] = []
        for i in mended:
            lo, hi = max(0, i - 2 * reach), min(len(doc), i + 2 * reach + 1)
            if windows and lo <= windows[-1][1]:
                windows[-1][1] = hi
            else:
                windows.append([lo, hi])
        for lo, hi in windows:
            sub = self.nlp.get_pipe("tagger")(self.nlp.get_pipe("tok2vec")(doc[lo:hi].as_doc()))
            start = lo if lo == 0 else lo + reach
            end = hi if hi == len(doc) else hi - reach
            doc.tensor[start:end] = sub.tensor[start - lo:end - lo]
            for j in range(start, end):
                doc[j].tag_ = sub[j - lo].tag_


@Language.factory("diplograph_names", assigns=["token.norm", "token.tag"], requires=["token.tag"])
def make_misread_names(nlp: Language, name: str) -> MisreadNames:
    return MisreadNames(nlp, name)


class Headlines:
    """A headline in Title Case ("Venezuela Expels Colombian Diplomats") is parsed as one long name. Each
    such sentence is tagged and parsed again with its words in lower case, the actors' names kept as they
    are ("Venezuela expels Colombian diplomats"), and that parse is copied onto the doc's own words."""

    def __init__(self, nlp: Language, name: str = "diplograph_headlines"):
        self.nlp = nlp
        self.name = name
        self._actors = None

    def __call__(self, doc: Doc) -> Doc:
        heads = [sent for sent in doc.sents if is_headline(sent)]
        if not heads:
            return doc
        if self._actors is None:
            self._actors = _coder_actors(self.nlp)
        attrs = [TAG, DEP, HEAD]
        array = doc.to_array(attrs)
        for sent in heads:
            sub = sent.as_doc()
            names = {i for _, s, e in self._actors.named(sub) for i in range(s, e)} if self._actors else set()
            words = [t.text if t.i in names or not t.is_title else t.lower_ for t in sub]
            sub = Doc(self.nlp.vocab, words=words, spaces=[bool(t.whitespace_) for t in sub])
            for name in ("tok2vec", "tagger", "parser"):
                sub = self.nlp.get_pipe(name)(sub)
            array[sent.start:sent.end] = sub.to_array(attrs)
        doc.from_array(attrs, array)
        return doc


@Language.factory("diplograph_headlines", assigns=["token.tag", "token.dep", "token.head"],
                  requires=["token.dep"])
def make_headlines(nlp: Language, name: str) -> Headlines:
    return Headlines(nlp, name)


@Language.component("diplograph_paragraphs", assigns=["token.is_sent_start"])
def paragraphs(doc: Doc) -> Doc:
    """A line break that survived line repair ends a sentence (titles, paragraphs, captions); the word after
    the paragraph's first word goes on its sentence (the parser alone made "Russia" one sentence and
    "blamed Ukraine …" another after the heading "Dispute over aid")."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.text_with_ws and not tok.is_space:
            tok.is_sent_start = True
            if tok.i + 1 < len(doc) and "\n" not in tok.text_with_ws and not doc[tok.i + 1].is_space \
                    and not doc[tok.i + 1].is_punct:
                doc[tok.i + 1].is_sent_start = False
    return doc


# words that open a paragraph and rarely go on a sentence after a lowercase word: where a corpus runs
# paragraphs together without their full stop ("… on August 6, 1965 He pledged …"), a sentence starts here
OPENERS = {"He", "She", "They", "It", "We", "I", "The", "A", "An", "But", "However", "Meanwhile", "This", "These",
           "Those", "In", "On", "At", "After", "Since", "While", "Earlier", "Later", "Last", "Some", "Many", "Most",
           "Officials", "According", "Its", "His", "Her", "Their", "Our"}
# more words that open a paragraph, counted only after a lowercase word ("… horrified the nation Two days after",
# "… remain unchanged There were people"); after a name they may go on it ("World War Two", "Department For")
LATER_OPENERS = {"Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Hundreds", "Thousands",
                 "Dozens", "Several", "Both", "Each", "All", "Few", "Nearly", "More", "Almost", "About", "Another",
                 "Other", "Such", "Still", "Yet", "Now", "Today", "Yesterday", "When", "As", "If", "What", "Why",
                 "There", "That", "So", "Instead", "Also", "Despite", "During", "Under", "For", "With", "From",
                 "Before", "Among", "Until", "Although", "Though", "Because", "Once", "Following", "Asked",
                 "Speaking", "Separately"}
# plural nouns of people that open a paragraph or a photo caption with a verb ("… charged with murder
# **Demonstrators chanted** slogans", "… at the State Department **Demonstrators clash** with the riot police"); in
# running text they are lowercase, so capitalised before a lowercase word they start a sentence (not a
# demonym: "protect ethnic Russians"; not an organisation's name: "Doctors Without Borders", "UN Women said")
PEOPLE_OPENERS = {"People", "Police", "Policemen", "Protesters", "Protestors", "Demonstrators", "Soldiers", "Troops",
                  "Residents", "Refugees", "Migrants", "Supporters", "Children", "Students", "Activists", "Rescuers",
                  "Civilians", "Workers", "Villagers", "Mourners", "Relatives", "Lawmakers", "Rebels", "Militants",
                  "Fighters", "Volunteers", "Voters", "Firefighters", "Journalists", "Worshippers", "Pilgrims",
                  "Medics", "Doctors", "Investigators", "Farmers", "Leaders", "Analysts", "Experts", "Critics",
                  "Witnesses", "Authorities", "Women", "Men"}
# words after which a capitalised opener or a quotation continues the sentence ("reported by The New York
# Times", "told The Associated Press", "called it \"one of …")
JOINERS = {"the", "a", "an", "of", "in", "on", "at", "by", "to", "for", "from", "with", "and", "or", "but", "as",
           "than", "that", "said", "says", "say", "told", "tells", "reported", "reports", "wrote", "writes",
           "called", "named", "dubbed", "titled", "according", "about", "into", "via", "like", "is", "was", "are",
           "were", "be", "been", "its", "his", "her", "their", "our", "this", "these", "those", "newspaper",
           "daily", "magazine", "channel", "station", "network", "agency", "title", "slogan", "banner",
           "headline", "theme", "motto", "word", "words", "phrase", "term", "name", "entitled", "cited", "citing",
           "quoted", "quoting"}
QUOTES = {'"', "“", "``"}
# names whose article is theirs ("visited The Hague")
NAMES_WITH_ARTICLE = {"Hague", "Gambia", "Bahamas", "Netherlands", "Vatican", "Philippines", "Congo", "Sudan"}
# verbs of saying that end a quotation's attribution
SAYING_ENDS = {"said", "says", "say", "told", "added", "wrote", "reported"}


@Language.component("diplograph_run_ons", assigns=["token.is_sent_start"])
def run_ons(doc: Doc) -> Doc:
    """Paragraphs run together without their full stop (as in the VOA corpus): a sentence starts where
    :func:`_paragraph_starts` says one does.

    >>> import spacy
    >>> nlp = spacy.blank("en"); nlp.add_pipe("diplograph_run_ons"); nlp.add_pipe("sentencizer")  # doctest: +ELLIPSIS
    <...>
    >>> [s.text for s in nlp("He spoke on August 6, 1965 He pledged support, the paper said.").sents]
    ['He spoke on August 6, 1965', 'He pledged support, the paper said.']
    >>> len(list(nlp("The story was reported by The New York Times on Monday.").sents))
    1
    >>> [s.text for s in nlp("He spoke in Islamabad He added that talks would go on.").sents]
    ['He spoke in Islamabad', 'He added that talks would go on.']
    """
    for tok in doc[1:-1]:
        nxt = doc[tok.i + 1]
        if _paragraph_starts(doc[tok.i - 1], tok, nxt):
            tok.is_sent_start = True
            nxt.is_sent_start = False  # the next word starts nothing ("“Our country": it goes with its mark)
    return doc


def _paragraph_starts(prev, tok, nxt) -> bool:
    """Whether a paragraph starts at ``tok``, run on after ``prev`` without its full stop:

    - after a verb of saying that ends a quotation's attribution, at a paragraph opener ("…,” Johnson said He
      complained"; not "said The Times", "said I");
    - after a name, at a paragraph opener, in running text ("… in Islamabad He added"; not "What I mean", nor a
      headline's capitals);
    - at a plural noun of people (``PEOPLE_OPENERS``) before a lowercase word, after a lowercase word that does
      not lead into a name, or after a name in running text ("… at the State Department Demonstrators clash");
    - after a lowercase word or a number that does not lead into a name or a quotation (``JOINERS``): at an
      opening quotation of a capitalised sentence, at an article (not "The Hague"), or at an opener of either
      list ("… horrified the nation Two days after").
    """
    if prev.lower_ in JOINERS:
        return prev.lower_ in SAYING_ENDS and tok.text in OPENERS and tok.text not in ("The", "A", "An", "I")
    if tok.text in PEOPLE_OPENERS and nxt.is_alpha and nxt.is_lower and prev.is_alpha:
        # (a name before it only in running text, and not one that ends a name of its own: "UN Women said",
        # "a Dallas Police officer", "the Committee to Protect Journalists expressed alarm")
        return prev.is_lower or (prev.is_title and not prev.is_stop and tok.text not in ("Women", "Police")
                                 and prev.i > 0 and prev.doc[prev.i - 1].lower_ != "to" and _after_running_text(prev))
    if prev.is_alpha and prev.is_title and not prev.is_stop:
        return tok.text in OPENERS and tok.text != "I" and _after_running_text(prev)
    if not ((prev.is_alpha and prev.is_lower) or prev.like_num):
        return False
    if tok.text in QUOTES:
        return nxt.is_title and not tok.whitespace_
    if tok.text in ("The", "A", "An"):
        # (all 60 of a sample of these places in the VOA corpus end a paragraph: "… denied any involvement in
        # the attack The U.S. Treasury Department imposed sanctions")
        return nxt.text not in NAMES_WITH_ARTICLE
    return tok.text in OPENERS or tok.text in LATER_OPENERS


def _after_running_text(tok) -> bool:
    """Whether a lowercase content word comes before ``tok`` in its line and sentence: running text, not a
    headline's capitals."""
    for t in reversed(tok.doc[:tok.i]):
        if "\n" in t.text_with_ws or t.text in (".", "!", "?"):
            return False
        if t.is_alpha and t.is_lower and not t.is_stop:
            return True
    return False


@Language.factory("diplograph_events", assigns=["doc._.events", "doc._.actors"], requires=["token.dep", "token.lemma"])
def make_diplograph_events(nlp: Language, name: str) -> DiplographEvents:
    return DiplographEvents(nlp, name)
