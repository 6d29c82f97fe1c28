"""Questions about spaCy's dependency parse that the coder asks of many words: objects of prepositions,
passive agents, auxiliaries, finite and passive clauses, the phrases a trigger names its parties in, whether an
act is mutual or answers another's, and the word forms of a verb's clause that the lexicon's patterns read.

>>> from spacy.tokens import Doc
>>> from spacy.vocab import Vocab
>>> doc = Doc(Vocab(), words="Colombia was condemned by the United States".split(), heads=[2, 2, 2, 2, 6, 6, 3],
...           deps=["nsubjpass", "auxpass", "ROOT", "agent", "det", "compound", "pobj"])
>>> [t.text for t in passive_agents(doc[2])]
['States']
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from .words import (
    ANSWER_VERBS, BATCH_NOUNS, CLAUSE_BREAKS, CONDITION_MARKS, DOCUMENT_NOUNS, EXERCISE_NOUNS, INTENT_ADJECTIVES,
    LANGUAGES, MUTUAL_NOUNS, MUTUAL_VERBS, NAMING_VERBS, NOMINAL_DEPS, OBJECTS, PARTY_PREPS, RELATION_ADJECTIVES,
    RELATION_NOUNS, RELATIVE_PRONOUNS, RESPONSE_PHRASALS, SPEECH_NOUNS, STANCE_PARTICIPLES, STANDING_BONDS, SUBJECTS,
    TIME_PREPS)


def is_nominal(tok: Token) -> bool:
    """A noun, or a word the tagger took for a verb where the parse uses it as a noun ("missile strikes")."""
    if tok.pos_ == "NOUN":
        return True
    if tok.pos_ != "VERB" or any(c.dep_ in SUBJECTS or c.dep_ == "aux" for c in tok.children):
        return False
    # ("ending its fisheries **dispute** with its partners": a bare base form right after a noun, hung as a clause
    # of its own with no word that would govern it, is the noun's compound head)
    return tok.dep_ in NOMINAL_DEPS or tok.tag_ == "VB" and tok.dep_ == "advcl" and tok.i > 0 \
        and tok.doc[tok.i - 1].tag_ in ("NN", "NNS") and not any(c.dep_ == "mark" for c in tok.children)


def attachment(tok: Token, verb: Token) -> str:
    """How ``tok`` hangs on ``verb``: the preposition (or dependency) of the verb's child whose subtree holds it."""
    while tok.head.i != tok.i and tok.head.i != verb.i:
        tok = tok.head
    return tok.lower_ if tok.dep_ in ("prep", "agent") else tok.dep_


def pobjs(tok: Token, preps) -> list[Token]:
    """The objects of ``tok``'s prepositions among ``preps`` ("the withdrawal **of** forces" -> *forces*)."""
    return [p for c in tok.children if c.dep_ == "prep" and c.lower_ in preps for p in c.children if p.dep_ == "pobj"]


def passive_agents(verb: Token) -> list[Token]:
    """The objects of a passive verb's *by* phrase ("was condemned **by Colombia**" -> *Colombia*)."""
    return [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]


def has_aux(tok: Token, words) -> bool:
    """Whether ``tok`` has one of ``words`` as an auxiliary ("will", "must", infinitival "to")."""
    return any(c.dep_ == "aux" and c.lower_ in words for c in tok.children)


def clause_subject(pronoun: Token) -> Token | None:
    """The subject of the active clause whose object holds ``pronoun`` (through objects and phrases)."""
    t = pronoun.head
    while t.pos_ not in ("VERB", "AUX") and t.dep_ in ("dobj", "pobj", "prep", "attr", "conj") and t.head is not t:
        t = t.head
    if t.pos_ not in ("VERB", "AUX") or is_passive(t):
        return None
    return next((c for c in t.children if c.dep_ == "nsubj"), None)


def first_conjunct(verb: Token) -> Token:
    """The verb whose clause a coordinated verb with no subject or auxiliary of its own shares ("would press
    … **and allow**" -> *press*)."""
    while verb.dep_ == "conj" and verb.pos_ == "VERB" and verb.head.pos_ == "VERB" and not any(
            c.dep_ in SUBJECTS or c.dep_ in ("aux", "auxpass") for c in verb.children):
        verb = verb.head
    return verb


def is_headline(sent: Span) -> bool:
    """Whether a sentence is a headline: Title Case (every word longer than three letters capitalised, at
    least three of them) with no closing full stop ("Cambodian Activist Gunned Down in Phnom Penh")."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and all(t.text[0].isupper() for t in words) and sent[-1].text not in (".", "!", "?")


def _headline_participle(verb: Token) -> bool:
    """A headline's bare participle, its passive with *was* left out: "Activist **Gunned Down**",
    "Journalist **Killed** in Syria" (a headline tells a past act in the present: "Russia Attacks …")."""
    return verb.tag_ in ("VBN", "VBD") and verb.text[0].isupper() and not any(
        c.dep_ in ("aux", "auxpass", "nsubjpass") for c in verb.children) and is_headline(verb.sent)


def reduced_relative(verb: Token) -> bool:
    """A participle that tells what was done to the noun it follows: "two soldiers **killed** by Kurdish
    rebels", "officers, **slain** in an attack by the PKK" (a passive with *who were* left out)."""
    head = verb.head
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.i > head.i and head.pos_ in ("NOUN", "PROPN") \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for c in verb.children) \
        and not hung_on_subject(verb)  # ("reports that the president had hung up": a clause of its own)


def party_phrases(trigger: Token) -> set[int]:
    """Tokens of the phrases that name a party to a mutual act besides its doers, on the act or its object:
    "signed an agreement **with Iran**", "agreed **to Gambia's mediation**"."""
    return _phrase_tokens([trigger, *(c for c in trigger.children if c.dep_ in OBJECTS)], PARTY_PREPS)


def _phrase_tokens(holders: list[Token], preps) -> set[int]:
    """Tokens of the phrases hung on any of ``holders`` whose preposition is one of ``preps``."""
    return {t.i for h in holders for p in h.children if p.dep_ in ("prep", "dative") and p.lower_ in preps
            for t in p.subtree}


def phrase_preps(verb: Token, prep: str) -> list[Token]:
    """The prepositions ``prep`` after ``verb`` in its own clause, reached through its objects and their phrases
    only, not through another verb: "support Iraq in its fight **against** IS"."""
    out, queue = [], [c for c in verb.children if c.i > verb.i]
    while queue:
        t = queue.pop(0)
        if t.pos_ in ("VERB", "AUX") or t.dep_ in ("relcl", "acl", "advcl", "ccomp", "xcomp"):
            continue
        if t.dep_ == "prep" and t.lower_ == prep:
            out.append(t)
        queue.extend(t.children)
    return out


def with_phrases(noun: Token) -> set[int]:
    """Tokens of the *with* phrases on ``noun`` or on the verb whose object it is ("began drills **with Russia**")."""
    return _phrase_tokens([noun, noun.head] if noun.dep_ == "dobj" else [noun], {"with"})


def exercise_held(trigger: Token) -> Token | None:
    """The exercise a verb holds: its object, or what its object counts ("launched **10 days of war games**",
    "began a series of drills"), when that is an exercise noun (``words.EXERCISE_NOUNS``)."""
    for o in (c for c in trigger.children if c.dep_ == "dobj"):
        for n in (o, *pobjs(o, ("of",))):
            if n.lemma_.lower() in EXERCISE_NOUNS:
                return n
    return None


def finite(verb: Token) -> bool:
    """A verb with a tense of its own ("attacked", "have been engaged"), not a participle or infinitive."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") and not trailing_participle(verb) or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in verb.children)


def trailing_participle(verb: Token) -> bool:
    """A participle set off after its clause, telling what was done to what the clause names: "join the Minsk
    peace process, **aimed** at ending the conflict" (the process is aimed, nobody aims)."""
    doc = verb.doc
    # (the tagger takes some participles for past tenses: "a Russian jet, shot down by Turkey")
    participle = verb.tag_ == "VBN" or verb.tag_ == "VBD" and any(c.dep_ == "agent" for c in verb.children)
    return verb.dep_ == "advcl" and participle and verb.i > verb.head.i and verb.i > 0 \
        and doc[verb.i - 1].text == "," and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark")
                                                    for c in verb.children)


def quoted_before(verb: Token, head: Token) -> bool:
    """Whether ``verb`` stands in a quotation that closes before ``head``: the quoted words are not the act of
    the one whose verb of saying follows ("“Detaining peaceful protesters … is an affront,” Toner said")."""
    return head.i > verb.i and sum(t.is_quote for t in verb.doc[verb.i:head.i]) % 2 == 1


def object_gap(verb: Token) -> bool:
    """Whether ``verb`` heads a relative clause whose object is the noun it describes: "the deal (that) **the West
    struck** with Iran", "the sanctions the EU imposed on Russia" (not "the man who struck the police officer")."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in RELATIVE_PRONOUNS for c in verb.children):
        return False
    return not any(c.dep_ in OBJECTS and c.lower_ not in RELATIVE_PRONOUNS for c in verb.children)


def ready_for(noun: Token) -> bool:
    """Whether ``noun`` is what a subject is ready, willing or prepared for: "Iran is **ready for talks**"."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in ("for", "to") \
        and prep.head.dep_ == "acomp" and prep.head.lemma_.lower() in INTENT_ADJECTIVES


def conditions(verb: Token) -> list[Token]:
    """The clauses that set a condition on ``verb``: "will retaliate **if Israel strikes**", "unless …"."""
    return [c for c in verb.children if c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)]


def document_carrier(verb: Token) -> Token | None:
    """The verb whose object is the document ``verb`` speaks in, if it does: "the PKK **issued** a declaration
    demanding that …", "India did not **sign** the statement criticising Israel"."""
    head = verb.head
    if verb.dep_ == "acl" and head.lemma_.lower() in SPEECH_NOUNS | DOCUMENT_NOUNS and head.dep_ == "dobj" \
            and head.head.pos_ == "VERB":
        return head.head
    return None


def hung_on_subject(verb: Token) -> bool:
    """The parser hung a clause's verb on its subject as a participle:

    - "Palestinian youths **resorted** to throwing stones …, officials said", leaving the attribution verb
      with two subjects;
    - "The Saudi-led coalition **bombed** Sanaa", leaving the sentence with no verb: a participle that
      takes a direct object tells no passive, so the noun it hangs on is its subject."""
    head = verb.head
    if verb.dep_ != "acl":
        return False
    if head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN") and verb.tag_ in ("VBN", "VBD") \
            and verb.i > head.i and any(c.dep_ == "dobj" for c in verb.children):
        return True
    return head.dep_ in ("nsubj", "dep") and any(
        c.dep_ == "nsubj" and c.i > verb.i and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text == ","
        for c in head.head.children)


def is_passive(verb: Token) -> bool:
    """A passive clause, unless the participle states a stance ("Israel **is opposed to** French
    mediation": Israel opposes it; "Serb forces **were engaged in** ethnic cleansing"; "was opposed by
    France" stays passive)."""
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return reduced_relative(verb) or _headline_participle(verb) or trailing_participle(verb)
    prep = STANCE_PARTICIPLES.get(verb.lemma_.lower())
    return not (prep and not any(c.dep_ == "agent" for c in verb.children)
                and any(c.dep_ == "prep" and c.lower_ == prep for c in verb.children))


def definite(noun: Token) -> bool:
    """Whether ``noun`` refers to a thing already known: "**the** invasion", "**Russia's** invasion" (not "an
    invasion")."""
    return any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children)


def named_bond(noun: Token, word: Token) -> bool:
    """Whether ``noun`` (its kind ``word``) names a standing bond by its parties, only referred to: "in support of
    **the Iran nuclear deal**", "celebrated **the Paris climate agreement**" (a bond, ``STANDING_BONDS``, with
    "the", as a preposition's object or the object of a verb that does not make it; "signed the Iran deal" is
    coded by its verb, "the Iran deal was signed" by its passive)."""
    return word.lemma_.lower() in STANDING_BONDS and noun.dep_ in ("pobj", "dobj") \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) \
        and not any(c.dep_ in ("acl", "relcl") for c in noun.children)


def doers_of(noun: Token) -> list[Token]:
    """The words that name who did the act an event noun tells: its possessor, its modifiers before it ("the
    **U.S.** strike", "**Israeli** raids"), its *by* phrase."""
    out = [c for c in noun.children if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < noun.i]
    return out + [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children
                  if p.dep_ == "pobj"]


def names_a_bond(noun: Token) -> bool:
    """Whether ``noun`` names others by their bond to its owner: "Russia's **allies**", "Afghanistan's
    neighboring **countries**" are not Russia or Afghanistan."""
    return noun.lemma_.lower() in RELATION_NOUNS or any(
        c.dep_ in ("amod", "compound") and c.lower_ in RELATION_ADJECTIVES for c in noun.children)


def stance_carrier(noun: Token) -> Token | None:
    """The participle whose stance carries ``noun`` ("were **engaged** in ethnic cleansing"), or the copula of
    an adjective of readiness ("Iran **is** ready for talks with the United States"), if any."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.dep_ == "prep" and STANCE_PARTICIPLES.get(prep.head.lemma_.lower()) == prep.lower_:
        return prep.head
    if ready_for(noun) and prep.head.head.pos_ in ("AUX", "VERB"):
        return prep.head.head
    return None


def mutual(trigger: Token) -> bool:
    """Whether the act is mutual by its verb or by the bond it makes or keeps ("agreed", "restored ties",
    "failed to reach agreement"), so that coordinated actors are each other's targets.

    The bond is looked for in the trigger's objects and in those of the verbs it governs."""
    if trigger.lemma_.lower() in MUTUAL_VERBS or trigger.lower_ in MUTUAL_NOUNS:
        return True
    verbs = [trigger, *(c for c in trigger.children if c.dep_ in ("xcomp", "ccomp"))]
    objects = [c for v in verbs for c in v.children if c.dep_ in OBJECTS]
    objects += [p for v in verbs for c in v.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    objects += [p for o in objects if o.lemma_.lower() in BATCH_NOUNS for p in pobjs(o, {"of"})]  # "a round of talks"
    # ("signed a **joint** statement", "issued a joint communique": what two make together)
    return any(o.lemma_.lower() in MUTUAL_NOUNS or o.lower_ in MUTUAL_NOUNS
               or any(c.dep_ == "amod" and c.lower_ == "joint" for c in o.children) for o in objects)


def hyphen_partners(tok: Token) -> list[Token]:
    """The names joined to ``tok`` by a hyphen before it, the pair qualifying one noun: "the **Israel-Hamas**
    talks", "joint **U.S.-South Korean** exercises" (the parser hangs the first name on the second)."""
    hyphens = [h.i for h in tok.children if h.tag_ == "HYPH" and h.i < tok.i]
    return [c for c in tok.children if c.dep_ in ("compound", "npadvmod", "amod", "nmod") and c.pos_ != "VERB"
            and any(c.i < h for h in hyphens)]


def in_language(prep: Token) -> bool:
    """Whether the preposition names the language something was said in ("spoke to students **in Spanish**"),
    which is no place nor people."""
    return prep.lower_ == "in" and any(p.dep_ == "pobj" and p.lower_ in LANGUAGES and not list(p.children)
                                       for p in prep.children)


def each_other(trigger: Token) -> bool:
    """Whether the act's object (or the object of one of its phrases) is *each other* or *one another*: "Ethiopia
    and Eritrea **accused each other**", "traded blame with one another"."""
    objects = [c for c in trigger.children if c.dep_ in OBJECTS] + [
        p for c in trigger.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    return any(o.lower_ == "other" and any(d.lower_ == "each" for d in o.children)
               or o.lower_ == "another" and any(d.lower_ == "one" for d in o.children) for o in objects)


def answered(noun: Token) -> bool:
    """Whether ``noun`` is the act another actor's words or deeds answer: the object of a response verb, or
    of one of its phrases ("denounced **Serbia's suppression**", "complained over **two Israeli air raids**",
    "is opposed to **French mediation**"). Such an act is the topic of the answer, not an event the sentence
    tells (CAMEO codes the answer only). So is one named by a verb of that phrase ("accused Washington of
    preparing **an invasion**")."""
    gov = noun.head
    if noun.dep_ == "appos" and gov.dep_ == "pobj" and gov.head.lower_ == "as":
        gov = gov.head.head  # "denounced as an ugly crime Serbia's suppression" (the parser's apposition)
    elif noun.dep_ == "pobj" and gov.dep_ == "prep":
        gov = gov.head
    elif noun.dep_ != "dobj":
        return False
    elif gov.dep_ == "pcomp" and gov.head.dep_ == "prep":
        gov = gov.head.head  # "accused Washington of **preparing** an invasion": the verb of the answer's phrase
    # (or names it so: "Petro called the strikes **illegal**", "India called the tariffs unfair")
    naming = gov.lemma_.lower() in ("call", "label", "brand", "describe") and any(
        c.dep_ == "oprd" for c in gov.children)
    return gov.pos_ in ("VERB", "ADJ") and (gov.lemma_.lower() in ANSWER_VERBS or phrasal_response(gov) or naming)


def phrasal_response(verb: Token) -> bool:
    """A phrasal verb that answers somebody else's act: "**turned down** Ukraine's request"."""
    return any(c.dep_ == "prt" and (verb.lemma_.lower(), c.lower_) in RESPONSE_PHRASALS for c in verb.children)


class Forms(set):
    """A token's word forms, with its index ``i``; for a preposition, ``until``: the index of its phrase's last
    token (a pattern's words after a preposition lie inside its phrase)."""
    i: int | None = None
    until: int | None = None


def clause_forms(verb: Token) -> tuple[list[set[str]], list[set[str]]]:
    """The word forms (lower case and lemma) of ``verb``'s clause before and after it, as the lexicon's patterns
    read them: what the verb acts upon, its particles and phrases, not its subject or other clauses."""
    before, after = [], []
    # (a time phrase holds no word of a pattern: "called Putin **on Tuesday**" is no "call on"; nor does what is
    # lacking, "talks ended **without a deal**" end no deal, or what is given back: "agreed to curb its program **in
    # exchange for sanctions relief**" agreed no sanctions)
    stack = [c for c in verb.children if c.dep_ not in CLAUSE_BREAKS and not (
        c.dep_ == "prep" and (c.lower_ in TIME_PREPS or _no_pattern_phrase(c)
                              or any(p.dep_ == "pobj" and p.ent_type_ in ("DATE", "TIME") for p in c.children)))]
    toks = []
    while stack:
        t = stack.pop()
        toks.append(t)
        # (a relative clause or a present participle describes the object, not the act: "released the
        # correspondent, who was detained … in an inquiry" is no release of information, "continued to drop
        # leaflets warning civilians … of the offensive" no offensive; "a demonstration staged by students"
        # and "negotiations to reduce …" still complete their patterns)
        stack.extend(c for c in t.children if c.dep_ != "relcl" and not (c.dep_ == "acl" and c.tag_ == "VBG")
                     and not (c.dep_ == "prep" and _no_pattern_phrase(c)))
    for t in sorted(toks, key=lambda t: t.i):
        forms = Forms({t.lower_, t.lemma_.lower()})
        if _hyphen_modifier(t):
            # "held **live-fire** drills", "launched live-fire drills" hold no fire (no "hold * fire", the
            # ceasefire, nor "launch * fire"): the last part of a hyphenated modifier reads as the whole word
            forms = Forms({f"{t.doc[t.i - 2].lower_}-{t.lower_}"})
        forms.i = t.i
        if t.dep_ == "prep" and any(c.dep_ in ("pobj", "pcomp") for c in t.children):
            forms.until = t.right_edge.i
        (after if t.i > verb.i else before).append(forms)
    if is_passive(verb):  # "new sanctions were imposed on Russia": the passive subject is what was imposed
        after[:0] = [{t.lower_, t.lemma_.lower()} for c in verb.children if c.dep_ == "nsubjpass" for t in c.subtree]
    if reduced_relative(verb) or object_gap(verb):
        # "the sanctions imposed by the US", "the nuclear deal (that) the West struck with Iran": the noun is
        # what was imposed or struck
        after.insert(0, {verb.head.lower_, verb.head.lemma_.lower()})
    return before, after


def _no_pattern_phrase(prep: Token) -> bool:
    """Whether ``prep`` opens a phrase of what is lacking or given back ("**without** a deal", "**in exchange**
    for sanctions relief"), which holds no word of the act's pattern."""
    return prep.lower_ == "without" or prep.lower_ == "in" and any(
        p.dep_ == "pobj" and p.lower_ in ("exchange", "return") for p in prep.children)


def _hyphen_modifier(t: Token) -> bool:
    """The last part of a hyphenated word that qualifies the noun after it ("live-**fire** drills")."""
    return t.i >= 2 and t.dep_ in ("compound", "amod", "nmod") and t.head.i > t.i and t.doc[t.i - 1].text == "-" \
        and not t.doc[t.i - 1].whitespace_ and not t.doc[t.i - 2].whitespace_


def named_objects(verb: Token) -> list[Token]:
    """What the doer's own words name as ``verb``'s object when its object is "what": "struck **what it called**
    Hezbollah targets" -> *targets*, "attacked what it described as military **sites**", "what it said **were**
    military sites" (the parser hangs "what" on the naming verb)."""
    out = []
    for c in verb.children:
        if c.dep_ != "ccomp" or c.lemma_.lower() not in NAMING_VERBS or c.left_edge.tag_ != "WP":
            continue
        heads = [c, *(g for g in c.children if g.dep_ == "ccomp")]
        out += [g for h in heads for g in h.children if g.dep_ in ("oprd", "attr") and g.tag_ != "WP"]
        out += [g for h in heads for g in h.children if g.dep_ == "dobj" and g.tag_ != "WP"]
        out += pobjs(c, ("as",))
    return out
